/**
 * The combination ids of checked values, interned in batches: every value reaches the staging
 * file in row order with its key's id, also when the bounded key → id cache starts afresh.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { comboKey } from '../../../domain/combo.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { internCombos } from '../values/combos.js';
import { ComboIdWriter } from './combo-ids.js';
import type { CheckedValue } from './row-check.js';

describe('combination ids of an import', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(() => t.close());

  const value = (members: Record<string, string>): CheckedValue => ({
    regionCode: '72.71',
    indicatorCode: 'X',
    period: '2024',
    sex: 'P',
    comboKey: comboKey(members),
    members,
    value: '1',
    note: null,
  });

  test('values keep their order and get their own key’s id through batches and cache resets', async () => {
    const written: { row: number; key: string; id: number }[] = [];
    const sink = {
      write: async (row: number, v: CheckedValue, id: number) =>
        void written.push({ row, key: v.comboKey, id }),
    };
    const writer = new ComboIdWriter((keys) => internCombos(t.database.db, keys), sink, {
      batchKeys: 3,
      batchValues: 5,
      maxCached: 4,
    });
    // a, b, c fill the cache; then a waits beside d, e, f, whose batch overflows the cache: it
    // starts afresh, and a — known a moment ago — must be asked for again. '' is no key at all.
    const sequence = ['a', 'b', 'c', 'a', 'd', 'e', 'f', '', 'a', 'g', 'b', 'h', 'i', 'j', 'c', 'k'];
    const keys: string[] = [];
    for (const [i, member] of sequence.entries()) {
      const members: Record<string, string> = member === '' ? {} : { umur8: member };
      keys.push(comboKey(members));
      await writer.write(i + 1, value(members));
    }
    await writer.flush();
    assert.deepEqual(
      written.map((w) => [w.row, w.key]),
      keys.map((k, i) => [i + 1, k]),
    );
    const stored = (await t.database.db.execute(sql`select key, id from dimension_combos`)) as unknown as {
      rows: { key: string; id: number }[];
    };
    // The empty combination is id 0 by definition (the demo seed stores it; this database is bare).
    const ids = new Map([['', 0], ...stored.rows.map((r) => [r.key, r.id] as const)]);
    for (const w of written) assert.equal(w.id, ids.get(w.key), w.key);
    assert.equal(ids.size, new Set(keys).size, 'only the keys the values brought');
  });

  test('once the file has an error, what waits is dropped', async () => {
    const written: number[] = [];
    const writer = new ComboIdWriter((keys) => internCombos(t.database.db, keys), {
      write: async (row) => void written.push(row),
    });
    await writer.write(1, value({ umur8: '0-4' }));
    writer.discard();
    await writer.flush();
    assert.deepEqual(written, []);
  });
});
