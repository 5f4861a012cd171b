import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema } from '../../../api/common.js';
import {
  calculateBody,
  calculateResponse,
  dataComponentPreview,
  indexImportQuery,
  indexImportResult,
  indexRegionFiguresQuery,
  methodDetail,
  methodList,
  newMethodBody,
  indexValueRow,
  putIndexValueBody,
  regionIndexParams,
  regionIndexSeries,
  regionComputedIndexYearParams,
  regionIndexYearParams,
} from '../../../api/indices.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { contentDisposition } from '../../lib/file-name.js';
import { languageOf } from '../../lib/messages.js';
import { calculate } from './calculate.js';
import { regionFiguresResponse } from '../../../api/explore.js';
import { indexRegionFigures } from './region-figures.js';
import { createMethodVersion, listMethods } from './method-versions.js';
import { importIndexTable, INDEX_IMPORT_MAX_MB } from './import.js';
import { indexImportTemplate } from './import-template.js';
import { previewDataComponents } from './from-data.js';
import { deleteIndexValue, listIndexValues, putIndexValue } from './values.js';

const tags = ['indices'];

export function indexRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;

  app.post(
    '/api/indices/calculate',
    {
      schema: {
        tags,
        summary: 'Compute IPM, IPG, IKG or IDG from its components with the current method version',
        description:
          'Body `{ "index": "ipm"|"ipg"|"ikg"|"idg", "inputs": { … }, "methodVersion"?: n }`. Percentages as 0–100, proportions as 0–1, Rupiah as plain numbers a year. Invalid or missing inputs: 422 naming the field (`inputs.<name>`).',
        body: calculateBody,
        response: { 200: calculateResponse, ...errorResponses },
      },
    },
    async (request) => calculate(db, request.actor, request.body),
  );

  app.get(
    '/api/indices/methods',
    {
      schema: {
        tags,
        summary:
          "Every version of every index's method (goalposts, constants, weights, cut-points) with its source and how many values use it",
        response: { 200: methodList, ...errorResponses },
      },
    },
    async (request) => listMethods(db, request.actor),
  );

  app.post(
    '/api/indices/methods',
    {
      schema: {
        tags,
        summary:
          'A new version of one index method (superadmin; audited; older versions stay for the figures computed with them)',
        body: newMethodBody,
        response: { 201: methodDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMethodVersion(db, request.actor, request.body)),
  );

  app.get(
    '/api/indices/regions',
    {
      schema: {
        tags,
        summary:
          'One index and year for every province or kab/kota of a scope (the shape of GET /api/explore/regions): BPS published where stored, else computed; ranked, with the change since the year before',
        querystring: indexRegionFiguresQuery,
        response: { 200: regionFiguresResponse, ...errorResponses },
      },
    },
    async (request) => indexRegionFigures(db, request.actor, request.query),
  );

  app.get(
    '/api/regions/:code/indices/:index',
    {
      schema: {
        tags,
        summary:
          "A region's index by year: components and their sources, computed value, BPS's published value, difference, gap drivers",
        params: regionIndexParams,
        response: { 200: regionIndexSeries, ...errorResponses },
      },
    },
    async (request) => listIndexValues(db, request.actor, request.params.code, request.params.index),
  );

  app.put(
    '/api/regions/:code/indices/:index/:year',
    {
      schema: {
        tags,
        summary:
          "Save a region-year's components (typed with their source, or `origin: 'data'`: checked against the region's verified data terpilah figure, which becomes the source) and BPS's published value; computed with the latest method version",
        params: regionIndexYearParams,
        body: putIndexValueBody,
        response: { 200: indexValueRow, ...errorResponses },
      },
    },
    async (request) => putIndexValue(db, request.actor, request.params, request.body),
  );

  app.get(
    '/api/regions/:code/indices/:index/:year/data-components',
    {
      schema: {
        tags,
        summary:
          "Preview of a region-year's components from data terpilah (verified figures of the mapped indicators; unverified and missing ones listed); nothing is stored — save the chosen ones through PUT with origin 'data'",
        params: regionComputedIndexYearParams,
        response: { 200: dataComponentPreview, ...errorResponses },
      },
    },
    async (request) => previewDataComponents(db, request.actor, request.params),
  );

  app.delete(
    '/api/regions/:code/indices/:index/:year',
    {
      schema: {
        tags,
        summary: "Remove a region-year's index value",
        params: regionIndexYearParams,
        response: { 200: regionIndexSeries, ...errorResponses },
      },
    },
    async (request) => {
      await deleteIndexValue(db, request.actor, request.params);
      return listIndexValues(db, request.actor, request.params.code, request.params.index);
    },
  );

  app.get(
    '/api/regions/:code/indices/:index/import-template',
    {
      schema: {
        tags,
        summary:
          "The import template (XLSX) of a BPS-shaped table: the regions the user may write down the first column, the five years before this one across, and an instructions sheet in the request's language",
        params: regionIndexParams,
        response: { 200: z.unknown().describe('The XLSX file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await indexImportTemplate(
        db,
        request.actor,
        request.params,
        languageOf(request.headers['accept-language']),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  // Uploads: multipart only in this scope.
  const scratchDir = path.join(ctx.config.importDir, 'indices');
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: INDEX_IMPORT_MAX_MB * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/regions/:code/indices/:index/import',
      {
        schema: {
          tags,
          summary: `Import a BPS static table of one component (regions down, years across; XLSX or CSV up to ${INDEX_IMPORT_MAX_MB} MB) for the region and its kab/kota: any refused cell stores nothing and is named by row and year`,
          consumes: ['multipart/form-data'],
          params: regionIndexParams,
          querystring: indexImportQuery,
          response: { 200: indexImportResult, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) =>
        importIndexTable(
          { db, scratchDir },
          request.actor,
          { code: request.params.code, index: request.params.index, ...request.query },
          request,
        ),
    );
  });
}
