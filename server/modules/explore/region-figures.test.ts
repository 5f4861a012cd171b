/**
 * GET /api/explore/regions: roll-ups by each aggregation rule, stored vs rolled-up figures,
 * ranks with ties, the change since the year before, bad input, and who may read it. The
 * indicators and values are this test's own (RU_*), so every expected figure below is
 * computed by hand from the table in `VALUES`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { indicators } from '../../db/schema-data.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const base = {
  nameEn: 'Roll-up test',
  domainGroup: 'kependudukan',
  source: 'administrative',
  sexes: ['P', 'L'],
};

/** [region, indicator, period, sex, value] — all without other dimensions (combo 0). */
const VALUES: [string, string, string, 'P' | 'L', string][] = [
  // RU_N (count): three kab/kota of Sulawesi Tengah (72), one of Sulawesi Selatan (73).
  ['72.71', 'RU_N', '2024', 'P', '10'],
  ['72.71', 'RU_N', '2024', 'L', '20'],
  ['72.03', 'RU_N', '2024', 'P', '5'],
  ['72.03', 'RU_N', '2024', 'L', '5'],
  ['72.01', 'RU_N', '2024', 'P', '7'],
  ['72.01', 'RU_N', '2024', 'L', '3'],
  ['73.71', 'RU_N', '2024', 'P', '1'],
  ['73.71', 'RU_N', '2024', 'L', '2'],
  // Stored for the province and the nation themselves (published figures).
  ['72', 'RU_N', '2024', 'P', '25'],
  ['72', 'RU_N', '2024', 'L', '30'],
  ['ID', 'RU_N', '2024', 'P', '30'],
  ['ID', 'RU_N', '2024', 'L', '30'],
  // The year before: Donggala (72.03) has none.
  ['72.71', 'RU_N', '2023', 'P', '8'],
  ['72.71', 'RU_N', '2023', 'L', '12'],
  ['72.01', 'RU_N', '2023', 'P', '4'],
  ['72.01', 'RU_N', '2023', 'L', '6'],
  // RU_D (count, the rate's denominator): Banggai (72.01) lacks P.
  ['72.71', 'RU_D', '2024', 'P', '40'],
  ['72.71', 'RU_D', '2024', 'L', '50'],
  ['72.03', 'RU_D', '2024', 'P', '10'],
  ['72.03', 'RU_D', '2024', 'L', '10'],
  ['72.01', 'RU_D', '2024', 'L', '20'],
  // RU_IDX (none): a survey figure of Palu and of the province.
  ['72.71', 'RU_IDX', '2024', 'P', '70.5'],
  ['72.71', 'RU_IDX', '2024', 'L', '68.25'],
  ['72', 'RU_IDX', '2024', 'P', '71'],
  ['72', 'RU_IDX', '2024', 'L', '69'],
];

interface Row {
  regionCode: string;
  parentCode: string | null;
  total: number | null;
  female: number | null;
  male: number | null;
  gap: number | null;
  ratio: number | null;
  source: string | null;
  previousTotal: number | null;
  change: number | null;
  rank: number | null;
}
interface Figure {
  total: number | null;
  female: number | null;
  male: number | null;
}
interface Answer {
  indicator: { code: string; aggregation: string };
  year: number;
  previousYear: number;
  scope: { code: string | null; name: string };
  level: string;
  rows: Row[];
  scopeFigure: { rolledUp: Figure | null; stored: Figure; difference: Figure; reporting: number; of: number };
}

