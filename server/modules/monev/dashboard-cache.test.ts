/**
 * A kab/kota's dashboard and its province's side by side read each kab/kota's kept figures
 * (dashboard-cache.ts). After every kind of change that moves the figures — a report saved
 * through the API, its status moved (submit, verify, reopen), its beneficiaries or indicators, a
 * report removed, the plan line, its GAP, the region's monev settings — and once a deadline has
 * passed, what they answer must equal the same computed afresh.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { emptyGapContent } from '../../../domain/planning/gap-content.js';
import type { MonevDashboardDto } from '../../../api/monev.js';
import {
  monevBeneficiaries,
  monevIndicatorProgress,
  monevReports,
  monevSettings,
} from '../../db/schema-monev.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { buildApp } from '../../app.js';
import { DEMO_PASSWORD } from '../../db/seed/demo-data.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { rowsOf } from '../home/queries.js';
import { addResponsiveLine, client, emptyQuarter, opdIdOf, YEAR } from './test-helpers.js';

describe('monev dashboard: the province from kept kab/kota figures', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let operator: string;
  let provinsi: string;
  let line: string;
  let dinkes: string;

  before(async () => {
    t = await createTestApp();
    api = client(t);
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    provinsi = await t.login('demo.provinsi');
    dinkes = await opdIdOf(t, 'Dinkes');
    line = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0081', argCategory: 'netral' });
  });
  after(() => t.close());

  const dashboard = async (cookie: string, code: string) => {
    const res = await api.get(`/api/regions/${code}/monev/dashboard?year=${YEAR}`, cookie);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as MonevDashboardDto;
  };

  /**
   * Palu's dashboard and its province's as kept equal the same computed afresh (nothing kept),
   * and Palu's row of the province is Palu's total.
   */
  async function provinceAgrees(why: string) {
    const kept = [await dashboard(provinsi, '72'), await dashboard(admin, '72.71')];
    await t.database.db.execute(sql`delete from monev_dashboard_cache`);
    const [province, palu] = [await dashboard(provinsi, '72'), await dashboard(admin, '72.71')];
    assert.deepEqual(kept, [province, palu], why);
    const { code: _c, name: _n, ...row } = province.regions.find((r) => r.code === '72.71')!;
    assert.deepEqual(row, palu.total, why);
    assert.deepEqual(province.trend, palu.trend, `${why} (trend)`);
    return palu.total;
  }

  const db = () => t.database.db;
  const reportOf = async (quarter: number) =>
    (
      await db()
        .select({ id: monevReports.id })
        .from(monevReports)
        .where(and(eq(monevReports.subActivityId, line), eq(monevReports.quarter, quarter as 1)))
    )[0].id;

  test('stays equal to the live figures after each kind of change', async () => {
    // A netral line without an approved GAP counts nowhere; approving its GAP makes it count.
    assert.equal((await provinceAgrees('nothing yet')).lines, 0);
    const gap = emptyGapContent();
    gap.step9.indicators = [
      { id: 'i1', kind: 'output', text: 'Ibu terlayani', target: '100', unit: 'orang' },
    ];
    await db()
      .insert(gapDocuments)
      .values({ regionCode: '72.71', subActivityId: line, opdId: dinkes, year: YEAR, status: 'draft', gap });
    await db().update(gapDocuments).set({ status: 'approved' }).where(eq(gapDocuments.subActivityId, line));
    assert.equal((await provinceAgrees('GAP approved')).lines, 1);

    // Saved through the API: a draft, then its figures changed.
    const url = `/api/sub-activities/${line}/monev/${YEAR}-Q1`;
    const draft = await api.put(url, operator, emptyQuarter());
    assert.equal(draft.statusCode, 200, draft.body);
    assert.equal((await provinceAgrees('draft saved')).quarters[0].draft, 1);
    const saved = await api.put(url, operator, emptyQuarter({ version: 1, beneficiaries: { P: 12, L: 3 } }));
    assert.equal(saved.statusCode, 200, saved.body);
    await provinceAgrees('draft changed');

    // Submitted, verified, reopened (the statuses the review moves), with its breakdowns.
    const q1 = await reportOf(1);
    const status = (s: 'submitted' | 'verified' | 'returned') =>
      db()
        .update(monevReports)
        .set({ status: s, submittedAt: new Date(`${YEAR}-04-02T03:00:00Z`) })
        .where(eq(monevReports.id, q1));
    await status('submitted');
    assert.equal((await provinceAgrees('submitted')).beneficiaries.P, 12);
    await status('verified');
    await provinceAgrees('verified');
    await db().insert(monevBeneficiaries).values({
      regionCode: '72.71',
      reportId: q1,
      dimension: 'target_group',
      category: 'perempuan',
      female: 12,
      male: 0,
    });
    assert.deepEqual((await provinceAgrees('beneficiaries')).beneficiaries.group.perempuan, { P: 12, L: 0 });
    // The save copied the GAP's indicator into the report; its achievement recorded.
    await db()
      .insert(monevIndicatorProgress)
      .values({
        regionCode: '72.71',
        reportId: q1,
        indicatorId: 'i1',
        kind: 'output',
        text: 'Ibu terlayani',
        target: '100',
        achieved: '40',
      })
      .onConflictDoUpdate({
        target: [
          monevIndicatorProgress.regionCode,
          monevIndicatorProgress.reportId,
          monevIndicatorProgress.indicatorId,
        ],
        set: { achieved: '40' },
      });
    assert.equal((await provinceAgrees('indicator')).indicators.measured, 1);
    await status('returned');
    assert.equal((await provinceAgrees('reopened')).reportedLines, 0);
    await status('verified');

    // The plan line's pagu, the region's settings (deadlines decide "late").
    await db().update(subActivities).set({ budget: '250000000.00' }).where(eq(subActivities.id, line));
    assert.equal((await provinceAgrees('pagu')).pagu, '250000000.00');
    await db().insert(monevSettings).values({
      regionCode: '72.71',
      year: YEAR,
      deadlineQ2: '2000-07-15',
      sourceNote: 'Uji',
    });
    assert.equal((await provinceAgrees('deadlines')).quarters[1].late, 1);

    // A report removed (its breakdowns go with it).
    const q2 = await api.put(`/api/sub-activities/${line}/monev/${YEAR}-Q2`, operator, emptyQuarter());
    assert.equal(q2.statusCode, 200, q2.body);
    await provinceAgrees('second quarter');
    await db().delete(monevReports).where(eq(monevReports.id, q2.json().id));
    assert.equal((await provinceAgrees('removed')).quarters[1].draft, 0);
  });

  test('figures kept before a deadline passed are computed again ("late" moves with the day)', async () => {
    await provinceAgrees('kept');
    // As if kept yesterday, before the Q2 deadline went by (the kept row says it had not passed).
    await db().execute(sql`update monev_dashboard_cache
      set deadlines_passed = deadlines_passed # 2, figures = '{}'::jsonb
      where region_code = '72.71' and year = ${YEAR}`);
    await provinceAgrees('a deadline passed');
    const [kept] = await rowsOf<{ opds: number; passed: number }>(
      db(),
      sql`select (select count(*) from jsonb_object_keys(figures))::int as opds, deadlines_passed as passed
        from monev_dashboard_cache where region_code = '72.71' and year = ${YEAR}`,
    );
    assert.deepEqual(kept, { opds: 1, passed: 2 });
  });

  test('a kept row of an older generation is not used', async () => {
    await provinceAgrees('kept');
    await db().execute(sql`update monev_dashboard_cache
      set generation = generation - 1, figures = '{}'::jsonb
      where region_code = '72.71' and year = ${YEAR}`);
    await provinceAgrees('older generation');
  });

  test('behind a read replica, what it computes is kept on the primary', async () => {
    const replica = await createTestApp();
    const app = await buildApp({ ...t.database, readDb: replica.database.db, hasReplica: true }, t.config);
    try {
      await app.ready();
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'demo.provinsi', password: DEMO_PASSWORD },
      });
      assert.equal(login.statusCode, 200, login.body);
      const cookie = login.cookies.find((c) => c.name === 'setara_session')!;
      await db().execute(sql`delete from monev_dashboard_cache`);
      const res = await app.inject({
        url: `/api/regions/72/monev/dashboard?year=${YEAR}`,
        headers: { cookie: `setara_session=${cookie.value}` },
      });
      assert.equal(res.statusCode, 200, res.body);
      const kept = async (on: typeof db) =>
        (await rowsOf<{ n: number }>(on(), sql`select count(*)::int as n from monev_dashboard_cache`))[0].n;
      assert.equal(await kept(() => replica.database.db), 0);
      assert.ok((await kept(db)) > 0);
    } finally {
      await app.close();
      await replica.close();
    }
  });
});
