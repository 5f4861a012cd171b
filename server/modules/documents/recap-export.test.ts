import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { FIXTURE_BUDGET, FIXTURE_YEAR, insertDocument } from './test-fixture.js';

const URL = `/api/regions/72.71/arg-recap`;

describe('ARG recap export', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    const ids = new Map(
      (await t.database.db.select().from(opd).where(eq(opd.regionCode, '72.71'))).map((r) => [
        r.shortName,
        r.id,
      ]),
    );
    const tagged = await insertDocument(t.database.db, {
      opdId: ids.get('Dinkes')!,
      code: '1.02.02.2.02.0001',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      status: 'approved',
    });
    await insertDocument(t.database.db, {
      opdId: ids.get('DP3A')!,
      code: '2.08.02.2.01.0001',
      name: 'Pelatihan Kepemimpinan Perempuan',
      status: 'draft',
    });
    const [doc] = await t.database.db.select().from(gapDocuments).where(eq(gapDocuments.id, tagged));
    await t.database.db
      .update(subActivities)
      .set({ argCategory: 'khusus', argAmount: FIXTURE_BUDGET })
      .where(eq(subActivities.id, doc.subActivityId));
  });
  after(() => t.close());

  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

  test('PDF: totals, categories, OPD table, trend and the OPDs not yet submitted', async () => {
    const res = await get(`${URL}.pdf?year=${FIXTURE_YEAR}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-disposition'], `attachment; filename="ARG-72.71-${FIXTURE_YEAR}.pdf"`);
    const text = (await pdf(res.rawPayload)).text.replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA PALU',
      'REKAPITULASI ANGGARAN RESPONSIF GENDER (ARG)',
      `Kota Palu · Tahun Anggaran ${FIXTURE_YEAR}`,
      'Rp 973.500.000',
      'Rp 486.750.000',
      '50,00%',
      '100,00%',
      'Anggaran khusus/spesifik gender',
      'Belum ditandai',
      'Menurut OPD',
      'Dinas Kesehatan',
      'Menurut program',
      'Perkembangan antartahun',
      'OPD yang belum mengajukan GAP',
      'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    ]) {
      assert.ok(text.includes(expected), `recap PDF shows "${expected}"`);
    }
  });

  test('XLSX: a sheet per view, amounts and shares as numbers', async () => {
    const res = await get(`${URL}.xlsx?year=${FIXTURE_YEAR}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['Ringkasan', 'Per OPD', 'Per Program', 'Tren', 'Belum Mengajukan'],
    );
    const sheet = wb.getWorksheet('Per OPD')!;
    let dinkes: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'Dinas Kesehatan') dinkes = row;
    });
    assert.ok(dinkes);
    assert.equal(dinkes.getCell(5).value, 486750000);
    assert.equal(dinkes.getCell(6).value, 486750000);
    assert.equal(dinkes.getCell(7).value, 100);
    assert.equal(dinkes.getCell(10).value, 1, 'one approved GAP');
    const pending: unknown[] = [];
    wb.getWorksheet('Belum Mengajukan')!.eachRow((row) => pending.push(row.getCell(2).value));
    assert.ok(pending.includes('Dinas Pemberdayaan Perempuan dan Perlindungan Anak'));
    assert.ok(!pending.includes('Dinas Kesehatan'));
  });

  test('XLSX: the summary figures are number cells Excel can sum, in Rupiah and percent formats', async () => {
    const res = await get(`${URL}.xlsx?year=${FIXTURE_YEAR}`, admin);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const figures = new Map<string, ExcelJS.Cell>();
    wb.getWorksheet('Ringkasan')!.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string') figures.set(label, row.getCell(2));
    });
    const expected: [string, number, string][] = [
      ['Total pagu sub kegiatan', 973500000, '"Rp "#,##0'],
      ['Anggaran responsif gender (ARG)', 486750000, '"Rp "#,##0'],
      ['ARG dengan GAP disetujui', 486750000, '"Rp "#,##0'],
      ['Persentase ARG terhadap pagu', 50, '0.00"%"'],
      ['OPD belum mengajukan GAP', 1, '#,##0'],
    ];
    for (const [label, value, numFmt] of expected) {
      const cell = figures.get(label);
      assert.ok(cell, `summary has "${label}"`);
      assert.equal(cell.type, ExcelJS.ValueType.Number, `"${label}" is a number cell`);
      assert.equal(cell.value, value, label);
      assert.equal(cell.numFmt, numFmt, label);
    }
  });

  test('region readers only; the JSON recap still answers beside the files', async () => {
    assert.equal((await get(`${URL}.pdf?year=${FIXTURE_YEAR}`)).statusCode, 401);
    assert.equal(
      (await get(`/api/regions/72.01/arg-recap.xlsx?year=${FIXTURE_YEAR}`, admin)).statusCode,
      403,
    );
    assert.equal((await get(`${URL}.csv?year=${FIXTURE_YEAR}`, admin)).statusCode, 400);
    const json = await get(`${URL}?year=${FIXTURE_YEAR}`, admin);
    assert.equal(json.statusCode, 200, json.body);
    assert.equal(json.json().totalBudget, '973500000.00');
  });
});
