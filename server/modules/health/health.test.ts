/**
 * Health on the real app (PGlite, or PostgreSQL with TEST_DATABASE_URL): liveness apart from
 * readiness, and readiness naming what is wrong with a 503.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { codeSchemaVersion, compareSchema } from '../../db/schema-version.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('health', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(() => t.close());

  test('a migrated database is ready; /api/health keeps its status and database fields', async () => {
    for (const url of ['/api/health', '/api/health/ready']) {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.deepEqual(res.json(), {
        status: 'ok',
        database: t.database.kind,
        checks: { database: 'ok', schema: 'current' },
      });
    }
    const live = await t.app.inject({ url: '/api/health/live' });
    assert.deepEqual([live.statusCode, live.json()], [200, { status: 'ok' }]);
  });

  test('a database missing the last migration is "schema: behind" with 503; one never migrated too', async () => {
    const { lastAt } = codeSchemaVersion();
    await t.database.db.execute(
      sql`update drizzle.__drizzle_migrations set created_at = created_at - 1 where created_at = ${lastAt}`,
    );
    try {
      const res = await t.app.inject({ url: '/api/health' });
      assert.equal(res.statusCode, 503);
      assert.deepEqual(res.json().checks, { database: 'ok', schema: 'behind' });
      await t.database.db.execute(sql`alter table drizzle.__drizzle_migrations rename to moved_away`);
      const empty = await t.app.inject({ url: '/api/health/ready' });
      assert.equal(empty.statusCode, 503);
      assert.equal(empty.json().checks.schema, 'behind');
      await t.database.db.execute(sql`alter table drizzle.moved_away rename to __drizzle_migrations`);
    } finally {
      await t.database.db.execute(
        sql`update drizzle.__drizzle_migrations set created_at = ${lastAt} where created_at = ${lastAt! - 1}`,
      );
    }
    assert.equal((await t.app.inject({ url: '/api/health' })).statusCode, 200);
  });

  test('a database newer than the code is "ahead"', () => {
    const code = { migrations: 3, lastAt: 100 };
    assert.equal(compareSchema({ migrations: 4, lastAt: 101 }, code), 'ahead');
    assert.equal(compareSchema({ migrations: 0, lastAt: null }, code), 'behind');
    assert.equal(compareSchema({ migrations: 3, lastAt: 100 }, code), 'current');
  });
});

test('a database that is gone: readiness says "database: unreachable" with 503, liveness still 200', async () => {
  const t = await createTestApp({ demo: false });
  const close = t.database.close;
  await close();
  t.database.close = async () => {};
  try {
    const res = await t.app.inject({ url: '/api/health' });
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json(), {
      status: 'unavailable',
      database: t.database.kind,
      checks: { database: 'unreachable', schema: 'unknown' },
    });
    assert.equal((await t.app.inject({ url: '/api/health/live' })).statusCode, 200);
  } finally {
    await t.close().catch(() => {});
  }
});
