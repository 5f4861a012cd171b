import type { AppContext, ZodApp } from '../../lib/context.js';
import { z } from 'zod';
import { errorResponses, okSchema, uuidParam } from '../../../api/common.js';
import {
  adoptPlanBody,
  createPlanBody,
  listPlansQuery,
  planDetail,
  planExportParams,
  planList,
  planVersionParams,
  regionPlansParams,
  savePlanBody,
  saveProgressBody,
  versionDetail,
  versionList,
  versionOnlyBody,
} from '../../../api/pokja-plans.js';
import { exportPlan } from './export.js';
import {
  adoptPlan,
  createPlan,
  deletePlan,
  getPlan,
  getVersion,
  listPlans,
  listVersions,
  revisePlan,
  savePlan,
  saveProgress,
} from './service.js';

const tags = ['pokja-plans'];

export function pokjaPlanRoutes(app: ZodApp, { database }: AppContext): void {
  const { db } = database;

  app.get(
    '/api/regions/:code/pokja-plans',
    {
      schema: {
        tags,
        summary:
          "A region's Rencana Pokja PUG (family=matriks) or Rencana Aksi PUG Daerah (family=aksi), newest period first",
        params: regionPlansParams,
        querystring: listPlansQuery,
        response: { 200: planList, ...errorResponses },
      },
    },
    async (request) => listPlans(db, request.actor, request.params.code, request.query.family),
  );

  app.post(
    '/api/regions/:code/pokja-plans',
    {
      schema: {
        tags,
        summary: 'Draw up a plan (5-tahunan, tahunan or Rencana Aksi) as a draft, version 1 (admin daerah)',
        params: regionPlansParams,
        body: createPlanBody,
        response: { 201: planDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPlan(db, request.actor, request.params.code, request.body)),
  );

  app.get(
    '/api/pokja-plans/:id',
    {
      schema: {
        tags,
        summary: 'A plan: header, rows or items, progress, the plan it revises and its revisions',
        params: uuidParam,
        response: { 200: planDetail, ...errorResponses },
      },
    },
    async (request) => getPlan(db, request.actor, request.params.id),
  );

  app.put(
    '/api/pokja-plans/:id',
    {
      schema: {
        tags,
        summary: "Save a draft's title and rows (or items); adds a version; 409 when the version is stale",
        params: uuidParam,
        body: savePlanBody,
        response: { 200: planDetail, ...errorResponses },
      },
    },
    async (request) => savePlan(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/pokja-plans/:id',
    {
      schema: {
        tags,
        summary: 'Discard a draft plan',
        params: uuidParam,
        body: versionOnlyBody,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deletePlan(db, request.actor, request.params.id, request.body.version),
  );

  app.post(
    '/api/pokja-plans/:id/adopt',
    {
      schema: {
        tags,
        summary: 'Adopt a draft (ditetapkan); an adopted revision supersedes the plan it revises',
        params: uuidParam,
        body: adoptPlanBody,
        response: { 200: planDetail, ...errorResponses },
      },
    },
    async (request) => adoptPlan(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/pokja-plans/:id/revise',
    {
      schema: {
        tags,
        summary: 'Draw up a revision (perubahan) of an adopted plan, as a draft copy',
        params: uuidParam,
        body: versionOnlyBody,
        response: { 201: planDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await revisePlan(db, request.actor, request.params.id, request.body.version)),
  );

  app.put(
    '/api/pokja-plans/:id/progress',
    {
      schema: {
        tags,
        summary: 'Record progress per row (or item) and year of an adopted plan; an empty entry clears it',
        params: uuidParam,
        body: saveProgressBody,
        response: { 200: planDetail, ...errorResponses },
      },
    },
    async (request) => saveProgress(db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/pokja-plans/:id/versions',
    {
      schema: {
        tags,
        summary: "A plan's saved versions, newest first",
        params: uuidParam,
        response: { 200: versionList, ...errorResponses },
      },
    },
    async (request) => listVersions(db, request.actor, request.params.id),
  );

  app.get(
    '/api/pokja-plans/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One saved version of a plan, as it was',
        params: planVersionParams,
        response: { 200: versionDetail, ...errorResponses },
      },
    },
    async (request) => getVersion(db, request.actor, request.params.id, request.params.version),
  );

  app.get(
    '/api/pokja-plans/:id/export.:format',
    {
      schema: {
        tags,
        summary: 'The plan as the official matrix table: XLSX workbook or landscape PDF with the letterhead',
        params: planExportParams,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportPlan(db, request.actor, request.params.id, request.params.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
