/**
 * Data terpilah's values permission table: entry and its review (submit, verify, return), the
 * import of files, the explore charts and exports, and the Profil Gender publication. The
 * demo's 2024 values are drafts, earlier years verified; the demo operator belongs to Dinas
 * Kesehatan (Dinkes), whose indicators include KES_KEMATIAN_IBU and KES_PERSALINAN_NAKES_PERSEN.
 */
import { multipart, upload } from '../../modules/imports/test-helpers.js';
import {
  OPERATOR_EDITORS,
  PALU_ADMINS,
  PALU_READERS,
  demoOpdIds,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const PROVINCE_READERS: Who[] = ['superadmin', 'provinsi'];
const IMPORT_HEADER = 'indicator_code,region_code,period,sex,value';

const step =
  (name: 'submit' | 'verify' | 'return', opd: string, period = '2024'): Case['request'] =>
  (_who, ids) => ({
    method: 'POST',
    url: `/api/regions/72.71/entry/${name}`,
    payload: { period, opdId: ids[opd], ...(name === 'return' ? { comment: 'Periksa lagi.' } : {}) },
  });

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/entry',
    route: 'GET /api/regions/:code/entry',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/entry?period=2024' }),
  },
  {
    name: 'PUT /api/regions/:code/entry (the operator’s OPD’s indicator)',
    route: 'PUT /api/regions/:code/entry',
    allowed: OPERATOR_EDITORS,
    request: () => ({
      method: 'PUT',
      url: '/api/regions/72.71/entry',
      payload: {
        period: '2025',
        values: [{ indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN', sex: 'P', value: '97,25' }],
      },
    }),
  },
  {
    name: 'POST /api/regions/:code/entry/submit (the operator’s OPD)',
    route: 'POST /api/regions/:code/entry/submit',
    allowed: OPERATOR_EDITORS,
    request: step('submit', 'dinkes', '2025'),
  },
  {
    name: 'POST /api/regions/:code/entry/submit (another OPD)',
    route: 'POST /api/regions/:code/entry/submit',
    allowed: PALU_ADMINS,
    request: step('submit', 'dinsos'),
  },
  {
    name: 'POST /api/regions/:code/entry/verify',
    route: 'POST /api/regions/:code/entry/verify',
    allowed: PALU_ADMINS,
    request: step('verify', 'dinsos'),
  },
  {
    name: 'POST /api/regions/:code/entry/return',
    route: 'POST /api/regions/:code/entry/return',
    allowed: PALU_ADMINS,
    request: step('return', 'dinsos'),
  },
  {
    name: 'GET /api/regions/:code/entry/status',
    route: 'GET /api/regions/:code/entry/status',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/entry/status?period=2024' }),
  },
  {
    name: 'GET /api/regions/:code/validation',
    route: 'GET /api/regions/:code/validation',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/validation?period=2024' }),
  },
  {
    name: 'GET /api/regions/:code/periods',
    route: 'GET /api/regions/:code/periods',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/periods' }),
  },
  {
    name: 'POST /api/regions/:code/imports (upload; the check starts in the background)',
    route: 'POST /api/regions/:code/imports',
    allowed: OPERATOR_EDITORS,
    request: () => {
      const file = multipart('data.csv', `${IMPORT_HEADER}\nKES_KEMATIAN_IBU,72.71,2031,P,3\n`);
      return {
        method: 'POST',
        url: '/api/regions/72.71/imports',
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/regions/:code/imports (an operator lists their own)',
    route: 'GET /api/regions/:code/imports',
    allowed: OPERATOR_EDITORS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/imports' }),
  },
  {
    name: 'GET /api/regions/:code/imports/template (the caller’s indicators)',
    route: 'GET /api/regions/:code/imports/template',
    allowed: OPERATOR_EDITORS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/imports/template?period=2024&format=csv' }),
  },
  {
    name: 'GET /api/regions/:code/imports/template (another OPD’s indicators)',
    route: 'GET /api/regions/:code/imports/template',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/regions/72.71/imports/template?period=2024&format=csv&opd=${ids.dinsos}`,
    }),
  },
  {
    name: 'GET /api/imports/:id (the operator’s own batch)',
    route: 'GET /api/imports/:id',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/imports/${ids.operatorBatch}` }),
  },
  {
    name: 'GET /api/imports/:id (the admin’s batch)',
    route: 'GET /api/imports/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/imports/${ids.adminBatch}` }),
  },
  {
    name: 'POST /api/imports/:id/commit (the operator’s own batch; later callers find it committing)',
    route: 'POST /api/imports/:id/commit',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({ method: 'POST', url: `/api/imports/${ids.operatorBatch}/commit` }),
  },
  {
    name: 'POST /api/imports/:id/commit (landing verified: who verifies the region; later callers find it committing)',
    route: 'POST /api/imports/:id/commit',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/imports/${ids.adminBatch}/commit`,
      payload: { landingStatus: 'verified' },
    }),
  },
  {
    name: 'GET /api/imports/:id/refused (the operator’s own batch’s refused rows)',
    route: 'GET /api/imports/:id/refused',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/imports/${ids.refusedBatch}/refused` }),
  },
  {
    name: 'GET /api/values (one region)',
    route: 'GET /api/values',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/values?region=72.71&indicator=KES_UHH' }),
  },
  {
    name: 'GET /api/values (a province and its kab/kota)',
    route: 'GET /api/values',
    allowed: PROVINCE_READERS,
    request: () => ({ method: 'GET', url: '/api/values?region=72&descendants=true&indicator=KES_UHH' }),
  },
  {
    name: 'GET /api/values/export',
    route: 'GET /api/values/export',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/values/export?region=72.71&indicator=KES_UHH&format=csv' }),
  },
  {
    name: 'GET /api/explore/trend',
    route: 'GET /api/explore/trend',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/explore/trend?region=72.71&indicator=KES_UHH' }),
  },
  {
    name: 'GET /api/explore/breakdown',
    route: 'GET /api/explore/breakdown',
    allowed: PALU_READERS,
    request: () => ({
      method: 'GET',
      url: '/api/explore/breakdown?region=72.71&indicator=KDD_PENDUDUK&period=2023&dimension=umur8',
    }),
  },
  {
    name: 'GET /api/explore/compare (a province’s kab/kota)',
    route: 'GET /api/explore/compare',
    allowed: PROVINCE_READERS,
    request: () => ({ method: 'GET', url: '/api/explore/compare?province=72&indicator=KES_UHH&period=2023' }),
  },
  {
    name: 'GET /api/explore/regions (a province’s kab/kota)',
    route: 'GET /api/explore/regions',
    allowed: PROVINCE_READERS,
    request: () => ({
      method: 'GET',
      url: '/api/explore/regions?indicator=KDD_PENDUDUK&year=2023&scope=72&level=kabkota',
    }),
  },
  {
    // The nation is read by superadmin only: a provinsi account reads its own province.
    name: 'GET /api/explore/regions (the provinces of the nation)',
    route: 'GET /api/explore/regions',
    allowed: ['superadmin'],
    request: () => ({
      method: 'GET',
      url: '/api/explore/regions?indicator=KDD_PENDUDUK&year=2023&scope=national&level=provinsi',
    }),
  },
  {
    name: 'GET /api/explore/rollup (a province over years)',
    route: 'GET /api/explore/rollup',
    allowed: PROVINCE_READERS,
    request: () => ({
      method: 'GET',
      url: '/api/explore/rollup?indicator=KDD_PENDUDUK&region=72&from=2022&to=2023',
    }),
  },
  {
    name: 'GET /api/explore/gaps',
    route: 'GET /api/explore/gaps',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/explore/gaps?region=72.71' }),
  },
  {
    // A year without values: the access check is the same, and the empty edition is quick.
    name: 'GET /api/regions/:code/profil-gender',
    route: 'GET /api/regions/:code/profil-gender',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/profil-gender?year=2000&format=xlsx' }),
  },
  {
    name: 'GET /api/regions/:code/profil-gender/publications',
    route: 'GET /api/regions/:code/profil-gender/publications',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/profil-gender/publications' }),
  },
  {
    // A year without verified values: the publisher is answered 422 (empty edition), not refused.
    name: 'PUT /api/regions/:code/profil-gender/publications/:year',
    route: 'PUT /api/regions/:code/profil-gender/publications/:year',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'PUT', url: '/api/regions/72.71/profil-gender/publications/2000' }),
  },
  {
    name: 'DELETE /api/regions/:code/profil-gender/publications/:year',
    route: 'DELETE /api/regions/:code/profil-gender/publications/:year',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'DELETE', url: '/api/regions/72.71/profil-gender/publications/2000' }),
  },
];

