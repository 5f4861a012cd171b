import { errorResponses } from '../../../api/common.js';
import { listRegionsQuery, regionCodeParam, regionList, regionSchema } from '../../../api/regions.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { getRegion, listRegions } from './service.js';

const tags = ['regions'];

export function regionRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions',
    {
      schema: {
        tags,
        summary: 'Regions below a parent (default: the provinces)',
        querystring: listRegionsQuery,
        response: { 200: regionList, ...errorResponses },
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
