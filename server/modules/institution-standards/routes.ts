import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema, uuidParam } from '../../../api/common.js';
import {
  answerParams,
  boardParams,
  boardQuery,
  createDossierBody,
  decideBody,
  dossierBoard as boardSchema,
  dossierDetail,
  evidenceParams,
  evidenceSchema,
  importedStandard,
  institutionDossiers,
  institutionParams,
  noteBody,
  publicStandingSchema,
  reviewBody,
  revokeBody,
  saveAnswerBody,
  standardDefinition,
  standardDetail,
  standardList,
  standardListQuery,
  versionBody,
} from '../../../api/institution-standards.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { contentDisposition, sendAttachment, type AttachmentDeps } from '../../lib/attachments/index.js';
import { dossierBoard } from './board.js';
import { dossierCertificate } from './certificate.js';
import { createDossier, getDossier, listInstitutionDossiers, saveAnswer, submitDossier } from './dossiers.js';
import { deleteDossierEvidence, downloadDossierEvidence, uploadDossierEvidence } from './evidence.js';
import {
  decideDossier,
  forwardDossier,
  reopenDossier,
  returnForFix,
  reviewCriteria,
  revokeDossier,
} from './moves.js';
import { standardVerifyRateLimit, standingPage, verifyStanding } from './public.js';
import { registerStandardReminders } from './reminders.js';
import {
  exportStandard,
  getStandard,
  importStandard,
  listStandards,
  newStandardVersion,
  publishStandard,
  retireStandard,
} from './standards.js';

const tags = ['institution-standards'];
const verificationParams = z.object({ code: z.string().max(40) });

