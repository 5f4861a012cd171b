/**
 * Imports over HTTP on the real app (PGlite, or PostgreSQL with TEST_DATABASE_URL): the long
 * CSV, templates that round-trip, idempotent re-imports, all-or-nothing commits, permissions
 * and the restart sweep. Bad files have their own suite (imports-bad-input.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { importBatches } from '../../db/schema-data.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ImportJobs } from './jobs.js';
import { commit, multipart, ORIGIN, upload, waitFor } from './test-helpers.js';

const REGION = '72.71';
const HEADER = 'indicator_code,region_code,period,sex,value';

describe('imports', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
  });
  after(() => t.close());

  const count = (where = sql`true`) => countOf(t, sql`select count(*) from data_values where ${where}`);
  const history = () => countOf(t, sql`select count(*) from data_value_history`);
  const stored = async (indicator: string, period: string, sex: string, combo = '') => {
    const result = (await t.database.db.execute(
      sql`select v.value::text as value, v.status from data_values v join dimension_combos c on c.id = v.combo_id
        where v.region_code = ${REGION} and v.indicator_code = ${indicator} and v.period = ${period}
        and v.sex = ${sex} and c.key = ${combo}`,
    )) as unknown as { rows: { value: string; status: string }[] };
    return result.rows[0];
  };
  const template = async (cookie: string, query: string) => {
    const res = await t.app.inject({
      url: `/api/regions/${REGION}/imports/template?${query}`,
      headers: { cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.rawPayload;
  };

  test('a long CSV with Indonesian headers, decimals and thousands, blank lines and members', async () => {
    const csv = [
      '\uFEFFkode_indikator;kode_wilayah;periode;jenis_kelamin;umur8;nilai;catatan',
      'KES_JKN_CAKUPAN;72.71;2026;perempuan;;12,5;',
      '',
      'KES_JKN_CAKUPAN;72.71;2026;Laki-laki;;"97,25";dari laporan',
      'KDD_PENDUDUK;72.71;2026;P;15-24;1.234;',
      'KDD_PENDUDUK;72.71;2026;L;15-24;12.345.678;',
      'KDD_PENDUDUK;72.71;2026;L;65+;;',
    ].join('\r\n');
    const before = await count();
    const batch = await upload(t, admin, 'data.csv', csv);
    assert.equal(batch.status, 'checked', JSON.stringify(batch.errors));
    assert.deepEqual([batch.rowsTotal, batch.values, batch.rowsSkipped], [5, 4, 1]);
    assert.deepEqual(batch.comparison, { new: 4, changed: 0, unchanged: 0, at: 'check' });
    assert.equal(batch.preview[2].value, '1234');
    assert.equal(await count(), before, 'the check writes nothing');

    const done = await commit(t, admin, batch.id);
    assert.equal(done.status, 'committed');
    assert.deepEqual(done.comparison, { new: 4, changed: 0, unchanged: 0, at: 'commit' });
    assert.equal(await count(), before + 4);
    assert.deepEqual(await stored('KES_JKN_CAKUPAN', '2026', 'P'), { value: '12.5', status: 'draft' });
    assert.equal((await stored('KDD_PENDUDUK', '2026', 'L', 'umur8=15-24')).value, '12345678');
    const audit = await countOf(t, sql`select count(*) from audit_log where entity = 'import_batch'`);
    assert.equal(audit, 1);
  });

  test('re-importing the same file changes nothing and writes no history', async () => {
    const csv = `${HEADER}\nKES_JKN_CAKUPAN,72.71,2026,P,"12,50"\nKDD_PENDUDUK,72.71,2026,P,1234\n`;
    const h = await history();
    const batch = await upload(t, admin, 'again.csv', csv);
    assert.equal(batch.status, 'checked');
    // The demo population has age groups: without umur8 the row is incomplete.
    assert.equal(batch.errorCount, 1);
    assert.equal(batch.errors.items[0].code, 'row_member_missing');

    const fixed = `${HEADER},umur8\nKES_JKN_CAKUPAN,72.71,2026,P,"12,50",\nKDD_PENDUDUK,72.71,2026,P,1234,15-24\n`;
    const again = await commit(t, admin, (await upload(t, admin, 'again.csv', fixed)).id);
    assert.deepEqual(again.comparison, { new: 0, changed: 0, unchanged: 2, at: 'commit' });
    assert.equal(await history(), h);
  });

  test('a changed value keeps its history and becomes a draft again', async () => {
    await t.database.db.execute(
      sql`update data_values set status = 'verified' where region_code = ${REGION} and period = '2026'`,
    );
    const h = await history();
    const csv = `${HEADER}\nKES_JKN_CAKUPAN,72.71,2026,P,13\nKES_JKN_CAKUPAN,72.71,2026,L,"97,25"\n`;
    const done = await commit(t, admin, (await upload(t, admin, 'change.csv', csv)).id);
    assert.deepEqual(done.comparison, { new: 0, changed: 1, unchanged: 1, at: 'commit' });
    assert.equal(await history(), h + 1);
    assert.deepEqual(await stored('KES_JKN_CAKUPAN', '2026', 'P'), { value: '13', status: 'draft' });
    assert.equal((await stored('KES_JKN_CAKUPAN', '2026', 'L')).status, 'verified');
  });

  test('the XLSX template round-trips: unchanged as exported, one edited cell changes one value', async () => {
    const bytes = await template(admin, 'period=2023&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    // Each heading in the request's language (Indonesian by default) with its code beneath.
    const header = (sheet.getRow(1).values as string[]).slice(1).map((h) => h.split('\n').at(-1)!);
    assert.deepEqual(header.slice(0, 3), ['indicator_code', 'indicator_name', 'period']);
    assert.deepEqual(header.slice(-2), ['P', 'L']);
    assert.ok(header.includes('umur8'));
    assert.equal(sheet.getRow(1).getCell(1).value, 'Kode indikator\nindicator_code');

    const h = await history();
    const before = await count();
    const same = await upload(t, admin, 'template.xlsx', bytes);
    assert.equal(same.status, 'checked', JSON.stringify(same.errors.items.slice(0, 3)));
    assert.equal(same.comparison?.changed, 0);
    assert.equal(same.comparison?.new, 0);
    assert.ok(same.values > 100, `values: ${same.values}`);
    const done = await commit(t, admin, same.id);
    assert.deepEqual([done.comparison?.new, done.comparison?.changed], [0, 0]);
    assert.deepEqual([await count(), await history()], [before, h]);

    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'KES_KEMATIAN_IBU')!;
    row.getCell(header.indexOf('P') + 1).value = 99;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const changed = await upload(t, admin, 'template.xlsx', edited);
    assert.deepEqual(changed.comparison, { new: 0, changed: 1, unchanged: same.values - 1, at: 'check' });
  });

  test('the CSV template round-trips too', async () => {
    const bytes = await template(admin, 'period=2022&format=csv&indicators=KDD_PENDUDUK,KES_UHH');
    const text = bytes.toString('utf8');
    assert.match(
      text,
      /^\uFEFFKode indikator \(indicator_code\);Kode wilayah \(region_code\);Periode \(period\);Jenis kelamin \(sex\);Kelompok umur.*\(umur8\);Nilai \(value\);Catatan \(note\)\r\n/,
    );
    assert.match(text, /\r\nKDD_PENDUDUK;72\.71;2022;P;15–24 tahun \(15-24\);/, 'members as "label (code)"');
    const batch = await upload(t, admin, 'template.csv', bytes);
    assert.equal(batch.status, 'checked', JSON.stringify(batch.errors.items.slice(0, 3)));
    assert.deepEqual(batch.comparison, { new: 0, changed: 0, unchanged: batch.values, at: 'check' });
    assert.equal(batch.values, 18);
  });

  test('a CSV export of the stored values imports back unchanged', async () => {
    const res = await t.app.inject({
      url: '/api/values/export?format=csv&region=72.71&from=2019&to=2023',
      headers: { cookie: admin },
    });
    assert.equal(res.statusCode, 200);
    const batch = await upload(t, admin, 'export.csv', res.rawPayload);
    assert.equal(batch.status, 'checked', JSON.stringify(batch.errors.items.slice(0, 3)));
    assert.ok(batch.values > 500, `values: ${batch.values}`);
    assert.deepEqual(batch.comparison, { new: 0, changed: 0, unchanged: batch.values, at: 'check' });
  });

  test('a kecamatan column accepts the region’s own districts only', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/indicators',
      headers: { cookie: admin },
      payload: {
        code: 'PALU_KADER_KEC',
        nameId: 'Jumlah kader per kecamatan',
        nameEn: 'Volunteers per district',
        unit: 'orang',
        domainGroup: 'kesehatan',
        source: 'administrative',
        aggregation: 'sum',
        dimensions: ['kecamatan'],
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const csv =
      'indicator_code;region_code;period;sex;kecamatan;value\r\n' +
      'PALU_KADER_KEC;72.71;2024;P;72.71.01;12\r\n' +
      'PALU_KADER_KEC;72.71;2024;L;72.03.04;9\r\n';
    const batch = await upload(t, admin, 'kecamatan.csv', csv);
    assert.equal(batch.status, 'checked');
    assert.deepEqual(
      batch.errors.items.map((e) => [e.row, e.code]),
      [[3, 'row_member_unknown']],
    );
  });

  test('a failure during the merge leaves nothing written', async () => {
    await t.database.db.execute(
      sql.raw(`create function refuse_import() returns trigger language plpgsql as $$
      begin if new.value = 4242 then raise exception 'injected failure'; end if; return new; end $$`),
    );
    await t.database.db.execute(
      sql.raw(`create trigger refuse_import before insert or update on data_values
        for each row execute function refuse_import()`),
    );
    try {
      const [before, h] = [await count(), await history()];
      const csv = `${HEADER}\nKES_JKN_CAKUPAN,72.71,2026,P,50\nKES_KEMATIAN_IBU,72.71,2027,P,7\nKES_KEMATIAN_IBU,72.71,2028,P,4242\n`;
      const done = await commit(t, admin, (await upload(t, admin, 'fails.csv', csv)).id);
      assert.equal(done.status, 'failed');
      assert.equal(done.errors.items[0].code, 'import_failed');
      assert.deepEqual([await count(), await history()], [before, h]);
      assert.equal((await stored('KES_JKN_CAKUPAN', '2026', 'P')).value, '13');
    } finally {
      await t.database.db.execute(sql.raw('drop trigger refuse_import on data_values'));
    }
  });

  test('an operator imports only their OPD’s indicators and may not change verified values', async () => {
    const csv = `${HEADER}\nKES_KEMATIAN_IBU,72.71,2030,P,2\nPDD_APS_SMA,72.71,2030,P,80\n`;
    const refused = await upload(t, operator, 'op.csv', csv);
    assert.equal(refused.errorCount, 1);
    assert.equal(refused.errors.items[0].row, 3);
    assert.match(refused.errors.items[0].message, /PDD_APS_SMA/);
    assert.equal(refused.canCommit, false);

    const locked = await upload(t, operator, 'op.csv', `${HEADER}\nKES_JKN_CAKUPAN,72.71,2026,L,50\n`);
    assert.equal(locked.errors.items[0].code, 'row_value_locked');

    const own = await commit(
      t,
      operator,
      (await upload(t, operator, 'op.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2030,P,2\n`)).id,
    );
    assert.equal(own.status, 'committed');
    assert.equal((await stored('KES_KEMATIAN_IBU', '2030', 'P')).status, 'draft');

    // The admin sees every batch of the region, the operator only their own.
    const list = (cookie: string) =>
      t.app.inject({ url: `/api/regions/${REGION}/imports?pageSize=200`, headers: { cookie } });
    const all = (await list(admin)).json();
    const mine = (await list(operator)).json();
    assert.ok(all.total > mine.total && mine.total === 3);
    const adminBatch = all.items.find((b: { uploadedBy: string }) => b.uploadedBy === 'demo.admin');
    assert.equal(
      (await t.app.inject({ url: `/api/imports/${adminBatch.id}`, headers: { cookie: operator } }))
        .statusCode,
      404,
    );
    assert.equal(
      (await t.app.inject({ url: `/api/imports/${own.id}`, headers: { cookie: admin } })).statusCode,
      200,
    );
  });

  test('reviewers cannot import; anonymous callers must sign in; a batch commits once', async () => {
    const reviewer = await t.login('demo.reviewer');
    const body = multipart('x.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2031,P,1\n`);
    const post = (cookie: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/regions/${REGION}/imports`,
        headers: { ...body.headers, cookie },
        payload: body.payload,
      });
    assert.equal((await post(reviewer)).statusCode, 403);
    assert.equal((await post('')).statusCode, 401);
    assert.equal((await t.app.inject({ url: `/api/regions/${REGION}/imports` })).statusCode, 401);
    assert.equal(
      (
        await t.app.inject({
          url: `/api/regions/${REGION}/imports/template?period=2024`,
          headers: { cookie: reviewer },
        })
      ).statusCode,
      403,
    );
    // Another region's admin sees nothing of Palu's imports.
    const other = await t.app.inject({ url: `/api/regions/72.01/imports`, headers: { cookie: admin } });
    assert.equal(other.statusCode, 403);

    const batch = await upload(t, admin, 'x.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.71,2031,P,1\n`);
    await commit(t, admin, batch.id);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/imports/${batch.id}/commit`,
      headers: { cookie: admin, origin: ORIGIN },
    });
    assert.equal(twice.statusCode, 409);
  });

  test('a superadmin may import rows of any region; others only their own', async () => {
    const superadmin = await t.login('demo.superadmin');
    const csv = `${HEADER}\nKES_KEMATIAN_IBU,72.01,2024,P,5\nKES_KEMATIAN_IBU,99.99,2024,P,5\n`;
    const batch = await upload(t, superadmin, 'national.csv', csv);
    assert.deepEqual(
      batch.errors.items.map((e) => [e.row, e.code]),
      [[3, 'row_region_unknown']],
    );
    const palu = await upload(t, admin, 'palu.csv', `${HEADER}\nKES_KEMATIAN_IBU,72.01,2024,P,5\n`);
    assert.equal(palu.errors.items[0].code, 'row_region_outside');
    assert.match(palu.errors.items[0].message, /72\.01/);
  });

  test('after a restart, batches left mid-way are failed with a reason and their files go', async () => {
    const [row] = await t.database.db
      .insert(importBatches)
      .values({ regionCode: REGION, fileName: 'lost.csv', status: 'checking' })
      .returning();
    const jobs = new ImportJobs({ database: t.database, config: t.config, log: t.app.log, files: t.files });
    await jobs.sweep(true);
    const batch = await waitFor(t, admin, row.id, 'en');
    assert.equal(batch.status, 'failed');
    assert.match(batch.errors.items[0].message, /server restarted/);
  });
});
