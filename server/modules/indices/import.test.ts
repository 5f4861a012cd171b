/**
 * Importing BPS static tables into index values: the province imports its kab/kota's IPG
 * components table by table (names as BPS writes them, codes, "-" for no figure, expenditure
 * in thousands), then the published IPG; Kota Palu's index is computed beside it. Refusals name
 * the row and the year with nothing stored: an unknown region, a region outside the importer's,
 * a value out of range, a header without years, an unknown component; an operator may not
 * import. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemoIndices } from '../../db/seed/demo-indices.js';
import { multipart } from '../imports/test-helpers.js';

const SOURCE = 'BPS Provinsi Sulawesi Tengah, tabel statis (uji)';
/** Kota Palu's row carries Kota Probolinggo 2021's published components (docs/indices-sources.md). */
const TABLES: Record<string, string> = {
  lifeExpectancyF:
    'Kabupaten/Kota;2022;2023\nKota Palu;72,1;72,27\nDonggala;69,5;-\nTojo Una-Una;68,2;68,4\n',
  lifeExpectancyM: 'Kabupaten/Kota;2022;2023\nKota Palu;68,1;68,3\n7203;65,0;65,2\n',
  expectedSchoolingF: 'Wilayah;2023\nKota Palu;13,59\n',
  expectedSchoolingM: 'Wilayah;2023\nKota Palu;13,91\n',
  meanSchoolingF: 'Wilayah;2023\nKota Palu;8,38\n',
  meanSchoolingM: 'Wilayah;2023\nKota Palu;9,68\n',
  // BPS's unit: thousands of Rupiah a year.
  expenditureF: 'Wilayah;2023\nKota Palu;11.876\n',
  expenditureM: 'Wilayah;2023\nKota Palu;12.636\n',
  published: 'Wilayah;2023\nKOTA PALU;96,01\nProvinsi Sulawesi Tengah;90,5\n',
};