export const DATA_VALUES_TABLE: PermissionTable = {
  title: 'data values',
  cases: CASES,
  loadIds: async (t, cookie) => {
    // Checked batches (the check runs in the background; upload waits for it).
    const operatorBatch = await upload(
      t,
      cookie('operator'),
      'op.csv',
      `${IMPORT_HEADER}\nKES_KEMATIAN_IBU,72.71,2030,P,2\n`,
    );
    const adminBatch = await upload(
      t,
      cookie('admin'),
      'admin.csv',
      `${IMPORT_HEADER}\nKES_KEMATIAN_IBU,72.71,2032,P,1\n`,
    );
    const refusedBatch = await upload(
      t,
      cookie('operator'),
      'refused.csv',
      `${IMPORT_HEADER}\nKES_KEMATIAN_IBU,72.71,2030,P,2\nKES_KEMATIAN_IBU,72.71,2030,L,x\n`,
    );
    if (operatorBatch.status !== 'checked' || operatorBatch.errorCount > 0)
      throw new Error(`operator batch: ${JSON.stringify(operatorBatch.errors)}`);
    return {
      ...(await demoOpdIds(t, cookie('superadmin'))),
      operatorBatch: String(operatorBatch.id),
      adminBatch: String(adminBatch.id),
      refusedBatch: String(refusedBatch.id),
    };
  },
};