describe('explore: region figures (ranking, roll-ups, stored vs rolled up)', () => {
  let t: TestApp;
  let superadmin: string;
  let provinsi: string;
  let admin: string;
  const get = (cookie: string | null, url: string) =>
    t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const figures = async (query: string, cookie = superadmin): Promise<Answer> => {
    const res = await get(cookie, `/api/explore/regions?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const row = (a: Answer, code: string) => a.rows.find((r) => r.regionCode === code)!;

  before(async () => {
    t = await createTestApp();
    [superadmin, provinsi, admin] = await Promise.all(
      ['demo.superadmin', 'demo.provinsi', 'demo.admin'].map((u) => t.login(u)),
    );
    const db = t.database.db;
    await db.insert(indicators).values([
      { ...base, code: 'RU_N', nameId: 'Uji: pembilang', unit: 'orang', aggregation: 'sum' },
      { ...base, code: 'RU_D', nameId: 'Uji: penyebut', unit: 'orang', aggregation: 'sum' },
      {
        ...base,
        code: 'RU_RATE',
        nameId: 'Uji: rasio',
        unit: 'persen',
        aggregation: 'ratio',
        numeratorCode: 'RU_N',
        denominatorCode: 'RU_D',
        multiplier: '100',
        decimals: 2,
      },
      { ...base, code: 'RU_IDX', nameId: 'Uji: indeks', unit: 'indeks', aggregation: 'none', decimals: 2 },
    ]);
    for (const [region, indicator, period, sex, value] of VALUES) {
      await db.execute(sql`
        insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
        values (${region}, ${indicator}, ${period}, ${sex}, 0, ${value}, 'verified')`);
    }
  });
  after(() => t.close());

  test("a province's kab/kota: counts, gap, ranks with ties, change, roll-up vs stored", async () => {
    const a = await figures('indicator=RU_N&year=2024&scope=72&level=kabkota');
    assert.deepEqual([a.year, a.previousYear, a.scope.code, a.level], [2024, 2023, '72', 'kabkota']);
    assert.equal(a.rows.length, 13, 'every kab/kota of Sulawesi Tengah, with or without a value');
    assert.ok(a.rows.every((r) => r.parentCode === '72'));
    assert.deepEqual(row(a, '72.71'), {
      ...row(a, '72.71'),
      total: 30,
      female: 10,
      male: 20,
      gap: -10,
      ratio: 0.5,
      source: 'stored',
      previousTotal: 20,
      change: 10,
      rank: 1,
    });
    // 72.03 and 72.01 both total 10: they share rank 2.
    assert.deepEqual(
      ['72.03', '72.01', '72.02'].map((c) => [
        row(a, c).total,
        row(a, c).rank,
        row(a, c).previousTotal,
        row(a, c).change,
      ]),
      [
        [10, 2, null, null],
        [10, 2, 10, 0],
        [null, null, null, null],
      ],
    );
    assert.equal(row(a, '72.02').source, null);
    // Rolled up: P 10+5+7 = 22, L 20+5+3 = 28; stored for 72: P 25, L 30.
    assert.deepEqual(a.scopeFigure, {
      rolledUp: { total: 50, female: 22, male: 28 },
      stored: { total: 55, female: 25, male: 30 },
      difference: { total: 5, female: 3, male: 2 },
      reporting: 3,
      of: 13,
    });
  });

  test('a rate rolls up from its summed parts, only over kab/kota with both parts', async () => {
    const a = await figures('indicator=RU_RATE&year=2024&scope=72&level=kabkota');
    assert.deepEqual(
      ['72.71', '72.03', '72.01'].map((c) => [row(a, c).female, row(a, c).male, row(a, c).total]),
      [
        [25, 40, 33.33], // 10/40, 20/50, 30/90
        [50, 50, 50],
        [null, 15, null], // no P denominator: no P rate, no total
      ],
    );
    // P: (10 + 5) / (40 + 10) = 30 %; L: (20 + 5 + 3) / (50 + 10 + 20) = 35 %;
    // total: (15 + 28) / (50 + 80) = 33.08 % — not the mean of the kab/kota rates.
    assert.deepEqual(a.scopeFigure.rolledUp, { total: 33.08, female: 30, male: 35 });
    // The province stored its numerator only, so it has no rate of its own to compare.
    assert.deepEqual(a.scopeFigure.stored, { total: null, female: null, male: null });
    assert.deepEqual(a.scopeFigure.difference, { total: null, female: null, male: null });
    assert.equal(a.scopeFigure.reporting, 3);
  });

  test('an indicator whose aggregation is none has no roll-up, only what was stored', async () => {
    const a = await figures('indicator=RU_IDX&year=2024&scope=72&level=kabkota');
    assert.equal(a.indicator.aggregation, 'none');
    const palu = row(a, '72.71');
    assert.deepEqual(
      [palu.female, palu.male, palu.gap, palu.total, palu.rank],
      [70.5, 68.25, 2.25, null, null],
    );
    assert.deepEqual(a.scopeFigure, {
      rolledUp: null,
      stored: { total: null, female: 71, male: 69 },
      difference: { total: null, female: null, male: null },
      reporting: 0,
      of: 13,
    });
    const provinces = await figures('indicator=RU_IDX&year=2024&scope=national&level=provinsi');
    assert.deepEqual([row(provinces, '72').female, row(provinces, '72').source], [71, 'stored']);
    assert.equal(row(provinces, '73').source, null, 'never rolled up from its kab/kota');
  });

  test('the provinces of the nation: stored where stored, else rolled up; the nation from them', async () => {
    const a = await figures('indicator=RU_N&year=2024&scope=national&level=provinsi');
    assert.equal(a.scope.code, null);
    assert.equal(a.rows.length, 38);
    assert.ok(a.rows.every((r) => r.parentCode === 'ID'));
    assert.deepEqual(
      ['72', '73', '11'].map((c) => [row(a, c).total, row(a, c).source, row(a, c).rank]),
      [
        [55, 'stored', 1],
        [3, 'rolled_up', 2],
        [null, null, null],
      ],
    );
    // 2023: 72 stored nothing, so its kab/kota roll up: 20 + 10.
    assert.deepEqual([row(a, '72').previousTotal, row(a, '72').change], [30, 25]);
    // The nation from the provinces' figures: P 25 + 1, L 30 + 2; stored for ID: 30 and 30.
    assert.deepEqual(a.scopeFigure, {
      rolledUp: { total: 58, female: 26, male: 32 },
      stored: { total: 60, female: 30, male: 30 },
      difference: { total: 2, female: 4, male: -2 },
      reporting: 2,
      of: 38,
    });
    const rate = await figures('indicator=RU_RATE&year=2024&scope=national&level=provinsi');
    assert.deepEqual(
      [row(rate, '72').female, row(rate, '72').male, row(rate, '72').total, row(rate, '72').source],
      [30, 35, 33.08, 'rolled_up'],
    );
  });

  test('every kab/kota of the nation', async () => {
    const a = await figures('indicator=RU_N&year=2024&scope=national&level=kabkota');
    const kabkota = (await t.database.db.execute(
      sql`select count(*)::int as n from regions where level = 'kabkota'`,
    )) as unknown as {
      rows: { n: number }[];
    };
    assert.equal(a.rows.length, kabkota.rows[0].n);
    assert.deepEqual(
      ['72.71', '72.03', '72.01', '73.71'].map((c) => row(a, c).rank),
      [1, 2, 2, 4],
    );
    assert.deepEqual(a.scopeFigure.rolledUp, { total: 53, female: 23, male: 30 });
    assert.deepEqual(a.scopeFigure.difference, { total: 7, female: 7, male: 0 });
    assert.equal(a.scopeFigure.reporting, 4);
  });

  test('a province and the nation over years: rolled up beside stored', async () => {
    const res = await get(superadmin, '/api/explore/rollup?indicator=RU_N&region=72&from=2022&to=2024');
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json();
    assert.deepEqual([a.region, a.rolledUpFrom], [{ code: '72', name: a.region.name }, 'kabkota']);
    const none = { total: null, female: null, male: null };
    assert.deepEqual(a.years, [
      { year: 2022, rolledUp: none, stored: none, difference: none, reporting: 0, of: 13 },
      // 2023: Palu 8 + 12 and Banggai 4 + 6; nothing stored for the province.
      {
        year: 2023,
        rolledUp: { total: 30, female: 12, male: 18 },
        stored: none,
        difference: none,
        reporting: 2,
        of: 13,
      },
      {
        year: 2024,
        rolledUp: { total: 50, female: 22, male: 28 },
        stored: { total: 55, female: 25, male: 30 },
        difference: { total: 5, female: 3, male: 2 },
        reporting: 3,
        of: 13,
      },
    ]);
    const nation = await get(superadmin, '/api/explore/rollup?indicator=RU_N&region=ID&from=2024&to=2024');
    assert.equal(nation.statusCode, 200, nation.body);
    assert.equal(nation.json().rolledUpFrom, 'provinsi');
    assert.deepEqual(nation.json().years[0].difference, { total: 2, female: 4, male: -2 });
    const bad: [string, number, string][] = [
      ['indicator=RU_N&region=72.71&from=2024&to=2024', 400, 'region'],
      ['indicator=RU_N&region=72&from=2025&to=2024', 400, 'to'],
      ['indicator=RU_N&region=72&from=1990&to=2020', 400, 'to'],
      ['indicator=RU_N&region=72&from=2024', 400, 'to'],
      ['indicator=RU_NOPE&region=72&from=2024&to=2024', 422, 'indicator'],
    ];
    for (const [query, status, field] of bad) {
      const r = await get(superadmin, `/api/explore/rollup?${query}`);
      assert.equal(r.statusCode, status, `${query}: ${r.body}`);
      assert.ok(r.json().error.fields?.[field], `${query} names ${field}: ${r.body}`);
    }
    const q = '/api/explore/rollup?indicator=RU_N&region=72&from=2024&to=2024';
    assert.equal((await get(provinsi, q)).statusCode, 200);
    assert.equal((await get(admin, q)).statusCode, 403);
    assert.equal((await get(provinsi, q.replace('region=72', 'region=ID'))).statusCode, 403);
  });

  test('bad input is refused with the field named', async () => {
    const cases: [string, number, string][] = [
      ['indicator=RU_NOPE&year=2024&scope=72&level=kabkota', 422, 'indicator'],
      ['indicator=%00&year=2024&scope=72&level=kabkota', 400, 'indicator'],
      ['indicator=RU_N&year=99999&scope=72&level=kabkota', 400, 'year'],
      ['indicator=RU_N&year=2024%00&scope=72&level=kabkota', 400, 'year'],
      ['indicator=RU_N&year=2024&scope=x&level=kabkota', 400, 'scope'],
      ['indicator=RU_N&year=2024&scope=72.71&level=kabkota', 400, 'scope'],
      ['indicator=RU_N&year=2024&scope=72&level=provinsi', 400, 'level'],
      ['indicator=RU_N&year=2024&scope=72&level=desa', 400, 'level'],
      ['indicator=RU_N&year=2024&scope=99&level=kabkota', 422, 'scope'],
      ['indicator=RU_N&year=2024&scope=72&level=kabkota&extra=1', 400, 'extra'],
    ];
    for (const [query, status, field] of cases) {
      const res = await get(superadmin, `/api/explore/regions?${query}`);
      assert.equal(res.statusCode, status, `${query}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${query} names ${field}: ${res.body}`);
    }
  });

  test('who may compare: the province for its kab/kota, the nation for superadmin only', async () => {
    const q = (scope: string, level: string) =>
      `/api/explore/regions?indicator=RU_N&year=2024&scope=${scope}&level=${level}`;
    assert.equal((await get(provinsi, q('72', 'kabkota'))).statusCode, 200);
    assert.equal((await get(provinsi, q('73', 'kabkota'))).statusCode, 403);
    assert.equal((await get(provinsi, q('national', 'provinsi'))).statusCode, 403);
    // A kab/kota reads its own region only: its neighbours are out of reach.
    assert.equal((await get(admin, q('72', 'kabkota'))).statusCode, 403);
    assert.equal((await get(null, q('72', 'kabkota'))).statusCode, 401);
    // Permission before existence: an unknown province is refused, not looked up.
    assert.equal((await get(provinsi, q('99', 'kabkota'))).statusCode, 403);
  });
});
