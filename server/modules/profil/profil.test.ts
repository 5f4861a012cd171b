import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { DOMAIN_GROUPS } from '../../../domain/indicators.js';
import { dataValues } from '../../db/schema-data.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import {
  CHAPTER_TITLES,
  excelNumberFormat,
  formatDateId,
  formatNumber,
  profilFileName,
  safeSheetName,
  sheetNameOf,
} from './format.js';

const URL = '/api/regions/72.71/profil-gender';
/** Kependudukan's count of heads of family and Kesehatan's life expectancy (2 decimals). */
const COUNT = { code: 'KDD_KEPALA_KELUARGA', name: 'Jumlah kepala keluarga menurut jenis kelamin' };
const DECIMAL = 'KES_UHH';

describe('Profil Gender', () => {
  let t: TestApp;
  let admin: string;
  let superadmin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    superadmin = await t.login('demo.superadmin');
  });
  after(() => t.close());

  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

  /** The stored demo value of one cell (the indicators here have no other dimension). */
  async function stored(indicatorCode: string, sex: 'P' | 'L', period = '2024'): Promise<number> {
    const [row] = await t.database.db
      .select({ value: dataValues.value })
      .from(dataValues)
      .where(
        and(
          eq(dataValues.regionCode, '72.71'),
          eq(dataValues.indicatorCode, indicatorCode),
          eq(dataValues.period, period),
          eq(dataValues.sex, sex),
        ),
      );
    return Number(row.value);
  }

  /** pdf-parse breaks lines where the layout does; compare on single spaces. */
  const textOf = async (body: Buffer) => (await pdf(body)).text.replace(/\s+/g, ' ');

  test('the PDF downloads with its cover, contents, every chapter and Indonesian numbers', async () => {
    const res = await get(`${URL}?year=2024&format=pdf`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /filename="profil-gender-72\.71-2024\.pdf"/);
    const text = await textOf(res.rawPayload);

    assert.ok(text.includes('Profil Gender Kota Palu Tahun 2024'));
    assert.ok(text.includes('DEMO — angka contoh'), 'demo values are flagged on the cover');
    assert.ok(text.includes('Daftar Isi'));
    assert.ok(text.includes('Pendahuluan'));
    let last = text.indexOf('Pendahuluan', text.indexOf('Daftar Isi') + 20);
    for (const [i, group] of DOMAIN_GROUPS.entries()) {
      const heading = `Bab ${i + 1}. ${CHAPTER_TITLES[group]}`;
      // Each heading appears in the contents and again, in order, as its chapter's title.
      const at = text.indexOf(heading, last + 1);
      assert.ok(at > last, `chapter "${heading}" in order`);
      last = at;
    }
    assert.ok(text.indexOf('Sumber dan Definisi', last) > last);
    assert.ok(text.includes(COUNT.name));
    assert.match(text, /Halaman 2 dari \d+/);

    const heads = formatNumber(await stored(COUNT.code, 'P'), 0);
    assert.match(heads, /^\d{1,3}(\.\d{3})+$/, 'a count of thousands has a thousands dot');
    assert.ok(text.includes(heads), `count ${heads} printed the Indonesian way`);
    const years = formatNumber(await stored(DECIMAL, 'P'), 2);
    assert.match(years, /^\d+,\d\d$/);
    assert.ok(text.includes(years), `decimal ${years} printed with a decimal comma`);
  });

  test('the XLSX has a sheet per chapter and stores the values as numbers', async () => {
    const res = await get(`${URL}?year=2024&format=xlsx`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /filename="profil-gender-72\.71-2024\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);

    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['Sampul', ...DOMAIN_GROUPS.map(sheetNameOf), 'Definisi'],
    );
    for (const s of wb.worksheets) assert.ok(s.name.length <= 31);

    const sheet = wb.getWorksheet(sheetNameOf('kependudukan'))!;
    let block = 0;
    sheet.eachRow((row, n) => {
      if (String(row.getCell(1).value).endsWith(COUNT.name)) block = n;
    });
    assert.ok(block > 0, 'the indicator has its block');
    let row2024: ExcelJS.Row | undefined;
    for (let n = block + 1; n < block + 15 && !row2024; n++) {
      if (sheet.getRow(n).getCell(1).value === 2024) row2024 = sheet.getRow(n);
    }
    assert.ok(row2024, 'a row for 2024');
    assert.equal(row2024.getCell(2).value, await stored(COUNT.code, 'P'));
    assert.equal(row2024.getCell(3).value, await stored(COUNT.code, 'L'));
    assert.equal(row2024.getCell(2).numFmt, '#,##0');

    const definitions = wb.getWorksheet('Definisi')!;
    const codes: unknown[] = [];
    definitions.eachRow((row) => codes.push(row.getCell(2).value));
    assert.ok(codes.includes(COUNT.code));
  });

  test('the verified edition leaves out drafts; the default one says it holds them', async () => {
    const draft = await textOf((await get(`${URL}?year=2024`, admin)).rawPayload);
    assert.ok(draft.includes('DRAF — memuat angka yang belum diverifikasi'));
    // The demo's 2024 values are drafts: the verified edition's latest year is 2023.
    const res = await get(`${URL}?year=2024&status=verified`, admin);
    assert.equal(res.statusCode, 200);
    const verified = await textOf(res.rawPayload);
    assert.ok(!verified.includes('DRAF — memuat'));
    assert.ok(!verified.includes(formatNumber(await stored(COUNT.code, 'P'), 0)));
    assert.ok(verified.includes(formatNumber(await stored(COUNT.code, 'P', '2023'), 0)));
  });

  test('a region without data gets every chapter saying so, and no demo notice', async () => {
    const res = await get('/api/regions/72.01/profil-gender?year=2024', superadmin);
    assert.equal(res.statusCode, 200, res.body);
    const text = await textOf(res.rawPayload);
    assert.ok(text.includes('Profil Gender Kabupaten Banggai Tahun 2024'));
    for (const group of DOMAIN_GROUPS) {
      assert.ok(text.includes(`Belum ada data ${CHAPTER_TITLES[group].toLowerCase()}`), group);
    }
    assert.ok(!text.includes('DEMO'));
  });

  test('only readers of the region may download it', async () => {
    assert.equal((await get(`${URL}?year=2024`)).statusCode, 401);
    assert.equal((await get('/api/regions/72.01/profil-gender?year=2024', admin)).statusCode, 403);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: superadmin },
      payload: {
        username: 'admin.banggai',
        fullName: 'Admin Banggai',
        role: 'admin_daerah',
        regionCode: '72.01',
        password: 'sandi-banggai-123',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const other = await t.login('admin.banggai', 'sandi-banggai-123');
    const refused = await get(`${URL}?year=2024&format=xlsx`, other);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'forbidden');
    // Readers of the region other than its admin may download it too.
    assert.equal((await get(`${URL}?year=2024&format=xlsx`, await t.login('demo.pokja'))).statusCode, 200);
  });

  test('a bad year or format is refused with the field named', async () => {
    for (const query of ['year=abc', 'year=24', 'year=2024.5', '', 'year=2024&format=docx']) {
      const res = await get(`${URL}?${query}`, admin);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    assert.ok((await get(`${URL}?year=abc`, admin)).json().error.fields.year);
  });
});

