import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { desc, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';
import { VALUE_NOTE_MAX } from '../../../api/values.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

/** A Dinas Kesehatan count (female only) of the demo operator's grid. */
const DEATHS = 'KES_KEMATIAN_IBU';
const PERIOD = '2026';

describe('a comment per value in the entry grid', () => {
  let t: TestApp;
  let operator: string;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    operator = await t.login('demo.operator');
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const save = (cookie: string, values: object[]) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/entry',
      headers: { cookie },
      payload: { period: PERIOD, values },
    });
  const storedNote = async (cookie: string) => {
    const res = await t.app.inject({
      url: `/api/regions/72.71/entry?period=${PERIOD}`,
      headers: { cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    const v = res.json().values.find((x: { indicatorCode: string }) => x.indicatorCode === DEATHS);
    return v ? { value: Number(v.value), note: v.note as string | null, status: v.status as string } : null;
  };
  const history = () =>
    countOf(
      t,
      sql`select count(*) from data_value_history where indicator_code = ${DEATHS} and period = ${PERIOD}`,
    );

  test('a note is saved with its value, over several lines, and read back by every reader of the grid', async () => {
    const res = await save(operator, [
      { indicatorCode: DEATHS, sex: 'P', value: '3', note: '  Dua di RSUD Undata,\r\nsatu di rumah.  ' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(await storedNote(operator), {
      value: 3,
      note: 'Dua di RSUD Undata,\nsatu di rumah.',
      status: 'draft',
    });
    // The reviewer reads the same grid, note included.
    const reviewer = await t.login('demo.reviewer');
    assert.equal((await storedNote(reviewer))?.note, 'Dua di RSUD Undata,\nsatu di rumah.');
  });

  test('the note alone changes: the value stays, the history keeps the change and the audit the texts', async () => {
    const before = await history();
    const res = await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: 'Sesuai laporan AMP.' }]);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().changed, 1);
    assert.deepEqual(await storedNote(operator), { value: 3, note: 'Sesuai laporan AMP.', status: 'draft' });
    assert.equal(await history(), before + 1);
    const [row] = await t.database.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entity, 'data_values'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const audit = row as {
      before: { notes: { note: string }[] };
      after: { notesChanged: number; notes: { note: string }[] };
    };
    assert.equal(audit.after.notesChanged, 1);
    assert.equal(audit.before.notes[0].note, 'Dua di RSUD Undata,\nsatu di rumah.');
    assert.equal(audit.after.notes[0].note, 'Sesuai laporan AMP.');

    // Saving the same again changes nothing; a value change leaves the note as it was.
    assert.equal(
      (await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: 'Sesuai laporan AMP.' }])).json()
        .changed,
      0,
    );
    await save(operator, [{ indicatorCode: DEATHS, sex: 'P', value: '4' }]);
    assert.deepEqual(await storedNote(operator), { value: 4, note: 'Sesuai laporan AMP.', status: 'draft' });
  });

  test('an empty note or null removes it', async () => {
    await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: '   ' }]);
    assert.equal((await storedNote(operator))?.note, null);
    await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: 'lagi' }]);
    await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: null }]);
    assert.equal((await storedNote(operator))?.note, null);
  });

  test('bad notes are refused naming the cell’s field, and nothing is written', async () => {
    const before = await storedNote(operator);
    const cases: [unknown, string, number][] = [
      ['x'.repeat(VALUE_NOTE_MAX + 1), 'values.0.note', 400],
      ['a\u0000b', 'values.0.note', 400],
      ['a\u0007b', 'values.0.note', 400],
      ['a\u202eb', 'values.0.note', 400],
      [42, 'values.0.note', 400],
      [['a'], 'values.0.note', 400],
    ];
    for (const [note, field, status] of cases) {
      const res = await save(operator, [{ indicatorCode: DEATHS, sex: 'P', value: '9', note }]);
      assert.equal(res.statusCode, status, `${JSON.stringify(note).slice(0, 20)}: ${res.body}`);
      const body = res.json();
      // NUL is refused by the global hook, which names the field the same way.
      assert.ok(
        Object.keys(body.error.fields ?? {}).some((f) => f.endsWith(field) || f === field),
        `${JSON.stringify(note).slice(0, 20)} names ${field}: ${res.body}`,
      );
    }
    assert.deepEqual(await storedNote(operator), before);
    // A note exactly at the limit is fine.
    const ok = await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: 'x'.repeat(VALUE_NOTE_MAX) }]);
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('a note needs a value: none stored, or the value being removed', async () => {
    const other = await save(operator, [
      { indicatorCode: 'KES_IBU_BERSALIN', sex: 'P', note: 'tanpa nilai' },
    ]);
    assert.equal(other.statusCode, 422);
    assert.ok(other.json().error.fields['values.0.note']);
    const removing = await save(operator, [{ indicatorCode: DEATHS, sex: 'P', value: null, note: 'hapus' }]);
    assert.equal(removing.statusCode, 422);
    assert.ok(removing.json().error.fields['values.0.note']);
    assert.match(
      removing.json().error.message + JSON.stringify(removing.json().error.fields),
      /nilai|value/i,
    );
  });

  test('once submitted, the operator can no longer change the note; the admin can, keeping the status', async () => {
    const opdId = (await t.app.inject({ url: '/api/auth/me', headers: { cookie: operator } })).json().user
      .opdId;
    // Only a clean draft can be submitted.
    await save(operator, [{ indicatorCode: DEATHS, sex: 'P', value: '4', note: 'siap' }]);
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/entry/submit',
      headers: { cookie: operator },
      payload: { period: PERIOD, opdId },
    });
    assert.equal(submitted.statusCode, 200, submitted.body);
    const locked = await save(operator, [{ indicatorCode: DEATHS, sex: 'P', note: 'ubah' }]);
    assert.equal(locked.statusCode, 422);
    const byAdmin = await save(admin, [{ indicatorCode: DEATHS, sex: 'P', note: 'Dicek DP3A.' }]);
    assert.equal(byAdmin.statusCode, 200, byAdmin.body);
    assert.deepEqual(await storedNote(admin), { value: 4, note: 'Dicek DP3A.', status: 'submitted' });
  });
});
