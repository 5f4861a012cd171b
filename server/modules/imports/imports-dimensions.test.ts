/**
 * An indicator whose dimensions multiply into a huge product — umur5 (16) × kecamatan (7,285
 * in the country) × disabilitas (2) × jenis_kekerasan (7) — through every path that used to
 * expand that product: the import check, the entry grid, the template and the breakdown.
 * Each must cost what the file's rows and the region's own members cost, or refuse with a
 * 422 naming the field when what was asked really is too large to show.
 *
 * The first test reproduces issue 8, finding 1: a 10-row import froze the server for about
 * 70 s and then ran it out of memory. The timeouts make it fail instead of hang.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { commit, upload } from './test-helpers.js';

const REGION = '72.71';
const DIMENSIONS = ['umur5', 'kecamatan', 'disabilitas', 'jenis_kekerasan'];
const HEADER = 'indicator_code;region_code;period;sex;umur5;kecamatan;disabilitas;jenis_kekerasan;value';
const AGES = ['0-4', '5-9', '10-14', '15-19', '20-24'];
const VIOLENCE = ['fisik', 'psikis', 'seksual', 'eksploitasi', 'trafficking', 'penelantaran', 'lainnya'];
/** Kota Palu has 8 kecamatan: 16 × 8 × 2 × 7 = 1,792 combinations, 3,584 cells with P and L. */
const PALU_KECAMATAN = Array.from({ length: 8 }, (_, i) => `${REGION}.0${i + 1}`);
const PALU_COMBOS = 16 * 8 * 2 * 7;

