import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, PUBLIC_READ_SECURITY } from '../../../api/common.js';
import {
  profilPublication,
  profilPublicationParams,
  profilPublicationsResponse,
  profilQuery,
} from '../../../api/profil.js';
import { publicReadRateLimit } from '../../lib/rate-limit.js';
import { profilGender } from './service.js';
import {
  listProfilPublications,
  publishedProfilFile,
  publishProfil,
  withdrawProfil,
} from './publications.js';

/** A published edition changes a few times a year: a CDN may keep it an hour. */
const PUBLIC_MAX_AGE_SECONDS = 3_600;

export function profilRoutes(app: ZodApp, { database, files, config }: AppContext): void {
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

  app.get(
    '/api/regions/:code/profil-gender/publications',
    {
      schema: {
        tags: ['data terpilah'],
        summary: 'The Profil Gender editions the region published on the open-data portal',
        params: regionCodeParam,
        response: { 200: profilPublicationsResponse, ...errorResponses },
      },
    },
    async (request) => ({
      publications: await listProfilPublications(database.db, request.actor, request.params.code),
    }),
  );

  app.put(
    '/api/regions/:code/profil-gender/publications/:year',
    {
      schema: {
        tags: ['data terpilah'],
        summary:
          "Publish the year's official edition (verified values only) on the open-data portal, replacing an earlier one (the region's DP3A)",
        params: profilPublicationParams,
        response: { 200: profilPublication, ...errorResponses },
      },
    },
    async (request) =>
      publishProfil(database.db, files, request.actor, request.params.code, request.params.year),
  );

  app.delete(
    '/api/regions/:code/profil-gender/publications/:year',
    {
      schema: {
        tags: ['data terpilah'],
        summary: "Withdraw the year's edition from the open-data portal (the region's DP3A)",
        params: profilPublicationParams,
        response: { 200: profilPublicationsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { code, year } = request.params;
      await withdrawProfil(database.db, files, request.actor, code, year);
      return { publications: await listProfilPublications(database.db, request.actor, code) };
    },
  );

  app.get(
    '/api/public/regions/:code/profil-gender/:year',
    {
      config: { rateLimit: publicReadRateLimit(config, 'portal-profil') },
      schema: {
        tags: ['portal (public)'],
        summary: 'A Profil Gender edition the region published (PDF, verified values only)',
        security: PUBLIC_READ_SECURITY,
        params: profilPublicationParams,
        produces: ['application/pdf', 'application/json'],
        response: {
          200: z.unknown().describe('The PDF'),
          304: z.unknown().describe('Not modified: the If-None-Match ETag (the PDF’s SHA-256) is current'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { code, year } = request.params;
      const { row, body } = await publishedProfilFile(database.readDb, files, code, year);
      const etag = `"${row.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
        .header('access-control-allow-origin', '*');
      if (request.headers['if-none-match']?.split(',').some((t) => t.trim() === etag)) {
        body.destroy();
        return reply.code(304).send();
      }
      return reply
        .type('application/pdf')
        .header('content-length', row.sizeBytes)
        .header('content-disposition', `inline; filename="profil-gender-${code}-${year}.pdf"`)
        .send(body);
    },
  );
}
