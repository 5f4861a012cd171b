import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, uuidParam } from '../../../api/common.js';
import { createOpdBody, listOpdQuery, opdPage, opdSchema, updateOpdBody } from '../../../api/opd.js';
import { createOpd, listOpd, updateOpd } from './service.js';

const tags = ['opd'];

export function opdRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions/:code/opd',
    {
      schema: {
        tags,
        summary: "A region's agencies (OPD)",
        params: regionCodeParam,
        querystring: listOpdQuery,
        response: { 200: opdPage, ...errorResponses },
      },
    },
    async (request) => listOpd(database.db, request.actor, request.params.code, request.query),
  );

  app.post(
    '/api/regions/:code/opd',
    {
      schema: {
        tags,
        summary: 'Add an agency (OPD) to a region',
        params: regionCodeParam,
        body: createOpdBody,
        response: { 201: opdSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createOpd(database.db, request.actor, request.params.code, request.body);
    },
  );

  app.patch(
    '/api/opd/:id',
    {
      schema: {
        tags,
        summary: 'Edit, deactivate or reactivate an agency (OPD)',
        params: uuidParam,
        body: updateOpdBody,
        response: { 200: opdSchema, ...errorResponses },
      },
    },
    async (request) => updateOpd(database.db, request.actor, request.params.id, request.body),
  );
}