describe('Profil Gender formatting', () => {
  test('numbers and dates are Indonesian', () => {
    assert.equal(formatNumber(1234.5, 1), '1.234,5');
    assert.equal(formatNumber(1234567.891, 2), '1.234.567,89');
    assert.equal(formatNumber(-1123, 0), '-1.123');
    assert.equal(formatNumber(-0.04, 1), '0,0', 'no negative zero');
    assert.equal(formatNumber(null, 0), '–');
    assert.equal(formatDateId(new Date('2026-11-24T03:00:00Z')), '24 November 2026');
    assert.equal(excelNumberFormat(0), '#,##0');
    assert.equal(excelNumberFormat(2), '#,##0.00');
    assert.equal(profilFileName('72.71', 2024, 'xlsx'), 'profil-gender-72.71-2024.xlsx');
  });

  test('sheet names are valid Excel names', () => {
    for (const group of DOMAIN_GROUPS) {
      const name = sheetNameOf(group);
      assert.ok(name.length <= 31 && !/[[\]:*?/\\]/.test(name), name);
    }
    assert.equal(safeSheetName('a/b:c'), 'a b c');
    assert.equal(safeSheetName('x'.repeat(40)).length, 31);
    assert.equal(safeSheetName("'quoted'"), 'quoted');
  });
});
