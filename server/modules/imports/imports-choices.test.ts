/**
 * Imports that save work (issue 9): headings and members in the user's language, the
 * instructions sheet, the status values land in, and the mode that saves the valid rows and
 * hands back the refused ones as a file with reasons. On the real app over HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { commit, ORIGIN, upload, waitFor } from './test-helpers.js';

const REGION = '72.71';

/** Reads back a small CSV the server wrote (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}
const HEADER = 'indicator_code,region_code,period,sex,value,note';

describe('imports: language, landing status and the valid-rows mode', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let label: { id: string; en: string };
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    const result = (await t.database.db.execute(
      sql`select label_id, label_en from dimension_members where set_code = 'umur8' and code = '15-24'`,
    )) as unknown as { rows: { label_id: string; label_en: string }[] };
    label = { id: result.rows[0].label_id, en: result.rows[0].label_en };
  });
  after(() => t.close());

  const stored = async (indicator: string, period: string, sex: string, combo = '') => {
    const result = (await t.database.db.execute(
      sql`select v.value::text as value, v.status from data_values v join dimension_combos c on c.id = v.combo_id
        where v.region_code = ${REGION} and v.indicator_code = ${indicator} and v.period = ${period}
        and v.sex = ${sex} and c.key = ${combo}`,
    )) as unknown as { rows: { value: string; status: string }[] };
    return result.rows[0];
  };
  const postCommit = (cookie: string, id: number, payload: unknown, lang = 'id') =>
    t.app.inject({
      method: 'POST',
      url: `/api/imports/${id}/commit`,
      headers: { cookie, origin: ORIGIN, 'accept-language': lang },
      payload: payload as object,
    });
  const refusedFile = (cookie: string, id: number, lang = 'id') =>
    t.app.inject({ url: `/api/imports/${id}/refused`, headers: { cookie, 'accept-language': lang } });

  test('headings in Indonesian or English and members by label or "label (code)" are read', async () => {
    const id = [
      'Kode indikator;Kode wilayah;Periode;Jenis kelamin;Kelompok umur (8 kelompok);Nilai;Catatan',
      `KDD_PENDUDUK;72.71;2031;P;${label.id};100;`,
      `KDD_PENDUDUK;72.71;2031;L;${label.id} (15-24);101;`,
    ].join('\r\n');
    const batchId = await upload(t, admin, 'id.csv', id);
    assert.equal(batchId.status, 'checked', JSON.stringify(batchId.errors.items));
    assert.equal(batchId.errorCount, 0);
    assert.deepEqual(
      batchId.preview.map((p) => p.members),
      [{ umur8: '15-24' }, { umur8: '15-24' }],
    );

    const setName = (
      (await t.database.db.execute(
        sql`select name_en from dimension_sets where code = 'umur8'`,
      )) as unknown as {
        rows: { name_en: string }[];
      }
    ).rows[0].name_en;
    const en = [
      `Indicator code,Region code,Period,Sex,"${setName}",Value,Note`,
      `KDD_PENDUDUK,72.71,2031,Female,${label.en},100,`,
      `KDD_PENDUDUK,72.71,2031,Male,15-24,101,`,
    ].join('\n');
    const batchEn = await upload(t, admin, 'en.csv', en);
    assert.equal(batchEn.errorCount, 0, JSON.stringify(batchEn.errors.items));
    assert.equal(batchEn.values, 2);

    const unknown = await upload(t, admin, 'x.csv', `${HEADER}\n`.replace('note', 'Umur tidak ada'));
    assert.equal(unknown.status, 'failed');
    assert.match(unknown.errors.items[0].message, /Umur tidak ada/);
  });

  test('the XLSX template speaks the request’s language, has its instructions sheet and member lists, and round-trips', async () => {
    for (const [lang, sheetName, heading] of [
      ['id', 'Petunjuk', 'Kode indikator\nindicator_code'],
      ['en', 'Instructions', 'Indicator code\nindicator_code'],
    ] as const) {
      const res = await t.app.inject({
        url: `/api/regions/${REGION}/imports/template?period=2023&format=xlsx&indicators=KDD_PENDUDUK,KES_UHH`,
        headers: { cookie: admin, 'accept-language': lang },
      });
      assert.equal(res.statusCode, 200, res.body);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const [data, guide] = workbook.worksheets;
      assert.equal(data.name, 'Data');
      assert.equal(guide.name, sheetName);
      assert.equal(data.getRow(1).getCell(1).value, heading);
      const members = guide.getColumn(4).values.filter((v) => typeof v === 'string') as string[];
      assert.ok(members.includes(`${lang === 'en' ? label.en : label.id} (15-24)`), members.join(' | '));
      const model = (data as unknown as { dataValidations: { model: Record<string, { type: string }> } })
        .dataValidations.model;
      assert.ok(
        Object.values(model).some((v) => v.type === 'list'),
        'the umur8 column offers its members as a list',
      );
      // Downloaded in one language, imported in the other: nothing changes.
      const back = await upload(t, admin, `t-${lang}.xlsx`, res.rawPayload);
      assert.equal(back.errorCount, 0, JSON.stringify(back.errors.items.slice(0, 3)));
      assert.equal(back.comparison?.changed, 0);
    }
  });

  test('DP3A lands values verified: recorded as a verification by import, with counts', async () => {
    const csv = `${HEADER}\nKES_KEMATIAN_IBU,72.71,2031,P,4,\nKES_JKN_CAKUPAN,72.71,2031,P,60,\nKES_JKN_CAKUPAN,72.71,2031,L,58,\n`;
    const batch = await upload(t, admin, 'verified.csv', csv);
    assert.deepEqual(batch.landingStatuses, ['draft', 'submitted', 'verified']);
    const done = await commit(t, admin, batch.id, { landingStatus: 'verified' });
    assert.equal(done.status, 'committed');
    assert.equal(done.landingStatus, 'verified');
    assert.equal((await stored('KES_KEMATIAN_IBU', '2031', 'P')).status, 'verified');
    assert.equal((await stored('KES_JKN_CAKUPAN', '2031', 'L')).status, 'verified');

    const audit = (await t.database.db.execute(
      sql`select after from audit_log where entity = 'data_review' and entity_id = ${`import/${batch.id}`}`,
    )) as unknown as { rows: { after: Record<string, unknown> }[] };
    assert.equal(audit.rows.length, 1);
    assert.deepEqual(
      { ...audit.rows[0].after, reviewSteps: undefined },
      {
        step: 'verify',
        via: 'import',
        batchId: batch.id,
        values: 3,
        new: 3,
        changed: 0,
        promoted: 0,
        reviewSteps: undefined,
      },
    );
    // The review board shows the step for each OPD whose values it verified.
    const steps = await countOf(
      t,
      sql`select count(*) from data_reviews where period = '2031' and action = 'verify'`,
    );
    assert.ok(steps >= 1, `review steps: ${steps}`);

    // Submitted: an unchanged draft moves forward, a verified value never back.
    const again = await upload(
      t,
      admin,
      'submitted.csv',
      `${HEADER}\nKES_KEMATIAN_IBU,72.71,2031,P,4,\nKES_KEMATIAN_IBU,72.71,2032,P,5,\n`,
    );
    const submitted = await commit(t, admin, again.id, { landingStatus: 'submitted' });
    assert.equal(submitted.status, 'committed');
    assert.equal((await stored('KES_KEMATIAN_IBU', '2032', 'P')).status, 'submitted');
    assert.equal((await stored('KES_KEMATIAN_IBU', '2031', 'P')).status, 'verified');

    // Default (no body): drafts, as before.
    const plain = await upload(t, admin, 'draft.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2033,P,6,\n`);
    await commit(t, admin, plain.id);
    assert.equal((await stored('KES_KEMATIAN_IBU', '2033', 'P')).status, 'draft');
  });

  test('an operator keeps drafts: submitted or verified is refused with 403 naming the field', async () => {
    const batch = await upload(t, operator, 'op.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2034,P,2,\n`);
    assert.deepEqual(batch.landingStatuses, ['draft']);
    for (const landingStatus of ['verified', 'submitted']) {
      const res = await postCommit(operator, batch.id, { landingStatus });
      assert.equal(res.statusCode, 403, res.body);
      assert.match(res.json().error.fields.landingStatus, /DP3A/);
    }
    const audit = await countOf(
      t,
      sql`select count(*) from audit_log where entity_id = ${`import/${batch.id}`}`,
    );
    assert.equal(audit, 0);
    assert.equal((await waitFor(t, operator, batch.id)).status, 'checked', 'nothing started');
    const done = await commit(t, operator, batch.id, { landingStatus: 'draft' });
    assert.equal(done.status, 'committed');
  });

  test('bad commit choices are refused naming the field; NUL, huge and wrong types too', async () => {
    const batch = await upload(t, admin, 'bad.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2035,P,2,\n`);
    for (const [payload, field] of [
      [{ landingStatus: 'approved' }, 'landingStatus'],
      [{ mode: 'some' }, 'mode'],
      [{ mode: 5 }, 'mode'],
      [{ landingStatus: 'verified\u0000' }, 'landingStatus'],
      [{ landingStatus: 'v'.repeat(200_000) }, 'landingStatus'],
      [{ landingStatus: 'draft', extra: true }, null],
    ] as const) {
      const res = await postCommit(admin, batch.id, payload);
      assert.ok(
        [400, 413, 422].includes(res.statusCode),
        `${JSON.stringify(payload).slice(0, 60)}: ${res.statusCode}`,
      );
      if (field && res.statusCode !== 413)
        assert.ok(JSON.stringify(res.json().error.fields ?? {}).includes(field), res.body);
    }
    assert.equal((await waitFor(t, admin, batch.id)).status, 'checked');
  });

  test('all or nothing stays the default; mode "valid" saves the valid rows and hands back the refused ones', async () => {
    const csv = [
      HEADER,
      'KES_KEMATIAN_IBU,72.71,2036,P,3,',
      'KES_JKN_CAKUPAN,72.71,2036,P,abc,"=HYPERLINK(""http://x"")"',
      'KES_JKN_CAKUPAN,72.71,2036,L,55,',
      'KES_JKN_CAKUPAN,72.71,2036,L,56,duplicate',
    ].join('\n');
    const batch = await upload(t, admin, 'partial.csv', csv);
    assert.equal(batch.status, 'checked');
    assert.equal(batch.canCommit, false);
    assert.equal(batch.canCommitValid, true);
    assert.deepEqual(batch.refused, { rows: 2, file: true });
    assert.deepEqual(
      batch.errors.items.map((e) => [e.row, e.code]),
      [
        [3, 'row_value_not_number'],
        [5, 'row_duplicate'],
      ],
    );

    const all = await postCommit(admin, batch.id, { mode: 'all' });
    assert.equal(all.statusCode, 422);
    assert.match(all.json().error.fields.mode, /kesalahan/);
    const none = await postCommit(admin, batch.id, null);
    assert.equal(none.statusCode, 422, 'no body is all or nothing too');

    // The refused rows before saving, in Indonesian, with the formula defused.
    const id = await refusedFile(admin, batch.id);
    assert.equal(id.statusCode, 200, id.body);
    assert.match(String(id.headers['content-disposition']), /partial-ditolak\.csv/);
    const rows = parseCsv(id.body.replace(/^\uFEFF/, ''), ',');
    assert.deepEqual(rows[0], [...HEADER.split(','), 'Alasan ditolak']);
    assert.equal(rows.length, 3);
    assert.equal(rows[1][4], 'abc');
    assert.equal(rows[1][5], `'=HYPERLINK("http://x")`);
    assert.match(rows[1][6], /^Baris 3, kolom value: Nilai "abc" bukan angka/);
    assert.match(rows[2][6], /^Baris 5, kolom value: .*baris 4/);

    const done = await commit(t, admin, batch.id, { mode: 'valid' });
    assert.equal(done.status, 'committed');
    assert.deepEqual([done.comparison?.new, done.values], [2, 2]);
    assert.equal((await stored('KES_JKN_CAKUPAN', '2036', 'L')).value, '55');
    assert.equal(await stored('KES_JKN_CAKUPAN', '2036', 'P'), undefined);

    // Still downloadable once saved, in English for an English reader; fixed, it imports back.
    const en = await refusedFile(admin, batch.id, 'en');
    assert.equal(en.statusCode, 200);
    const enRows = parseCsv(en.body.replace(/^\uFEFF/, ''), ',');
    assert.equal(enRows[0].at(-1), 'Reason refused');
    assert.match(enRows[1][6], /^Row 3, column value: /);
    const fixed = en.body.replace(',abc,', ',57,').replace(/\r\n[^\r\n]*duplicate[^\r\n]*/, '');
    const again = await upload(t, admin, 'fixed.csv', fixed);
    assert.equal(again.errorCount, 0, JSON.stringify(again.errors.items));
    assert.equal(again.values, 1);

    // Someone who may not see the batch does not get its rows.
    assert.equal((await refusedFile(operator, batch.id)).statusCode, 404);
    const clean = await upload(t, admin, 'clean.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2037,P,3,\n`);
    assert.equal((await refusedFile(admin, clean.id)).statusCode, 404);
  });

  test('an XLSX upload gets its refused rows back as XLSX; a file with nothing valid cannot be saved', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Kode indikator\nindicator_code', 'Periode\nperiod', 'Perempuan\nP', 'Laki-laki\nL']);
    sheet.addRow(['KES_JKN_CAKUPAN', '2038', 61.5, 'x']);
    sheet.addRow(['KES_JKN_CAKUPAN', '2039', 62, 63]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const batch = await upload(t, admin, 'wide.xlsx', bytes);
    assert.deepEqual(batch.refused, { rows: 1, file: true });
    const res = await refusedFile(admin, batch.id);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const refused = back.worksheets[0];
    assert.equal(refused.getRow(1).getCell(5).value, 'Alasan ditolak');
    assert.equal(refused.getRow(2).getCell(3).value, 61.5, 'a number cell stays a number');
    assert.match(String(refused.getRow(2).getCell(5).value), /^Baris 2, kolom Laki-laki: /);
    assert.equal(refused.rowCount, 2);

    const nothing = await upload(t, admin, 'bad.csv', `${HEADER}\nKES_JKN_CAKUPAN,72.71,2040,P,x,\n`);
    assert.equal(nothing.canCommitValid, false);
    const res2 = await postCommit(admin, nothing.id, { mode: 'valid' });
    assert.equal(res2.statusCode, 422);
    assert.match(res2.json().error.fields.mode, /Tidak ada baris tanpa kesalahan/);
  });

  test('in mode "valid" an operator’s change to a verified value is refused, the rest saved', async () => {
    // Verified by DP3A first.
    const verified = await upload(t, admin, 'v.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2041,P,7,\n`);
    await commit(t, admin, verified.id, { landingStatus: 'verified' });
    const csv = `${HEADER}\nKES_KEMATIAN_IBU,72.71,2041,P,8,\nKES_KEMATIAN_IBU,72.71,2042,P,9,\n`;
    const batch = await upload(t, operator, 'op.csv', csv);
    assert.equal(batch.errors.items[0].code, 'row_value_locked');
    const done = await commit(t, operator, batch.id, { mode: 'valid' });
    assert.equal(done.status, 'committed');
    assert.equal(done.comparison?.new, 1);
    assert.equal((await stored('KES_KEMATIAN_IBU', '2041', 'P')).value, '7');
    assert.equal((await stored('KES_KEMATIAN_IBU', '2042', 'P')).status, 'draft');
    const res = await refusedFile(operator, batch.id);
    const rows = parseCsv(res.body.replace(/^\uFEFF/, ''), ',');
    assert.equal(rows.length, 2, 'the locked row once, not twice');
    assert.match(rows[1].at(-1)!, /^Baris 2: Nilai KES_KEMATIAN_IBU 2041 P sudah diajukan atau diverifikasi/);
  });
});
