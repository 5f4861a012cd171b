import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestApp } from '../test-support/test-app.js';

test(
  'PostgreSQL: a pooled connection ended by the server does not crash the app',
  { skip: process.env.TEST_DATABASE_URL ? false : 'runs against PostgreSQL (TEST_DATABASE_URL)' },
  async () => {
    const t = await createTestApp({ demo: false });
    try {
      const result = (await t.database.db.execute(sql`select current_database() as name`)) as unknown as {
        rows: { name: string }[];
      };
      const name = result.rows[0].name;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      // Give the pool the moment it needs to notice; an unhandled 'error' would end the process.
      await new Promise((r) => setTimeout(r, 200));
      const health = await t.app.inject({ url: '/api/health' });
      assert.equal(health.statusCode, 200);
    } finally {
      await t.close();
    }
  },
);
