import { z } from 'zod';
import { errorResponses, okSchema, uuidParam } from '../../../api/common.js';
import {
  answerVersionsSchema,
  assignBody,
  closeStageBody,
  createWorksheetBody,
  decideBody,
  evidenceLinkBody,
  linkParams,
  linkSchema,
  liveScore as liveScoreSchema,
  missingSchema,
  queueSchema,
  recapQuery,
  recapSchema,
  regionEvaluation,
  replyBody,
  resultsSchema,
  saveAnswerBody,
  scoreSummary,
  stageParams,
  submitBody,
  questionParams,
  worksheetDetail,
} from '../../../api/evaluation.js';
import { regionCodeParam } from '../../../api/regions.js';
import { WORKSHEET_STATUSES } from '../../../domain/evaluation/worksheet.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { answerVersions, assignQuestions, saveAnswer } from './answers.js';
import { evaluationExportRoutes } from './export-routes.js';
import { addLink, proposalsFor, removeLink } from './links.js';
import { recap, verificationQueue, worksheetResults } from './results.js';
import { closeStage, decide, replyToComment, returnComments, submitWorksheet } from './verify.js';
import { createWorksheet, getWorksheet, listRegionWorksheets, liveScore } from './worksheets.js';

const tags = ['evaluation'];
const moved = z.object({ version: z.number().int(), status: z.enum(WORKSHEET_STATUSES) });
const decided = moved.extend({ total: z.number(), tier: z.string().nullable() });
const answered = z.object({
  version: z.number().int(),
  answerVersion: z.number().int(),
  score: scoreSummary,
  missing: missingSchema,
});
const proposals = z.object({
  items: z.array(
    z.object({
      link: z.object({
        kind: z.string(),
        source: z.enum(['live', 'upload']),
        ref: z.union([
          z.object({ module: z.string(), id: z.string() }),
          z.object({ documentId: z.string() }),
        ]),
        title: z.string(),
        year: z.number().int(),
      }),
      href: z.string(),
      date: z.string().nullable(),
      status: z.string().nullable(),
      figure: z.object({ value: z.number().nullable(), display: z.string(), source: z.string() }).optional(),
      linked: z.boolean(),
    }),
  ),
});
const queueQuery = z.strictObject({ cycleId: z.uuid().optional() });

