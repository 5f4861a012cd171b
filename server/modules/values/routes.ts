import { errorResponses } from '../../../api/common.js';
import {
  assignmentList,
  indicatorCode,
  setAssignmentBody,
  setAssignmentResult,
} from '../../../api/indicators.js';
import { regionCodeParam } from '../../../api/regions.js';
import {
  entryGridSchema,
  entryQuery,
  movedSchema,
  periodsQuery,
  periodsResponse,
  reviewBoardSchema,
  reviewBody,
  saveEntryBody,
  saveEntryResponse,
  validationReportQuery,
  violationList,
} from '../../../api/values.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { setAssignment, listAssignments } from '../indicators/assignments.js';
import { getEntryGrid, saveEntries } from './entry.js';
import { listPeriods } from './periods.js';
import { returnValues, reviewBoard, submitValues, verifyValues } from './review.js';
import { validationReport } from './validation.js';

const tags = ['data terpilah'];

export function valueRoutes(app: ZodApp, { database }: AppContext): void {
  const db = database.db;

  app.get(
    '/api/regions/:code/assignments',
    {
      schema: {
        tags,
        summary: 'Which OPD answers for which indicator in the region',
        params: regionCodeParam,
        response: { 200: assignmentList, ...errorResponses },
      },
    },
    async (request) => ({ items: await listAssignments(db, request.actor, request.params.code) }),
  );

  app.put(
    '/api/regions/:code/assignments/:indicator',
    {
      schema: {
        tags,
        summary: 'Assign an indicator to an OPD (null: unassign)',
        params: regionCodeParam.extend({ indicator: indicatorCode }),
        body: setAssignmentBody,
        response: { 200: setAssignmentResult, ...errorResponses },
      },
    },
    async (request) =>
      setAssignment(db, request.actor, request.params.code, request.params.indicator, request.body.opdId),
  );

  app.get(
    '/api/regions/:code/entry',
    {
      schema: {
        tags,
        summary: 'The entry grid of a period: indicators, cells, stored values and rule violations',
        params: regionCodeParam,
        querystring: entryQuery,
        response: { 200: entryGridSchema, ...errorResponses },
      },
    },
    async (request) =>
      getEntryGrid(db, request.actor, request.params.code, request.query.period, request.query.opd),
  );

  app.put(
    '/api/regions/:code/entry',
    {
      schema: {
        tags,
        summary: 'Save values as drafts (all or nothing); answers the violations after saving',
        params: regionCodeParam,
        body: saveEntryBody,
        response: { 200: saveEntryResponse, ...errorResponses },
      },
    },
    async (request) => saveEntries(db, request.actor, request.params.code, request.body),
  );

  const step = (path: string, summary: string, run: typeof submitValues) =>
    app.post(
      `/api/regions/:code/entry/${path}`,
      {
        schema: {
          tags,
          summary,
          params: regionCodeParam,
          body: reviewBody,
          response: { 200: movedSchema, ...errorResponses },
        },
      },
      async (request) => run(db, request.actor, request.params.code, request.body),
    );
  step('submit', "Submit an OPD's draft values of a period for verification", submitValues);
  step('verify', "Verify an OPD's submitted values (admin daerah)", verifyValues);
  step('return', "Return an OPD's values with a comment (admin daerah)", returnValues);

  app.get(
    '/api/regions/:code/entry/status',
    {
      schema: {
        tags,
        summary: 'Per OPD: values by status and the latest review step of a period',
        params: regionCodeParam,
        querystring: validationReportQuery,
        response: { 200: reviewBoardSchema, ...errorResponses },
      },
    },
    async (request) => ({
      items: await reviewBoard(db, request.actor, request.params.code, request.query.period),
    }),
  );

  app.get(
    '/api/regions/:code/validation',
    {
      schema: {
        tags,
        summary: 'Validation report: every rule violation of the region in a period',
        params: regionCodeParam,
        querystring: validationReportQuery,
        response: { 200: violationList, ...errorResponses },
      },
    },
    async (request) => ({
      items: await validationReport(db, request.actor, request.params.code, request.query.period),
    }),
  );

  app.get(
    '/api/regions/:code/periods',
    {
      schema: {
        tags,
        summary:
          'Periods of the region (or of one OPD: an operator’s own, whichever is named) that hold values, newest first, with how many are verified',
        params: regionCodeParam,
        querystring: periodsQuery,
        response: { 200: periodsResponse, ...errorResponses },
      },
    },
    async (request) => ({
      items: await listPeriods(db, request.actor, request.params.code, request.query.opd),
    }),
  );
}
