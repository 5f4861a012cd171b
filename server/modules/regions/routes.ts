import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses, nameText, regionSchema } from '../shared-schemas.js';
import { regionCodeParam } from './schemas.js';
import { getRegion, listRegions } from './service.js';

const tags = ['regions'];

export function regionRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions',
    {
      schema: {
        tags,
        summary: 'Regions below a parent (default: the provinces)',
        querystring: z.strictObject({
          parent: z.string().max(10).optional().describe('Parent code: ID (national), 72 (a province)'),
          q: nameText(100).optional().describe('Part of the name'),
        }),
        response: { 200: z.object({ items: z.array(regionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listRegions(database.db, request.query) }),
  );

  app.get(
    '/api/regions/:code',
    {
      schema: {
        tags,
        summary: 'One region',
        params: regionCodeParam,
        response: { 200: regionSchema, ...errorResponses },
      },
    },
    async (request) => getRegion(database.db, request.params.code),
  );
}
