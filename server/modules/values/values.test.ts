import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

/** Dinas Kesehatan's demo indicators include these (server/db/seed/catalog/kesehatan.ts). */
const PERCENT = 'KES_PERSALINAN_NAKES_PERSEN';
const DEATHS = 'KES_KEMATIAN_IBU';

describe('data entry and review', () => {
  let t: TestApp;
  let operator: string;
  let admin: string;
  let dinkes: string;
  before(async () => {
    t = await createTestApp();
    operator = await t.login('demo.operator');
    admin = await t.login('demo.admin');
    dinkes = (await t.app.inject({ url: '/api/auth/me', headers: { cookie: operator } })).json().user.opdId;
  });
  after(() => t.close());

  const grid = (cookie: string, period = '2025') =>
    t.app.inject({ url: `/api/regions/72.71/entry?period=${period}`, headers: { cookie } });
  const save = (cookie: string, values: object[], period = '2025') =>
    t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/entry',
      headers: { cookie },
      payload: { period, values },
    });
  const step = (cookie: string, name: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/regions/72.71/entry/${name}`, headers: { cookie }, payload });
  const valueCount = () => countOf(t, sql`select count(*) from data_values where period = '2025'`);

  test('the operator’s grid holds their OPD’s indicators with their cells', async () => {
    const res = await grid(operator);
    assert.equal(res.statusCode, 200);
    const codes = res.json().indicators.map((i: { indicator: { code: string } }) => i.indicator.code);
    assert.ok(codes.includes(PERCENT) && codes.includes(DEATHS));
    const deaths = res
      .json()
      .indicators.find((i: { indicator: { code: string } }) => i.indicator.code === DEATHS);
    assert.deepEqual(
      deaths.cells.map((c: { sex: string }) => c.sex),
      ['P'],
    );
    assert.equal(res.json().editable, true);
  });

  test('saves Indonesian-formatted numbers; refuses what the operator may not touch, all or nothing', async () => {
    const ok = await save(operator, [
      { indicatorCode: PERCENT, sex: 'P', value: '97,25', sourceRef: 'Laporan PWS KIA Desember 2025' },
    ]);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().changed, 1);
    const stored = (await grid(operator))
      .json()
      .values.find((v: { indicatorCode: string }) => v.indicatorCode === PERCENT);
    assert.equal(Number(stored.value), 97.25);
    assert.equal(stored.status, 'draft');
    assert.equal(stored.sourceRef, 'Laporan PWS KIA Desember 2025');

    const before = await valueCount();
    const bad = await save(operator, [
      { indicatorCode: DEATHS, sex: 'P', value: '2' },
      { indicatorCode: DEATHS, sex: 'L', value: '1' },
      { indicatorCode: PERCENT, sex: 'P', value: 'dua' },
    ]);
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['values.1.sex', 'values.2.value']);
    // Another OPD's indicator among good cells is refused as a permission failure, naming it.
    const notYours = await save(operator, [
      { indicatorCode: DEATHS, sex: 'P', value: '2' },
      { indicatorCode: 'PDD_APS_SMA', sex: 'P', value: '80' },
    ]);
    assert.equal(notYours.statusCode, 403);
    assert.deepEqual(Object.keys(notYours.json().error.fields), ['values.1.indicatorCode']);
    assert.equal(await valueCount(), before);
  });

  test('rule violations come back live and block submitting until fixed', async () => {
    const res = await save(operator, [{ indicatorCode: PERCENT, sex: 'P', value: '120' }]);
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().violations.some((v: { rule: string }) => v.rule === 'percent_range'));
    const refused = await step(operator, 'submit', { period: '2025', opdId: dinkes });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.json().error.message, /pelanggaran/);
    await save(operator, [{ indicatorCode: PERCENT, sex: 'P', value: '97,25' }]);
    const submitted = await step(operator, 'submit', { period: '2025', opdId: dinkes });
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.ok(submitted.json().moved >= 1);
  });

  test('submitted values are locked for the operator; DP3A returns, then verifies', async () => {
    const locked = await save(operator, [{ indicatorCode: PERCENT, sex: 'P', value: '90' }]);
    assert.equal(locked.statusCode, 422);
    assert.ok(locked.json().error.fields['values.0.value']);

    assert.equal((await step(operator, 'verify', { period: '2025', opdId: dinkes })).statusCode, 403);
    const noComment = await step(admin, 'return', { period: '2025', opdId: dinkes });
    assert.equal(noComment.statusCode, 422);
    const returned = await step(admin, 'return', {
      period: '2025',
      opdId: dinkes,
      comment: 'Sumber data belum dicantumkan.',
    });
    assert.equal(returned.statusCode, 200);
    assert.equal(
      (await save(operator, [{ indicatorCode: PERCENT, sex: 'P', value: '96,5' }])).statusCode,
      200,
    );
    assert.equal((await step(operator, 'submit', { period: '2025', opdId: dinkes })).statusCode, 200);
    const verified = await step(admin, 'verify', { period: '2025', opdId: dinkes });
    assert.equal(verified.statusCode, 200);

    const board = await t.app.inject({
      url: '/api/regions/72.71/entry/status?period=2025',
      headers: { cookie: admin },
    });
    const row = board.json().items.find((i: { opd: { id: string } }) => i.opd.id === dinkes);
    assert.equal(row.verified, 1);
    assert.equal(row.lastStep.action, 'verify');
  });

  test('every change of a value is kept in its history', async () => {
    const n = await countOf(
      t,
      sql`select count(*) from data_value_history where indicator_code = ${PERCENT} and period = '2025'`,
    );
    assert.ok(n >= 2, `history rows: ${n}`);
  });

  test('reviewers and pokja read the grid but cannot save', async () => {
    const reviewer = await t.login('demo.reviewer');
    assert.equal((await grid(reviewer)).statusCode, 200);
    assert.equal((await grid(reviewer)).json().editable, false);
    assert.equal((await save(reviewer, [{ indicatorCode: PERCENT, sex: 'P', value: '1' }])).statusCode, 403);
    assert.equal((await grid('')).statusCode, 401);
  });

  test('the demo ships verified history and a validation report', async () => {
    const report = await t.app.inject({
      url: '/api/regions/72.71/validation?period=2023',
      headers: { cookie: admin },
    });
    assert.equal(report.statusCode, 200);
    assert.ok(report.json().items.every((v: { severity: string }) => v.severity === 'warning'));
    const verified = await countOf(
      t,
      sql`select count(*) from data_values where is_demo and status = 'verified'`,
    );
    assert.ok(verified > 500);
  });
});
