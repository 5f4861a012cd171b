import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema, uuidParam } from '../../../api/common.js';
import {
  cycleInput,
  cycleList,
  cycleOpened,
  cycleSchema,
  cycleUpdate,
  cycleVersionBody,
  exportQuery,
  importedInstrument,
  instrumentDefinition,
  instrumentDetail,
  instrumentList,
} from '../../../api/evaluation-instruments.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { contentDisposition } from '../../lib/attachments/index.js';
import {
  closeCycle,
  createCycle,
  deleteCycle,
  getCycle,
  listCycles,
  openCycle,
  updateCycle,
} from './cycles.js';
import {
  assertManager,
  copyInstrument,
  exportDefinition,
  getInstrument,
  importDefinition,
  listInstruments,
} from './instruments.js';
import { instrumentWorkbook, XLSX_TYPE } from './xlsx-export.js';
import { importInstrumentXlsx, XLSX_IMPORT_MAX_MB } from './xlsx-import.js';

const tags = ['evaluation-instruments'];
const INSTRUMENTS = '/api/evaluation-instruments';
const CYCLES = '/api/evaluation-cycles';
/** A national instrument of ~150 questions is ~200 KB of JSON; 1 000 questions stay under this. */
const JSON_IMPORT_LIMIT = 4 * 1024 * 1024;

export function evaluationInstrumentsRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const scratchDir = path.join(ctx.config.importDir, 'evaluation-instruments');

  app.get(
    INSTRUMENTS,
    {
      schema: {
        tags,
        summary: 'Instrument versions by code (frozen ones for everyone; drafts too for the superadmin)',
        response: { 200: instrumentList, ...errorResponses },
      },
    },
    async (request) => listInstruments(db, request.actor),
  );

  app.get(
    `${INSTRUMENTS}/template`,
    {
      schema: {
        tags,
        summary: 'The empty XLSX template with its instructions sheet (superadmin)',
        response: { 200: z.unknown().describe('The XLSX file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      assertManager(request.actor);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', contentDisposition('templat-instrumen-evaluasi-pug.xlsx'))
        .header('cache-control', 'private, no-store')
        .send(await instrumentWorkbook(null));
    },
  );

  app.post(
    `${INSTRUMENTS}/import`,
    {
      bodyLimit: JSON_IMPORT_LIMIT,
      schema: {
        tags,
        summary:
          "Import an instrument from its JSON definition (superadmin): replaces the code's draft or adds the next version; nothing is stored when any row is bad (422 naming sheet, code and field)",
        body: instrumentDefinition,
        response: { 201: importedInstrument, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await importDefinition(db, request.actor, request.body)),
  );

  app.get(
    `${INSTRUMENTS}/:id`,
    {
      schema: {
        tags,
        summary: 'An instrument version with its areas, questions and options',
        params: uuidParam,
        response: { 200: instrumentDetail, ...errorResponses },
      },
    },
    async (request) => getInstrument(db, request.actor, request.params.id),
  );

  app.get(
    `${INSTRUMENTS}/:id/export`,
    {
      schema: {
        tags,
        summary: 'The version as JSON (the import format) or as XLSX in the template, text cells defused',
        params: uuidParam,
        querystring: exportQuery,
        response: { 200: z.unknown().describe('The JSON or XLSX file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const def = await exportDefinition(db, request.actor, request.params.id);
      const base = `instrumen-${def.code}`;
      reply.header('cache-control', 'private, no-store');
      if (request.query.format === 'xlsx')
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', contentDisposition(`${base}.xlsx`))
          .send(await instrumentWorkbook(def));
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', contentDisposition(`${base}.json`))
        .send(JSON.stringify(def, null, 2));
    },
  );

  app.post(
    `${INSTRUMENTS}/:id/versions`,
    {
      schema: {
        tags,
        summary: 'A new draft version as a copy of this frozen one (superadmin)',
        params: uuidParam,
        response: { 201: importedInstrument, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await copyInstrument(db, request.actor, request.params.id)),
  );

  // ---- Cycles ----------------------------------------------------------------------------------

  app.get(
    CYCLES,
    {
      schema: {
        tags,
        summary: 'Evaluation cycles, newest year first (drafts for the superadmin only)',
        response: { 200: cycleList, ...errorResponses },
      },
    },
    async (request) => listCycles(db, request.actor),
  );

  app.post(
    CYCLES,
    {
      schema: {
        tags,
        summary: 'Create a draft cycle (superadmin): year, award, instrument version, stage dates, tiers',
        body: cycleInput,
        response: { 201: cycleSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createCycle(db, request.actor, request.body)),
  );

  app.get(
    `${CYCLES}/:id`,
    {
      schema: {
        tags,
        summary: 'A cycle',
        params: uuidParam,
        response: { 200: cycleSchema, ...errorResponses },
      },
    },
    async (request) => getCycle(db, request.actor, request.params.id),
  );

  app.put(
    `${CYCLES}/:id`,
    {
      schema: {
        tags,
        summary: 'Change a cycle (superadmin): a draft whole, an open cycle only its stage dates and name',
        params: uuidParam,
        body: cycleUpdate,
        response: { 200: cycleSchema, ...errorResponses },
      },
    },
    async (request) => updateCycle(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    `${CYCLES}/:id`,
    {
      schema: {
        tags,
        summary: 'Remove a draft cycle (superadmin)',
        params: uuidParam,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteCycle(db, request.actor, request.params.id),
  );

  app.post(
    `${CYCLES}/:id/open`,
    {
      schema: {
        tags,
        summary:
          "Open a draft cycle (superadmin): every date and a tier set; freezes the instrument and notifies every region's DP3A",
        params: uuidParam,
        body: cycleVersionBody,
        response: { 200: cycleOpened, ...errorResponses },
      },
    },
    async (request) => openCycle(db, request.actor, request.params.id, request.body.version),
  );

  app.post(
    `${CYCLES}/:id/close`,
    {
      schema: {
        tags,
        summary: 'Close an open cycle (superadmin)',
        params: uuidParam,
        body: cycleVersionBody,
        response: { 200: cycleSchema, ...errorResponses },
      },
    },
    async (request) => closeCycle(db, request.actor, request.params.id, request.body.version),
  );

  // Uploads: multipart only in this scope.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: XLSX_IMPORT_MAX_MB * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      `${INSTRUMENTS}/import-file`,
      {
        schema: {
          tags,
          summary: `Import an instrument from the XLSX template (multipart field "file", up to ${XLSX_IMPORT_MAX_MB} MB, superadmin): every row checked, any bad row stores nothing and is named <sheet>.<row>.<column>`,
          consumes: ['multipart/form-data'],
          response: { 201: importedInstrument, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await importInstrumentXlsx({ db, scratchDir }, request.actor, request)),
    );
  });
}