describe('index table import', () => {
  let t: TestApp;
  let provinsi: string;
  let admin: string;
  let operator: string;
  const upload = (cookie: string, component: string, csv: string, code = '72', source = SOURCE) => {
    const file = multipart('tabel.csv', csv);
    return t.app.inject({
      method: 'POST',
      url: `/api/regions/${code}/indices/ipg/import?component=${component}&source=${encodeURIComponent(source)}`,
      headers: { ...file.headers, cookie },
      payload: file.payload,
    });
  };
  const stored = () => countOf(t, sql`select count(*) from index_values where index_code = 'ipg'`);

  before(async () => {
    t = await createTestApp();
    // These tests start from a Kota Palu without index values; the demo's own IPG (from its
    // data terpilah) is tested in server/db/seed/demo-indices.test.ts.
    await removeDemoIndices(t.database.db);
    provinsi = await t.login('demo.provinsi');
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
  });
  after(() => t.close());

  test('bad tables are refused naming row and year, with nothing stored', async () => {
    const cases: [string, string, string, string][] = [
      ['lifeExpectancyF', 'Wilayah;2023\nKota Palu;72\nKabupaten Atlantis;70\n', 'rows.3.wilayah', '72'],
      ['lifeExpectancyF', 'Wilayah;2023\nKota Palu;150\n', 'rows.2.2023', '72'],
      ['lifeExpectancyF', 'Wilayah;2023\nKota Palu;tujuh puluh\n', 'rows.2.2023', '72'],
      ['lifeExpectancyF', 'Wilayah;2023\nKota Palu;72\nPalu;71\n', 'rows.3.wilayah', '72'],
      ['lifeExpectancyF', 'Wilayah;2023\nKota Palu;=SUM(B2:B3)\n', 'rows.2.2023', '72'],
      ['lifeExpectancyF', 'Wilayah;Nilai\nKota Palu;72\n', 'columns.tahun', '72'],
      ['lifeExpectancyF', 'Wilayah;2023;2023*\nKota Palu;72;72,1\n', 'columns.2023', '72'],
      // Kota Palu's DP3A imports for Kota Palu only.
      ['lifeExpectancyF', 'Wilayah;2023\nKota Palu;72\nDonggala;69\n', 'rows.3.wilayah', '72.71'],
      ['uhh', 'Wilayah;2023\nKota Palu;72\n', 'component', '72'],
    ];
    for (const [component, csv, field, code] of cases) {
      const cookie = code === '72' ? provinsi : admin;
      const res = await upload(cookie, component, csv, code);
      assert.equal(res.statusCode, 422, `${field}: ${res.body}`);
      assert.ok(field in res.json().error.fields, `${field}: ${res.body}`);
    }
    assert.equal(await stored(), 0);
    assert.equal(
      (await upload(operator, 'lifeExpectancyF', TABLES.lifeExpectancyF!, '72.71')).statusCode,
      403,
    );
    const formula = await upload(
      provinsi,
      'lifeExpectancyF',
      TABLES.lifeExpectancyF!,
      '72',
      '=HYPERLINK("x")',
    );
    assert.ok(formula.statusCode === 200 || formula.statusCode === 400, formula.body);
  });

  test('table by table, the province fills its kab/kota; Kota Palu is computed beside BPS', async () => {
    await t.database.db.execute(sql`delete from index_values`);
    for (const [component, csv] of Object.entries(TABLES)) {
      const res = await upload(provinsi, component, csv);
      assert.equal(res.statusCode, 200, `${component}: ${res.body}`);
      const body = res.json();
      if (component === 'expenditureF') assert.equal(body.thousands, true);
      if (component === 'lifeExpectancyF') {
        // Donggala's 2023 "-" is no figure: 5 cells of 3 regions.
        assert.equal(body.cells, 5);
        assert.equal(body.regions, 3);
        assert.deepEqual(body.years, [2022, 2023]);
      }
    }
    const palu = (
      await t.app.inject({ method: 'GET', url: '/api/regions/72.71/indices/ipg', headers: { cookie: admin } })
    ).json();
    const y2023 = palu.rows.find((r: { year: number }) => r.year === 2023);
    assert.ok(Math.abs(y2023.computed - 96.01) < 0.02, String(y2023.computed));
    assert.equal(y2023.published, 96.01);
    assert.equal(y2023.publishedSource, SOURCE);
    assert.equal(y2023.components.expenditureF.value, 11_876_000);
    assert.equal(y2023.components.lifeExpectancyF.origin, 'imported');
    assert.equal(y2023.components.lifeExpectancyF.source, SOURCE);
    const y2022 = palu.rows.find((r: { year: number }) => r.year === 2022);
    assert.equal(y2022.computed, null);
    assert.ok(y2022.missing.includes('expenditureF'));
    const province = (
      await t.app.inject({ method: 'GET', url: '/api/regions/72/indices/ipg', headers: { cookie: provinsi } })
    ).json();
    assert.equal(province.rows[0].published, 90.5);
  });

  test("the template lists the regions the user may write and the five years before this one, in the user's language, and imports as filled in", async () => {
    await t.database.db.execute(sql`delete from index_values`);
    const template = async (cookie: string, code: string, lang = 'id') => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/regions/${code}/indices/ipg/import-template`,
        headers: { cookie, 'accept-language': lang },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-disposition']), /templat-ipg-/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return workbook;
    };
    const lastYear = new Date().getUTCFullYear() - 1;
    const province = await template(provinsi, '72');
    const table = province.worksheets[0]!;
    // exceljs answers a row's values from index 1.
    assert.deepEqual((table.getRow(1).values as unknown[]).slice(1), [
      'Wilayah',
      ...[4, 3, 2, 1, 0].map((back) => String(lastYear - back)),
    ]);
    const names = table.getColumn(1).values.slice(2) as string[];
    assert.equal(names[0], 'Sulawesi Tengah');
    assert.ok(names.includes('Kota Palu'));
    assert.equal(names.length, 1 + 13, names.join(', '));
    assert.equal(province.worksheets[1]!.name, 'Petunjuk');
    assert.match(String(province.worksheets[1]!.getCell('A1').value), /IPG \(Indeks Pembangunan Gender\)/);

    const english = await template(admin, '72.71', 'en');
    assert.deepEqual(
      english.worksheets.map((w) => w.name),
      ['Table', 'Instructions'],
    );
    // Kota Palu's DP3A writes Kota Palu only.
    assert.deepEqual(english.worksheets[0]!.getColumn(1).values.slice(1), ['Region', 'Kota Palu']);

    // Filled in as a user would (a number, a figure with a comma, a dash) and imported back.
    const palu = names.indexOf('Kota Palu') + 2;
    table.getRow(palu).getCell(6).value = 72.27;
    table.getRow(2).getCell(6).value = '71,05';
    table.getRow(palu).getCell(5).value = '-';
    const filled = Buffer.from(await province.xlsx.writeBuffer());
    const file = multipart('templat.xlsx', filled);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/regions/72/indices/ipg/import?component=lifeExpectancyF&source=${encodeURIComponent(SOURCE)}`,
      headers: { ...file.headers, cookie: provinsi },
      payload: file.payload,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().cells, 2);
    assert.deepEqual(res.json().years, [lastYear]);
    assert.equal(await stored(), 2);

    // An operator may not write index values, so gets no template either.
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/regions/72.71/indices/ipg/import-template',
      headers: { cookie: operator },
    });
    assert.equal(refused.statusCode, 403);
    // Kota Palu's DP3A gets no template of its province or of another province.
    for (const code of ['72', '73']) {
      const other = await t.app.inject({
        method: 'GET',
        url: `/api/regions/${code}/indices/ipg/import-template`,
        headers: { cookie: admin },
      });
      assert.equal(other.statusCode, 403, code);
    }
  });
});
