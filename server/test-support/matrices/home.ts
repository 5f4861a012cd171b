/**
 * The home page's permission table: the task counts of a region (every reader of the region;
 * what each is shown is the integration tests' business, server/modules/home/home.test.ts)
 * and the board of a province or of the nation (whoever reads that province or the nation).
 */
import { PALU_READERS, type Case, type PermissionTable, type Who } from '../permission-matrix.js';

const PROVINCE_READERS: Who[] = ['superadmin', 'provinsi'];

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/home',
    route: 'GET /api/regions/:code/home',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/home' }),
  },
  {
    name: 'GET /api/regions/:code/board (a province)',
    route: 'GET /api/regions/:code/board',
    allowed: PROVINCE_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72/board?year=2024' }),
  },
  {
    name: 'GET /api/regions/:code/board (the nation)',
    route: 'GET /api/regions/:code/board',
    allowed: ['superadmin'],
    request: () => ({ method: 'GET', url: '/api/regions/ID/board?year=2024' }),
  },
];

export const HOME_TABLE: PermissionTable = {
  title: 'home',
  cases: CASES,
  loadIds: async () => ({}),
};
