/**
 * Login abuse (docs/security.md): failures lock the (account, address) pair, not the account;
 * spraying from one address is stopped; strangers wait while an account is being guessed
 * from many addresses, browsers that signed in to it before do not; a new sign-in ends the
 * browser's old session.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD } from '../../db/seed/demo-data.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeExpiredCounters, THROTTLE } from './throttle.js';

const ATTACKER = '203.0.113.66';
const OFFICE = '198.51.100.7';

describe('login throttling', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const login = (username: string, password: string, from: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: from,
      headers: cookie ? { cookie } : {},
    });

  const cookieOf = (res: Awaited<ReturnType<typeof login>>, name: string) =>
    `${name}=${res.cookies.find((c) => c.name === name)!.value}`;

  test('five wrong passwords from one address do not lock out the real user at another', async () => {
    for (let i = 0; i < 5; i++)
      assert.equal((await login('demo.superadmin', 'not-the-password', ATTACKER)).statusCode, 401);
    const attacker = await login('demo.superadmin', DEMO_PASSWORD, ATTACKER);
    assert.equal(attacker.statusCode, 429, 'the guessing address is locked, even with the right password');
    assert.ok(Number(attacker.headers['retry-after']) > 0);
    const realUser = await login('demo.superadmin', DEMO_PASSWORD, OFFICE);
    assert.equal(realUser.statusCode, 200, realUser.body);
  });

  test('spraying 60 usernames from one address gets 429 with Retry-After', async () => {
    const sprayer = '203.0.113.99';
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 60; i++) {
      const res = await login(`pegawai.${i}`, 'Password123!', sprayer);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) refused ??= res;
    }
    assert.ok(refused, `no 429 among ${statuses.join(',')}`);
    assert.ok(Number(refused.headers['retry-after']) > 0, 'Retry-After names the wait');
    assert.equal(statuses.indexOf(429), THROTTLE.address.failures, 'refused right after the address limit');
    assert.ok(statuses.slice(THROTTLE.address.failures).every((s) => s === 429));
    // The sprayer's address only: a real user elsewhere signs in.
    assert.equal((await login('demo.pokja', DEMO_PASSWORD, '198.51.100.20')).statusCode, 200);
  });

  test('guessing from many addresses holds strangers back, not a browser that signed in before', async () => {
    const known = await login('demo.reviewer', DEMO_PASSWORD, OFFICE);
    assert.equal(known.statusCode, 200);
    const device = cookieOf(known, 'setara_device');
    for (let i = 0; i < THROTTLE.account.failures; i++) {
      const res = await login('demo.reviewer', `guess-number-${i}`, `192.0.2.${i + 1}`);
      assert.equal(res.statusCode, 401);
    }
    const stranger = await login('demo.reviewer', DEMO_PASSWORD, '198.51.100.99');
    assert.equal(stranger.statusCode, 429, 'a new browser waits while the account is being guessed');
    assert.ok(Number(stranger.headers['retry-after']) > 0);
    const sameBrowser = await login('demo.reviewer', DEMO_PASSWORD, '198.51.100.100', device);
    assert.equal(sameBrowser.statusCode, 200, sameBrowser.body);
  });

  test('a device cookie the server never issued earns no trust', async () => {
    const res = await login('demo.operator', DEMO_PASSWORD, OFFICE, 'setara_device=' + 'A'.repeat(43));
    assert.equal(res.statusCode, 200);
    assert.notEqual(cookieOf(res, 'setara_device'), 'setara_device=' + 'A'.repeat(43));
  });

  test('signing in again ends the old session and issues a new token', async () => {
    const first = cookieOf(await login('demo.provinsi', DEMO_PASSWORD, OFFICE), 'setara_session');
    const again = await login('demo.provinsi', DEMO_PASSWORD, OFFICE, first);
    assert.equal(again.statusCode, 200);
    const second = cookieOf(again, 'setara_session');
    assert.notEqual(second, first);
    assert.equal((await t.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).statusCode, 401);
    assert.equal((await t.app.inject({ url: '/api/auth/me', headers: { cookie: second } })).statusCode, 200);
  });

  test('a stolen session cannot be used to guess the password: wrong current passwords count', async () => {
    const signedIn = await login('demo.admin', DEMO_PASSWORD, ATTACKER);
    const cookie = cookieOf(signedIn, 'setara_session');
    const change = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword, newPassword: 'kopi-tubruk-di-teluk' },
        remoteAddress: ATTACKER,
        headers: { cookie },
      });
    for (let i = 0; i < THROTTLE.pair.failures; i++)
      assert.equal((await change(`tebakan-ke-${i}`)).statusCode, 422);
    const locked = await change(DEMO_PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    assert.equal(
      (await login('demo.admin', DEMO_PASSWORD, OFFICE)).statusCode,
      200,
      'the owner elsewhere is not',
    );
  });

  test('counters whose window and lock have ended are removed', async () => {
    await t.database.db.execute(
      sql`insert into login_throttle (login_key, failures, first_failure_at, locked_until)
          values ('pair:old@192.0.2.200', 5, now() - interval '2 days', now() - interval '1 day'),
                 ('addr:192.0.2.201', 3, now() - interval '2 days', null),
                 ('acct:name:still.counting', 12, now() - interval '2 hours', null)`,
    );
    // The sign-in path runs this at most once a minute per server.
    await removeExpiredCounters(t.database.db);
    const left = await countOf(
      t,
      sql`select count(*) from login_throttle where login_key like '%192.0.2.20_'`,
    );
    assert.equal(left, 0);
    const kept = await countOf(
      t,
      sql`select count(*) from login_throttle where login_key = 'acct:name:still.counting'`,
    );
    assert.equal(kept, 1, 'an account counter inside its 24-hour window is kept');
  });
});