describe('an indicator with a country-sized dimension product', () => {
  let t: TestApp;
  let admin: string;
  let superadmin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    superadmin = await t.login('demo.superadmin');
  });
  after(() => t.close());

  const post = async (cookie: string, url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    assert.equal(res.statusCode, 201, res.body);
  };
  const createIndicator = (cookie: string, code: string, dimensions = DIMENSIONS) =>
    post(cookie, '/api/indicators', {
      code,
      nameId: 'Korban kekerasan menurut umur, kecamatan, disabilitas dan jenis kekerasan',
      nameEn: 'Victims of violence by age, district, disability and type of violence',
      unit: 'kasus',
      domainGroup: 'kekerasan_perempuan_anak',
      source: 'administrative',
      aggregation: 'sum',
      dimensions,
    });

  /** `n` distinct rows of the indicator for a region, cycling through the given kecamatan. */
  const rows = (code: string, region: string, n: number, kecamatan = PALU_KECAMATAN, period = '2024') =>
    Array.from({ length: n }, (_, i) =>
      [
        code,
        region,
        period,
        i % 2 ? 'L' : 'P',
        AGES[Math.floor(i / 2) % AGES.length],
        kecamatan[i % kecamatan.length],
        i % 3 ? 'tidak' : 'ya',
        VIOLENCE[i % VIOLENCE.length],
        String(i + 1),
      ].join(';'),
    );

  test(
    'an admin daerah creates it and imports 10 rows (issue 8: the server froze, then ran out of memory)',
    { timeout: 30_000 },
    async () => {
      await createIndicator(admin, 'PALU_KORBAN_KEC');
      const csv = [HEADER, ...rows('PALU_KORBAN_KEC', REGION, 10)].join('\r\n');
      const batch = await upload(t, admin, 'korban.csv', csv);
      assert.equal(batch.status, 'checked', JSON.stringify(batch.errors));
      assert.equal(batch.errorCount, 0, JSON.stringify(batch.errors.items));
      assert.deepEqual([batch.rowsTotal, batch.values], [10, 10]);
      assert.deepEqual(batch.comparison, { new: 10, changed: 0, unchanged: 0, at: 'check' });
      const done = await commit(t, admin, batch.id);
      assert.equal(done.status, 'committed', JSON.stringify(done.errors));
      const stored = await countOf(
        t,
        sql`select count(*) from data_values where indicator_code = 'PALU_KORBAN_KEC'`,
      );
      assert.equal(stored, 10);
      // Only the file's own combinations were interned, not the product of every member.
      const interned = await countOf(
        t,
        sql`select count(*) from dimension_combos where members ? 'jenis_kekerasan' and members ? 'umur5'`,
      );
      assert.ok(interned <= 10, `interned combinations: ${interned}`);
    },
  );

  test(
    'a row naming another kab/kota’s kecamatan, or leaving a dimension out, is refused by name',
    { timeout: 30_000 },
    async () => {
      const [good] = rows('PALU_KORBAN_KEC', REGION, 1, PALU_KECAMATAN, '2023');
      const csv = [
        HEADER,
        good,
        'PALU_KORBAN_KEC;72.71;2023;P;0-4;72.03.04;ya;fisik;3',
        'PALU_KORBAN_KEC;72.71;2023;L;0-4;72.71.02;;fisik;4',
      ].join('\r\n');
      const batch = await upload(t, admin, 'mixed.csv', csv);
      assert.deepEqual(
        batch.errors.items.map((e) => [e.row, e.column, e.code]),
        [
          [3, 'kecamatan', 'row_member_unknown'],
          [4, 'disabilitas', 'row_member_missing'],
        ],
      );
    },
  );

  test(
    'a superadmin’s rows of a national indicator take each row’s own region’s kecamatan',
    { timeout: 30_000 },
    async () => {
      await createIndicator(superadmin, 'NAS_KORBAN_KEC');
      const lines = [
        HEADER,
        ...rows('NAS_KORBAN_KEC', REGION, 3),
        ...rows('NAS_KORBAN_KEC', '72.03', 3, ['72.03.04', '72.03.06', '72.03.08']),
      ];
      const wrong = 'NAS_KORBAN_KEC;72.03;2025;P;0-4;72.71.01;ya;fisik;3';
      const refused = await upload(t, superadmin, 'national.csv', [...lines, wrong].join('\r\n'));
      assert.deepEqual(
        refused.errors.items.map((e) => [e.row, e.column, e.code]),
        [[8, 'kecamatan', 'row_member_unknown']],
      );
      const ok = await upload(t, superadmin, 'national.csv', lines.join('\r\n'));
      assert.equal(ok.errorCount, 0, JSON.stringify(ok.errors.items));
      assert.equal(ok.values, 6);
    },
  );

  test('the entry grid offers the region’s own kecamatan only', { timeout: 30_000 }, async () => {
    const res = await t.app.inject({
      url: `/api/regions/${REGION}/entry?period=2024`,
      headers: { cookie: admin },
    });
    assert.equal(res.statusCode, 200, res.body);
    const grid = res.json() as {
      indicators: { indicator: { code: string }; cells: { members: Record<string, string> }[] }[];
    };
    const own = grid.indicators.find((i) => i.indicator.code === 'PALU_KORBAN_KEC')!;
    assert.equal(own.cells.length, 2 * PALU_COMBOS);
    assert.ok(own.cells.every((c) => c.members.kecamatan.startsWith(`${REGION}.`)));
  });

  test('a grid too large to show is refused with a 422 naming the field', { timeout: 30_000 }, async () => {
    // At the province the national indicator spans its 177 kecamatan: 79,296 cells alone.
    const grid = await t.app.inject({
      url: '/api/regions/72/entry?period=2024',
      headers: { cookie: superadmin, 'accept-language': 'en' },
    });
    assert.equal(grid.statusCode, 422, grid.body);
    assert.equal(
      grid.json().error.fields.indicators,
      'Too many cells to show at once; pick fewer indicators.',
    );
    assert.match(
      grid.json().error.message,
      /^\d+ cells exceed the limit of 20000: indicator NAS_KORBAN_KEC /,
    );
  });

  test(
    'the region’s template lists its own combinations and imports back unchanged',
    { timeout: 60_000 },
    async () => {
      const res = await t.app.inject({
        url: `/api/regions/${REGION}/imports/template?period=2024&format=csv&indicators=PALU_KORBAN_KEC`,
        headers: { cookie: admin },
      });
      assert.equal(res.statusCode, 200, res.body);
      const lines = res.body.trim().split('\r\n');
      assert.equal(lines.length, 1 + 2 * PALU_COMBOS);
      const batch = await upload(t, admin, 'template.csv', res.rawPayload);
      assert.equal(batch.errorCount, 0, JSON.stringify(batch.errors.items));
      assert.deepEqual(batch.comparison, { new: 0, changed: 0, unchanged: 10, at: 'check' });
    },
  );

  test('a breakdown by kecamatan lists the region’s own districts, not the country’s', async () => {
    const res = await t.app.inject({
      url: `/api/explore/breakdown?region=${REGION}&indicator=PALU_KORBAN_KEC&period=2024&dimension=kecamatan`,
      headers: { cookie: admin },
    });
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { member: string; p: number | null; l: number | null }[];
    assert.deepEqual(
      items.map((i) => i.member),
      PALU_KECAMATAN,
    );
    assert.equal(
      items.reduce((sum, i) => sum + (i.p ?? 0) + (i.l ?? 0), 0),
      55,
    );
  });

  // Last: the indicator made here is too large for any grid or template of every region.
  test(
    'a template too large to build is refused with a 422 naming the field',
    { timeout: 30_000 },
    async () => {
      await post(superadmin, '/api/dimension-sets', {
        code: 'desa_sampel',
        nameId: 'Desa sampel',
        nameEn: 'Sample villages',
        members: Array.from({ length: 200 }, (_, i) => ({
          code: `d${i}`,
          labelId: `D${i}`,
          labelEn: `D${i}`,
        })),
      });
      // 200 × 16 × 7 × 5 = 112,000 combinations: 224,000 cells in every region.
      await createIndicator(superadmin, 'NAS_DESA_SAMPEL', [
        'desa_sampel',
        'umur5',
        'jenis_kekerasan',
        'kelompok_sasaran',
      ]);
      for (const format of ['csv', 'xlsx']) {
        const template = await t.app.inject({
          url: `/api/regions/${REGION}/imports/template?period=2024&format=${format}&indicators=NAS_DESA_SAMPEL`,
          headers: { cookie: admin },
        });
        assert.equal(template.statusCode, 422, template.body);
        assert.ok(template.json().error.fields.indicators, template.body);
        assert.match(template.json().error.message, /NAS_DESA_SAMPEL/);
      }
    },
  );
});
