import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema } from '../../../api/common.js';
import {
  candidatesSchema,
  documentParams,
  documentSchema,
  evidenceListSchema,
  evidenceYear,
  listQuery,
  proposeQuery,
  regionParams,
  updateDocumentBody,
} from '../../../api/evaluation-evidence.js';
import { sendAttachment, type AttachmentDeps } from '../../lib/attachments/index.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import {
  deleteDocument,
  downloadDocument,
  getDocument,
  updateDocument,
  uploadDocument,
} from './documents.js';
import { ensureDemoFiles } from './demo-files.js';
import { computedIndicators, listEvidence, proposeFor } from './propose.js';

const tags = ['evaluation-evidence'];

export function evaluationEvidenceRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const deps: AttachmentDeps = {
    db,
    files: ctx.files,
    scratchDir: path.join(ctx.config.importDir, 'evaluation-evidence'),
    maxMb: ctx.config.evidenceMaxMb,
  };
  // The demo's files are generated into the store once the app is up (demo-files.ts); a
  // failure leaves them to be made at their first download.
  app.addHook('onReady', async () => {
    await ensureDemoFiles(db, ctx.files).catch((error: unknown) =>
      app.log.warn({ err: error }, 'evaluation-evidence: demo files not generated at start'),
    );
  });

  app.get(
    '/api/regions/:code/evaluation-evidence',
    {
      schema: {
        tags,
        summary: "A region's evidence of a year by kind: live records from Setara and uploaded documents",
        params: regionParams,
        querystring: listQuery,
        response: { 200: evidenceListSchema, ...errorResponses },
      },
    },
    async (request) => listEvidence(db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/evaluation-evidence/proposals',
    {
      schema: {
        tags,
        summary: 'The candidates for the evidence kinds a worksheet question asks for',
        params: regionParams,
        querystring: proposeQuery,
        response: { 200: candidatesSchema, ...errorResponses },
      },
    },
    async (request) => proposeFor(db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/evaluation-evidence/indicators',
    {
      schema: {
        tags,
        summary: 'The computed indicators of a year (% OPD with GAP, % ARG, …) with figure and source',
        params: regionParams,
        querystring: z.object({ year: evidenceYear }).strict(),
        response: { 200: candidatesSchema, ...errorResponses },
      },
    },
    async (request) => computedIndicators(db, request.actor, request.params.code, request.query.year),
  );

  app.get(
    '/api/evaluation-evidence/:id',
    {
      schema: {
        tags,
        summary: 'One uploaded evidence document',
        params: documentParams,
        response: { 200: documentSchema, ...errorResponses },
      },
    },
    async (request) => getDocument(db, request.actor, request.params.id),
  );

  app.put(
    '/api/evaluation-evidence/:id',
    {
      schema: {
        tags,
        summary: "Edit a document's kind, year, title, note, validity or OPD (the file stays)",
        params: documentParams,
        body: updateDocumentBody,
        response: { 200: documentSchema, ...errorResponses },
      },
    },
    async (request) => updateDocument(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/evaluation-evidence/:id',
    {
      schema: {
        tags,
        summary: 'Remove a document and its file',
        params: documentParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteDocument(deps, request.actor, request.params.id),
  );

  app.get(
    '/api/evaluation-evidence/:id/file',
    {
      schema: {
        tags,
        summary: "The document's file",
        params: documentParams,
        produces: ['application/pdf', 'image/*', 'application/octet-stream', 'application/json'],
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendAttachment(reply, await downloadDocument(deps, request.actor, request.params.id)),
  );

  // Uploads: multipart only inside this scope (as the agreements and meetings modules).
  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, {
      limits: { fileSize: deps.maxMb * 1024 * 1024, files: 1, fields: 10, fieldSize: 10_000 },
    });
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/api/regions/:code/evaluation-evidence',
      {
        schema: {
          tags,
          summary:
            'Upload an evidence document (multipart: kind, year, title, note, validFrom, validUntil, opdId, file)',
          params: regionParams,
          consumes: ['multipart/form-data'],
          response: { 201: documentSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await uploadDocument(deps, request.actor, request.params.code, request);
        return reply.code(201).send(doc);
      },
    );
  });
}
