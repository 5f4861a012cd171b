/**
 * The yearly monev result's permission table: the scoring configuration (read by the region's
 * readers, set by DP3A), the result (an operator gets their own OPD's row only) and the Rakor
 * documents (region-wide: not for operators). A Dinsos line and the example configuration of
 * 2027 are set up first; the demo operator belongs to Dinkes.
 */
import { EXAMPLE_SCORING_CONFIG } from '../../../domain/monev/scoring.js';
import { addResponsiveLine, opdIdOf, YEAR } from '../../modules/monev/test-helpers.js';
import {
  NOT_OPERATOR,
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
} from '../permission-matrix.js';

const BASE = '/api/regions/72.71/monev';

function exampleBody(year: number) {
  const { label: _label, version: _version, ...rest } = structuredClone(EXAMPLE_SCORING_CONFIG);
  return { year, baseVersion: 0, ...rest };
}

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/monev/scoring',
    route: 'GET /api/regions/:code/monev/scoring',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/scoring?year=${YEAR}` }),
  },
  {
    name: 'PUT /api/regions/:code/monev/scoring (the first saves version 1; later callers get 409)',
    route: 'PUT /api/regions/:code/monev/scoring',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'PUT', url: `${BASE}/scoring`, payload: exampleBody(YEAR + 1) }),
  },
  {
    name: 'GET /api/regions/:code/monev/results (an operator gets their OPD’s row)',
    route: 'GET /api/regions/:code/monev/results',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/results?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/monev/results (another OPD’s row is not shown to the operator)',
    route: 'GET /api/regions/:code/monev/results',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `${BASE}/results?year=${YEAR}` }),
    shows: (body, ids) =>
      (body as { opds: { opd: { id: string } }[] }).opds.some((o) => o.opd.id === ids.dinsos),
  },
  {
    name: 'GET /api/regions/:code/monev/results.:format (PDF)',
    route: 'GET /api/regions/:code/monev/results.:format',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `${BASE}/results.pdf?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/monev/results.:format (XLSX)',
    route: 'GET /api/regions/:code/monev/results.:format',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `${BASE}/results.xlsx?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/monev/results-slides.pdf',
    route: 'GET /api/regions/:code/monev/results-slides.pdf',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `${BASE}/results-slides.pdf?year=${YEAR}` }),
  },
];

export const MONEV_RESULTS_TABLE: PermissionTable = {
  title: 'Monev results',
  cases: CASES,
  loadIds: async (t, cookie) => {
    await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0071' });
    await addResponsiveLine(t, 'Dinsos', { code: '1.06.04.2.02.0071' });
    const res = await t.app.inject({
      method: 'PUT',
      url: `${BASE}/scoring`,
      headers: { cookie: cookie('admin'), origin: 'http://localhost:80' },
      payload: exampleBody(YEAR),
    });
    if (res.statusCode !== 200) throw new Error(`scoring: ${res.statusCode} ${res.body}`);
    return { dinsos: await opdIdOf(t, 'Dinsos') };
  },
};
