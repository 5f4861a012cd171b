/**
 * Every user-management path (create, edit, role change, region change, OPD change, reset,
 * deactivate) against each escalation attempt: nobody hands out, or touches, an account whose
 * role or reading scope is wider than their own (domain/user-management.ts). One row = one
 * request by one caller and the exact status the server must answer; rows run in order and
 * each acts on its own account, so an allowed row never disturbs a refused one.
 *
 * Callers: superadmin; `provAdmin`, an admin daerah of Sulawesi Tengah's own offices (72);
 * `kotaAdmin`, Kota Palu's admin daerah (72.71); `provinsi`, the demo provinsi user (72).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { users } from './db/schema.js';
import { demoOpdIds } from './test-support/permission-matrix.js';
import { createTestApp, type TestApp } from './test-support/test-app.js';

type Caller = 'superadmin' | 'provAdmin' | 'kotaAdmin' | 'provinsi';
type Path = 'create' | 'edit' | 'role change' | 'region change' | 'OPD change' | 'reset' | 'deactivate';
type Ids = Record<string, string>;

interface Row {
  path: Path;
  caller: Caller;
  attempt: string;
  status: number;
  request: (ids: Ids) => { method: 'POST' | 'PATCH'; url: string; payload: object };
}

const PASSWORD = 'matrix-password-1';
const account = (username: string, role: string, regionCode: string, extra: object = {}) => ({
  username,
  fullName: username,
  role,
  regionCode,
  password: PASSWORD,
  ...extra,
});
const newUser = (username: string, role: string, regionCode: string) => ({
  method: 'POST' as const,
  url: '/api/users',
  payload: account(username, role, regionCode),
});
const patch = (id: string, payload: object) => ({
  method: 'PATCH' as const,
  url: `/api/users/${id}`,
  payload,
});
const reset = (id: string) => ({
  method: 'POST' as const,
  url: `/api/users/${id}/reset-password`,
  payload: { newPassword: 'reset-by-matrix-1' },
});

const ROWS: Row[] = [
  // create
  {
    path: 'create',
    caller: 'provAdmin',
    attempt: 'provinsi at its own province code (reads 72.xx)',
    status: 403,
    request: () => newUser('esc.provinsi', 'provinsi', '72'),
  },
  {
    path: 'create',
    caller: 'provAdmin',
    attempt: 'superadmin',
    status: 403,
    request: () => newUser('esc.super', 'superadmin', 'ID'),
  },
  {
    path: 'create',
    caller: 'provAdmin',
    attempt: 'admin daerah of a kab/kota below it',
    status: 403,
    request: () => newUser('esc.below', 'admin_daerah', '72.71'),
  },
  {
    path: 'create',
    caller: 'kotaAdmin',
    attempt: 'provinsi of its province',
    status: 403,
    request: () => newUser('esc.up', 'provinsi', '72'),
  },
  {
    path: 'create',
    caller: 'kotaAdmin',
    attempt: 'admin daerah of a neighbouring kab/kota',
    status: 403,
    request: () => newUser('esc.side', 'admin_daerah', '72.03'),
  },
  {
    path: 'create',
    caller: 'provinsi',
    attempt: 'pokja of a kab/kota it reads (reading is not managing)',
    status: 403,
    request: () => newUser('esc.reader', 'pokja', '72.71'),
  },
  {
    path: 'create',
    caller: 'provAdmin',
    attempt: 'allowed: another admin daerah of its own region (equal, not wider)',
    status: 201,
    request: () => newUser('ok.peer72', 'admin_daerah', '72'),
  },
  {
    path: 'create',
    caller: 'superadmin',
    attempt: 'allowed: provinsi',
    status: 201,
    request: () => newUser('ok.provinsi', 'provinsi', '72'),
  },
  // edit
  {
    path: 'edit',
    caller: 'provAdmin',
    attempt: 'the provinsi user of its province',
    status: 403,
    request: (ids) => patch(ids.provinsi, { fullName: 'Diubah' }),
  },
  {
    path: 'edit',
    caller: 'provAdmin',
    attempt: 'the superadmin',
    status: 404,
    request: (ids) => patch(ids.superadmin, { fullName: 'Diubah' }),
  },
  {
    path: 'edit',
    caller: 'provAdmin',
    attempt: 'allowed: a pokja of its region',
    status: 200,
    request: (ids) => patch(ids.pokja72, { fullName: 'Pokja Sulteng' }),
  },
  // role change
  {
    path: 'role change',
    caller: 'provAdmin',
    attempt: 'a pokja of its region into provinsi',
    status: 403,
    request: (ids) => patch(ids.pokja72, { role: 'provinsi' }),
  },
  {
    path: 'role change',
    caller: 'kotaAdmin',
    attempt: 'a pokja into superadmin',
    status: 403,
    request: (ids) => patch(ids.pokjaPalu, { role: 'superadmin' }),
  },
  {
    path: 'role change',
    caller: 'provAdmin',
    attempt: 'the provinsi user down to pokja (already wider)',
    status: 403,
    request: (ids) => patch(ids.provinsi, { role: 'pokja' }),
  },
  {
    path: 'role change',
    caller: 'kotaAdmin',
    attempt: 'its own role',
    status: 422,
    request: (ids) => patch(ids.kotaAdmin, { role: 'pokja' }),
  },
  {
    path: 'role change',
    caller: 'kotaAdmin',
    attempt: 'allowed: a reviewer into admin daerah (equal)',
    status: 200,
    request: (ids) => patch(ids.reviewerPalu, { role: 'admin_daerah' }),
  },
  // region change: not a field of the edit at all; a move is a new account in the new region
  {
    path: 'region change',
    caller: 'provAdmin',
    attempt: 'a pokja of 72 into kab/kota 72.71',
    status: 400,
    request: (ids) => patch(ids.pokja72, { regionCode: '72.71' }),
  },
  {
    path: 'region change',
    caller: 'superadmin',
    attempt: 'even superadmin',
    status: 400,
    request: (ids) => patch(ids.pokja72, { regionCode: '72.71' }),
  },
  // OPD change
  {
    path: 'OPD change',
    caller: 'kotaAdmin',
    attempt: 'an operator into an OPD of another region',
    status: 422,
    request: (ids) => patch(ids.operatorPalu, { opdId: ids.donggalaOpd }),
  },
  {
    path: 'OPD change',
    caller: 'provAdmin',
    attempt: 'the provinsi user given an OPD',
    status: 403,
    request: (ids) => patch(ids.provinsi, { role: 'operator_opd', opdId: ids.dinsos }),
  },
  {
    path: 'OPD change',
    caller: 'kotaAdmin',
    attempt: 'allowed: an operator to another OPD of its region',
    status: 200,
    request: (ids) => patch(ids.operatorPalu, { opdId: ids.dinsos }),
  },
  // deactivate
  {
    path: 'deactivate',
    caller: 'provAdmin',
    attempt: 'the provinsi user',
    status: 403,
    request: (ids) => patch(ids.provinsi, { active: false }),
  },
  {
    path: 'deactivate',
    caller: 'kotaAdmin',
    attempt: 'itself',
    status: 422,
    request: (ids) => patch(ids.kotaAdmin, { active: false }),
  },
  {
    path: 'deactivate',
    caller: 'kotaAdmin',
    attempt: 'allowed: a pokja of its region',
    status: 200,
    request: (ids) => patch(ids.pokjaPalu, { active: false }),
  },
  // reset (own-account rows last: wrongly allowed, they would end the caller's sessions)
  {
    path: 'reset',
    caller: 'provAdmin',
    attempt: 'the provinsi user (then sign in as it)',
    status: 403,
    request: (ids) => reset(ids.provinsi),
  },
  {
    path: 'reset',
    caller: 'provAdmin',
    attempt: 'the superadmin',
    status: 404,
    request: (ids) => reset(ids.superadmin),
  },
  {
    path: 'reset',
    caller: 'provAdmin',
    attempt: 'allowed: a peer admin daerah of its region',
    status: 200,
    request: (ids) => reset(ids.peer72),
  },
  {
    path: 'reset',
    caller: 'kotaAdmin',
    attempt: 'allowed: a pokja of its region',
    status: 200,
    request: (ids) => reset(ids.pokjaPalu),
  },
  {
    path: 'reset',
    caller: 'kotaAdmin',
    attempt: 'its own password without the current one',
    status: 403,
    request: (ids) => reset(ids.kotaAdmin),
  },
  {
    path: 'reset',
    caller: 'superadmin',
    attempt: 'its own password without the current one',
    status: 403,
    request: (ids) => reset(ids.superadmin),
  },
];

describe('user management matrix: no grant wider than the granter', () => {
  let t: TestApp;
  const cookies = new Map<Caller, string>();
  const ids: Ids = {};

  before(async () => {
    t = await createTestApp();
    const sa = await t.login('demo.superadmin');
    const create = async (key: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: sa }, payload });
      assert.equal(res.statusCode, 201, res.body);
      ids[key] = res.json().id;
    };
    const opds = await demoOpdIds(t, sa);
    ids.dinsos = opds.dinsos;
    const donggala = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.03/opd',
      headers: { cookie: sa },
      payload: { name: 'Dinas Kesehatan Donggala', shortName: 'Dinkes', kind: 'dinas' },
    });
    ids.donggalaOpd = donggala.json().id;
    await create('provAdmin', account('admin.sulteng', 'admin_daerah', '72'));
    await create('peer72', account('admin2.sulteng', 'admin_daerah', '72'));
    await create('pokja72', account('pokja.sulteng', 'pokja', '72'));
    await create('pokjaPalu', account('pokja2.palu', 'pokja', '72.71'));
    await create('reviewerPalu', account('reviewer2.palu', 'reviewer', '72.71'));
    await create('operatorPalu', account('operator2.palu', 'operator_opd', '72.71', { opdId: opds.dinkes }));
    const demo = { superadmin: 'demo.superadmin', provinsi: 'demo.provinsi', kotaAdmin: 'demo.admin' };
    for (const [key, username] of Object.entries(demo)) {
      const [u] = await t.database.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, username));
      ids[key] = u.id;
    }
    cookies.set('superadmin', sa);
    cookies.set('provAdmin', await t.login('admin.sulteng', PASSWORD));
    cookies.set('kotaAdmin', await t.login('demo.admin'));
    cookies.set('provinsi', await t.login('demo.provinsi'));
  });
  after(() => t.close());

  for (const row of ROWS) {
    test(`${row.path} × ${row.caller}: ${row.attempt} -> ${row.status}`, async () => {
      const { method, url, payload } = row.request(ids);
      const res = await t.app.inject({ method, url, payload, headers: { cookie: cookies.get(row.caller)! } });
      assert.equal(res.statusCode, row.status, res.body);
    });
  }

  test('refused attempts changed nothing: no wider account exists, the provinsi user is untouched', async () => {
    const escalated = await t.database.db
      .select({ username: users.username })
      .from(users)
      .where(eq(users.role, 'provinsi'));
    assert.deepEqual(escalated.map((u) => u.username).sort(), ['demo.provinsi', 'ok.provinsi']);
    const [provinsi] = await t.database.db.select().from(users).where(eq(users.id, ids.provinsi));
    assert.equal(provinsi.active, true);
    assert.equal(provinsi.opdId, null);
    assert.notEqual(provinsi.fullName, 'Diubah');
    await t.login('demo.provinsi');
    const [pokja] = await t.database.db.select().from(users).where(eq(users.id, ids.pokja72));
    assert.deepEqual([pokja.role, pokja.regionCode], ['pokja', '72']);
    for (const username of ['esc.provinsi', 'esc.super', 'esc.below', 'esc.up', 'esc.side', 'esc.reader']) {
      const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
      assert.equal(u, undefined, username);
    }
    // Nobody's own password was reset: both still sign in with the demo password.
    await t.login('demo.admin');
    await t.login('demo.superadmin');
  });
});