export function institutionStandardsRoutes(app: ZodApp, ctx: AppContext): void {
  const { database, files, config } = ctx;
  const { db } = database;
  const evidence: AttachmentDeps = {
    db,
    files,
    scratchDir: path.join(config.importDir, 'evidence'),
    maxMb: config.evidenceMaxMb,
  };
  registerStandardReminders(ctx);

  // ---- Standards ------------------------------------------------------------------------------

  app.get(
    '/api/institution-standards',
    {
      schema: {
        tags,
        summary: 'Standards (published and retired; drafts too for the superadmin), by code and version',
        querystring: standardListQuery,
        response: { 200: standardList, ...errorResponses },
      },
    },
    async (request) => listStandards(db, request.actor, request.query),
  );

  app.post(
    '/api/institution-standards/import',
    {
      schema: {
        tags,
        summary:
          'Import a standard version from its JSON definition (superadmin): a new draft version of its code; problems name element and criterion codes',
        body: standardDefinition,
        response: { 201: importedStandard, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await importStandard(db, request.actor, request.body)),
  );

  app.get(
    '/api/institution-standards/:id',
    {
      schema: {
        tags,
        summary: 'A standard version with its elements and criteria',
        params: uuidParam,
        response: { 200: standardDetail, ...errorResponses },
      },
    },
    async (request) => getStandard(db, request.actor, request.params.id),
  );

  app.get(
    '/api/institution-standards/:id/export',
    {
      schema: {
        tags,
        summary: "A standard version's definition as a JSON file (the import format)",
        params: uuidParam,
        response: { 200: standardDefinition, ...errorResponses },
      },
    },
    async (request, reply) => {
      const def = await exportStandard(db, request.actor, request.params.id);
      return reply
        .header('content-disposition', contentDisposition(`standar-${def.code}.json`))
        .header('cache-control', 'private, no-store')
        .send(def);
    },
  );

  app.post(
    '/api/institution-standards/:id/new-version',
    {
      schema: {
        tags,
        summary: 'Start a new draft version as a copy of this one (superadmin)',
        params: uuidParam,
        response: { 201: importedStandard, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await newStandardVersion(db, request.actor, request.params.id)),
  );

  for (const [action, run, summary] of [
    ['publish', publishStandard, 'Publish a draft version: it is frozen from now on (superadmin)'],
    ['retire', retireStandard, 'Retire a published version: no new dossiers, its dossiers stay (superadmin)'],
  ] as const) {
    app.post(
      `/api/institution-standards/:id/${action}`,
      {
        schema: { tags, summary, params: uuidParam, response: { 200: standardDetail, ...errorResponses } },
      },
      async (request) => run(db, request.actor, request.params.id),
    );
  }

  // ---- Dossiers -------------------------------------------------------------------------------

  app.get(
    '/api/institutions/:id/dossiers',
    {
      schema: {
        tags,
        summary: "An institution's standardisation dossiers and the published standards of its type",
        params: institutionParams,
        response: { 200: institutionDossiers, ...errorResponses },
      },
    },
    async (request) => listInstitutionDossiers(db, request.actor, request.params.id),
  );

  app.post(
    '/api/institutions/:id/dossiers',
    {
      schema: {
        tags,
        summary:
          'Open a dossier for a published standard of the institution’s type (the institution’s account, DP3A); one per institution and version',
        params: institutionParams,
        body: createDossierBody,
        response: { 201: dossierDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDossier(db, request.actor, request.params.id, request.body.standardId)),
  );

  app.get(
    '/api/institution-dossiers/:id',
    {
      schema: {
        tags,
        summary: 'A dossier with its standard, answers, evidence, reviews, score, gaps and history',
        params: uuidParam,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => getDossier(db, request.actor, request.params.id),
  );

  app.put(
    '/api/institution-dossiers/:id/answers/:criterionCode',
    {
      schema: {
        tags,
        summary:
          'Answer a criterion (by code) with a value of its scoring kind and a note; names the version edited',
        params: answerParams,
        body: saveAnswerBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) =>
      saveAnswer(db, request.actor, request.params.id, request.params.criterionCode, request.body),
  );

  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: config.evidenceMaxMb * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/institution-dossiers/:id/answers/:criterionCode/evidence',
      {
        schema: {
          tags,
          summary: `Attach an evidence file to a criterion (multipart field "file": photo, PDF, XLSX or DOCX, up to ${config.evidenceMaxMb} MB; kind read from the bytes)`,
          consumes: ['multipart/form-data'],
          params: answerParams,
          response: { 201: evidenceSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await uploadDossierEvidence(
              evidence,
              request.actor,
              request.params.id,
              request.params.criterionCode,
              request,
            ),
          ),
    );
  });

  app.get(
    '/api/institution-dossiers/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (whoever reads the dossier)',
        params: evidenceParams,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendAttachment(
        reply,
        await downloadDossierEvidence(evidence, request.actor, request.params.id, request.params.evidenceId),
      ),
  );

  app.delete(
    '/api/institution-dossiers/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Remove an evidence file (the fillers, while its criterion is editable)',
        params: evidenceParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) =>
      deleteDossierEvidence(evidence, request.actor, request.params.id, request.params.evidenceId),
  );

  app.post(
    '/api/institution-dossiers/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit (or resubmit after fixing) to DP3A: every criterion answered with its evidence',
        params: uuidParam,
        body: versionBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => submitDossier(db, request.actor, request.params.id, request.body.version),
  );

  app.put(
    '/api/institution-dossiers/:id/reviews',
    {
      schema: {
        tags,
        summary: "DP3A's review of criteria: accepted, or needs fixing with a comment",
        params: uuidParam,
        body: reviewBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => reviewCriteria(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/institution-dossiers/:id/return',
    {
      schema: {
        tags,
        summary: 'DP3A sends the dossier back to the institution: only the criteria to fix become editable',
        params: uuidParam,
        body: noteBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => returnForFix(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/institution-dossiers/:id/forward',
    {
      schema: {
        tags,
        summary:
          'To the next stage: DP3A → province (every criterion accepted); province → national when the standard says so',
        params: uuidParam,
        body: noteBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => forwardDossier(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/institution-dossiers/:id/decide',
    {
      schema: {
        tags,
        summary:
          'The last stage decides: terstandar (decision number, date, validity end), perlu perbaikan or ditolak',
        params: uuidParam,
        body: decideBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => decideDossier(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/institution-dossiers/:id/reopen',
    {
      schema: {
        tags,
        summary: 'A new round of a decided dossier (perlu perbaikan, or a lapsed or revoked standardisation)',
        params: uuidParam,
        body: versionBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => reopenDossier(db, request.actor, request.params.id, request.body.version),
  );

  app.post(
    '/api/institution-dossiers/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a standardisation in force (DP3A, province, superadmin), with the reason',
        params: uuidParam,
        body: revokeBody,
        response: { 200: dossierDetail, ...errorResponses },
      },
    },
    async (request) => revokeDossier(db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/institution-dossiers/:id/certificate',
    {
      schema: {
        tags,
        summary: 'The certificate (PDF) of a terstandar decision, with its QR verification link',
        params: uuidParam,
        response: { 200: z.unknown().describe('PDF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await dossierCertificate(db, request.actor, request.params.id, config.publicUrl);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  // ---- Board ----------------------------------------------------------------------------------

  app.get(
    '/api/regions/:code/institution-dossiers',
    {
      schema: {
        tags,
        summary:
          "DP3A's progress board: every institution of the region by stage, what it lacks, and the share standardised by field",
        params: boardParams,
        querystring: boardQuery,
        response: { 200: boardSchema, ...errorResponses },
      },
    },
    async (request) => dossierBoard(db, request.actor, request.params.code, request.query),
  );

  // ---- Public verification --------------------------------------------------------------------

  app.get(
    '/api/public/institution-standards/:code',
    {
      config: { rateLimit: standardVerifyRateLimit() },
      schema: {
        tags,
        summary:
          'Public verification of a standardisation by the code in its QR link: valid, expired, revoked or unknown; no personal data',
        security: [],
        params: verificationParams,
        response: { 200: publicStandingSchema, ...errorResponses },
      },
    },
    async (request) => verifyStanding(db, request.params.code),
  );

  app.get(
    '/verifikasi-standar/:code',
    {
      config: { rateLimit: standardVerifyRateLimit() },
      schema: { hide: true, params: verificationParams },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(standingPage(await verifyStanding(db, request.params.code))),
  );
}
