/**
 * Bad input (issue 3): every malformed file ends in a clear refusal or row-level errors naming
 * the row, the column and the reason — never a crash, never a value written.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { buildZip, deflateZeros, workbookShell } from '../../lib/import/test-fixtures.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { multipart, upload, type BatchJson } from './test-helpers.js';

const HEADER = 'indicator_code,region_code,period,sex,value';

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Data'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const codes = (b: BatchJson) => b.errors.items.map((e) => [e.row, e.column, e.code]);

describe('bad import files', () => {
  let t: TestApp;
  let admin: string;
  let valuesBefore: number;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    valuesBefore = await countOf(t, sql`select count(*) from data_values`);
  });
  after(async () => {
    // Nothing in this suite is committed: not one value may have been written.
    assert.equal(await countOf(t, sql`select count(*) from data_values`), valuesBefore);
    await t.close();
  });

  const failed = async (name: string, content: Buffer | string, code: string) => {
    const batch = await upload(t, admin, name, content);
    assert.equal(batch.status, 'failed', JSON.stringify(batch.errors));
    assert.equal(batch.errors.items[0].code, code, batch.errors.items[0].message);
    assert.equal(batch.canCommit, false);
    return batch.errors.items[0];
  };

  test('wrong encoding: text that turns invalid mid-file is refused; Windows-1252 is read', async () => {
    // UTF-8 at the start, a Windows-1252 byte 200 KB later (a file pasted together).
    const rows = Array.from({ length: 5000 }, (_, i) => `KES_UHH,72.71,${1990 + (i % 100)},P,70,ok`);
    const broken = Buffer.concat([
      Buffer.from(`${HEADER},note\nKES_UHH,72.71,2026,P,70,caf\u00e9\n${rows.join('\n')}\n`, 'utf8'),
      Buffer.from('KES_UHH,72.71,2026,L,70,caf\u00e9\n', 'latin1'),
    ]);
    await failed('mixed.csv', broken, 'file_encoding');
    const latin = Buffer.from(`${HEADER},catatan\nKES_UHH,72.71,2026,P,"70,5",caf\u00e9\n`, 'latin1');
    const batch = await upload(t, admin, 'latin.csv', latin);
    assert.equal(batch.errorCount, 0);
    assert.equal(batch.preview[0].value, '70.5');
  });

  test('missing or unknown columns are named', async () => {
    const missing = await failed(
      'a.csv',
      'indicator_code,sex,value\nKES_UHH,P,70\n',
      'import_missing_columns',
    );
    assert.match(missing.message, /period/);
    const unknown = await failed(
      'b.csv',
      `${HEADER},umurr\nKES_UHH,72.71,2026,P,70,\n`,
      'import_unknown_columns',
    );
    assert.match(unknown.message, /umurr/);
    await failed('c.csv', 'indicator_code,period\nKES_UHH,2026\n', 'import_no_value_columns');
    // A refused file leaves nothing behind in the file store (only a checked one waits there).
    const left: string[] = [];
    for await (const f of t.files.list('imports/72.71/')) left.push(f.key);
    const ids = await countOf(
      t,
      sql`select count(*) from import_batches where status = 'checked' and error_count = 0`,
    );
    assert.equal(left.length, ids * 2, left.join(', '));
  });

  test('merged cells below the header are refused, with the ranges', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['indicator_code', 'period', 'P', 'L']);
      ws.addRow(['KES_UHH', 2026, 70, 68]);
      ws.addRow(['KES_UHH', 2027, 71, null]);
      ws.mergeCells('C3:D3');
    });
    const error = await failed('merged.xlsx', bytes, 'file_merged_cells');
    assert.match(error.message, /C3:D3/);
  });

  test('text in number cells, unknown codes, wrong periodicity and more: each row named', async () => {
    const csv = [
      `${HEADER},jenis_kekerasan`,
      'KES_UHH,72.71,2026,P,tujuh puluh,',
      'KES_TIDAK_ADA,72.71,2026,P,1,',
      'KES_UHH,72.71,2026-Q1,P,70,',
      'KES_UHH,72.71,26,P,70,',
      'KES_KEMATIAN_IBU,72.71,2026,L,1,',
      'KES_UHH,72.71,2026,X,70,',
      'KES_UHH,72.71,2026,T,140,',
      'KES_JKN_CAKUPAN,72.71,2026,P,"101,5",',
      'KES_HIV_BARU,72.71,2026,P,"2,5",',
      'KEK_KASUS_ANAK,72.71,2026,P,3,',
      'KEK_KASUS_ANAK,72.71,2026,P,3,pukulan',
      'KES_UHH,72.71,2026,P,70,fisik',
      'KES_UHH,72.71,2026,L,"68,2",',
      'KES_UHH,72.71,2026,L,68,',
    ].join('\n');
    const batch = await upload(t, admin, 'rows.csv', csv);
    assert.equal(batch.status, 'checked');
    assert.deepEqual(codes(batch), [
      [2, 'value', 'row_value_not_number'],
      [3, 'indicator_code', 'row_indicator_unknown'],
      [4, 'period', 'row_period_periodicity'],
      [5, 'period', 'row_period_invalid'],
      [6, 'value', 'row_sex_not_applicable'],
      [7, 'sex', 'row_sex_invalid'],
      [8, 'sex', 'row_sex_total'],
      [9, 'value', 'row_value_percent'],
      [10, 'value', 'row_value_count'],
      [11, 'jenis_kekerasan', 'row_member_missing'],
      [12, 'jenis_kekerasan', 'row_member_unknown'],
      [13, 'jenis_kekerasan', 'row_dimension_not_used'],
      [15, 'value', 'row_duplicate'],
    ]);
    const message = (row: number) => batch.errors.items.find((e) => e.row === row)!.message;
    assert.match(message(2), /"tujuh puluh" bukan angka/);
    assert.match(message(3), /KES_TIDAK_ADA/);
    assert.match(message(4), /2026-Q1.*KES_UHH.*tahunan/);
    assert.match(message(15), /baris 14/);
    assert.equal(batch.canCommit, false);
  });

  test('errors come in English too, paged', async () => {
    const csv = [HEADER, ...Array.from({ length: 30 }, (_, i) => `KES_UHH,72.71,${2000 + i},P,x${i}`)].join(
      '\n',
    );
    const first = await upload(t, admin, 'many.csv', csv);
    const res = await t.app.inject({
      url: `/api/imports/${first.id}?errorsPage=2&errorsPageSize=10`,
      headers: { cookie: admin, 'accept-language': 'en' },
    });
    const body = res.json();
    assert.equal(body.errors.total, 30);
    assert.deepEqual(
      body.errors.items.map((e: { row: number }) => e.row),
      [12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
    );
    assert.equal(body.errors.items[0].message, 'The value "x10" is not a number.');
  });

  test('decimal commas and thousands dots are accepted, empty rows skipped', async () => {
    const csv =
      `${HEADER}\n\n\nKES_JKN_PESERTA;72.71;2026;P;1.234.567\n;;;;\nKES_UHH;72.71;2026;P;71,25\n`.replace(
        HEADER,
        HEADER.replace(/,/g, ';'),
      );
    const batch = await upload(t, admin, 'decimals.csv', csv);
    assert.deepEqual(codes(batch), []);
    assert.deepEqual(
      batch.preview.map((p) => p.value),
      ['1234567', '71.25'],
    );
    assert.deepEqual(
      batch.preview.map((p) => (p as unknown as { row: number }).row),
      [4, 6],
    );
  });

  test('formulas: a cached result is the value; a formula without one, or an error, is named', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['indicator_code', 'period', 'P', 'L']);
      ws.addRow(['KES_UHH', 2026, { formula: '60+10', result: 70 }, 68.5]);
      ws.addRow(['KES_UHH', 2027, { formula: 'A1*2' }, 68]);
      ws.addRow(['KES_UHH', 2028, { formula: '1/0', result: { error: '#DIV/0!' } }, 68]);
    });
    const batch = await upload(t, admin, 'formulas.xlsx', bytes);
    assert.deepEqual(codes(batch), [
      [3, 'P', 'row_formula_without_value'],
      [4, 'P', 'row_cell_error'],
    ]);
    assert.equal(batch.preview[0].value, '70');
  });

  test('a zip bomb is refused without inflating it', async () => {
    const zeros = await deflateZeros(100 * 1024 * 1024);
    const started = Date.now();
    await failed('bomb.xlsx', buildZip(workbookShell(zeros)), 'file_zip_bomb');
    assert.ok(Date.now() - started < 5000);
  });

  test('50 MB of garbage is refused at once; a fake workbook is named so', async () => {
    const garbage = randomBytes(50 * 1024 * 1024);
    garbage[0] = 0x41; // not a zip or OLE2 signature: read as text, refused as binary
    await failed('garbage.csv', garbage, 'file_binary');
    await failed('laporan.xlsx', 'indicator_code,period\n', 'file_not_xlsx');
    await failed('empty.csv', '\n\n', 'file_empty_file');
    await failed('quotes.csv', `${HEADER}\nKES_UHH,72.71,2026,P,"70\n`, 'file_malformed_quotes');
  });

  test('an upload without a file is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/imports',
      headers: {
        cookie: admin,
        origin: 'http://localhost:80',
        'content-type': 'multipart/form-data; boundary=x',
      },
      payload: '--x--\r\n',
    });
    assert.equal(res.statusCode, 422);
  });
});

test('a file over IMPORT_MAX_MB is refused while streaming (413), other bodies keep 1 MiB', async () => {
  const t = await createTestApp({ demo: true, env: { IMPORT_MAX_MB: '1' } });
  try {
    const admin = await t.login('demo.admin');
    const body = multipart('big.csv', `${HEADER}\n${'KES_UHH,72.71,2026,P,70\n'.repeat(60_000)}`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/imports',
      headers: { ...body.headers, cookie: admin },
      payload: body.payload,
    });
    assert.equal(res.statusCode, 413);
    assert.match(res.json().error.message, /1 MB/);
    assert.equal(await countOf(t, sql`select count(*) from import_batches`), 0);
    const json = await t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/entry',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ period: '2026', values: [], pad: 'x'.repeat(2 * 1024 * 1024) }),
    });
    assert.equal(json.statusCode, 413);
  } finally {
    await t.close();
  }
});
