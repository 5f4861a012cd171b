import { z } from 'zod';
import { errorResponses, uuidParam } from '../../../api/common.js';
import { recapQuery } from '../../../api/evaluation.js';
import { regionCodeParam } from '../../../api/regions.js';
import { contentDisposition } from '../../lib/attachments/index.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { evidenceZip, recapFile, worksheetFile, type FileOut } from './exports.js';

const tags = ['evaluation'];
const file = z.unknown().describe('the file');

/** The exports of the evaluation feature; registered by routes.ts. */
export function evaluationExportRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const send = (reply: import('fastify').FastifyReply, f: FileOut) =>
    reply
      .header('content-type', f.contentType)
      .header('content-disposition', contentDisposition(f.fileName))
      .header('cache-control', 'private, no-store')
      .send(f.body);

  const worksheetExport = (path: string, kind: 'xlsx' | 'pdf' | 'report', summary: string) =>
    app.get(
      `/api/evaluation-worksheets/:id/${path}`,
      { schema: { tags, summary, params: uuidParam, response: { 200: file, ...errorResponses } } },
      async (request, reply) => send(reply, await worksheetFile(db, request.actor, request.params.id, kind)),
    );
  worksheetExport('export/xlsx', 'xlsx', 'The filled worksheet with scores and the evidence list (XLSX)');
  worksheetExport('export/pdf', 'pdf', 'The filled worksheet with scores and the evidence list (PDF)');
  worksheetExport(
    'verification-report',
    'report',
    "The verification report: each stage's decisions, comments and replies (PDF)",
  );

  app.get(
    '/api/evaluation-worksheets/:id/evidence-zip',
    {
      schema: {
        tags,
        summary:
          "The region's evidence files of the worksheet as a ZIP, one folder per question code (streamed)",
        params: uuidParam,
        response: { 200: file, ...errorResponses },
      },
    },
    async (request, reply) => send(reply, await evidenceZip(db, ctx.files, request.actor, request.params.id)),
  );

  const recapExport = (kind: 'xlsx' | 'pdf') =>
    app.get(
      `/api/regions/:code/evaluation/recap/${kind}`,
      {
        schema: {
          tags,
          summary: `A cycle's recap: a province side by side, or the nation (ID) (${kind.toUpperCase()})`,
          params: regionCodeParam,
          querystring: recapQuery,
          response: { 200: file, ...errorResponses },
        },
      },
      async (request, reply) =>
        send(reply, await recapFile(db, request.actor, request.params.code, request.query.cycleId, kind)),
    );
  recapExport('xlsx');
  recapExport('pdf');
}
