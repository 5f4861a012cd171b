import { rm } from 'node:fs/promises';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { ImportRowsError, sendImportRowsError } from '../../lib/upload.js';
import { requireActor } from '../../lib/permissions.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, errorSchema } from '../../../api/common.js';
import {
  assertCanImportBudget,
  BUDGET_FILE_MAX_BYTES,
  importBudgetFile,
  receiveBudgetFile,
} from './budget-import.js';
import { budgetTemplate } from './budget-template.js';
import { importErrorSchema, importResultSchema, yearQuery } from '../../../api/planning.js';

const tags = ['pprg planning'];

export function importRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/sub-activities/import-template.xlsx',
    {
      schema: {
        tags,
        summary: 'The budget import layout (XLSX) with sample lines',
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.unknown().describe('The workbook'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireActor(request.actor);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="template-pagu-sub-kegiatan.xlsx"')
        .send(await budgetTemplate());
    },
  );

  // Multipart only in this scope, so other routes keep the JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: BUDGET_FILE_MAX_BYTES, files: 1 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/regions/:code/sub-activities/import',
      {
        schema: {
          tags,
          summary:
            'Import sub-kegiatan and budgets for a year (multipart field "file", XLSX or CSV); all or nothing, 422 lists every row error',
          consumes: ['multipart/form-data'],
          params: regionCodeParam,
          querystring: yearQuery,
          response: { 200: importResultSchema, 413: errorSchema, ...errorResponses, 422: importErrorSchema },
        },
      },
      async (request, reply) => {
        // Refused before the upload is read, not after.
        assertCanImportBudget(request.actor, request.params.code);
        const file = await receiveBudgetFile(request);
        try {
          return await importBudgetFile(
            database.db,
            request.actor,
            request.params.code,
            request.query.year,
            file,
          );
        } catch (error) {
          if (!(error instanceof ImportRowsError)) throw error;
          return sendImportRowsError(reply, request, error);
        } finally {
          await rm(file.path, { force: true });
        }
      },
    );
  });
}
