/**
 * Every role (and the anonymous public) against every foundation route: allowed means the
 * server did not refuse for identity (401) or permission (403, or 404 for what the caller
 * may not even see). The table is the specification; a change to permissions shows up here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from './test-support/test-app.js';

type Who =
  'anonymous' | 'superadmin' | 'provinsi' | 'admin' | 'reviewer' | 'operator' | 'pokja' | 'otherAdmin';
const EVERYONE: Who[] = [
  'anonymous',
  'superadmin',
  'provinsi',
  'admin',
  'reviewer',
  'operator',
  'pokja',
  'otherAdmin',
];
const SIGNED_IN = EVERYONE.filter((w) => w !== 'anonymous');
const PALU_READERS: Who[] = ['superadmin', 'provinsi', 'admin', 'reviewer', 'operator', 'pokja'];
const PALU_ADMINS: Who[] = ['superadmin', 'admin'];

interface Ids {
  dinkes: string;
  dinsos: string;
  targetUser: string;
}

interface Case {
  name: string;
  allowed: Who[];
  request: (who: Who, ids: Ids) => { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };
}

const CASES: Case[] = [
  { name: 'GET /api/health', allowed: EVERYONE, request: () => ({ method: 'GET', url: '/api/health' }) },
  {
    name: 'GET /api/regions',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/regions?parent=72' }),
  },
  {
    name: 'GET /api/regions/:code',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/regions/72.71' }),
  },
  { name: 'GET /api/auth/me', allowed: SIGNED_IN, request: () => ({ method: 'GET', url: '/api/auth/me' }) },
  {
    name: 'POST /api/auth/password',
    allowed: SIGNED_IN,
    // A wrong current password: allowed callers get 422, not 401/403.
    request: () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'whatever-123456' },
    }),
  },
  {
    name: 'GET /api/regions/72.71/opd',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/opd' }),
  },
  {
    name: 'POST /api/regions/72.71/opd',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      payload: { name: `Badan Uji ${who}`, shortName: `BU-${who}`, kind: 'badan' },
    }),
  },
  {
    name: 'PATCH /api/opd/:id (another OPD than the operator’s)',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PATCH', url: `/api/opd/${ids.dinsos}`, payload: { kind: 'dinas' } }),
  },
  {
    name: 'PATCH /api/opd/:id (the operator’s own OPD record)',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PATCH', url: `/api/opd/${ids.dinkes}`, payload: { kind: 'dinas' } }),
  },
  {
    name: 'GET /api/users?region=72.71',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/users?region=72.71' }),
  },
  {
    name: 'POST /api/users',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `new.${who}`,
        fullName: `New ${who}`,
        role: 'pokja',
        regionCode: '72.71',
        password: 'long-enough-pass',
      },
    }),
  },
  {
    name: 'PATCH /api/users/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/users/${ids.targetUser}`,
      payload: { fullName: `Edited by ${who}` },
    }),
  },
  {
    name: 'POST /api/users/:id/reset-password',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/users/${ids.targetUser}/reset-password`,
      payload: { newPassword: 'reset-by-matrix-1' },
    }),
  },
  {
    name: 'GET /api/audit?region=72.71',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/audit?region=72.71' }),
  },
  {
    name: 'GET /api/audit (all regions)',
    allowed: ['superadmin'],
    request: () => ({ method: 'GET', url: '/api/audit?region=72' }),
  },
];

const REFUSED = new Set([401, 403, 404]);

describe('permission matrix', () => {
  let t: TestApp;
  const cookies = new Map<Who, string>();
  let ids: Ids;

  before(async () => {
    t = await createTestApp();
    const sa = await t.login('demo.superadmin');
    // An admin of another kab/kota in the same province (Kabupaten Donggala).
    await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: sa },
      payload: {
        username: 'admin.donggala',
        fullName: 'Admin Donggala',
        role: 'admin_daerah',
        regionCode: '72.03',
        password: 'donggala-admin-1',
      },
    });
    // The user that PATCH and reset-password cases act on, so no signed-in caller is disturbed.
    const target = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: sa },
      payload: {
        username: 'matrix.target',
        fullName: 'Matrix Target',
        role: 'pokja',
        regionCode: '72.71',
        password: 'matrix-target-1',
      },
    });
    const logins: Record<Exclude<Who, 'anonymous'>, [string, string?]> = {
      superadmin: ['demo.superadmin'],
      provinsi: ['demo.provinsi'],
      admin: ['demo.admin'],
      reviewer: ['demo.reviewer'],
      operator: ['demo.operator'],
      pokja: ['demo.pokja'],
      otherAdmin: ['admin.donggala', 'donggala-admin-1'],
    };
    for (const [who, [username, password]] of Object.entries(logins))
      cookies.set(who as Who, await t.login(username, password));
    const opd = (
      await t.app.inject({ url: '/api/regions/72.71/opd?pageSize=200', headers: { cookie: sa } })
    ).json().items;
    ids = {
      dinkes: opd.find((o: { shortName: string }) => o.shortName === 'Dinkes').id,
      dinsos: opd.find((o: { shortName: string }) => o.shortName === 'Dinsos').id,
      targetUser: target.json().id,
    };
  });
  after(() => t.close());

  for (const c of CASES) {
    test(c.name, async () => {
      for (const who of EVERYONE) {
        const { method, url, payload } = c.request(who, ids);
        const cookie = cookies.get(who);
        const res = await t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
        const allowed = c.allowed.includes(who);
        if (allowed) {
          assert.ok(
            !REFUSED.has(res.statusCode) && res.statusCode < 500,
            `${who} should be allowed: ${res.statusCode} ${res.body}`,
          );
        } else {
          assert.ok(REFUSED.has(res.statusCode), `${who} should be refused: ${res.statusCode} ${res.body}`);
          if (who === 'anonymous') assert.equal(res.statusCode, 401, `${who}: ${res.body}`);
        }
      }
    });
  }

  test('no case signed another caller out (refusals above were for permission, not a lost session)', async () => {
    for (const who of SIGNED_IN) {
      const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie: cookies.get(who)! } });
      assert.equal(res.statusCode, 200, who);
    }
  });
});
