/**
 * Test data beyond the Kota Palu demo, for explore's tests: an indicator with two dimensions
 * and a rate over it (the starter catalog has neither), values for a second kab/kota of the
 * province (Donggala, 72.03), and a value stored for the province itself.
 */
import { sql } from 'drizzle-orm';
import { indicators } from '../../db/schema-data.js';
import type { TestApp } from '../../test-support/test-app.js';

export const TWO_DIMS = 'TST_DUA_DIMENSI';
export const TWO_DIMS_RATE = 'TST_RASIO_UMUR';

const base = {
  nameEn: 'Test',
  domainGroup: 'kependudukan',
  source: 'administrative',
  sexes: ['P', 'L'],
};

/** [region, indicator, sex, combo key, value] */
type Value = [string, string, 'P' | 'L', string, string];

const VALUES: Value[] = [
  ['72.71', TWO_DIMS, 'P', 'disabilitas=ya;umur8=15-24', '10'],
  ['72.71', TWO_DIMS, 'L', 'disabilitas=ya;umur8=15-24', '20'],
  ['72.71', TWO_DIMS, 'P', 'disabilitas=tidak;umur8=15-24', '2'],
  ['72.71', TWO_DIMS, 'L', 'disabilitas=tidak;umur8=15-24', '4'],
  ['72.03', 'KDD_PENDUDUK', 'P', 'umur8=0-4', '100'],
  ['72.03', 'KDD_PENDUDUK', 'L', 'umur8=0-4', '110'],
  ['72.03', 'KDD_PENDUDUK', 'P', 'umur8=5-14', '200'],
  ['72.03', 'KDD_PENDUDUK', 'L', 'umur8=5-14', '190'],
  ['72.03', 'KES_JKN_PESERTA', 'P', '', '250'],
  ['72.03', 'KES_JKN_PESERTA', 'L', '', '260'],
  ['72', 'KES_UHH', 'P', '', '71.5'],
  ['72', 'KES_UHH', 'L', '', '68.2'],
];

export async function addTestData(t: TestApp): Promise<void> {
  const db = t.database.db;
  await db.insert(indicators).values([
    {
      ...base,
      code: TWO_DIMS,
      nameId: 'Uji: jumlah menurut umur dan disabilitas',
      unit: 'orang',
      aggregation: 'sum',
      dimensions: ['umur8', 'disabilitas'],
    },
    {
      ...base,
      code: TWO_DIMS_RATE,
      nameId: 'Uji: rasio menurut umur',
      unit: 'persen',
      aggregation: 'ratio',
      numeratorCode: TWO_DIMS,
      denominatorCode: 'KDD_PENDUDUK',
      multiplier: '100',
      decimals: 2,
      dimensions: ['umur8'],
    },
  ]);
  for (const [region, indicator, sex, key, value] of VALUES) {
    if (key !== '') {
      const members = Object.fromEntries(key.split(';').map((p) => p.split('=')));
      await db.execute(
        sql`insert into dimension_combos (key, members) values (${key}, ${JSON.stringify(members)}::jsonb) on conflict do nothing`,
      );
    }
    await db.execute(sql`
      insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
      values (${region}, ${indicator}, '2024', ${sex},
              (select id from dimension_combos where key = ${key}), ${value}, 'verified')`);
  }
}
