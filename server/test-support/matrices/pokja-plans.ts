/**
 * The Pokja PUG plans' permission table: every role of Palu (and a province above it) reads the
 * plans and their exports; only Palu's admin daerah and the superadmin draw them up, save,
 * adopt, revise, record progress and discard. Writes that would change the shared plans name a
 * stale version, so an allowed caller gets 409 (not refused) and the plans stay as loaded.
 */
import { PALU_ADMINS, PALU_READERS, type Case, type PermissionTable } from '../permission-matrix.js';

const BASE = '/api/regions/72.71/pokja-plans';
const STALE = 999;

const ROW = {
  section: 'pelembagaan',
  level: 'program',
  code: null,
  description: 'Penguatan kelembagaan PUG',
  baseline: '',
  target5y: '',
  yearlyTargets: [],
  indicator: '',
  budget: null,
  opdId: null,
  unit: 'DP3A',
};

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/pokja-plans',
    route: 'GET /api/regions/:code/pokja-plans',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}?family=matriks` }),
  },
  {
    name: 'POST /api/regions/:code/pokja-plans (a tahunan draft)',
    route: 'POST /api/regions/:code/pokja-plans',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'POST',
      url: BASE,
      payload: { kind: 'tahunan', title: 'Rencana Pokja PUG 2031', startYear: 2031, rows: [ROW] },
    }),
  },
  {
    name: 'GET /api/pokja-plans/:id',
    route: 'GET /api/pokja-plans/:id',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/pokja-plans/${ids.draft}` }),
  },
  {
    name: 'PUT /api/pokja-plans/:id (stale version: 409 for whoever may save)',
    route: 'PUT /api/pokja-plans/:id',
    allowed: PALU_ADMINS,
    request: (_w, ids) => ({
      method: 'PUT',
      url: `/api/pokja-plans/${ids.draft}`,
      payload: { version: STALE, title: 'x', rows: [ROW] },
    }),
  },
  {
    name: 'DELETE /api/pokja-plans/:id (stale version)',
    route: 'DELETE /api/pokja-plans/:id',
    allowed: PALU_ADMINS,
    request: (_w, ids) => ({
      method: 'DELETE',
      url: `/api/pokja-plans/${ids.draft}`,
      payload: { version: STALE },
    }),
  },
  {
    name: 'POST /api/pokja-plans/:id/adopt (stale version)',
    route: 'POST /api/pokja-plans/:id/adopt',
    allowed: PALU_ADMINS,
    request: (_w, ids) => ({
      method: 'POST',
      url: `/api/pokja-plans/${ids.draft}/adopt`,
      payload: { version: STALE },
    }),
  },
  {
    name: 'POST /api/pokja-plans/:id/revise (stale version)',
    route: 'POST /api/pokja-plans/:id/revise',
    allowed: PALU_ADMINS,
    request: (_w, ids) => ({
      method: 'POST',
      url: `/api/pokja-plans/${ids.adopted}/revise`,
      payload: { version: STALE },
    }),
  },
  {
    name: 'PUT /api/pokja-plans/:id/progress',
    route: 'PUT /api/pokja-plans/:id/progress',
    allowed: PALU_ADMINS,
    request: (_w, ids) => ({
      method: 'PUT',
      url: `/api/pokja-plans/${ids.adopted}/progress`,
      payload: { entries: [{ rowId: ids.adoptedRow, year: 2030, realisation: 'SK Pokja diperbarui' }] },
    }),
  },
  {
    name: 'GET /api/pokja-plans/:id/versions',
    route: 'GET /api/pokja-plans/:id/versions',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/pokja-plans/${ids.adopted}/versions` }),
  },
  {
    name: 'GET /api/pokja-plans/:id/versions/:version',
    route: 'GET /api/pokja-plans/:id/versions/:version',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/pokja-plans/${ids.adopted}/versions/1` }),
  },
  {
    name: 'GET /api/pokja-plans/:id/export.:format (XLSX)',
    route: 'GET /api/pokja-plans/:id/export.:format',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/pokja-plans/${ids.adopted}/export.xlsx` }),
  },
  {
    name: 'GET /api/pokja-plans/:id/export.:format (PDF)',
    route: 'GET /api/pokja-plans/:id/export.:format',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/pokja-plans/${ids.adopted}/export.pdf` }),
  },
];

export const POKJA_PLANS_TABLE: PermissionTable = {
  title: 'Pokja PUG plans',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const headers = { cookie: cookie('admin'), origin: 'http://localhost:80' };
    const create = async (startYear: number) => {
      const res = await t.app.inject({
        method: 'POST',
        url: BASE,
        headers,
        payload: { kind: 'lima_tahunan', title: `Rencana Pokja PUG ${startYear}`, startYear, rows: [ROW] },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.json<{ id: string; rows: { id: string }[] }>();
    };
    const draft = await create(2031);
    const adopted = await create(2026);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/pokja-plans/${adopted.id}/adopt`,
      headers,
      payload: { version: 1 },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
    return { draft: draft.id, adopted: adopted.id, adoptedRow: adopted.rows[0].id };
  },
};
