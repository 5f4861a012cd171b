import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { dhis2Combo, dhis2Period } from './export-formats.js';

interface Row {
  regionCode: string;
  indicatorCode: string;
  period: string;
  sex: string;
  members: Record<string, string>;
  value: string;
  status: string;
}

const SELECTION = 'region=72.71&indicator=KDD_PENDUDUK,KES_UHH,KEK_KASUS_ANAK&from=2023';
const DIMS = ['jenis_kekerasan', 'umur8'];

/** A long-format record (CSV / XLSX columns) back into an API row. */
function fromLong(rec: Record<string, string>): Row {
  const members: Record<string, string> = {};
  for (const d of DIMS) if (rec[d]) members[d] = rec[d];
  return {
    regionCode: rec.region_code,
    indicatorCode: rec.indicator_code,
    period: rec.period,
    sex: rec.sex,
    members,
    value: rec.value,
    status: rec.status,
  };
}

describe('exports', () => {
  let t: TestApp;
  let cookie: string;
  let expected: Row[];
  const download = (format: string, query = SELECTION) =>
    t.app.inject({ url: `/api/values/export?${query}&format=${format}`, headers: { cookie } });

  before(async () => {
    t = await createTestApp();
    cookie = await t.login('demo.reviewer');
    const res = await t.app.inject({ url: `/api/values?${SELECTION}&pageSize=5000`, headers: { cookie } });
    expected = res.json().items;
    assert.ok(expected.length > 50);
  });
  after(() => t.close());

  test('CSV: BOM, the long import header, and the same rows as the values API', async () => {
    const res = await download('csv');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/csv/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="setara-72.71-sejak_2023.csv"');
    assert.equal(res.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf');
    const text = res.rawPayload.toString('utf8').slice(1);
    assert.equal(
      text.split('\r\n')[0],
      'indicator_code;region_code;period;sex;jenis_kekerasan;umur8;value;status',
    );
    const records = parse(text, { columns: true, delimiter: ';' }) as Record<string, string>[];
    assert.ok(
      records.some((r) => r.value.includes(',')),
      'decimal comma',
    );
    assert.deepEqual(
      records.map((r) => fromLong({ ...r, value: r.value.replace(',', '.') })),
      expected,
    );
  });

  test('XLSX: the same columns on one sheet, a styled header, numbers as numbers', async () => {
    const res = await download('xlsx');
    assert.equal(res.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.equal(book.worksheets.length, 1);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as string[]).slice(1);
    assert.deepEqual(header, ['indicator_code', 'region_code', 'period', 'sex', ...DIMS, 'value', 'status']);
    assert.equal(sheet.getRow(1).font?.bold, true);
    const records: Record<string, string>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cells = (row.values as (string | number | undefined)[]).slice(1);
      assert.equal(typeof cells[header.indexOf('value')], 'number');
      records.push(
        Object.fromEntries(header.map((h, i) => [h, cells[i] === undefined ? '' : String(cells[i])])),
      );
    });
    assert.deepEqual(
      records.map(fromLong),
      expected.map((r) => ({ ...r, value: String(Number(r.value)) })),
    );
  });

  test('JSON: data rows and meta naming the indicators used', async () => {
    const res = await download('json');
    const body = JSON.parse(res.body);
    assert.deepEqual(body.data, expected);
    assert.deepEqual(
      body.meta.indicators.map((i: { code: string }) => i.code),
      ['KDD_PENDUDUK', 'KEK_KASUS_ANAK', 'KES_UHH'],
    );
    assert.ok(Date.parse(body.meta.generatedAt));
    assert.deepEqual(body.meta.dimensions, DIMS);
  });

  test('SDMX-CSV: dataflow, SDMX sex codes, observation status, _Z for a missing dimension', async () => {
    const res = await download('sdmx-csv');
    assert.match(res.headers['content-disposition'] as string, /-sdmx\.csv"$/);
    const records = parse(res.body, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(records[0]), [
      'DATAFLOW',
      'INDICATOR',
      'REF_AREA',
      'TIME_PERIOD',
      'SEX',
      'JENIS_KEKERASAN',
      'UMUR8',
      'OBS_VALUE',
      'OBS_STATUS',
    ]);
    assert.equal(records.length, expected.length);
    records.forEach((rec, i) => {
      const row = expected[i];
      assert.equal(rec.DATAFLOW, 'SETARA:DATA_TERPILAH(1.0)');
      assert.equal(rec.SEX, row.sex === 'P' ? 'F' : 'M');
      assert.equal(rec.OBS_STATUS, row.status === 'verified' ? 'A' : 'U');
      assert.equal(rec.UMUR8, row.members.umur8 ?? '_Z');
      assert.equal(rec.OBS_VALUE, row.value);
    });
  });

  test('DHIS2 dataValueSets: codes, period ids and category option combos', async () => {
    const body = JSON.parse((await download('dhis2')).body);
    assert.equal(body.dataValues.length, expected.length);
    const first = body.dataValues[0];
    const row = expected[0];
    assert.deepEqual(first, {
      dataElement: row.indicatorCode,
      period: row.period,
      orgUnit: '72.71',
      categoryOptionCombo: row.members.umur8 ? `${row.sex};umur8=${row.members.umur8}` : row.sex,
      value: row.value,
    });
    assert.equal(dhis2Period('2024-S1'), '2024S1');
    assert.equal(dhis2Period('2024-Q3'), '2024Q3');
    assert.equal(dhis2Combo({ sex: 'P', comboKey: '' }), 'P');
  });

  test('without an indicator filter the columns follow the indicators found; filters apply', async () => {
    const res = await download('csv', 'region=72.71&from=2024&to=2024&status=draft&sex=P');
    const text = res.rawPayload.toString('utf8').slice(1);
    const records = parse(text, { columns: true, delimiter: ';' }) as Record<string, string>[];
    assert.ok(records.length > 20);
    assert.ok(records.every((r) => r.period === '2024' && r.sex === 'P' && r.status === 'draft'));
    const header = text.split('\r\n')[0].split(';');
    assert.ok(header.includes('umur8') && header.includes('disabilitas'));
    assert.equal((await download('pdf')).statusCode, 400);
  });
});
