/**
 * Institution services' permission table (domain/institution-services/access.ts): records and
 * the summary are read by every role of the region, provinsi above it and superadmin; entered
 * by DP3A (admin daerah) and superadmin — and by an institution account for its own
 * institution, which the module's integration test covers; indicator mappings and "tarik dari
 * layanan" by who verifies the region's values. Writes that would change shared state carry an
 * unknown institution, a stale version or a stale token, so an allowed caller is answered
 * 409/422 and a refused one 403/404; deletions act on a row of each allowed caller's own.
 */
import { indicators } from '../../db/schema-data.js';
import { insertInstitution } from '../../modules/institution-services/test-helpers.js';
import {
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const AGES = { '0_17': 0, '18_24': 1, '25_44': 1, '45_59': 0, '60_plus': 0 };
const record = (institutionId: string, kind = 'pelatihan_keterampilan') => ({
  institutionId,
  period: '2025-Q1',
  kind,
  servicesCount: 1,
  female: 1,
  male: 1,
  ageGroups: AGES,
});
const NO_INSTITUTION = '00000000-0000-4000-8000-000000000000';
const own = (ids: Record<string, string>, key: string, who: Who) => ids[`${key}_${who}`] ?? ids[key];

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/service-records',
    route: 'GET /api/regions/:code/service-records',
    // The institution account lists its own institution's records (the integration test checks which).
    allowed: [...PALU_READERS, 'institution'],
    request: () => ({ method: 'GET', url: '/api/regions/72.71/service-records?year=2025' }),
  },
  {
    name: 'POST /api/regions/:code/service-records (unknown institution → 422 for DP3A)',
    route: 'POST /api/regions/:code/service-records',
    allowed: PALU_ADMINS,
    // The institution account enters for its own institution only: another (unknown) one is 403.
    request: () => ({
      method: 'POST',
      url: '/api/regions/72.71/service-records',
      payload: record(NO_INSTITUTION),
    }),
  },
  {
    name: 'PUT /api/service-records/:id (stale version → 409 for DP3A)',
    route: 'PUT /api/service-records/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/service-records/${ids.record}`,
      payload: { ...record(ids.institution), version: 999 },
    }),
  },
  {
    name: 'DELETE /api/service-records/:id (own row each)',
    route: 'DELETE /api/service-records/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({ method: 'DELETE', url: `/api/service-records/${own(ids, 'record', who)}` }),
  },
  {
    name: 'GET /api/regions/:code/service-summary',
    route: 'GET /api/regions/:code/service-summary',
    allowed: [...PALU_READERS, 'institution'],
    request: () => ({ method: 'GET', url: '/api/regions/72.71/service-summary?year=2025' }),
  },
  {
    name: 'GET /api/regions/:code/service-mappings',
    route: 'GET /api/regions/:code/service-mappings',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/service-mappings' }),
  },
  {
    name: 'POST /api/regions/:code/service-mappings (unknown indicator → 422)',
    route: 'POST /api/regions/:code/service-mappings',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'POST',
      url: '/api/regions/72.71/service-mappings',
      payload: { indicatorCode: 'MATRIKS_TIDAK_ADA' },
    }),
  },
  {
    name: 'GET /api/service-mappings/:id/pull',
    route: 'GET /api/service-mappings/:id/pull',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/service-mappings/${ids.mapping}/pull?period=2025` }),
  },
  {
    name: 'POST /api/service-mappings/:id/pull (stale token → 409)',
    route: 'POST /api/service-mappings/:id/pull',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/service-mappings/${ids.mapping}/pull`,
      payload: { period: '2025', token: '0'.repeat(64) },
    }),
  },
  {
    name: 'DELETE /api/service-mappings/:id (own row each)',
    route: 'DELETE /api/service-mappings/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({ method: 'DELETE', url: `/api/service-mappings/${own(ids, 'mapping', who)}` }),
  },
];

export const INSTITUTION_SERVICES_TABLE: PermissionTable = {
  title: 'Institution services',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const ids: Record<string, string> = { institution: await insertInstitution(t, 'Matriks LPLPP') };
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: admin, origin: 'http://localhost:80' },
        payload,
      });
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    const kinds = ['pelatihan_keterampilan', 'pendampingan_usaha', 'pendidikan_politik'];
    ids.record = await post('/api/regions/72.71/service-records', record(ids.institution, kinds[0]));
    ids.record_superadmin = await post(
      '/api/regions/72.71/service-records',
      record(ids.institution, kinds[1]),
    );
    ids.record_admin = await post('/api/regions/72.71/service-records', record(ids.institution, kinds[2]));
    for (const [key, code] of [
      ['mapping', 'MATRIKS_LAYANAN_A'],
      ['mapping_superadmin', 'MATRIKS_LAYANAN_B'],
      ['mapping_admin', 'MATRIKS_LAYANAN_C'],
    ]) {
      await t.database.db.insert(indicators).values({
        code,
        nameId: `Matriks ${code}`,
        nameEn: `Matrix ${code}`,
        unit: 'orang',
        domainGroup: 'hukum_sosial_budaya',
        source: 'Matriks',
        aggregation: 'sum',
      });
      ids[key] = await post('/api/regions/72.71/service-mappings', { indicatorCode: code });
    }
    return ids;
  },
};
