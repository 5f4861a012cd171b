/**
 * Monev on the home page, on the demo's reports (server/db/seed/demo-monev-data.ts): the
 * operator's quarters due and overdue by the region's deadlines and their returned reports;
 * the reviewer's and DP3A's reports to verify and OPDs that have not reported a quarter past
 * its deadline. The 2026 deadlines are set relative to today so the test holds on any date.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { todayInIndonesia } from '../deadlines/reminders.js';

interface Task {
  kind: string;
  count: number;
  period: string | null;
  opdId: string | null;
  subActivityId: string | null;
}

const MONEV_KINDS = ['monev_due', 'monev_overdue', 'monev_returned', 'monev_to_verify', 'monev_opds_missing'];
/** A day relative to today in Indonesia (the home's calendar), as an ISO date. */
const day = (offset: number) =>
  new Date(Date.parse(`${todayInIndonesia()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

describe('home: monev tasks', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let opds: Map<string, string>;
  before(async () => {
    t = await createTestApp();
    for (const who of ['operator', 'admin', 'reviewer', 'pokja', 'provinsi', 'superadmin'])
      cookies[who] = await t.login(`demo.${who}`);
    opds = await demoOpdIdsByShortName(t, cookies.admin);
  });
  after(() => t.close());

  const tasksOf = async (who: string) => {
    const res = await t.app.inject({ url: '/api/regions/72.71/home', headers: { cookie: cookies[who] } });
    assert.equal(res.statusCode, 200, res.body);
    const tasks = (res.json() as { tasks: Task[] }).tasks.filter((x) => MONEV_KINDS.includes(x.kind));
    return Object.fromEntries(tasks.map((x) => [x.kind, x])) as Record<string, Task>;
  };
  /** The demo line of Dinkes 2026 (or another OPD's) by code. */
  const lineId = async (code: string, shortName = 'Dinkes') => {
    const [row] = (
      (await t.database.db.execute(
        sql`select id from sub_activities where region_code = '72.71' and year = 2026 and code = ${code}
            and opd_id = ${opds.get(shortName)}`,
      )) as unknown as { rows: { id: string }[] }
    ).rows;
    return row.id;
  };
  const reportOf = async (code: string, quarter: number, shortName = 'Dinkes') => {
    const res = await t.app.inject({
      url: `/api/sub-activities/${await lineId(code, shortName)}/monev/2026-Q${quarter}`,
      headers: { cookie: cookies.reviewer },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { id: string; version: number; status: string };
  };
  const setDeadlines = async (deadlines: Record<number, string>, year = 2026) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/monev/settings',
      headers: { cookie: cookies.admin, origin: 'http://localhost:80' },
      payload: { year, expectedShare: { 1: 20, 2: 45, 3: 70, 4: 95 }, deadlines, sourceNote: 'Uji' },
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  const decide = async (code: string, shortName: string, decision: 'verify' | 'return') => {
    const report = await reportOf(code, 3, shortName);
    assert.equal(report.status, 'submitted');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/monev/${report.id}/decision`,
      headers: { cookie: cookies.reviewer, origin: 'http://localhost:80' },
      payload: {
        version: report.version,
        decision,
        comments: decision === 'return' ? [{ field: 'kendala', body: 'Uraikan kendala per puskesmas.' }] : [],
      },
    });
    assert.equal(res.statusCode, 200, res.body);
  };

  test('each role is shown the monev tasks its access gives; readers none', async () => {
    assert.deepEqual(Object.keys(await tasksOf('operator')).sort(), [
      'monev_due',
      'monev_overdue',
      'monev_returned',
    ]);
    for (const who of ['admin', 'reviewer', 'superadmin'])
      assert.deepEqual(
        Object.keys(await tasksOf(who)).sort(),
        ['monev_opds_missing', 'monev_to_verify'],
        who,
      );
    for (const who of ['pokja', 'provinsi']) assert.deepEqual(await tasksOf(who), {}, who);
  });

  test('the operator: overdue, due and returned quarters of their OPD only, by the deadlines', async () => {
    // The first three quarters of 2026 past their deadline, the fourth ahead.
    await setDeadlines({ 1: day(-200), 2: day(-100), 3: day(-1), 4: day(1) });
    const mine = await tasksOf('operator');
    // Dinkes's third quarter of PMT (1.02.02.2.02.0015) is still a draft: one report, opened directly.
    assert.equal(mine.monev_overdue.count, 1);
    assert.equal(mine.monev_overdue.period, '2026-Q3');
    assert.equal(mine.monev_overdue.subActivityId, await lineId('1.02.02.2.02.0015'));
    assert.equal(mine.monev_overdue.opdId, opds.get('Dinkes'));
    // Every one of Dinkes's four responsive lines owes its fourth quarter: the list opens.
    assert.equal(mine.monev_due.count, 4);
    assert.equal(mine.monev_due.period, '2026-Q4');
    assert.equal(mine.monev_due.subActivityId, null);
    // The returned report of ibu bersalin (1.02.02.2.02.0002).
    assert.equal(mine.monev_returned.count, 1);
    assert.equal(mine.monev_returned.subActivityId, await lineId('1.02.02.2.02.0002'));
    assert.equal(mine.monev_returned.period, '2026-Q3');
    // The region has more overdue quarters (Dinsos's draft, Disnakerin's and DPPKB's missing ones).
    const regionOverdue = await countOf(
      t,
      sql`select count(*) from sub_activities s
          left join monev_reports r on r.sub_activity_id = s.id and r.quarter = 3
          where s.region_code = '72.71' and s.year = 2026
            and s.arg_category in ('khusus', 'kesetaraan', 'kelembagaan') and (r.id is null or r.status = 'draft')`,
    );
    assert.equal(regionOverdue, 4);
  });

  test('DP3A and the reviewer: reports to verify and OPDs that have not reported a past quarter', async () => {
    const admin = await tasksOf('admin');
    assert.deepEqual(admin, await tasksOf('reviewer'));
    // Submitted: Dinkes's ibu hamil, DP3A's leadership training, Disdikbud's anti-bullying.
    assert.equal(admin.monev_to_verify.count, 3);
    assert.equal(admin.monev_to_verify.period, '2026-Q3');
    assert.equal(admin.monev_to_verify.subActivityId, null);
    // Dinkes and Dinsos (drafts), Disnakerin and DPPKB (nothing) for the third quarter.
    assert.equal(admin.monev_opds_missing.count, 4);
    assert.equal(admin.monev_opds_missing.period, '2026-Q3');
    assert.equal(admin.monev_opds_missing.opdId, null);
  });

  test('verifying and returning move the queue and the operator’s returns', async () => {
    await decide('2.08.02.2.02.0001', 'DP3A', 'verify');
    await decide('1.02.02.2.02.0001', 'Dinkes', 'return');
    const reviewer = await tasksOf('reviewer');
    assert.equal(reviewer.monev_to_verify.count, 1);
    assert.equal(reviewer.monev_to_verify.subActivityId, await lineId('1.01.02.2.02.0055', 'Disdikbud'));
    const operator = await tasksOf('operator');
    assert.equal(operator.monev_returned.count, 2);
    assert.equal(operator.monev_returned.subActivityId, null);
    // A returned report was submitted once: it is neither due nor overdue.
    assert.equal(operator.monev_overdue.count, 1);
  });

  test('a deadline passing turns due into overdue; OPDs missing count each OPD once', async () => {
    await setDeadlines({ 1: day(-200), 2: day(-100), 3: day(-10), 4: day(-1) });
    const operator = await tasksOf('operator');
    assert.equal(operator.monev_due.count, 0);
    assert.equal(operator.monev_due.period, null);
    assert.equal(operator.monev_overdue.count, 5);
    assert.equal(operator.monev_overdue.period, '2026-Q3');
    // Now every OPD with a responsive 2026 line owes the fourth quarter.
    const withLines = await countOf(
      t,
      sql`select count(distinct opd_id) from sub_activities
          where region_code = '72.71' and year = 2026 and arg_category in ('khusus', 'kesetaraan', 'kelembagaan')`,
    );
    assert.ok(withLines > 4);
    const admin = await tasksOf('admin');
    assert.equal(admin.monev_opds_missing.count, withLines);
    // No deadline set for a quarter: nothing is asked for it.
    await setDeadlines({ 1: day(-200), 2: day(-100), 3: day(-10) });
    assert.equal((await tasksOf('operator')).monev_overdue.count, 1);
    assert.equal((await tasksOf('admin')).monev_opds_missing.count, 4);
  });

  test('a quarter whose deadline passed more than a year ago is no longer asked for', async () => {
    // The demo's 2024 lines have no report: their fourth quarter counts, the first does not.
    const lines2024 = await countOf(
      t,
      sql`select count(*) from sub_activities where region_code = '72.71' and year = 2024
          and opd_id = ${opds.get('Dinkes')} and arg_category in ('khusus', 'kesetaraan', 'kelembagaan')`,
    );
    assert.ok(lines2024 > 1);
    await setDeadlines({ 1: day(-366), 4: day(-30) }, 2024);
    const overdue = (await tasksOf('operator')).monev_overdue;
    assert.equal(overdue.count, 1 + lines2024);
    assert.equal(overdue.period, '2024-Q4');
    await setDeadlines({ 1: day(-365) }, 2024);
    assert.equal((await tasksOf('operator')).monev_overdue.count, 1 + lines2024);
    assert.equal((await tasksOf('operator')).monev_overdue.period, '2024-Q1');
  });
});
