/**
 * Agreements' permission table (domain/agreements/access.ts): read by every role of the
 * region, provinsi above it and superadmin (an institution account reads those its institution
 * is party to — the module's integration test covers it); managed by DP3A (admin daerah) and
 * superadmin. Writes that would change shared state carry a stale version or break a rule, so
 * an allowed caller is answered 409/422 and a refused one 403/404; deletions act on a row of
 * each allowed caller's own; uploads replace the demo-free test files.
 */
import { multipart } from '../../modules/imports/test-helpers.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import {
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const body = {
  kind: 'mou',
  title: 'Matriks: MoU',
  startsOn: '2025-01-01',
  endsOn: '2029-12-31',
  status: 'signed',
  parties: [
    { kind: 'region', documentNumber: '1/M', signedOn: '2025-01-01' },
    { kind: 'other', name: 'Pengadilan Agama Matriks', documentNumber: '2/M', signedOn: '2025-01-01' },
  ],
};
const own = (ids: Record<string, string>, key: string, who: Who) => ids[`${key}_${who}`] ?? ids[key];
const upload = (url: string, name: string, bytes: Buffer) => {
  const file = multipart(name, bytes);
  return { method: 'PUT' as const, url, payload: file.payload, headers: file.headers };
};

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/agreements',
    route: 'GET /api/regions/:code/agreements',
    // The institution account is answered with those its institution is party to: not this one.
    allowed: PALU_READERS,
    shows: (body, ids) => (body as { items: { id: string }[] }).items.some((a) => a.id === ids.agreement),
    request: () => ({ method: 'GET', url: '/api/regions/72.71/agreements?expiringIn=2029' }),
  },
  {
    name: 'GET /api/regions/:code/agreement-choices (DP3A)',
    route: 'GET /api/regions/:code/agreement-choices',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/agreement-choices' }),
  },
  {
    name: 'POST /api/regions/:code/agreements (end before start → 422)',
    route: 'POST /api/regions/:code/agreements',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'POST',
      url: '/api/regions/72.71/agreements',
      payload: { ...body, endsOn: '2024-01-01' },
    }),
  },
  {
    name: 'GET /api/agreements/:id',
    route: 'GET /api/agreements/:id',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/agreements/${ids.agreement}` }),
  },
  {
    name: 'PUT /api/agreements/:id (stale version → 409)',
    route: 'PUT /api/agreements/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/agreements/${ids.agreement}`,
      payload: { ...body, version: 999 },
    }),
  },
  {
    name: 'POST /api/agreements/:id/terminate (stale version → 409)',
    route: 'POST /api/agreements/:id/terminate',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreement}/terminate`,
      payload: { version: 999, terminatedOn: '2025-06-01', reason: 'Matriks' },
    }),
  },
  {
    name: 'POST /api/agreements/:id/activities',
    route: 'POST /api/agreements/:id/activities',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreement}/activities`,
      payload: { doneOn: '2025-02-01', description: 'Matriks: kegiatan' },
    }),
  },
  {
    name: 'DELETE /api/agreements/:id/activities/:activityId (own row each)',
    route: 'DELETE /api/agreements/:id/activities/:activityId',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/agreements/${ids.agreement}/activities/${own(ids, 'activity', who)}`,
    }),
  },
  {
    name: 'GET /api/agreements/:id/document',
    route: 'GET /api/agreements/:id/document',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/agreements/${ids.agreement}/document` }),
  },
  {
    name: 'PUT /api/agreements/:id/document',
    route: 'PUT /api/agreements/:id/document',
    allowed: PALU_ADMINS,
    request: (_who, ids) => upload(`/api/agreements/${ids.agreement}/document`, 'mou.pdf', PDF),
  },
  {
    name: 'GET /api/agreements/:id/activities/:activityId/evidence',
    route: 'GET /api/agreements/:id/activities/:activityId/evidence',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/agreements/${ids.agreement}/activities/${ids.activity}/evidence`,
    }),
  },
  {
    name: 'PUT /api/agreements/:id/activities/:activityId/evidence',
    route: 'PUT /api/agreements/:id/activities/:activityId/evidence',
    allowed: PALU_ADMINS,
    request: (_who, ids) =>
      upload(`/api/agreements/${ids.agreement}/activities/${ids.activity}/evidence`, 'foto.png', TINY_PNG),
  },
];

export const AGREEMENTS_TABLE: PermissionTable = {
  title: 'Agreements',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const send = async (method: 'POST' | 'PUT', url: string, payload: object | Buffer, headers = {}) => {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie: admin, origin: 'http://localhost:80', ...headers },
        payload,
      });
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const ids: Record<string, string> = {};
    ids.agreement = (await send('POST', '/api/regions/72.71/agreements', body)).id;
    for (const key of ['activity', 'activity_superadmin', 'activity_admin']) {
      const detail = await send('POST', `/api/agreements/${ids.agreement}/activities`, {
        doneOn: '2025-03-01',
        description: `Matriks ${key}`,
      });
      ids[key] = detail.activities.find(
        (a: { description: string }) => a.description === `Matriks ${key}`,
      ).id;
    }
    const doc = multipart('mou.pdf', PDF);
    await send('PUT', `/api/agreements/${ids.agreement}/document`, doc.payload, doc.headers);
    const ev = multipart('foto.png', TINY_PNG);
    await send(
      'PUT',
      `/api/agreements/${ids.agreement}/activities/${ids.activity}/evidence`,
      ev.payload,
      ev.headers,
    );
    return ids;
  },
};
