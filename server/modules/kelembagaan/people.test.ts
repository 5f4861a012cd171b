import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { findOrCreatePerson } from './people.js';

describe('people registry: findOrCreatePerson and the picker', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
  });
  after(() => t.close());

  test('one person typed twice is one row; a namesake with nothing in common is another', async () => {
    const db = t.database.db;
    const a = await db.transaction((tx) =>
      findOrCreatePerson(
        tx,
        '72.71',
        { fullName: 'Dr. Hj. Nurhayati Lamarauna, M.Si', sex: 'P', phone: '0812 9000 1111' },
        null,
      ),
    );
    const b = await db.transaction((tx) =>
      findOrCreatePerson(
        tx,
        '72.71',
        { fullName: 'nurhayati  lamarauna', sex: 'P', phone: '+62 812-9000-1111', email: 'nur@example.id' },
        null,
      ),
    );
    const c = await db.transaction((tx) =>
      findOrCreatePerson(
        tx,
        '72.71',
        { fullName: 'Nurhayati Lamarauna', sex: 'P', institution: 'Universitas Tadulako' },
        null,
      ),
    );
    const d = await db.transaction((tx) =>
      findOrCreatePerson(
        tx,
        '72.71',
        { fullName: 'Nurhayati Lamarauna, S.Pd', sex: 'P', institution: 'universitas  tadulako' },
        null,
      ),
    );
    assert.equal(a.created, true);
    assert.deepEqual(b, { id: a.id, created: false });
    assert.equal(c.created, true);
    assert.notEqual(c.id, a.id);
    assert.deepEqual(d, { id: c.id, created: false });
    const byNip1 = await db.transaction((tx) =>
      findOrCreatePerson(tx, '72.71', { fullName: 'Andi Rahman', sex: 'L', nip: '197501012000031001' }, null),
    );
    const byNip2 = await db.transaction((tx) =>
      findOrCreatePerson(
        tx,
        '72.71',
        { fullName: 'Drs. Andi Rahman, M.M.', sex: 'L', nip: '197501012000031001' },
        null,
      ),
    );
    assert.equal(byNip2.id, byNip1.id);
  });

  test('GET /people answers contacts to the admin only, and refuses other regions', async () => {
    const asAdmin = await t.app.inject({
      url: '/api/regions/72.71/people?q=nurhayati lamarauna',
      headers: { cookie: admin },
    });
    assert.equal(asAdmin.statusCode, 200, asAdmin.body);
    const items = asAdmin.json().items as { fullName: string; email: string | null; phone: string | null }[];
    assert.equal(items.length, 2);
    assert.ok(items.some((p) => p.email === 'nur@example.id' && p.phone === '0812 9000 1111'));
    const asOperator = await t.app.inject({
      url: '/api/regions/72.71/people?q=NURHAYATI LAMARAUNA',
      headers: { cookie: operator },
    });
    assert.equal(asOperator.statusCode, 200);
    assert.ok((asOperator.json().items as { email: string | null }[]).every((p) => p.email === null));
    const other = await t.app.inject({ url: '/api/regions/72.03/people', headers: { cookie: operator } });
    assert.equal(other.statusCode, 403);
    const bad = await t.app.inject({
      url: '/api/regions/72.71/people?limit=abc',
      headers: { cookie: admin },
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.limit);
  });
});
