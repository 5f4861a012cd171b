import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses } from '../../../api/common.js';
import { profilQuery } from '../../../api/profil.js';
import { profilGender } from './service.js';

export function profilRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions/:code/profil-gender',
    {
      schema: {
        tags: ['data terpilah'],
        summary: 'The yearly Profil Gender publication of a region, as PDF or XLSX (a download)',
        params: regionCodeParam,
        querystring: profilQuery,
        produces: [
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/json',
        ],
        // A file, not JSON: Fastify sends streams as they are, without the serializer.
        response: { 200: z.unknown().describe('The PDF or XLSX file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      // A yearly publication: the replica (when there is one) is recent enough.
      const file = await profilGender(database.readDb, request.actor, request.params.code, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
