import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema, uuidParam } from '../../../api/common.js';
import {
  dashboardQuery,
  decisionBody,
  evidenceList,
  evidenceParams,
  evidenceSchema,
  listMonevQuery,
  monevDashboard,
  monevList,
  monevReport,
  monevSettingsBody,
  monevSettingsSchema,
  reopenBody,
  reportLineParams,
  saveMonevBody,
  settingsParams,
  settingsQuery,
  versionBody,
} from '../../../api/monev.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { sendAttachment } from '../../lib/attachments/index.js';
import {
  deleteEvidence,
  downloadEvidence,
  listEvidence,
  uploadEvidence,
  type EvidenceDeps,
} from './evidence.js';
import { getMonevDashboard } from './dashboard.js';
import { listMonev } from './list.js';
import { getReport, getReportById } from './service.js';
import { decideReport, reopenReport, submitReport } from './review.js';
import { saveReport } from './save.js';
import { registerMonevReminders } from './reminders.js';
import { registerEvidenceSweep } from './sweep.js';
import { getMonevSettings, putMonevSettings } from './settings.js';

const tags = ['monev'];

export function monevRoutes(app: ZodApp, ctx: AppContext): void {
  const { database, files, config } = ctx;
  const { db } = database;
  const evidence: EvidenceDeps = {
    db,
    files,
    scratchDir: path.join(config.importDir, 'evidence'),
    maxMb: config.evidenceMaxMb,
  };
  registerEvidenceSweep(ctx, evidence.scratchDir);
  registerMonevReminders(ctx);

  app.get(
    '/api/regions/:code/monev',
    {
      schema: {
        tags,
        summary: "A year's gender-responsive sub-kegiatan with each quarter's report status and flags",
        params: settingsParams,
        querystring: listMonevQuery,
        response: { 200: monevList, ...errorResponses },
      },
    },
    async (request) => listMonev(db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/monev/dashboard',
    {
      schema: {
        tags,
        summary:
          "A year's monev figures per OPD (a kab/kota) or per kab/kota (a province): pagu vs realisation, physical progress, beneficiaries, indicators, statuses per quarter, flags, and the trend across years",
        params: settingsParams,
        querystring: dashboardQuery,
        response: { 200: monevDashboard, ...errorResponses },
      },
    },
    // An analytics read: the replica when there is one; the figures it keeps go to the primary.
    async (request) =>
      getMonevDashboard(database.readDb, request.actor, request.params.code, request.query.year, db),
  );

  app.get(
    '/api/regions/:code/monev/settings',
    {
      schema: {
        tags,
        summary: "A region's monev settings for a year: expected realisation and deadline per quarter",
        params: settingsParams,
        querystring: settingsQuery,
        response: { 200: monevSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getMonevSettings(db, request.actor, request.params.code, request.query.year),
  );

  app.put(
    '/api/regions/:code/monev/settings',
    {
      schema: {
        tags,
        summary: "Set a region's monev settings for a year (admin daerah)",
        params: settingsParams,
        body: monevSettingsBody,
        response: { 200: monevSettingsSchema, ...errorResponses },
      },
    },
    async (request) => putMonevSettings(db, request.actor, request.params.code, request.body),
  );

  app.get(
    '/api/sub-activities/:id/monev/:period',
    {
      schema: {
        tags,
        summary:
          "A quarter's report of a sub-kegiatan, or its form pre-filled from the plan and the previous quarter",
        params: reportLineParams,
        response: { 200: monevReport, ...errorResponses },
      },
    },
    async (request) => getReport(db, request.actor, request.params.id, request.params.period),
  );

  app.put(
    '/api/sub-activities/:id/monev/:period',
    {
      schema: {
        tags,
        summary: "Save a quarter's report as a draft (the first save creates it)",
        params: reportLineParams,
        body: saveMonevBody,
        response: { 200: monevReport, ...errorResponses },
      },
    },
    async (request) => saveReport(db, request.actor, request.params.id, request.params.period, request.body),
  );

  app.get(
    '/api/monev/:id',
    {
      schema: {
        tags,
        summary: 'A report by id',
        params: uuidParam,
        response: { 200: monevReport, ...errorResponses },
      },
    },
    async (request) => getReportById(db, request.actor, request.params.id),
  );

  app.post(
    '/api/monev/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a report for verification',
        params: uuidParam,
        body: versionBody,
        response: { 200: monevReport, ...errorResponses },
      },
    },
    async (request) => submitReport(db, request.actor, request.params.id, request.body.version),
  );

  app.post(
    '/api/monev/:id/decision',
    {
      schema: {
        tags,
        summary: 'Verify a submitted report, or return it with a comment per field (reviewer, DP3A)',
        params: uuidParam,
        body: decisionBody,
        response: { 200: monevReport, ...errorResponses },
      },
    },
    async (request) => decideReport(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/monev/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a verified report for correction, with a reason (DP3A)',
        params: uuidParam,
        body: reopenBody,
        response: { 200: monevReport, ...errorResponses },
      },
    },
    async (request) => reopenReport(db, request.actor, request.params.id, request.body.reason),
  );

  app.get(
    '/api/monev/:id/evidence',
    {
      schema: {
        tags,
        summary: "A report's evidence files",
        params: uuidParam,
        response: { 200: evidenceList, ...errorResponses },
      },
    },
    async (request) => listEvidence(db, request.actor, request.params.id),
  );

  // Multipart only here, so every other route keeps the 1 MiB JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: config.evidenceMaxMb * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/monev/:id/evidence',
      {
        schema: {
          tags,
          summary: `Attach an evidence file (multipart field "file": photo, PDF, XLSX or DOCX, up to ${config.evidenceMaxMb} MB; the kind is read from the bytes)`,
          consumes: ['multipart/form-data'],
          params: uuidParam,
          response: { 201: evidenceSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const row = await uploadEvidence(evidence, request.actor, request.params.id, request);
        return reply.status(201).send(row);
      },
    );
  });

  app.get(
    '/api/monev/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (for whoever may read the report)',
        params: evidenceParams,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendAttachment(
        reply,
        await downloadEvidence(evidence, request.actor, request.params.id, request.params.evidenceId),
      ),
  );

  app.delete(
    '/api/monev/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Remove an evidence file (the OPD’s editors, while the report is a draft or returned)',
        params: evidenceParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteEvidence(evidence, request.actor, request.params.id, request.params.evidenceId),
  );
}
