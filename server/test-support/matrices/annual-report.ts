/**
 * The annual PUG report's permission table: every reader of the whole region (not an operator,
 * who would see other OPDs' figures) reads the report, its versions and its files; DP3A (admin
 * daerah), the reviewer (Bappeda) and superadmin save the narrative.
 */
import { callerNo, NOT_OPERATOR, type Case, type PermissionTable, type Who } from '../permission-matrix.js';

/** A year the demo leaves without a draft (its own is 2025), so the first save is version 1. */
const YEAR = 2030;
const EDITORS: Who[] = ['superadmin', 'admin', 'reviewer'];
const narrative = { kendala: 'Uji kendala', rekomendasi: '', rencana_tindak_lanjut: '' };

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/annual-report',
    route: 'GET /api/regions/:code/annual-report',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/annual-report?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/annual-report/versions',
    route: 'GET /api/regions/:code/annual-report/versions',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/annual-report/versions?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/annual-report/versions/:version',
    route: 'GET /api/regions/:code/annual-report/versions/:version',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/annual-report/versions/1?year=${YEAR}` }),
  },
  {
    name: 'POST /api/regions/:code/annual-report/versions (each caller its own year, so no save is stale)',
    route: 'POST /api/regions/:code/annual-report/versions',
    allowed: EDITORS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/annual-report/versions',
      payload: { year: 2040 + callerNo(who), baseVersion: null, narrative, signatory: {} },
    }),
  },
  {
    name: 'GET /api/regions/:code/annual-report.:format (DOCX)',
    route: 'GET /api/regions/:code/annual-report.:format',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/annual-report.docx?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/annual-report.:format (PDF)',
    route: 'GET /api/regions/:code/annual-report.:format',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/annual-report.pdf?year=${YEAR}` }),
  },
];

export const ANNUAL_REPORT_TABLE: PermissionTable = {
  title: 'annual report',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/annual-report/versions',
      headers: { cookie: cookie('admin'), origin: 'http://localhost:80' },
      payload: { year: YEAR, baseVersion: null, narrative, signatory: {} },
    });
    if (res.statusCode !== 201) throw new Error(`first version: ${res.statusCode} ${res.body}`);
    return {};
  },
};
