import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp } from '../test-support/test-app.js';
import { migrate } from './migrate.js';
import { regions } from './schema.js';

test('reference data is rewritten only when the shipped version changes', async () => {
  const t = await createTestApp({ demo: false });
  try {
    const { db } = t.database;
    const paluName = async () => (await db.select().from(regions).where(eq(regions.code, '72.71')))[0].name;
    await db.update(regions).set({ name: 'Kota Palu (diubah)' }).where(eq(regions.code, '72.71'));
    await migrate(t.database);
    assert.equal(await paluName(), 'Kota Palu (diubah)', 'an unchanged version is not reloaded');
    await db.execute(sql`update settings set value = '"older"' where key = 'reference_data_version'`);
    await migrate(t.database);
    assert.equal(await paluName(), 'Kota Palu', 'a new version reloads the official names');
  } finally {
    await t.close();
  }
});
