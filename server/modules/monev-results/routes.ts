import { errorResponses } from '../../../api/common.js';
import {
  monevResultsSchema,
  resultsExportParams,
  resultsExportQuery,
  resultsParams,
  resultsQuery,
  scoringBody,
  scoringQuery,
  scoringSchema,
  slidesExportQuery,
} from '../../../api/monev-results.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { fileResponse, produces, sendFile } from '../documents/routes.js';
import { exportResults, exportSlides } from './export.js';
import { getResults } from './results.js';
import { getScoring, putScoring } from './scoring.js';

const tags = ['monev results'];

export function monevResultsRoutes(app: ZodApp, { database }: AppContext): void {
  const { db } = database;

  app.get(
    '/api/regions/:code/monev/scoring',
    {
      schema: {
        tags,
        summary:
          "A year's scoring configuration of the monev result (latest or a given version) and its versions",
        params: resultsParams,
        querystring: scoringQuery,
        response: { 200: scoringSchema, ...errorResponses },
      },
    },
    async (request) => getScoring(db, request.actor, request.params.code, request.query),
  );

  app.put(
    '/api/regions/:code/monev/scoring',
    {
      schema: {
        tags,
        summary:
          "Saves the next version of a year's scoring configuration (criteria, weights, grade bands, source)",
        params: resultsParams,
        body: scoringBody,
        response: { 200: scoringSchema, ...errorResponses },
      },
    },
    async (request) => putScoring(db, request.actor, request.params.code, request.body),
  );

  app.get(
    '/api/regions/:code/monev/results',
    {
      schema: {
        tags,
        summary:
          "A year's result per OPD (Hasil Pengendalian dan Evaluasi): criterion values, score, grade, rank and what lowered it",
        params: resultsParams,
        querystring: resultsQuery,
        response: { 200: monevResultsSchema, ...errorResponses },
      },
    },
    async (request) => getResults(db, request.actor, request.params.code, request.query.year),
  );

  app.get(
    '/api/regions/:code/monev/results.:format',
    {
      schema: {
        tags,
        summary:
          "The year's result as the Rakor PUG document: PDF (letterhead, tables, chart, signature) or XLSX",
        params: resultsExportParams,
        querystring: resultsExportQuery,
        produces,
        response: fileResponse,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportResults(db, request.actor, request.params.code, request.params.format, request.query),
      ),
  );

  app.get(
    '/api/regions/:code/monev/results-slides.pdf',
    {
      schema: {
        tags,
        summary: "The year's result as slides for the Rakor PUG: landscape PDF, one chart a page",
        params: resultsParams,
        querystring: slidesExportQuery,
        produces,
        response: fileResponse,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportSlides(db, request.actor, request.params.code, request.query)),
  );
}
