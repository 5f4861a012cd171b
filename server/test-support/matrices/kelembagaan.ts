/**
 * The PUG institutions' permission table: the people registry, the Pokja PUG and its decrees,
 * focal points, teams, partners, officials by echelon and the figures. Read by every role of
 * the region, provinsi above it and superadmin; managed by the region's admin daerah and
 * superadmin (domain/kelembagaan/access.ts).
 */
import { PALU_READERS, type Case, type PermissionTable } from '../permission-matrix.js';

const BASE = '/api/regions/72.71';

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/people',
    route: 'GET /api/regions/:code/people',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/people?q=a` }),
  },
];

export const KELEMBAGAAN_TABLE: PermissionTable = {
  title: 'Kelembagaan',
  cases: CASES,
  loadIds: async () => ({}),
};
