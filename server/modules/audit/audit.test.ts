import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  test('records logins, failed logins and logouts with who and where', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'demo.operator', password: 'wrong-one-here' },
    });
    const op = await t.login('demo.operator');
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: op } });
    const res = await t.app.inject({ url: '/api/audit?entity=session', headers: { cookie: admin } });
    const actions = res
      .json()
      .items.map((e: { action: string; actorUsername: string }) => `${e.action}:${e.actorUsername}`);
    assert.ok(actions.includes('login_failed:demo.operator'));
    assert.ok(actions.includes('login:demo.operator'));
    assert.ok(actions.includes('logout:demo.operator'));
  });

  test('leaves sign-ins and sign-outs out unless asked for', async () => {
    await t.login('demo.reviewer');
    const signIns = new Set(['login', 'login_failed', 'logout']);
    const list = async (query: string) =>
      (await t.app.inject({ url: `/api/audit?pageSize=200${query}`, headers: { cookie: admin } }))
        .json()
        .items.map((e: { action: string }) => e.action) as string[];
    const byDefault = await list('');
    assert.ok(byDefault.length > 0, 'the other entries are still listed');
    assert.ok(!byDefault.some((a) => signIns.has(a)), 'no sign-in by default');
    const included = await list('&signIns=include');
    assert.ok(included.includes('login'));
    assert.ok(included.length > byDefault.length);
    // Asking for the session entity or a sign-in action is asking for them.
    assert.ok((await list('&entity=session')).includes('login'));
    assert.deepEqual([...new Set(await list('&action=login'))], ['login']);
    const bad = await t.app.inject({ url: '/api/audit?signIns=yes', headers: { cookie: admin } });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.signIns);
  });

  test('names what each entry is about instead of its id', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin },
      payload: { name: 'Dinas Arsip dan Perpustakaan', shortName: 'Dispusip', kind: 'dinas' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const opdEntry = (
      await t.app.inject({ url: '/api/audit?entity=opd&action=create', headers: { cookie: admin } })
    ).json().items[0];
    assert.deepEqual(opdEntry.subject, {
      name: 'Dinas Arsip dan Perpustakaan (Dispusip)',
      opdId: created.json().id,
    });
    // Sign-ins name the user who signed in; a failed one names nobody.
    const logins = (
      await t.app.inject({ url: '/api/audit?entity=session&pageSize=200', headers: { cookie: admin } })
    ).json().items as { action: string; actorUsername: string; subject: { name: string } | null }[];
    const login = logins.find((e) => e.action === 'login' && e.actorUsername === 'demo.admin');
    assert.match(login?.subject?.name ?? '', /\(demo\.admin\)$/);
    assert.equal(logins.find((e) => e.action === 'login_failed')?.subject, null);
  });

  test('never stores password hashes', async () => {
    const sa = await t.login('demo.superadmin');
    await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: sa },
      payload: {
        username: 'audit.check',
        fullName: 'Audit Check',
        role: 'pokja',
        regionCode: '72.71',
        password: 'secret-password-1',
      },
    });
    const res = await t.app.inject({ url: '/api/audit?entity=user&pageSize=200', headers: { cookie: sa } });
    assert.ok(res.json().items.length > 0);
    assert.doesNotMatch(res.body, /argon2|passwordHash|secret-password-1/);
  });

  test('filters by user, entity and date, newest first', async () => {
    const me = (await t.app.inject({ url: '/api/auth/me', headers: { cookie: admin } })).json().user;
    const mine = await t.app.inject({ url: `/api/audit?userId=${me.id}`, headers: { cookie: admin } });
    assert.ok(mine.json().items.every((e: { actorUserId: string }) => e.actorUserId === me.id));
    const times = mine.json().items.map((e: { at: string }) => e.at);
    assert.deepEqual([...times].sort().reverse(), times);
    const today = new Date().toISOString().slice(0, 10);
    const todayOnly = await t.app.inject({
      url: `/api/audit?from=${today}&to=${today}`,
      headers: { cookie: admin },
    });
    assert.ok(todayOnly.json().total > 0);
    const past = await t.app.inject({
      url: '/api/audit?from=2020-01-01&to=2020-12-31',
      headers: { cookie: admin },
    });
    assert.equal(past.json().total, 0);
    const badDate = await t.app.inject({ url: '/api/audit?from=31-12-2020', headers: { cookie: admin } });
    assert.equal(badDate.statusCode, 400);
    assert.ok(badDate.json().error.fields.from);
  });

  test('an admin sees only their own region; superadmin sees all', async () => {
    const own = await t.app.inject({ url: '/api/audit?pageSize=200', headers: { cookie: admin } });
    assert.ok(own.json().items.every((e: { regionCode: string }) => e.regionCode === '72.71'));
    const other = await t.app.inject({ url: '/api/audit?region=72', headers: { cookie: admin } });
    assert.equal(other.statusCode, 403);
    const sa = await t.login('demo.superadmin');
    const all = await t.app.inject({
      url: '/api/audit?pageSize=200&signIns=include',
      headers: { cookie: sa },
    });
    const regions = new Set(all.json().items.map((e: { regionCode: string }) => e.regionCode));
    assert.ok(regions.size > 1);
  });

  test('rows are append-only in the database itself', async () => {
    // Drizzle wraps the database's error; the trigger's message is in its cause.
    const appendOnly = (e: Error & { cause?: Error }) =>
      /append-only/.test(`${e.message} ${e.cause?.message}`);
    await assert.rejects(() => t.database.db.execute(sql`update audit_log set action = 'x'`), appendOnly);
    await assert.rejects(() => t.database.db.execute(sql`delete from audit_log`), appendOnly);
    await assert.rejects(() => t.database.db.execute(sql`truncate audit_log`), appendOnly);
  });
});
