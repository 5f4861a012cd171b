import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses } from '../../../api/common.js';
import { exportValues } from './export.js';
import { gaps } from './gaps.js';
import {
  breakdownQuery,
  breakdownResponse,
  compareQuery,
  compareResponse,
  exportQuery,
  gapsQuery,
  gapsResponse,
  regionFiguresQuery,
  regionFiguresResponse,
  rollupQuery,
  rollupResponse,
  trendQuery,
  trendResponse,
  valuesPage,
  valuesQuery,
} from '../../../api/explore.js';
import { regionFigures } from './region-figures.js';
import { rollupOverYears } from './rollup-years.js';
import { breakdown, compare, listValues, trend } from './service.js';

const tags = ['explore and export'];

export function exploreRoutes(app: ZodApp, { database }: AppContext): void {
  const db = database.db;
  // The charts may lag a write by a moment, so they read from the replica when there is one;
  // the values list and export stay on the primary, where an edit shows at once.
  const readDb = database.readDb;

  app.get(
    '/api/values',
    {
      schema: {
        tags,
        summary: 'Open values API: stored values as long rows, filtered and paged (pageSize up to 5000)',
        description:
          'Besides the listed fields, member filters dim.<dimension set>=<member> (any number), e.g. ' +
          'dim.umur8=15-24&dim.disabilitas=ya: values whose combination includes all of them.',
        querystring: valuesQuery,
        response: { 200: valuesPage, ...errorResponses },
      },
    },
    async (request) => listValues(db, request.actor, request.query),
  );

  app.get(
    '/api/values/export',
    {
      schema: {
        tags,
        summary: 'Download the selected values: csv, xlsx, json, sdmx-csv or dhis2 (dataValueSets)',
        description:
          'Same filters as GET /api/values, without paging. CSV and XLSX use the long import format ' +
          '(indicator_code, region_code, period, sex, one column per dimension, value, status).',
        querystring: exportQuery,
        response: { 200: z.unknown().describe('The file, as an attachment'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportValues(db, request.actor, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/explore/trend',
    {
      schema: {
        tags,
        summary: "One indicator's P, L and total over time, with the gap (P − L, P/L) at each period",
        querystring: trendQuery,
        response: { 200: trendResponse, ...errorResponses },
      },
    },
    async (request) => trend(readDb, request.actor, request.query),
  );

  app.get(
    '/api/explore/breakdown',
    {
      schema: {
        tags,
        summary: 'One indicator of a region and period by the members of one of its dimensions, by sex',
        querystring: breakdownQuery,
        response: { 200: breakdownResponse, ...errorResponses },
      },
    },
    async (request) => breakdown(readDb, request.actor, request.query),
  );

  app.get(
    '/api/explore/compare',
    {
      schema: {
        tags,
        summary: "A province's kab/kota side by side for one indicator and period, plus the province",
        querystring: compareQuery,
        response: { 200: compareResponse, ...errorResponses },
      },
    },
    async (request) => compare(readDb, request.actor, request.query),
  );

  app.get(
    '/api/explore/gaps',
    {
      schema: {
        tags,
        summary: "The region's indicators ranked by widest (or fastest-widening) gender gap",
        querystring: gapsQuery,
        response: { 200: gapsResponse, ...errorResponses },
      },
    },
    async (request) => gaps(readDb, request.actor, request.query),
  );

  app.get(
    '/api/explore/regions',
    {
      schema: {
        tags,
        summary:
          'Every province (or kab/kota) of a scope for one indicator and year: P, L, total, gap, rank, ' +
          'change since the year before, and the scope rolled up beside its stored value',
        description:
          'scope=national|<province code>, level=provinsi|kabkota. A province row shows the value ' +
          'stored for it when there is one, else the roll-up of its kab/kota (source says which). ' +
          'Counts add up, rates are recomputed from the summed numerator and denominator, and an ' +
          'indicator whose aggregation is none has no roll-up.',
        querystring: regionFiguresQuery,
        response: { 200: regionFiguresResponse, ...errorResponses },
      },
    },
    async (request) => regionFigures(readDb, request.actor, request.query),
  );

  app.get(
    '/api/explore/rollup',
    {
      schema: {
        tags,
        summary:
          'A province (or ID) over years: its figure rolled up from the regions below it beside the ' +
          'value stored for it, and their difference',
        querystring: rollupQuery,
        response: { 200: rollupResponse, ...errorResponses },
      },
    },
    async (request) => rollupOverYears(readDb, request.actor, request.query),
  );
}
