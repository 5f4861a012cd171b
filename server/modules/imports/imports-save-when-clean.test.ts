/**
 * "Save when clean" (merge-as-checked.ts): a file chosen at upload to be saved as it is checked
 * is committed as drafts when no row is refused, and otherwise ends checked with nothing
 * stored — read on the server's thread and on a worker thread (check-in-worker.ts), on PGlite
 * or PostgreSQL (TEST_DATABASE_URL).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { commit, multipart, upload } from './test-helpers.js';

const REGION = '72.71';
const HEADER = 'indicator_code,region_code,period,sex,value';
const CLEAN = { saveWhenClean: 'true' };

for (const [where, workerMinBytes] of [
  ['on the server thread', '1000000000'],
  ['on a worker thread', '0'],
] as const) {
  describe(`save when clean, read ${where}`, () => {
    let t: TestApp;
    let admin: string;
    let operator: string;
    before(async () => {
      t = await createTestApp({ env: { IMPORT_WORKER_MIN_BYTES: workerMinBytes } });
      admin = await t.login('demo.admin');
      operator = await t.login('demo.operator');
    });
    after(() => t.close());

    const values = (period: string) =>
      countOf(t, sql`select count(*) from data_values where region_code = ${REGION} and period = ${period}`);
    const stored = async (indicator: string, period: string, sex: string) => {
      const result = (await t.database.db.execute(
        sql`select d.value::text as value, d.status, d.batch_id::int as batch_id, u.username
          from data_values d left join users u on u.id = d.updated_by where d.region_code = ${REGION}
          and d.indicator_code = ${indicator} and d.period = ${period} and d.sex = ${sex}`,
      )) as unknown as {
        rows: { value: string; status: string; batch_id: number; username: string | null }[];
      };
      return result.rows[0];
    };

    // Values of slices with nothing stored are copied straight into data_values (merge-as-checked.ts);
    // they still carry their batch and uploader, as the merge's INSERT gives them.
    test('a clean file is saved as drafts while it is checked, with its audit entry', async () => {
      const rows = [];
      for (let year = 2050; year < 2060; year++) {
        rows.push(`KES_KEMATIAN_IBU,${REGION},${year},P,${year - 2000}`);
        rows.push(`PDD_APS_SMA,${REGION},${year},P,${(year - 1970) / 2}`);
        rows.push(`PDD_APS_SMA,${REGION},${year},L,${(year - 1980) / 2}`);
      }
      const batch = await upload(t, admin, 'bersih.csv', `${HEADER}\n${rows.join('\n')}\n`, REGION, CLEAN);
      assert.equal(batch.status, 'committed', JSON.stringify(batch.errors));
      assert.equal(batch.saveWhenClean, true);
      assert.equal(batch.values, 30);
      assert.deepEqual(batch.comparison, { new: 30, changed: 0, unchanged: 0, at: 'commit' });
      assert.equal(batch.landingStatus, 'draft');
      const v = await stored('PDD_APS_SMA', '2055', 'L');
      assert.deepEqual(
        { value: v.value, status: v.status, batch: v.batch_id, by: v.username },
        { value: '37.5', status: 'draft', batch: batch.id, by: 'demo.admin' },
      );
      const audit = (await t.database.db.execute(
        sql`select after from audit_log where entity = 'import_batch' and entity_id = ${String(batch.id)}`,
      )) as unknown as { rows: { after: { savedWhenClean?: boolean; new?: number } }[] };
      assert.equal(audit.rows.length, 1);
      assert.equal(audit.rows[0].after.savedWhenClean, true);
      assert.equal(audit.rows[0].after.new, 30);

      // The same file again changes one value: history is kept as by a commit.
      const again = rows.map((r) =>
        r.startsWith('PDD_APS_SMA,72.71,2055,L') ? r.replace(/,[^,]*$/, ',40') : r,
      );
      const second = await upload(t, admin, 'bersih.csv', `${HEADER}\n${again.join('\n')}\n`, REGION, CLEAN);
      assert.equal(second.status, 'committed');
      assert.deepEqual(second.comparison, { new: 0, changed: 1, unchanged: 29, at: 'commit' });
      assert.equal((await stored('PDD_APS_SMA', '2055', 'L')).value, '40');
      assert.equal(
        await countOf(t, sql`select count(*) from data_value_history where batch_id = ${second.id}`),
        1,
      );
    });

    test('a refused row leaves nothing stored and the usual report, from which the rest can be saved', async () => {
      const csv = [
        HEADER,
        `KES_KEMATIAN_IBU,${REGION},2061,P,4`,
        `KES_KEMATIAN_IBU,${REGION},2062,P,bukan-angka`,
        `KES_KEMATIAN_IBU,${REGION},2063,P,6`,
      ].join('\n');
      const batch = await upload(t, admin, 'salah.csv', csv, REGION, CLEAN);
      assert.equal(batch.status, 'checked');
      assert.equal(batch.errorCount, 1);
      assert.equal(batch.errors.items[0].row, 3);
      assert.equal(batch.canCommitValid, true);
      assert.equal(batch.refused.rows, 1);
      for (const period of ['2061', '2062', '2063']) assert.equal(await values(period), 0);
      const saved = await commit(t, admin, batch.id, { mode: 'valid' });
      assert.equal(saved.status, 'committed');
      assert.equal((await values('2061')) + (await values('2063')), 2);
    });

    test('an operator’s file that would change a verified value is not saved and names the row', async () => {
      await upload(t, admin, 'v.csv', `${HEADER}\nKES_KEMATIAN_IBU,${REGION},2064,P,7\n`, REGION, CLEAN);
      await t.database.db.execute(
        sql`update data_values set status = 'verified' where region_code = ${REGION} and period = '2064'`,
      );
      const csv = `${HEADER}\nKES_KEMATIAN_IBU,${REGION},2065,P,1\nKES_KEMATIAN_IBU,${REGION},2064,P,8\n`;
      const batch = await upload(t, operator, 'op.csv', csv, REGION, CLEAN);
      assert.equal(batch.status, 'checked');
      assert.deepEqual(
        batch.errors.items.map((e) => [e.row, e.code]),
        [[3, 'row_value_locked']],
      );
      assert.equal(await values('2065'), 0);
      assert.equal((await stored('KES_KEMATIAN_IBU', '2064', 'P')).value, '7');
    });

    test('the choice is true or false, named when it is anything else', async () => {
      const body = multipart('x.csv', `${HEADER}\nKES_KEMATIAN_IBU,${REGION},2066,P,1\n`, {
        saveWhenClean: 'ya',
      });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/regions/${REGION}/imports`,
        headers: { ...body.headers, cookie: admin },
        payload: body.payload,
      });
      assert.equal(res.statusCode, 422, res.body);
      assert.ok(res.json().error.fields.saveWhenClean, res.body);
    });
  });
}
