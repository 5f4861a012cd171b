/**
 * node-postgres queues a second query sent to a busy client, but warns that pg@9 will stop
 * doing so. A Promise.all inside a transaction (one client) must keep working after that.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp } from '../test-support/test-app.js';

const rowsOf = (result: unknown) => (result as { rows: { n: number }[] }).rows;

test(
  'PostgreSQL: concurrent queries on one client (transaction, session) run one after another, without the pg@9 deprecation',
  { skip: process.env.TEST_DATABASE_URL ? false : 'runs against PostgreSQL (TEST_DATABASE_URL)' },
  async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    const t = await createTestApp({ demo: false });
    try {
      const inTx = await t.database.db.transaction((tx) =>
        Promise.all(
          [1, 2, 3, 4].map((n) => tx.execute(sql`select ${n}::int as n from pg_sleep(${n % 2 ? 0.02 : 0})`)),
        ),
      );
      assert.deepEqual(
        inTx.map((r) => rowsOf(r)[0].n),
        [1, 2, 3, 4],
      );
      const inSession = await t.database.withSession(({ db }) =>
        Promise.all([5, 6, 7].map((n) => db.execute(sql`select ${n}::int as n`))),
      );
      assert.deepEqual(
        inSession.map((r) => rowsOf(r)[0].n),
        [5, 6, 7],
      );
      // A failed query does not stall the ones queued behind it.
      const outcomes = await t.database.withSession(({ db }) =>
        Promise.allSettled([db.execute(sql`select 1/0`), db.execute(sql`select 8::int as n`)]),
      );
      assert.equal(outcomes[0].status, 'rejected');
      assert.equal(outcomes[1].status, 'fulfilled');
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(
        warnings.filter((w) => /already executing a query/.test(w)),
        [],
      );
    } finally {
      process.off('warning', onWarning);
      await t.close();
    }
  },
);
