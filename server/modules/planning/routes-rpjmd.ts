import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, okSchema, uuidParam } from '../../../api/common.js';
import {
  createRpjmd,
  createTarget,
  deleteTarget,
  listRpjmd,
  listTargets,
  updateRpjmd,
  updateTarget,
} from './rpjmd.js';
import {
  createRpjmdBody,
  createTargetBody,
  planTargetList,
  planTargetSchema,
  rpjmdList,
  rpjmdSchema,
  targetsQuery,
  updateRpjmdBody,
  updateTargetBody,
} from '../../../api/planning-rpjmd.js';

const tags = ['pprg planning'];

export function rpjmdRoutes(app: ZodApp, { database }: AppContext): void {
  const db = database.db;
  app.get(
    '/api/regions/:code/rpjmd',
    {
      schema: {
        tags,
        summary: "The region's RPJMD periods",
        params: regionCodeParam,
        response: { 200: rpjmdList, ...errorResponses },
      },
    },
    async (request) => listRpjmd(db, request.actor, request.params.code),
  );
  app.post(
    '/api/regions/:code/rpjmd',
    {
      schema: {
        tags,
        summary: 'Add a five-year RPJMD period (admin daerah)',
        params: regionCodeParam,
        body: createRpjmdBody,
        response: { 201: rpjmdSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createRpjmd(db, request.actor, request.params.code, request.body);
    },
  );
  app.patch(
    '/api/rpjmd/:id',
    {
      schema: {
        tags,
        summary: 'Edit an RPJMD period (admin daerah)',
        params: uuidParam,
        body: updateRpjmdBody,
        response: { 200: rpjmdSchema, ...errorResponses },
      },
    },
    async (request) => updateRpjmd(db, request.actor, request.params.id, request.body),
  );
  app.get(
    '/api/rpjmd/:id/targets',
    {
      schema: {
        tags,
        summary:
          "Goals and indicators with yearly targets: the RPJMD's own, or an OPD's Renstra with ?opdId=",
        params: uuidParam,
        querystring: targetsQuery,
        response: { 200: planTargetList, ...errorResponses },
      },
    },
    async (request) => listTargets(db, request.actor, request.params.id, request.query.opdId),
  );
  app.post(
    '/api/rpjmd/:id/targets',
    {
      schema: {
        tags,
        summary: 'Add an RPJMD target (admin daerah) or, with opdId, a Renstra target (that OPD or admin)',
        params: uuidParam,
        body: createTargetBody,
        response: { 201: planTargetSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createTarget(db, request.actor, request.params.id, request.body);
    },
  );
  app.patch(
    '/api/plan-targets/:id',
    {
      schema: {
        tags,
        summary: 'Edit an RPJMD or Renstra target',
        params: uuidParam,
        body: updateTargetBody,
        response: { 200: planTargetSchema, ...errorResponses },
      },
    },
    async (request) => updateTarget(db, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/api/plan-targets/:id',
    {
      schema: {
        tags,
        summary: 'Delete an RPJMD or Renstra target',
        params: uuidParam,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteTarget(db, request.actor, request.params.id),
  );
}
