/**
 * Health's replica entry. A real hot standby is exercised by scripts/scale-out/run.sh (a
 * pg_basebackup replica); here: no replica, a read URL naming a server that is not a standby,
 * and a replica that is gone — which is reported but never turns the server away.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../app.js';
import type { ZodApp } from '../lib/context.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { replicaLag } from './replica-lag.js';

describe('replica lag in health', () => {
  let primary: TestApp;
  let other: TestApp;
  const apps: ZodApp[] = [];
  before(async () => {
    primary = await createTestApp({ demo: false });
    other = await createTestApp({ demo: false });
  });
  after(async () => {
    for (const app of apps) await app.close();
    await primary.close();
    await other.close();
  });

  async function healthWith(readDb: TestApp['database']['db']) {
    const app = await buildApp({ ...primary.database, readDb, hasReplica: true }, primary.config);
    apps.push(app);
    const res = await app.inject({ url: '/api/health' });
    return { status: res.statusCode, body: res.json() };
  }

  test('without DATABASE_READ_URL health has no replica entry', async () => {
    assert.equal(await replicaLag(primary.database), null);
    const res = await primary.app.inject({ url: '/api/health/ready' });
    assert.equal(res.statusCode, 200);
    assert.equal('replica' in res.json(), false);
  });

  test('a read URL naming a server that is not a standby is reported as such', async () => {
    const { status, body } = await healthWith(other.database.db);
    assert.equal(status, 200);
    assert.deepEqual(body.replica, { state: 'not_standby', lagSeconds: null, replayBytes: null });
  });

  test('an unreachable replica is reported, and the server stays ready', async () => {
    const gone = await createTestApp({ demo: false });
    await gone.close();
    const { status, body } = await healthWith(gone.database.db);
    assert.equal(status, 200);
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.replica, { state: 'unreachable', lagSeconds: null, replayBytes: null });
  });
});
