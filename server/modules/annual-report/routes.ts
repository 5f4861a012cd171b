import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses } from '../../../api/common.js';
import {
  annualReportExportParams,
  annualReportExportQuery,
  annualReportParams,
  annualReportQuery,
  annualReportSchema,
  annualReportVersionParams,
  saveVersionBody,
  versionListSchema,
  versionSchema,
} from '../../../api/annual-report.js';
import { ANNUAL_REPORT_TYPES, exportAnnualReport, getAnnualReport } from './service.js';
import { getVersion, listVersions, saveVersion } from './versions.js';

const tags = ['annual pug report'];

export function annualReportRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions/:code/annual-report',
    {
      schema: {
        tags,
        summary:
          'The annual PUG report of a year: sections assembled from every module, and the latest narrative draft',
        params: annualReportParams,
        querystring: annualReportQuery,
        response: { 200: annualReportSchema, ...errorResponses },
      },
    },
    async (request) => getAnnualReport(database.db, request.actor, request.params.code, request.query.year),
  );

  app.get(
    '/api/regions/:code/annual-report/versions',
    {
      schema: {
        tags,
        summary: 'Every saved version of the narrative of a year, newest first',
        params: annualReportParams,
        querystring: annualReportQuery,
        response: { 200: versionListSchema, ...errorResponses },
      },
    },
    async (request) => listVersions(database.db, request.actor, request.params.code, request.query.year),
  );

  app.get(
    '/api/regions/:code/annual-report/versions/:version',
    {
      schema: {
        tags,
        summary: 'One saved version of the narrative, as it was saved',
        params: annualReportVersionParams,
        querystring: annualReportQuery,
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) =>
      getVersion(database.db, request.actor, request.params.code, request.query.year, request.params.version),
  );

  app.post(
    '/api/regions/:code/annual-report/versions',
    {
      schema: {
        tags,
        summary: 'Save the narrative as a new version (a restore saves an old version’s text again)',
        params: annualReportParams,
        body: saveVersionBody,
        response: { 201: versionSchema, 200: versionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const saved = await saveVersion(database.db, request.actor, request.params.code, request.body);
      return reply.code(saved.version === request.body.baseVersion ? 200 : 201).send(saved);
    },
  );

  app.get(
    '/api/regions/:code/annual-report.:format',
    {
      schema: {
        tags,
        summary: 'The annual PUG report of a year as PDF or as DOCX (to edit and sign in Word)',
        params: annualReportExportParams,
        querystring: annualReportExportQuery,
        produces: [...Object.values(ANNUAL_REPORT_TYPES), 'application/json'],
        response: { 200: z.unknown().describe('The PDF or DOCX file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportAnnualReport(
        database.db,
        request.actor,
        request.params.code,
        request.params.format,
        request.query,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
