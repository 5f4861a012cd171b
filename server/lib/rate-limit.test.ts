/**
 * API rate limits: per address for the public, per user when signed in, per address for
 * sign-in; 429 with Retry-After in the API's error shape; one count across app servers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { countOf, createTestApp, type TestApp } from '../test-support/test-app.js';
import type { ZodApp } from './context.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

describe('API rate limits', () => {
  let t: TestApp;
  let secondServer: ZodApp;
  before(async () => {
    t = await createTestApp({
      env: {
        RATE_LIMIT_ANON_PER_MINUTE: '4',
        RATE_LIMIT_USER_PER_MINUTE: '6',
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '3',
        RATE_LIMIT_SYNC_MS: '0',
      },
    });
    // Another app server on the same database, as behind a load balancer.
    secondServer = await buildApp(t.database, t.config);
    await secondServer.ready();
  });
  after(async () => {
    await secondServer.close();
    await t.close();
  });

  const get = (app: ZodApp, from: string, cookie?: string) =>
    app.inject({ url: '/api/regions/72', remoteAddress: from, headers: cookie ? { cookie } : {} });

  test('the anonymous public is limited per address: 429, Retry-After, the API error shape', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await get(t.app, '192.0.2.1')).statusCode, 200);
    const over = await get(t.app, '192.0.2.1');
    assert.equal(over.statusCode, 429);
    const wait = Number(over.headers['retry-after']);
    assert.ok(wait > 0 && wait <= 60, `Retry-After ${over.headers['retry-after']}`);
    assert.equal(over.json().error.code, 'rate_limited');
    assert.match(over.json().error.message, /Coba lagi dalam \d+ detik/);
    assert.equal((await get(t.app, '192.0.2.2')).statusCode, 200, 'another address has its own allowance');
    for (const probe of ['/api/health', '/api/health/live', '/api/health/ready'])
      assert.equal((await t.app.inject({ url: probe, remoteAddress: '192.0.2.1' })).statusCode, 200, probe);
  });

  test('a percent-encoded path to an /api route is counted like the plain one', async () => {
    const encoded = () => t.app.inject({ url: '/%61pi/regions/72', remoteAddress: '192.0.2.5' });
    for (let i = 0; i < 4; i++) assert.equal((await encoded()).statusCode, 200);
    assert.equal((await encoded()).statusCode, 429);
  });

  test('app servers share one count through the database', async () => {
    for (let i = 0; i < 2; i++) assert.equal((await get(t.app, '192.0.2.3')).statusCode, 200);
    for (let i = 0; i < 2; i++) assert.equal((await get(secondServer, '192.0.2.3')).statusCode, 200);
    assert.equal((await get(secondServer, '192.0.2.3')).statusCode, 429);
    assert.equal((await get(t.app, '192.0.2.3')).statusCode, 429);
  });

  test('a signed-in user is counted by account, with the larger allowance', async () => {
    const cookie = await t.login('demo.pokja');
    for (let i = 0; i < 6; i++) assert.equal((await get(t.app, `192.0.2.${10 + i}`, cookie)).statusCode, 200);
    assert.equal((await get(t.app, '192.0.2.40', cookie)).statusCode, 429, 'new addresses do not reset it');
  });

  test('sign-in attempts are limited per address, whatever their outcome', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'demo.admin', password: 'Setara#Demo2026' },
        remoteAddress: '192.0.2.50',
      });
    for (let i = 0; i < 3; i++) assert.equal((await attempt()).statusCode, 200);
    const over = await attempt();
    assert.equal(over.statusCode, 429);
    assert.ok(Number(over.headers['retry-after']) > 0);
  });
});

describe('database rate-limit store', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(() => t.close());

  const hitsIn = (key: string) =>
    countOf(t, sql`select coalesce(sum(hits), 0) from rate_limit_hits where key = ${key}`);

  test('between syncs a server counts in memory: one write for a burst', async () => {
    const Store = databaseRateLimitStore(t.database.db, { syncMs: 60_000 });
    const store = new Store();
    let last = { current: 0, ttl: 0 };
    for (let i = 0; i < 50; i++) last = await store.hit('burst', 60_000);
    assert.equal(last.current, 50);
    assert.ok(last.ttl > 0 && last.ttl <= 60_000);
    assert.equal(await hitsIn('burst'), 1, 'only the first hit was written');
  });

  test('a route child with syncMs 0 writes every hit', async () => {
    const Store = databaseRateLimitStore(t.database.db, { syncMs: 60_000 });
    const exact = new Store().child({ syncMs: 0 });
    for (let i = 0; i < 5; i++) await exact.hit('exact', 60_000);
    assert.equal(await hitsIn('exact'), 5);
  });

  test('an ended window starts again at 1, and ended rows are removed', async () => {
    await t.database.db.execute(
      sql`insert into rate_limit_hits (key, hits, reset_at) values ('ended', 99, now() - interval '1 second'),
          ('stale', 7, now() - interval '1 hour')`,
    );
    const Store = databaseRateLimitStore(t.database.db, { syncMs: 0 });
    const result = await new Store().hit('ended', 60_000);
    assert.equal(result.current, 1);
    assert.equal(await countOf(t, sql`select count(*) from rate_limit_hits where key = 'stale'`), 0);
  });
});
