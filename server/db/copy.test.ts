import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { copyIntoPglite } from './copy.js';
import { openDatabase } from './connection.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i}\tname ${i}\t${i % 3 ? '\\N' : 'x'}\n`);

test('PGlite COPY in pieces cut at line ends loads every row once', async () => {
  const client = await PGlite.create('memory://');
  try {
    await client.query('create table t (n int primary key, name text, extra text)');
    // Chunks of odd sizes, and a last line without its newline.
    const text = lines(1000).join('').slice(0, -1);
    const pieces = text.match(/[\s\S]{1,777}/g)!;
    const rows = await copyIntoPglite(client, 't', ['n', 'name', 'extra'], Readable.from(pieces), 1000);
    assert.equal(rows, 1000);
    const { rows: stats } = await client.query<{ c: number; nulls: number }>(
      'select count(*)::int as c, count(*) filter (where extra is null)::int as nulls from t',
    );
    assert.deepEqual(stats[0], { c: 1000, nulls: 666 });
  } finally {
    await client.close();
  }
});

test('a session copies into its own temp table on either driver', async () => {
  const url = process.env.TEST_DATABASE_URL ?? null;
  const database = await openDatabase({ databaseUrl: url, dataDir: 'memory://' });
  try {
    const count = await database.withSession(async (session) => {
      await session.db.execute(sql`create temp table copy_probe (n int, name text, extra text)`);
      const loaded = await session.copyFrom('copy_probe', ['n', 'name', 'extra'], Readable.from(lines(50)));
      const result = (await session.db.execute(
        sql`select count(*)::int as c from copy_probe`,
      )) as unknown as {
        rows: { c: number }[];
      };
      await session.db.execute(sql`drop table copy_probe`);
      assert.equal(loaded, 50);
      return result.rows[0].c;
    });
    assert.equal(count, 50);
  } finally {
    await database.close();
  }
});
