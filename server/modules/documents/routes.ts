import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses } from '../../../api/common.js';
import {
  documentExportParams,
  documentExportQuery,
  recapExportParams,
  recapExportQuery,
  setContentsParams,
  setContentsQuery,
  setContentsSchema,
  setExportParams,
  setExportQuery,
} from '../../../api/documents.js';
import {
  CONTENT_TYPES,
  exportDocument,
  exportRecap,
  exportSet,
  setContents,
  type ExportFile,
} from './service.js';

const tags = ['pprg documents'];
// A file, not JSON: Fastify sends streams as they are, without the serializer.
export const fileResponse = { 200: z.unknown().describe('The PDF or XLSX file'), ...errorResponses };
export const produces = [...Object.values(CONTENT_TYPES), 'application/json'];

export function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

export function documentRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/gap/:id/export/:doc.:format',
    {
      schema: {
        tags,
        summary: 'One GAP matrix, GBS or KAK/TOR in the official layout, with letterhead and signature',
        params: documentExportParams,
        querystring: documentExportQuery,
        produces,
        response: fileResponse,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportDocument(database.db, request.actor, request.params, request.query.paper)),
  );

  app.get(
    '/api/regions/:code/pprg-set',
    {
      schema: {
        tags,
        summary: 'How many GAP matrices, GBS and TOR the set of a year (one OPD, a status) would hold',
        params: setContentsParams,
        querystring: setContentsQuery,
        response: { 200: setContentsSchema, ...errorResponses },
      },
    },
    async (request) => setContents(database.db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/pprg-set.:format',
    {
      schema: {
        tags,
        summary: "A whole OPD's or region's GAP/GBS/TOR documents of a year in one file, streamed",
        params: setExportParams,
        querystring: setExportQuery,
        produces,
        response: fileResponse,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportSet(
          database.db,
          request.actor,
          request.params.code,
          request.params.format,
          request.query,
        ),
      ),
  );

  app.get(
    '/api/regions/:code/arg-recap.:format',
    {
      schema: {
        tags,
        summary: 'The ARG recap of a region and year as an XLSX workbook or a PDF report',
        params: recapExportParams,
        querystring: recapExportQuery,
        produces,
        response: fileResponse,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportRecap(
          database.db,
          request.actor,
          request.params.code,
          request.params.format,
          request.query,
        ),
      ),
  );
}
