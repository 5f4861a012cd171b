import { rm } from 'node:fs/promises';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema } from '../../../api/common.js';
import { importErrorSchema } from '../../../api/planning.js';
import {
  bulkFormatParams,
  certificateParams,
  certificateSchema,
  importResultSchema,
  issueBody,
  issueResultSchema,
  meetingParams,
  publicCertificateSchema,
  revokeBody,
  saveScoresBody,
  settingsBody,
  settingsSchema,
  trainingSchema,
  verificationParams,
} from '../../../api/training.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { sendFile } from '../documents/routes.js';
import { ImportRowsError, sendImportRowsError } from '../../lib/upload.js';
import { issueCertificates, revokeCertificate } from './certificates.js';
import { bulkCertificatesFile, certificateFile, scoresCsv } from './exports.js';
import { importScores, receiveScoresFile, SCORES_FILE_MAX_BYTES } from './import.js';
import { manageableMeeting } from './load.js';
import { verificationPage, verifyCertificate, verifyRateLimit } from './public.js';
import { getTraining, putSettings, saveScores } from './service.js';

const tags = ['training'];
const fileResponse = { 200: z.unknown().describe('The PDF or ZIP file'), ...errorResponses };

export function trainingRoutes(app: ZodApp, { database, config }: AppContext): void {
  const { db } = database;

  app.get(
    '/api/meetings/:id/training',
    {
      schema: {
        tags,
        summary:
          "A Bimtek's participants (its attendees, one per person across days) with pre/post-test scores, the improvement by sex, certificates and the certificate settings",
        params: meetingParams,
        response: { 200: trainingSchema, ...errorResponses },
      },
    },
    async (request) => getTraining(db, request.actor, request.params.id),
  );

  app.put(
    '/api/meetings/:id/training/scores',
    {
      schema: {
        tags,
        summary: 'Save pre/post-test scores (0–100) of participants, as the grid edits them (organisers)',
        params: meetingParams,
        body: saveScoresBody,
        response: { 200: trainingSchema, ...errorResponses },
      },
    },
    async (request) => saveScores(db, request.actor, request.params.id, request.body),
  );

  app.put(
    '/api/meetings/:id/training/settings',
    {
      schema: {
        tags,
        summary: 'Set how the certificates are signed and numbered (organisers)',
        params: meetingParams,
        body: settingsBody,
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => putSettings(db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/meetings/:id/training/scores.csv',
    {
      schema: {
        tags,
        summary:
          'The participants with their scores as CSV (id, nama, jenis kelamin, instansi, pre, post): the layout the import reads back',
        params: meetingParams,
        produces: ['text/csv', 'application/json'],
        response: fileResponse,
      },
    },
    async (request, reply) => sendFile(reply, await scoresCsv(db, request.actor, request.params.id)),
  );

  // Multipart only in this scope, so other routes keep the JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: SCORES_FILE_MAX_BYTES, files: 1 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/meetings/:id/training/scores/import',
      {
        schema: {
          tags,
          summary:
            'Import scores from CSV/XLSX (multipart field "file"; columns id or nama, pre, post); all or nothing, 422 lists every row error',
          consumes: ['multipart/form-data'],
          params: meetingParams,
          response: { 200: importResultSchema, 413: errorSchema, ...errorResponses, 422: importErrorSchema },
        },
      },
      async (request, reply) => {
        // Refused before the upload is read, not after.
        await manageableMeeting(db, request.actor, request.params.id);
        const file = await receiveScoresFile(request);
        try {
          return await importScores(db, request.actor, request.params.id, file);
        } catch (error) {
          if (!(error instanceof ImportRowsError)) throw error;
          return sendImportRowsError(reply, request, error);
        } finally {
          await rm(file.path, { force: true });
        }
      },
    );
  });

  app.post(
    '/api/meetings/:id/certificates',
    {
      schema: {
        tags,
        summary:
          'Issue certificates: to the participants named, or to every participant without a valid one (organisers); numbers run per region and year without gaps',
        params: meetingParams,
        body: issueBody,
        response: { 200: issueResultSchema, ...errorResponses },
      },
    },
    async (request) => issueCertificates(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/certificates/:certificateId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a certificate with a reason (organisers); its page then says revoked',
        params: certificateParams,
        body: revokeBody,
        response: { 200: certificateSchema, ...errorResponses },
      },
    },
    async (request) =>
      revokeCertificate(
        db,
        request.actor,
        request.params.id,
        request.params.certificateId,
        request.body.reason,
      ),
  );

  app.get(
    '/api/meetings/:id/certificates/:certificateId/pdf',
    {
      schema: {
        tags,
        summary: 'One certificate as PDF (A4 landscape, QR code to its verification page)',
        params: certificateParams,
        produces: ['application/pdf', 'application/json'],
        response: fileResponse,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await certificateFile(
          db,
          config.publicUrl,
          request.actor,
          request.params.id,
          request.params.certificateId,
        ),
      ),
  );

  app.get(
    '/api/meetings/:id/certificates.:format',
    {
      schema: {
        tags,
        summary: 'Every valid certificate of the meeting: one PDF (a page each) or a ZIP of one PDF each',
        params: bulkFormatParams,
        produces: ['application/pdf', 'application/zip', 'application/json'],
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const file = await bulkCertificatesFile(
        db,
        config.publicUrl,
        request.actor,
        request.params.id,
        request.params.format,
      );
      // The web shows progress against the count while the file is made.
      reply.header('x-certificate-count', String(file.count));
      return sendFile(reply, file);
    },
  );

  app.get(
    '/api/public/certificates/:code',
    {
      config: { rateLimit: verifyRateLimit() },
      schema: {
        tags,
        summary:
          'Public verification of a certificate by the code in its QR link: valid, revoked or unknown, with only what the certificate shows',
        security: [],
        params: verificationParams,
        response: { 200: publicCertificateSchema, ...errorResponses },
      },
    },
    async (request) => verifyCertificate(db, request.params.code),
  );

  app.get(
    '/sertifikat/:code',
    {
      config: { rateLimit: verifyRateLimit() },
      schema: { hide: true, params: verificationParams },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(verificationPage(await verifyCertificate(db, request.params.code))),
  );
}
