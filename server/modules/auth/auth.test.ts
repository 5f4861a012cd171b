import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('auth', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

  test('signs in by username or email and sets a safe cookie', async () => {
    const res = await login('demo.admin', 'Setara#Demo2026');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().user.role, 'admin_daerah');
    assert.equal(res.json().user.region.code, '72.71');
    const cookie = res.cookies.find((c) => c.name === 'setara_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, undefined);
    const byEmail = await login('ADMIN@demo.setara.invalid', 'Setara#Demo2026');
    assert.equal(byEmail.statusCode, 200);
  });

  test('the cookie is Secure behind HTTPS', async () => {
    const t2 = await createTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const res = await t2.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'demo.admin', password: 'Setara#Demo2026' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      assert.equal(res.cookies.find((c) => c.name === 'setara_session')!.secure, true);
    } finally {
      await t2.close();
    }
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    const wrong = await login('demo.pokja', 'not-the-password');
    const unknown = await login('no.such.user', 'not-the-password');
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.json().error.code, 'invalid_credentials');
  });

  test('five failures from one address lock the name there, existing or not, even for the right password', async () => {
    for (const name of ['demo.reviewer', 'ghost.user']) {
      for (let i = 0; i < 5; i++) assert.equal((await login(name, 'wrong-password-x')).statusCode, 401);
      const locked = await login(name, 'Setara#Demo2026');
      assert.equal(locked.statusCode, 429, name);
      assert.match(locked.json().error.message, /15 menit/);
    }
    const english = await login('ghost.user', 'x', { 'accept-language': 'en-US,en;q=0.9' });
    assert.match(english.json().error.message, /Try again in 15 minutes/);
  });

  test('me, logout, and a used cookie no longer works', async () => {
    const cookie = await t.login('demo.pokja');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    assert.equal(me.json().user.username, 'demo.pokja');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    assert.equal(out.statusCode, 200);
    const again = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    assert.equal(again.statusCode, 401);
    assert.equal((await t.app.inject({ url: '/api/auth/me' })).json().error.code, 'unauthenticated');
  });

  test('an idle session expires with a "sign in again" message', async () => {
    const cookie = await t.login('demo.operator');
    await t.database.db.execute(sql`update sessions set last_seen_at = now() - interval '3 hours'`);
    const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    assert.equal(res.statusCode, 401);
    assert.match(res.json().error.message, /Sesi Anda telah berakhir/);
  });

  test('change own password: checks the current one, then the new one works', async () => {
    const cookie = await t.login('demo.provinsi');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'wrong-password', newPassword: 'a-brand-new-secret' },
    });
    assert.equal(bad.statusCode, 422);
    assert.ok(bad.json().error.fields.currentPassword);
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'Setara#Demo2026', newPassword: 'short' },
    });
    assert.equal(short.statusCode, 400);
    assert.match(short.json().error.fields.newPassword, /minimal 10/);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'Setara#Demo2026', newPassword: 'a-brand-new-secret' },
    });
    assert.equal(ok.statusCode, 200);
    assert.equal((await login('demo.provinsi', 'Setara#Demo2026')).statusCode, 401);
    assert.equal((await login('demo.provinsi', 'a-brand-new-secret')).statusCode, 200);
  });

  test('change own e-mail: the password again, a valid and unused address, audited', async () => {
    const cookie = await t.login('demo.superadmin');
    const change = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/auth/email', headers: { cookie }, payload });
    const me = async () => (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user;
    const password = 'Setara#Demo2026';

    const wrong = await change({ currentPassword: 'wrong-password', email: 'reviu@palu.example.id' });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.json().error.fields.currentPassword, /Kata sandi saat ini salah/);
    const cases: [object, string][] = [
      [{ currentPassword: password, email: 'bukan-email' }, 'email'],
      [{ currentPassword: password, email: `${'a'.repeat(196)}@x.id` }, 'email'],
      [{ currentPassword: password, email: 'a\u0000b@x.id' }, 'email'],
      [{ email: 'reviu@palu.example.id' }, 'currentPassword'],
      [{ currentPassword: password, email: 'reviu@palu.example.id', role: 'superadmin' }, 'role'],
    ];
    for (const [payload, field] of cases) {
      const res = await change(payload);
      assert.equal(res.statusCode, 400, `${JSON.stringify(payload)}: ${res.body}`);
      assert.ok(field in res.json().error.fields, `${field} in ${res.body}`);
    }
    // Another account's address, in other letter case: taken, as user management has it.
    const taken = await change({ currentPassword: password, email: 'ADMIN@demo.setara.invalid' });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.json().error.fields.email, /sudah dipakai/);
    const same = await change({ currentPassword: password, email: 'superadmin@demo.setara.invalid' });
    assert.equal(same.statusCode, 422);
    assert.ok(same.json().error.fields.email);
    assert.equal((await me()).email, 'superadmin@demo.setara.invalid', 'nothing changed so far');

    const ok = await change({ currentPassword: password, email: 'reviu@palu.example.id' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().user.email, 'reviu@palu.example.id');
    assert.equal((await me()).email, 'reviu@palu.example.id');
    assert.equal((await login('reviu@palu.example.id', password)).statusCode, 200, 'signs in by it');
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'user'),
          eq(auditLog.entityId, ok.json().user.id),
          eq(auditLog.action, 'update'),
        ),
      );
    assert.deepEqual(
      [entry.before, entry.after],
      [{ email: 'superadmin@demo.setara.invalid' }, { email: 'reviu@palu.example.id' }],
    );
    const removed = await change({ currentPassword: password, email: null });
    assert.equal(removed.statusCode, 200);
    assert.equal((await me()).email, null);
    const back = await change({ currentPassword: password, email: 'superadmin@demo.setara.invalid' });
    assert.equal(back.statusCode, 200);
  });
});
