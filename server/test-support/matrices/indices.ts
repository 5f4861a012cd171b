/**
 * The indices' permission table: the calculator reads no region's data, so every signed-in
 * user may use it and only the anonymous public is refused. A region's index values are read
 * by its readers (provinsi above it) and written by its DP3A, the province and superadmin
 * (domain/indices/access.ts); each writer saves a year of its own, removals act on a year
 * each allowed caller created.
 */
/** Kota Palu's index writers. */
const WRITERS: Who[] = ['superadmin', 'provinsi', 'admin'];
const YEAR: Partial<Record<Who, number>> = { superadmin: 2001, provinsi: 2002, admin: 2003 };
const yearOf = (who: Who) => YEAR[who] ?? 2009;
const ipmComponents = {
  lifeExpectancy: { value: 70.5, source: 'Matriks' },
  expectedSchooling: { value: 13, source: 'Matriks' },
  meanSchooling: { value: 9, source: 'Matriks' },
  expenditure: { value: 11_000_000, source: 'Matriks' },
};
import { multipart } from '../../modules/imports/test-helpers.js';
import { PALU_READERS, SIGNED_IN, type Case, type PermissionTable, type Who } from '../permission-matrix.js';

const CASES: Case[] = [
  {
    name: 'POST /api/indices/calculate',
    route: 'POST /api/indices/calculate',
    allowed: SIGNED_IN,
    request: () => ({
      method: 'POST',
      url: '/api/indices/calculate',
      payload: {
        index: 'ipm',
        inputs: {
          lifeExpectancy: 73.93,
          expectedSchooling: 13.15,
          meanSchooling: 8.77,
          expenditure: 11_899_000,
        },
      },
    }),
  },
  {
    name: 'GET /api/indices/methods',
    route: 'GET /api/indices/methods',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/indices/methods' }),
  },
  {
    name: 'POST /api/indices/methods (a refused parameter → 422)',
    route: 'POST /api/indices/methods',
    allowed: ['superadmin'],
    request: () => ({
      method: 'POST',
      url: '/api/indices/methods',
      payload: {
        indexCode: 'ikg',
        params: { healthConstant: -1, zeroFloor: 0.001 },
        sourceNote: 'Matriks izin',
      },
    }),
  },
  {
    name: 'GET /api/indices/regions (Sulawesi Tengah kab/kota)',
    route: 'GET /api/indices/regions',
    // Like the indicator maps: the province over its kab/kota and superadmin; not a kab/kota.
    allowed: ['superadmin', 'provinsi'],
    request: () => ({
      method: 'GET',
      url: '/api/indices/regions?index=ipg&year=2023&scope=72&level=kabkota',
    }),
  },
  {
    name: 'GET /api/regions/:code/indices/:index',
    route: 'GET /api/regions/:code/indices/:index',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/indices/ipm' }),
  },
  {
    name: 'PUT /api/regions/:code/indices/:index/:year',
    route: 'PUT /api/regions/:code/indices/:index/:year',
    allowed: WRITERS,
    request: (who) => ({
      method: 'PUT',
      url: `/api/regions/72.71/indices/ipm/${yearOf(who)}`,
      payload: { components: ipmComponents, published: 70 },
    }),
  },
  {
    name: 'GET /api/regions/:code/indices/:index/:year/data-components',
    route: 'GET /api/regions/:code/indices/:index/:year/data-components',
    // Taking a figure from data terpilah is an edit of the index value: its writers only.
    allowed: WRITERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/indices/ipg/2023/data-components' }),
  },
  {
    name: 'DELETE /api/regions/:code/indices/:index/:year',
    route: 'DELETE /api/regions/:code/indices/:index/:year',
    allowed: WRITERS,
    request: (who) => ({ method: 'DELETE', url: `/api/regions/72.71/indices/ipm/${yearOf(who)}` }),
  },
  {
    name: 'GET /api/regions/:code/indices/:index/import-template',
    route: 'GET /api/regions/:code/indices/:index/import-template',
    allowed: WRITERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/indices/ipg/import-template' }),
  },
  {
    name: 'POST /api/regions/:code/indices/:index/import (a BPS table of Kota Palu)',
    route: 'POST /api/regions/:code/indices/:index/import',
    allowed: WRITERS,
    request: (who) => {
      const file = multipart('uhh.csv', `Wilayah;${yearOf(who) + 10}\nKota Palu;71,5\n`);
      return {
        method: 'POST',
        url: '/api/regions/72.71/indices/ipm/import?component=lifeExpectancy&source=Matriks',
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
];

export const INDICES_TABLE: PermissionTable = {
  title: 'indices',
  cases: CASES,
  loadIds: async () => ({}),
};
