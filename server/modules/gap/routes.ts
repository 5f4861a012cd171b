import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { languageOf, translate } from '../../lib/messages.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, uuidParam } from '../../../api/common.js';
import { VersionConflict } from './access.js';
import { redraftGbs, redraftTor, saveGap } from './edit.js';
import { commentGap, decideGap, resolveComment, submitGap } from './review.js';
import {
  commentBody,
  compareQuery,
  compareResult,
  conflictSchema,
  decisionBody,
  eventParams,
  gapDocument,
  gapPage,
  listGapQuery,
  resolveBody,
  reviewEvent,
  saveGapBody,
  saveHistory,
  versionBody,
  versionList,
} from '../../../api/gap.js';
import { createGap, getGap, listGaps } from './service.js';
import { listSaves } from './saves.js';
import { compareVersions, listVersions } from './versions.js';

const tags = ['gap'];
const writeResponses = { ...errorResponses, 409: conflictSchema };

/** A stale version answers 409 with who saved last and the current version, so the editor can reload. */
function sendVersionConflict(error: VersionConflict, request: FastifyRequest, reply: FastifyReply) {
  const lang = languageOf(request.headers['accept-language']);
  return reply.status(409).send({
    error: {
      code: error.code,
      message: translate(error.messageKey, lang, error.params),
      fields: { version: translate('gap_version_stale', lang) },
      current: error.current,
    },
  });
}

export function gapRoutes(app: ZodApp, { database }: AppContext): void {
  const { db } = database;

  // Own scope: its error handler answers version conflicts and passes everything else up to
  // the app's handler.
  app.register(async (scope) => {
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.setErrorHandler((error, request, reply) => {
      if (error instanceof VersionConflict) return sendVersionConflict(error, request, reply);
      throw error;
    });

    r.get(
      '/api/regions/:code/gap',
      {
        schema: {
          tags,
          summary: "A region's GAP documents; with status=submitted, the review queue",
          params: regionCodeParam,
          querystring: listGapQuery,
          response: { 200: gapPage, ...errorResponses },
        },
      },
      async (request) => listGaps(db, request.actor, request.params.code, request.query),
    );

    r.post(
      '/api/sub-activities/:id/gap',
      {
        schema: {
          tags,
          summary: 'Start the GAP of a sub-kegiatan (step 1 prefilled from the nomenclature)',
          params: uuidParam,
          response: { 201: gapDocument, ...errorResponses },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return createGap(db, request.actor, request.params.id);
      },
    );

    r.get(
      '/api/gap/:id',
      {
        schema: {
          tags,
          summary: 'A GAP document with its live step 2 values, completeness and review trail',
          params: uuidParam,
          response: { 200: gapDocument, ...errorResponses },
        },
      },
      async (request) => getGap(db, request.actor, request.params.id),
    );

    r.put(
      '/api/gap/:id',
      {
        schema: {
          tags,
          summary: 'Save the worksheet, GBS and/or TOR (names the version edited)',
          params: uuidParam,
          body: saveGapBody,
          response: { 200: gapDocument, ...writeResponses },
        },
      },
      async (request) => saveGap(db, request.actor, request.params.id, request.body),
    );

    r.post(
      '/api/gap/:id/gbs',
      {
        schema: {
          tags,
          summary: '(Re)draft the GBS from the GAP and the budget line',
          params: uuidParam,
          body: versionBody,
          response: { 200: gapDocument, ...writeResponses },
        },
      },
      async (request) => redraftGbs(db, request.actor, request.params.id, request.body.version),
    );

    r.post(
      '/api/gap/:id/tor',
      {
        schema: {
          tags,
          summary: '(Re)draft the TOR (KAK) from the GAP and the GBS',
          params: uuidParam,
          body: versionBody,
          response: { 200: gapDocument, ...writeResponses },
        },
      },
      async (request) => redraftTor(db, request.actor, request.params.id, request.body.version),
    );

    r.post(
      '/api/gap/:id/submit',
      {
        schema: {
          tags,
          summary: 'Submit for review: needs a complete GAP and a GBS; freezes a version',
          params: uuidParam,
          body: versionBody,
          response: { 200: gapDocument, ...writeResponses },
        },
      },
      async (request) => submitGap(db, request.actor, request.params.id, request.body.version),
    );

    r.post(
      '/api/gap/:id/comments',
      {
        schema: {
          tags,
          summary: 'Comment on a step, the GBS, the TOR or the whole document',
          params: uuidParam,
          body: commentBody,
          response: { 201: reviewEvent, ...errorResponses },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return commentGap(db, request.actor, request.params.id, request.body);
      },
    );

    r.patch(
      '/api/gap/:id/comments/:eventId',
      {
        schema: {
          tags,
          summary: 'Mark a comment resolved (or open again)',
          params: eventParams,
          body: resolveBody,
          response: { 200: reviewEvent, ...errorResponses },
        },
      },
      async (request) =>
        resolveComment(db, request.actor, request.params.id, request.params.eventId, request.body.resolved),
    );

    r.post(
      '/api/gap/:id/decision',
      {
        schema: {
          tags,
          summary: 'Ask for revision or approve a submitted document',
          params: uuidParam,
          body: decisionBody,
          response: { 200: gapDocument, ...errorResponses },
        },
      },
      async (request) => decideGap(db, request.actor, request.params.id, request.body),
    );

    r.get(
      '/api/gap/:id/versions',
      {
        schema: {
          tags,
          summary: 'The submissions of a document',
          params: uuidParam,
          response: { 200: versionList, ...errorResponses },
        },
      },
      async (request) => listVersions(db, request.actor, request.params.id),
    );

    r.get(
      '/api/gap/:id/saves',
      {
        schema: {
          tags,
          summary: 'The automatic saves of a document, newest first (apart from its versions)',
          params: uuidParam,
          response: { 200: saveHistory, ...errorResponses },
        },
      },
      async (request) => listSaves(db, request.actor, request.params.id),
    );

    r.get(
      '/api/gap/:id/compare',
      {
        schema: {
          tags,
          summary: 'Field-by-field changes between two submissions, or a submission and the current content',
          params: uuidParam,
          querystring: compareQuery,
          response: { 200: compareResult, ...errorResponses },
        },
      },
      async (request) => compareVersions(db, request.actor, request.params.id, request.query),
    );
  });
}
