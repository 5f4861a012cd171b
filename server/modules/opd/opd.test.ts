import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

const opdCount = (t: TestApp) => countOf(t, sql`select count(*) from opd`);

describe('opd', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const create = (payload: unknown, cookie = admin) =>
    t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie },
      payload: payload as object,
    });

  test('lists the demo region with search and pagination', async () => {
    const all = await t.app.inject({ url: '/api/regions/72.71/opd?pageSize=10', headers: { cookie: admin } });
    assert.equal(all.statusCode, 200);
    assert.ok(all.json().total >= 25);
    assert.equal(all.json().items.length, 10);
    const page3 = await t.app.inject({
      url: '/api/regions/72.71/opd?pageSize=10&page=3',
      headers: { cookie: admin },
    });
    assert.equal(page3.json().items.length, all.json().total - 20);
    const search = await t.app.inject({
      url: '/api/regions/72.71/opd?q=kesehatan',
      headers: { cookie: admin },
    });
    assert.deepEqual(
      search.json().items.map((o: { shortName: string }) => o.shortName),
      ['Dinkes'],
    );
  });

  test('creates, edits, deactivates and reactivates, each audited', async () => {
    const res = await create({
      name: 'Dinas Perhubungan',
      shortName: 'Dishub',
      kind: 'dinas',
      sipdCode: '2.15.0.00.0.00.01.0000',
    });
    assert.equal(res.statusCode, 201);
    const id = res.json().id;
    assert.equal(res.json().active, true);
    assert.equal(res.json().isDemo, false);

    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/opd/${id}`,
      headers: { cookie: admin },
      payload: { name: 'Dinas Perhubungan Kota Palu', sipdCode: '' },
    });
    assert.equal(edit.statusCode, 200);
    assert.equal(edit.json().sipdCode, null);

    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/opd/${id}`,
      headers: { cookie: admin },
      payload: { active: false },
    });
    assert.equal(off.json().active, false);
    const inactive = await t.app.inject({
      url: '/api/regions/72.71/opd?status=inactive',
      headers: { cookie: admin },
    });
    assert.ok(inactive.json().items.some((o: { id: string }) => o.id === id));
    await t.app.inject({
      method: 'PATCH',
      url: `/api/opd/${id}`,
      headers: { cookie: admin },
      payload: { active: true },
    });

    const audit = await t.app.inject({ url: '/api/audit?entity=opd', headers: { cookie: admin } });
    const actions = audit
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === id)
      .map((e: { action: string }) => e.action);
    assert.deepEqual(actions, ['reactivate', 'deactivate', 'update', 'create']);
    const update = audit
      .json()
      .items.find((e: { action: string; entityId: string }) => e.action === 'update' && e.entityId === id);
    assert.equal(update.before.name, 'Dinas Perhubungan');
    assert.equal(update.after.name, 'Dinas Perhubungan Kota Palu');
  });

  test('duplicates are refused by field, case-insensitively, and nothing is written', async () => {
    const before = await opdCount(t);
    const dup = await create({ name: 'Sesuatu Baru', shortName: 'dinkes', kind: 'dinas' });
    assert.equal(dup.statusCode, 409);
    assert.ok(dup.json().error.fields.shortName);
    const dupName = await create({ name: 'dinas kesehatan', shortName: 'DK2', kind: 'dinas' });
    assert.equal(dupName.statusCode, 409);
    assert.ok(dupName.json().error.fields.name);
    assert.equal(await opdCount(t), before);
  });

  test('bad input names each field and writes nothing', async () => {
    const before = await opdCount(t);
    const res = await create({
      name: 'x'.repeat(201),
      shortName: 42,
      kind: 'kantor',
      sipdCode: 'abc',
      color: 'red',
    });
    assert.equal(res.statusCode, 400);
    const fields = res.json().error.fields;
    assert.match(fields.name, /maksimal 200/);
    assert.ok(fields.shortName);
    assert.ok(fields.kind);
    assert.ok(fields.sipdCode);
    assert.ok(fields.color);
    const badRegion = await t.app.inject({ url: '/api/regions/72.7/opd', headers: { cookie: admin } });
    assert.equal(badRegion.statusCode, 400);
    assert.ok(badRegion.json().error.fields.code);
    const unknownRegion = await t.app.inject({
      url: '/api/regions/99.99/opd',
      headers: { cookie: await t.login('demo.superadmin') },
    });
    assert.equal(unknownRegion.statusCode, 404);
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    assert.equal(notJson.statusCode, 400);
    assert.equal(await opdCount(t), before);
  });

  test('a failure inside the write leaves no half-written OPD', async () => {
    const before = await opdCount(t);
    // Make the audit insert fail: the OPD row of the same transaction must roll back.
    await t.database.db.execute(sql`
      create function fail_opd_audit() returns trigger language plpgsql as $$
      begin raise exception 'simulated crash'; end; $$`);
    await t.database.db.execute(sql`
      create trigger fail_opd_audit before insert on audit_log for each row
      when (new.entity = 'opd') execute function fail_opd_audit()`);
    try {
      const res = await create({ name: 'Dinas Yang Gagal', shortName: 'Gagal', kind: 'dinas' });
      assert.equal(res.statusCode, 500);
      assert.equal(res.json().error.code, 'internal');
      assert.equal(await opdCount(t), before);
    } finally {
      await t.database.db.execute(sql`drop trigger fail_opd_audit on audit_log`);
    }
  });
});
