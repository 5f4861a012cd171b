import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('users', () => {
  let t: TestApp;
  let admin: string;
  let dinkesId: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    const list = await t.app.inject({ url: '/api/regions/72.71/opd?q=Dinkes', headers: { cookie: admin } });
    dinkesId = list.json().items[0].id;
  });
  after(() => t.close());

  const create = (payload: Record<string, unknown>, cookie = admin) =>
    t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie }, payload });
  const patch = (id: string, payload: Record<string, unknown>, cookie = admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { cookie }, payload });
  const userCount = () => countOf(t, sql`select count(*) from users`);

  const operator = {
    username: 'fp.dinkes',
    email: 'fp.dinkes@palukota.go.id',
    fullName: 'Nur Aisyah',
    role: 'operator_opd',
    regionCode: '72.71',
    opdId: '',
    password: 'rahasia-sekali-123',
  };

  test('admin daerah creates an operator for an OPD, who can then sign in', async () => {
    const res = await create({ ...operator, opdId: dinkesId });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().opdName, 'Dinas Kesehatan');
    assert.equal(res.json().regionName, 'Kota Palu');
    assert.equal('passwordHash' in res.json(), false);
    const cookie = await t.login('fp.dinkes', 'rahasia-sekali-123');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    assert.equal(me.json().user.opdName, 'Dinas Kesehatan');
    const listed = await t.app.inject({ url: '/api/users?q=aisyah', headers: { cookie: admin } });
    assert.equal(listed.json().total, 1);
  });

  test('duplicate username or email is a 409 naming the field; nothing written', async () => {
    const before = await userCount();
    const dup = await create({ ...operator, username: 'FP.DINKES', email: null, opdId: dinkesId });
    assert.equal(dup.statusCode, 409);
    assert.ok(dup.json().error.fields.username);
    const dupEmail = await create({ ...operator, username: 'other.name', opdId: dinkesId });
    assert.equal(dupEmail.statusCode, 409);
    assert.ok(dupEmail.json().error.fields.email);
    assert.equal(await userCount(), before);
  });

  test('role, region and OPD must fit together', async () => {
    const before = await userCount();
    const noOpd = await create({ ...operator, username: 'no.opd', email: null, opdId: null });
    assert.equal(noOpd.statusCode, 422);
    assert.ok(noOpd.json().error.fields.opdId);
    const pokjaWithOpd = await create({
      ...operator,
      username: 'pokja.x',
      email: null,
      role: 'pokja',
      opdId: dinkesId,
    });
    assert.equal(pokjaWithOpd.statusCode, 422);
    // Superadmin is refused to an admin daerah for permission (403) before any placement check;
    // for a superadmin, a superadmin in a kab/kota is a placement error naming the region.
    const superadmin = { ...operator, username: 'sa.x', email: null, role: 'superadmin', opdId: null };
    assert.equal((await create(superadmin)).statusCode, 403);
    const misplaced = await create(superadmin, await t.login('demo.superadmin'));
    assert.equal(misplaced.statusCode, 422);
    assert.ok(misplaced.json().error.fields.regionCode);
    const otherRegion = await create({
      ...operator,
      username: 'x.donggala',
      email: null,
      regionCode: '72.03',
      opdId: null,
      role: 'pokja',
    });
    assert.equal(otherRegion.statusCode, 403);
    const badFields = await create({
      username: 'a b',
      fullName: '',
      role: 'raja',
      regionCode: '7',
      password: 'x',
    });
    assert.equal(badFields.statusCode, 400);
    assert.deepEqual(Object.keys(badFields.json().error.fields).sort(), [
      'fullName',
      'password',
      'regionCode',
      'role',
      'username',
    ]);
    assert.equal(await userCount(), before);
  });

  test('a deactivated OPD cannot receive new operators', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin },
      payload: { name: 'Dinas Lama', shortName: 'Dislam', kind: 'dinas' },
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/opd/${created.json().id}`,
      headers: { cookie: admin },
      payload: { active: false },
    });
    const res = await create({ ...operator, username: 'op.lama', email: null, opdId: created.json().id });
    assert.equal(res.statusCode, 422);
    assert.match(res.json().error.fields.opdId, /dinonaktifkan/);
  });

  test('deactivating a user ends their sessions and blocks sign-in; not oneself', async () => {
    const cookie = await t.login('demo.pokja');
    const list = await t.app.inject({ url: '/api/users?q=demo.pokja', headers: { cookie: admin } });
    const id = list.json().items[0].id;
    const off = await patch(id, { active: false });
    assert.equal(off.statusCode, 200);
    assert.equal(off.json().active, false);
    assert.equal((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode, 401);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'demo.pokja', password: 'Setara#Demo2026' },
    });
    assert.equal(relogin.statusCode, 401);
    await patch(id, { active: true });

    const me = (await t.app.inject({ url: '/api/auth/me', headers: { cookie: admin } })).json().user;
    const self = await patch(me.id, { active: false });
    assert.equal(self.statusCode, 422);
    assert.ok(self.json().error.fields.active);
  });

  test('admin resets a password: old one fails, new one works', async () => {
    const list = await t.app.inject({ url: '/api/users?q=demo.reviewer', headers: { cookie: admin } });
    const id = list.json().items[0].id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/users/${id}/reset-password`,
      headers: { cookie: admin },
      payload: { newPassword: 'sandi-baru-dari-admin' },
    });
    assert.equal(res.statusCode, 200);
    await assert.rejects(() => t.login('demo.reviewer'));
    await t.login('demo.reviewer', 'sandi-baru-dari-admin');
    const audit = await t.app.inject({ url: '/api/audit?action=password_reset', headers: { cookie: admin } });
    assert.equal(audit.json().items[0].entityId, id);
  });

  test('superadmin manages any region; listing without region shows all', async () => {
    const sa = await t.login('demo.superadmin');
    const all = await t.app.inject({ url: '/api/users?pageSize=200', headers: { cookie: sa } });
    const regions = new Set(all.json().items.map((u: { regionCode: string }) => u.regionCode));
    assert.ok(regions.has('ID') && regions.has('72') && regions.has('72.71'));
    const res = await create(
      {
        username: 'admin.donggala',
        fullName: 'Admin Donggala',
        role: 'admin_daerah',
        regionCode: '72.03',
        password: 'donggala-2026-ok',
      },
      sa,
    );
    assert.equal(res.statusCode, 201);
  });
});
