import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema, uuidParam } from '../../../api/common.js';
import {
  boardParams,
  boardQuery,
  createFollowUpBody,
  followUpBoard as boardSchema,
  followUpDetail,
  followUpEvidenceParams,
  followUpEvidenceSchema,
  meetingFollowUps,
  previousOpenFollowUps as previousSchema,
  previousOpenQuery,
  updateFollowUpBody,
} from '../../../api/follow-ups.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { sendAttachment } from '../../lib/attachments/index.js';
import { followUpBoard } from './board.js';
import {
  deleteFollowUpEvidence,
  downloadFollowUpEvidence,
  uploadFollowUpEvidence,
  type FollowUpEvidenceDeps,
} from './evidence.js';
import { registerFollowUpReminders } from './reminders.js';
import {
  createFollowUp,
  getFollowUp,
  listMeetingFollowUps,
  previousOpenFollowUps,
  previousOpenFollowUpsFor,
  updateFollowUp,
} from './service.js';

const tags = ['follow-ups'];

export function followUpRoutes(app: ZodApp, ctx: AppContext): void {
  const { database, files, config } = ctx;
  const { db } = database;
  const evidence: FollowUpEvidenceDeps = {
    db,
    files,
    scratchDir: path.join(config.importDir, 'evidence'),
    maxMb: config.evidenceMaxMb,
  };
  registerFollowUpReminders(ctx);

  app.get(
    '/api/meetings/:id/follow-ups',
    {
      schema: {
        tags,
        summary: "A meeting's follow-ups (tindak lanjut), by due date",
        params: uuidParam,
        response: { 200: meetingFollowUps, ...errorResponses },
      },
    },
    async (request) => listMeetingFollowUps(db, request.actor, request.params.id),
  );

  app.post(
    '/api/meetings/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Add a follow-up to a meeting (organisers): text, owner (an OPD or a person), due date',
        params: uuidParam,
        body: createFollowUpBody,
        response: { 201: followUpDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFollowUp(db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/meetings/:id/previous-open-follow-ups',
    {
      schema: {
        tags,
        summary: "The open follow-ups of the region's previous meeting of the same kind",
        params: uuidParam,
        response: { 200: previousSchema, ...errorResponses },
      },
    },
    async (request) => previousOpenFollowUps(db, request.actor, request.params.id),
  );

  app.get(
    '/api/regions/:code/follow-ups',
    {
      schema: {
        tags,
        summary:
          "A region's follow-up board: by due date, filtered by status, owner OPD, overdue, meeting; paged",
        params: boardParams,
        querystring: boardQuery,
        response: { 200: boardSchema, ...errorResponses },
      },
    },
    async (request) => followUpBoard(db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/follow-ups/previous-open',
    {
      schema: {
        tags,
        summary:
          "For a meeting not saved yet: the open follow-ups of the region's latest meeting of a kind on or before a date",
        params: boardParams,
        querystring: previousOpenQuery,
        response: { 200: previousSchema, ...errorResponses },
      },
    },
    async (request) => previousOpenFollowUpsFor(db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'A follow-up with its evidence files and status history',
        params: uuidParam,
        response: { 200: followUpDetail, ...errorResponses },
      },
    },
    async (request) => getFollowUp(db, request.actor, request.params.id),
  );

  app.patch(
    '/api/follow-ups/:id',
    {
      schema: {
        tags,
        summary:
          'Change a follow-up: status and completion note (organisers and the owner), text, due date, owner (organisers); names the version edited',
        params: uuidParam,
        body: updateFollowUpBody,
        response: { 200: followUpDetail, ...errorResponses },
      },
    },
    async (request) => updateFollowUp(db, request.actor, request.params.id, request.body),
  );

  // Multipart only here, so every other route keeps the 1 MiB JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: config.evidenceMaxMb * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/follow-ups/:id/evidence',
      {
        schema: {
          tags,
          summary: `Attach evidence of completion (multipart field "file": photo, PDF, XLSX or DOCX, up to ${config.evidenceMaxMb} MB; the kind is read from the bytes)`,
          consumes: ['multipart/form-data'],
          params: uuidParam,
          response: { 201: followUpEvidenceSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await uploadFollowUpEvidence(evidence, request.actor, request.params.id, request)),
    );
  });

  app.get(
    '/api/follow-ups/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (whoever may read the follow-up)',
        params: followUpEvidenceParams,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendAttachment(
        reply,
        await downloadFollowUpEvidence(evidence, request.actor, request.params.id, request.params.evidenceId),
      ),
  );

  app.delete(
    '/api/follow-ups/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Remove an evidence file (organisers and the owner)',
        params: followUpEvidenceParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) =>
      deleteFollowUpEvidence(evidence, request.actor, request.params.id, request.params.evidenceId),
  );
}
