import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { languageOf } from '../../lib/messages.js';
import { errorResponses, errorSchema } from '../../../api/common.js';
import {
  batchIdParam,
  batchPage,
  batchQuery,
  batchSchema,
  commitBody,
  listQuery,
  templateQuery,
} from '../../../api/imports.js';
import { regionCodeParam } from '../../../api/regions.js';
import { removeThrowAwayDir } from './files.js';
import { ImportJobs } from './jobs.js';
import { commitImport, getImport, listImports, refusedRowsFile, uploadImport } from './service.js';
import { buildTemplate } from './template.js';

const tags = ['data import'];

export function importRoutes(app: ZodApp, ctx: AppContext): void {
  const deps = { database: ctx.database, config: ctx.config, log: app.log, files: ctx.files };
  const jobs = new ImportJobs(deps);
  app.addHook('onReady', () => jobs.start());
  app.addHook('onClose', async () => {
    await jobs.close();
    await removeThrowAwayDir(ctx.config.importDir);
  });
  const lang = (request: { headers: Record<string, unknown> }) =>
    languageOf(request.headers['accept-language'] as string | undefined);

  // Multipart only here, so every other route keeps the 1 MiB JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: ctx.config.importMaxMb * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/regions/:code/imports',
      {
        schema: {
          tags,
          summary:
            'Upload a CSV or XLSX file (multipart field "file", up to 200 MB); the check starts at once',
          consumes: ['multipart/form-data'],
          params: regionCodeParam,
          response: { 202: batchSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const batch = await uploadImport(
          deps,
          jobs,
          request.actor,
          request.params.code,
          request,
          lang(request),
        );
        return reply.status(202).send(batch);
      },
    );
  });

  app.get(
    '/api/regions/:code/imports',
    {
      schema: {
        tags,
        summary: "The region's imports, newest first (an operator sees their own)",
        params: regionCodeParam,
        querystring: listQuery,
        response: { 200: batchPage, ...errorResponses },
      },
    },
    async (request) => listImports(deps, request.actor, request.params.code, request.query, lang(request)),
  );

  app.get(
    '/api/regions/:code/imports/template',
    {
      schema: {
        tags,
        summary: 'Import template of a period, prefilled with stored values (XLSX wide or CSV long)',
        params: regionCodeParam,
        querystring: templateQuery,
        response: { 200: z.any(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await buildTemplate(
        ctx.database.db,
        request.actor,
        request.params.code,
        request.query,
        lang(request),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'One import: status, progress, errors (paged), summary and preview',
        params: batchIdParam,
        querystring: batchQuery,
        response: { 200: batchSchema, ...errorResponses },
      },
    },
    async (request) =>
      getImport(deps, request.actor, request.params.id, lang(request), {
        page: request.query.errorsPage,
        pageSize: request.query.errorsPageSize,
      }),
  );

  app.post(
    '/api/imports/:id/commit',
    {
      schema: {
        tags,
        summary:
          'Save a checked import in the background: all or nothing (default), or only its rows without errors; in the chosen landing status',
        params: batchIdParam,
        body: commitBody,
        response: { 202: batchSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const choice = request.body ?? { mode: 'all' as const, landingStatus: 'draft' as const };
      const batch = await commitImport(deps, jobs, request.actor, request.params.id, lang(request), choice);
      return reply.status(202).send(batch);
    },
  );

  app.get(
    '/api/imports/:id/refused',
    {
      schema: {
        tags,
        summary:
          "The rows the import refused, in the upload's format (CSV or XLSX), with a column giving the reasons",
        params: batchIdParam,
        response: { 200: z.any(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await refusedRowsFile(deps, request.actor, request.params.id, lang(request));
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
}
