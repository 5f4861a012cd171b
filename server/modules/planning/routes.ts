import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, uuidParam } from '../../../api/common.js';
import { getNomenclaturePath, listNomenclature } from './nomenclature-service.js';
import { getArgRecap } from './recap.js';
import { importRoutes } from './routes-import.js';
import { rpjmdRoutes } from './routes-rpjmd.js';
import {
  argRecapSchema,
  codeParam,
  createSubActivityBody,
  listSubActivitiesQuery,
  nomenclatureList,
  nomenclaturePathSchema,
  nomenclatureQuery,
  subActivityPage,
  subActivitySchema,
  updateSubActivityBody,
  yearQuery,
  yearsSchema,
} from '../../../api/planning.js';
import {
  createSubActivity,
  listPlanningYears,
  listSubActivities,
  updateSubActivity,
} from './sub-activities.js';

const tags = ['pprg planning'];

export function planningRoutes(app: ZodApp, ctx: AppContext): void {
  const { database } = ctx;
  app.get(
    '/api/nomenclature',
    {
      schema: {
        tags,
        summary: 'Search the SIPD nomenclature by code prefix or words of the name',
        querystring: nomenclatureQuery,
        response: { 200: nomenclatureList, ...errorResponses },
      },
    },
    async (request) => listNomenclature(database.db, request.actor, request.query),
  );

  app.get(
    '/api/nomenclature/:code/path',
    {
      schema: {
        tags,
        summary: 'Urusan, bidang, program, kegiatan and sub-kegiatan names above a code (null where unknown)',
        params: codeParam,
        response: { 200: nomenclaturePathSchema, ...errorResponses },
      },
    },
    async (request) => getNomenclaturePath(database.db, request.actor, request.params.code),
  );

  app.get(
    '/api/regions/:code/planning-years',
    {
      schema: {
        tags,
        summary: 'Years in which the region has sub-kegiatan',
        params: regionCodeParam,
        response: { 200: yearsSchema, ...errorResponses },
      },
    },
    async (request) => listPlanningYears(database.db, request.actor, request.params.code),
  );

  app.get(
    '/api/regions/:code/sub-activities',
    {
      schema: {
        tags,
        summary:
          "A page of the region's sub-kegiatan with budget, ARG tag and GAP status (operators: own OPD)",
        params: regionCodeParam,
        querystring: listSubActivitiesQuery,
        response: { 200: subActivityPage, ...errorResponses },
      },
    },
    async (request) => listSubActivities(database.db, request.actor, request.params.code, request.query),
  );

  app.post(
    '/api/regions/:code/sub-activities',
    {
      schema: {
        tags,
        summary: 'Add one sub-kegiatan line to an OPD for a year',
        params: regionCodeParam,
        body: createSubActivityBody,
        response: { 201: subActivitySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createSubActivity(database.db, request.actor, request.params.code, request.body);
    },
  );

  app.patch(
    '/api/sub-activities/:id',
    {
      schema: {
        tags,
        summary: 'Edit a sub-kegiatan line or tag its ARG category and amount',
        params: uuidParam,
        body: updateSubActivityBody,
        response: { 200: subActivitySchema, ...errorResponses },
      },
    },
    async (request) => updateSubActivity(database.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/regions/:code/arg-recap',
    {
      schema: {
        tags,
        summary:
          'ARG recap: budget vs gender-responsive amount by category, OPD, program; trend; OPDs without a GAP',
        params: regionCodeParam,
        querystring: yearQuery,
        response: { 200: argRecapSchema, ...errorResponses },
      },
    },
    // From the replica when there is one: the recap's cache key (the planning revision) is read
    // there too, so a lagging replica never stores a newer revision with older figures.
    async (request) => getArgRecap(database.readDb, request.actor, request.params.code, request.query.year),
  );

  importRoutes(app, ctx);
  rpjmdRoutes(app, ctx);
}