export function evaluationRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  evaluationExportRoutes(app, ctx);

  app.get(
    '/api/regions/:code/evaluation',
    {
      schema: {
        tags,
        summary: "A region's evaluation worksheets by cycle, and the open cycles it may start",
        params: regionCodeParam,
        response: { 200: regionEvaluation, ...errorResponses },
      },
    },
    async (request) => listRegionWorksheets(db, request.actor, request.params.code),
  );

  app.post(
    '/api/regions/:code/evaluation',
    {
      schema: {
        tags,
        summary: "Start the region's worksheet of an open cycle (DP3A); again answers the same worksheet",
        params: regionCodeParam,
        body: createWorksheetBody,
        response: {
          200: z.object({ id: z.uuid(), created: z.boolean() }),
          201: z.object({ id: z.uuid(), created: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const r = await createWorksheet(db, request.actor, request.params.code, request.body.cycleId);
      return reply.status(r.created ? 201 : 200).send(r);
    },
  );

  app.get(
    '/api/regions/:code/evaluation/queue',
    {
      schema: {
        tags,
        summary:
          "Worksheets waiting for the caller's verification in a province (provinsi) or the nation (ID)",
        params: regionCodeParam,
        querystring: queueQuery,
        response: { 200: queueSchema, ...errorResponses },
      },
    },
    async (request) => verificationQueue(db, request.actor, request.params.code, request.query.cycleId),
  );

  app.get(
    '/api/regions/:code/evaluation/recap',
    {
      schema: {
        tags,
        summary: "A cycle's recap: a province's kab/kota side by side, or the nation's regions (ID)",
        params: regionCodeParam,
        querystring: recapQuery,
        response: { 200: recapSchema, ...errorResponses },
      },
    },
    async (request) => recap(db, request.actor, request.params.code, request.query.cycleId),
  );

  app.get(
    '/api/evaluation-worksheets/:id',
    {
      schema: {
        tags,
        summary:
          'A worksheet: instrument, answers, evidence links, decisions, replies, score and what is missing',
        params: uuidParam,
        response: { 200: worksheetDetail, ...errorResponses },
      },
    },
    async (request) => getWorksheet(db, request.actor, request.params.id),
  );

  app.get(
    '/api/evaluation-worksheets/:id/score',
    {
      schema: {
        tags,
        summary: 'The live score, tier and what is missing (next tier at least cost)',
        params: uuidParam,
        response: { 200: liveScoreSchema, ...errorResponses },
      },
    },
    async (request) => liveScore(db, request.actor, request.params.id),
  );

  app.put(
    '/api/evaluation-worksheets/:id/answers/:questionCode',
    {
      schema: {
        tags,
        summary:
          'Answer a question (DP3A, or the OPD / colleague it is assigned to) while the worksheet is a draft and the window open',
        params: questionParams,
        body: saveAnswerBody,
        response: { 200: answered, ...errorResponses },
      },
    },
    async (request) =>
      saveAnswer(db, request.actor, request.params.id, request.params.questionCode, request.body),
  );

  app.get(
    '/api/evaluation-worksheets/:id/answers/:questionCode/versions',
    {
      schema: {
        tags,
        summary: "A question's earlier answers, newest first",
        params: questionParams,
        response: { 200: answerVersionsSchema, ...errorResponses },
      },
    },
    async (request) => answerVersions(db, request.actor, request.params.id, request.params.questionCode),
  );

  app.put(
    '/api/evaluation-worksheets/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Assign questions to OPDs or colleagues (DP3A); both null gives a question back to DP3A',
        params: uuidParam,
        body: assignBody,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => assignQuestions(db, request.actor, request.params.id, request.body.items),
  );

  app.get(
    '/api/evaluation-worksheets/:id/answers/:questionCode/proposals',
    {
      schema: {
        tags,
        summary: "The evidence repository's records and documents for the question's evidence kinds",
        params: questionParams,
        response: { 200: proposals, ...errorResponses },
      },
    },
    async (request) => proposalsFor(db, request.actor, request.params.id, request.params.questionCode),
  );

  app.post(
    '/api/evaluation-worksheets/:id/answers/:questionCode/links',
    {
      schema: {
        tags,
        summary: 'Confirm a proposed record, or a document of the repository, as evidence of the question',
        params: questionParams,
        body: evidenceLinkBody,
        response: {
          201: z.object({
            link: linkSchema,
            version: z.number().int(),
            score: scoreSummary,
            missing: missingSchema,
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addLink(db, request.actor, request.params.id, request.params.questionCode, request.body)),
  );

  app.delete(
    '/api/evaluation-worksheets/:id/links/:linkId',
    {
      schema: {
        tags,
        summary: 'Remove an evidence link (the record or document itself stays)',
        params: linkParams,
        response: { 200: z.object({ ok: z.literal(true), version: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => removeLink(db, request.actor, request.params.id, request.params.linkId),
  );

  app.post(
    '/api/evaluation-worksheets/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit the worksheet (DP3A): it freezes and goes to its verifier',
        params: uuidParam,
        body: submitBody,
        response: { 200: moved, ...errorResponses },
      },
    },
    async (request) => submitWorksheet(db, request.actor, request.params.id, request.body),
  );

  app.put(
    '/api/evaluation-worksheets/:id/decisions',
    {
      schema: {
        tags,
        summary:
          "The stage verifier's decisions per question: accepted, adjusted (score and comment) or rejected (comment)",
        params: uuidParam,
        body: decideBody,
        response: { 200: decided, ...errorResponses },
      },
    },
    async (request) => decide(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/evaluation-worksheets/:id/stages/:stage/return',
    {
      schema: {
        tags,
        summary: "Tell the region the stage's comments wait for its replies",
        params: stageParams,
        response: {
          200: z.object({ notified: z.number().int(), questions: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request) => returnComments(db, request.actor, request.params.id, request.params.stage),
  );

  app.post(
    '/api/evaluation-worksheets/:id/replies',
    {
      schema: {
        tags,
        summary: "The region's reply to a verifier's comment, before the stage closes",
        params: uuidParam,
        body: replyBody,
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await replyToComment(db, request.actor, request.params.id, request.body)),
  );

  app.post(
    '/api/evaluation-worksheets/:id/stages/:stage/close',
    {
      schema: {
        tags,
        summary: 'Close the stage (its verifier): undecided questions are accepted; the worksheet moves on',
        params: stageParams,
        body: closeStageBody,
        response: { 200: decided, ...errorResponses },
      },
    },
    async (request) => closeStage(db, request.actor, request.params.id, request.params.stage, request.body),
  );

  app.get(
    '/api/evaluation-worksheets/:id/results',
    {
      schema: {
        tags,
        summary:
          'Results: self and after each stage, per area, tier, rank in the province and the nation, trend',
        params: uuidParam,
        response: { 200: resultsSchema, ...errorResponses },
      },
    },
    async (request) => worksheetResults(db, request.actor, request.params.id),
  );
}
