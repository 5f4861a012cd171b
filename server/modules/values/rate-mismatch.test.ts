/**
 * A rate typed next to its counts (issue 9: typed 99,5, the counts give 99,00): the grid's
 * save and the validation report warn, and the publications show the computed rate with a
 * note naming the typed one — never a silent substitution (domain/rate-mismatch.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { sheetNameOf } from '../profil/format.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const RATE = 'KES_PERSALINAN_NAKES_PERSEN';
const NUMERATOR = 'KES_PERSALINAN_NAKES';
const DENOMINATOR = 'KES_IBU_BERSALIN';
const PERIOD = '2026';

describe('a typed rate that its counts contradict', () => {
  let t: TestApp;
  let operator: string;
  let admin: string;
  let superadmin: string;
  before(async () => {
    t = await createTestApp();
    operator = await t.login('demo.operator');
    admin = await t.login('demo.admin');
    superadmin = await t.login('demo.superadmin');
  });
  after(() => t.close());

  const save = (values: object[]) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/entry',
      headers: { cookie: operator },
      payload: { period: PERIOD, values },
    });
  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });
  type V = {
    rule: string;
    indicatorCode: string;
    sex?: string;
    severity: string;
    params: Record<string, unknown>;
  };
  const mismatches = (list: V[]) => list.filter((v) => v.rule === 'rate_mismatch');

  test('the save answers a warning; a rounding-level difference does not', async () => {
    const rounding = await save([
      { indicatorCode: NUMERATOR, sex: 'P', value: '1894' },
      { indicatorCode: DENOMINATOR, sex: 'P', value: '1904' },
      { indicatorCode: RATE, sex: 'P', value: '99,5' },
    ]);
    assert.equal(rounding.statusCode, 200, rounding.body);
    assert.deepEqual(mismatches(rounding.json().violations), [], '99,5 is 99,47 typed with one decimal');

    const res = await save([
      { indicatorCode: NUMERATOR, sex: 'P', value: '198' },
      { indicatorCode: DENOMINATOR, sex: 'P', value: '200' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    const [v] = mismatches(res.json().violations);
    assert.ok(v, res.body);
    assert.equal(v.severity, 'warning');
    assert.equal(v.indicatorCode, RATE);
    assert.equal(v.sex, 'P');
    assert.equal(v.params.value, '99.5');
    assert.equal(v.params.computed, '99.00');
    assert.equal(v.params.numeratorIndicator, NUMERATOR);
  });

  test('the validation report lists it, and it does not block submitting (a warning)', async () => {
    const res = await get(admin, `/api/regions/72.71/validation?period=${PERIOD}`);
    assert.equal(res.statusCode, 200);
    const found = mismatches(res.json().items);
    assert.equal(found.length, 1);
    assert.equal(found[0].params.computed, '99.00');
  });

  test('the trend and the province comparison show the computed rate and name the typed one', async () => {
    const trend = await get(
      admin,
      `/api/explore/trend?region=72.71&indicator=${RATE}&from=${PERIOD}&to=${PERIOD}`,
    );
    assert.equal(trend.statusCode, 200, trend.body);
    const [point] = trend.json().points;
    assert.equal(point.p, 99);
    assert.deepEqual(point.setAside, [{ sex: 'P', typed: 99.5, published: 99 }]);

    const cmp = await get(superadmin, `/api/explore/compare?province=72&indicator=${RATE}&period=${PERIOD}`);
    assert.equal(cmp.statusCode, 200, cmp.body);
    const palu = cmp.json().items.find((i: { regionCode: string }) => i.regionCode === '72.71');
    assert.equal(palu.p, 99);
    assert.deepEqual(palu.setAside, [{ sex: 'P', typed: 99.5, published: 99 }]);
    // Others carry no such field: the note is only where a substitution happened.
    const other = cmp.json().items.find((i: { regionCode: string }) => i.regionCode !== '72.71');
    assert.equal(other.setAside, undefined);
  });

  test('without both counts the typed rate is published as typed, with no note', async () => {
    await save([{ indicatorCode: DENOMINATOR, sex: 'P', value: null }]);
    const trend = await get(
      admin,
      `/api/explore/trend?region=72.71&indicator=${RATE}&from=${PERIOD}&to=${PERIOD}`,
    );
    const [point] = trend.json().points;
    assert.equal(point.p, 99.5);
    assert.equal(point.setAside, undefined);
    const report = await get(admin, `/api/regions/72.71/validation?period=${PERIOD}`);
    assert.deepEqual(mismatches(report.json().items), []);
    await save([{ indicatorCode: DENOMINATOR, sex: 'P', value: '200' }]);
  });

  test('the Profil Gender PDF and XLSX print the computed rate with a note naming the typed one', async () => {
    const url = `/api/regions/72.71/profil-gender?year=${PERIOD}`;
    const pdfRes = await get(admin, `${url}&format=pdf`);
    assert.equal(pdfRes.statusCode, 200);
    const text = (await pdf(pdfRes.rawPayload)).text.replace(/\s+/g, ' ');
    assert.ok(text.includes('disajikan sebagai hasil hitung'), 'the rule is stated in the introduction');
    assert.ok(
      text.includes(`Catatan: ${PERIOD}, perempuan — angka yang diisi 99,5 berbeda dari hasil hitung`),
      'the note under the table',
    );
    assert.ok(text.includes('yang disajikan 99,00'));

    const xlsx = await get(admin, `${url}&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet(sheetNameOf('kesehatan'))!;
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(String(row.getCell(1).value)));
    assert.ok(
      cells.some((c) => c.startsWith(`Catatan: ${PERIOD}, perempuan — angka yang diisi 99,5`)),
      cells.join('\n'),
    );
    const cover: string[] = [];
    wb.getWorksheet('Sampul')!.eachRow((row) => cover.push(String(row.getCell(2).value)));
    assert.ok(cover.some((c) => c.includes('disajikan sebagai hasil hitung')));
  });
});
