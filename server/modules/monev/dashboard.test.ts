/**
 * The monev dashboard on a small hand-made year of Kota Palu (2027, a year the demo does not
 * use): three gender-responsive lines in two OPDs and one netral line that must not count, with
 * reports in every status, beneficiaries by group, a GAP indicator and the region's schedule.
 * Exact sums per OPD and for the region, an operator limited to their OPD, the province's
 * kab/kota side by side, the trend, and the SQL flag counts equal to the flags the report list
 * computes through domain/monev/flags.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { parseDecimal } from '../../../domain/number-parse.js';
import { emptyGapContent } from '../../../domain/planning/gap-content.js';
import {
  monevBeneficiaries,
  monevIndicatorProgress,
  monevReports,
  monevSettings,
} from '../../db/schema-monev.js';
import { gapDocuments } from '../../db/schema-planning.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { MonevDashboardDto, MonevListDto } from '../../../api/monev.js';
import { rowsOf } from '../home/queries.js';
import { decimalOf } from './dashboard-queries.js';
import { addResponsiveLine, client, opdIdOf, YEAR } from './test-helpers.js';

type Status = 'draft' | 'submitted' | 'returned' | 'verified';

describe('monev dashboard', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let operator: string;
  let provinsi: string;
  let dinkes: string;
  let dinsos: string;

  async function report(
    line: string,
    opdId: string,
    quarter: 1 | 2 | 3 | 4,
    status: Status,
    f: { budget: string; output?: string; P: number; L: number; submittedAt?: string },
  ) {
    const [row] = await t.database.db
      .insert(monevReports)
      .values({
        regionCode: '72.71',
        year: YEAR,
        opdId,
        subActivityId: line,
        quarter,
        status,
        budgetCumulative: f.budget,
        outputCumulative: f.output ?? '0',
        beneficiariesFemale: f.P,
        beneficiariesMale: f.L,
        submittedAt: f.submittedAt ? new Date(f.submittedAt) : null,
      })
      .returning({ id: monevReports.id });
    return row.id;
  }

  before(async () => {
    t = await createTestApp();
    api = client(t);
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    provinsi = await t.login('demo.provinsi');
    dinkes = await opdIdOf(t, 'Dinkes');
    dinsos = await opdIdOf(t, 'Dinsos');
    const db = t.database.db;

    // The schedule: Q1 and Q4 due far ahead, Q2 in the year, Q3 long past (so "late" does not
    // depend on the day the test runs).
    await db.insert(monevSettings).values({
      regionCode: '72.71',
      year: YEAR,
      thresholdQ1: '20',
      thresholdQ2: '45',
      thresholdQ3: '70',
      thresholdQ4: '95',
      deadlineQ1: '2999-04-15',
      deadlineQ2: `${YEAR}-07-15`,
      deadlineQ3: '2000-10-15',
      deadlineQ4: '2999-01-15',
      sourceNote: 'Uji',
    });

    // A: khusus for women (its TOR serves women only), pagu 100.000.000, target "200 orang".
    const a = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0091' });
    const gap = emptyGapContent();
    gap.step9.indicators = [
      { id: 'i1', kind: 'output', text: 'Ibu hamil mendapat pemeriksaan K4', target: '150', unit: 'orang' },
    ];
    await db.insert(gapDocuments).values({
      regionCode: '72.71',
      subActivityId: a,
      opdId: dinkes,
      year: YEAR,
      status: 'draft',
      gap,
      tor: { beneficiaries: { women: '200', men: '' } },
    });
    // Q1: mostly men on a women's activity (contradicts the plan); on time.
    const a1 = await report(a, dinkes, 1, 'verified', {
      budget: '20000000.50',
      output: '50',
      P: 40,
      L: 70,
      submittedAt: `${YEAR}-04-10T03:00:00Z`,
    });
    await db.insert(monevBeneficiaries).values([
      {
        regionCode: '72.71',
        reportId: a1,
        dimension: 'target_group',
        category: 'perempuan',
        female: 30,
        male: 0,
      },
      { regionCode: '72.71', reportId: a1, dimension: 'target_group', category: 'anak', female: 10, male: 5 },
    ]);
    // Q2: submitted five days after the deadline; the line's latest reported figures.
    const a2 = await report(a, dinkes, 2, 'submitted', {
      budget: '45000000.25',
      output: '120',
      P: 90,
      L: 30,
      submittedAt: `${YEAR}-07-20T03:00:00Z`,
    });
    await db.insert(monevBeneficiaries).values([
      {
        regionCode: '72.71',
        reportId: a2,
        dimension: 'target_group',
        category: 'perempuan',
        female: 80,
        male: 0,
      },
      { regionCode: '72.71', reportId: a2, dimension: 'age_group', category: 'dewasa', female: 70, male: 20 },
    ]);
    await db.insert(monevIndicatorProgress).values({
      regionCode: '72.71',
      reportId: a2,
      indicatorId: 'i1',
      kind: 'output',
      text: 'Ibu hamil mendapat pemeriksaan K4',
      target: '150',
      unit: 'orang',
      achieved: '150',
    });

    // B: kesetaraan, pagu 50.000.000, target "1.250 paket" (Indonesian thousands).
    const b = await addResponsiveLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0092',
      budget: '50000000.00',
      target: '1.250 paket',
      argCategory: 'kesetaraan',
    });
    // Q2: behind on budget (20 % < 45 %), physical above the target.
    await report(b, dinkes, 2, 'verified', {
      budget: '10000000.00',
      output: '1300',
      P: 5,
      L: 5,
      submittedAt: `${YEAR}-07-10T03:00:00Z`,
    });
    // Q3: a draft above the pagu, not submitted past its deadline; drafts do not count as realised.
    await report(b, dinkes, 3, 'draft', { budget: '60000000.00', output: '1300', P: 5, L: 5 });

    // D: Dinsos, khusus without a TOR, pagu 30.000.000, a target that is not a number.
    const d = await addResponsiveLine(t, 'Dinsos', {
      code: '1.06.04.2.02.0091',
      budget: '30000000.00',
      target: 'Dokumen',
    });
    await report(d, dinsos, 1, 'returned', {
      budget: '1000000.00',
      P: 10,
      L: 0,
      submittedAt: `${YEAR}-04-01T03:00:00Z`,
    });
    const d2 = await report(d, dinsos, 2, 'verified', {
      budget: '20000000.00',
      P: 25,
      L: 0,
      submittedAt: `${YEAR}-07-01T03:00:00Z`,
    });
    await db.insert(monevBeneficiaries).values({
      regionCode: '72.71',
      reportId: d2,
      dimension: 'target_group',
      category: 'perempuan',
      female: 25,
      male: 0,
    });

    // C: netral without an approved GAP: not gender-responsive, its report counts nowhere.
    const c = await addResponsiveLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0093',
      budget: '999000000.00',
      argCategory: 'netral',
    });
    await report(c, dinkes, 1, 'verified', {
      budget: '999000000.00',
      P: 1000,
      L: 1000,
      submittedAt: `${YEAR}-04-01T03:00:00Z`,
    });
  });
  after(() => t.close());

  const dashboard = async (cookie: string, code = '72.71') => {
    const res = await api.get(`/api/regions/${code}/monev/dashboard?year=${YEAR}`, cookie);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as MonevDashboardDto;
  };

  test('the region: exact sums from each line’s latest reported report', async () => {
    const body = await dashboard(admin);
    assert.equal(body.level, 'kabkota');
    assert.equal(body.opdId, null);
    const total = body.total;
    assert.equal(total.lines, 3);
    assert.equal(total.reportedLines, 3);
    assert.equal(total.pagu, '180000000.00');
    assert.equal(total.realised, '75000000.25');
    assert.equal(total.realisedShare, '41.67');
    // A: 120 of 200 = 60 %, B: 1300 of 1250 = 104 %; D's target is not a number.
    assert.deepEqual(total.physical, { measured: 2, averageShare: '82.00' });
    assert.equal(total.beneficiaries.P, 120);
    assert.equal(total.beneficiaries.L, 35);
    assert.deepEqual(total.beneficiaries.group.perempuan, { P: 105, L: 0 });
    assert.deepEqual(total.beneficiaries.group.anak, { P: 0, L: 0 });
    assert.deepEqual(total.beneficiaries.age.dewasa, { P: 70, L: 20 });
    assert.deepEqual(total.indicators, { count: 1, measured: 1, met: 1, averageAchievement: '100.00' });
    assert.deepEqual(total.quarters, [
      { quarter: 1, draft: 0, submitted: 0, returned: 1, verified: 1, missing: 1, late: 0 },
      { quarter: 2, draft: 0, submitted: 1, returned: 0, verified: 2, missing: 0, late: 1 },
      { quarter: 3, draft: 1, submitted: 0, returned: 0, verified: 0, missing: 2, late: 3 },
      { quarter: 4, draft: 0, submitted: 0, returned: 0, verified: 0, missing: 3, late: 0 },
    ]);
    assert.deepEqual(total.flags, {
      behind_schedule: 2,
      late: 4,
      beneficiaries_contradict_plan: 1,
      over_100: 2,
      over_pagu: 1,
    });
  });

  test('per OPD, adding up to the region', async () => {
    const body = await dashboard(admin);
    const byName = new Map(body.opds.map((o) => [o.shortName, o]));
    assert.deepEqual([...byName.keys()].sort(), ['Dinkes', 'Dinsos']);
    const k = byName.get('Dinkes')!;
    assert.equal(k.pagu, '150000000.00');
    assert.equal(k.realised, '55000000.25');
    assert.equal(k.realisedShare, '36.67');
    assert.deepEqual(k.flags, {
      behind_schedule: 1,
      late: 3,
      beneficiaries_contradict_plan: 1,
      over_100: 2,
      over_pagu: 1,
    });
    const s = byName.get('Dinsos')!;
    assert.equal(s.pagu, '30000000.00');
    assert.equal(s.realised, '20000000.00');
    assert.equal(s.realisedShare, '66.67');
    assert.deepEqual(s.beneficiaries.group.perempuan, { P: 25, L: 0 });
    assert.deepEqual(s.flags, {
      behind_schedule: 1,
      late: 1,
      beneficiaries_contradict_plan: 0,
      over_100: 0,
      over_pagu: 0,
    });
  });

  test('the flag counts equal the flags the report list computes through the domain rules', async () => {
    const res = await api.get(`/api/regions/72.71/monev?year=${YEAR}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const counts: Record<string, number> = {};
    for (const item of (res.json() as MonevListDto).items)
      for (const q of item.quarters) for (const f of q.flags) counts[f.code] = (counts[f.code] ?? 0) + 1;
    const { total } = await dashboard(admin);
    for (const [code, n] of Object.entries(total.flags)) assert.equal(n, counts[code] ?? 0, code);
  });

  test('an operator sees their own OPD only', async () => {
    const body = await dashboard(operator);
    assert.equal(body.opdId, dinkes);
    assert.deepEqual(
      body.opds.map((o) => o.id),
      [dinkes],
    );
    assert.equal(body.total.lines, 2);
    assert.equal(body.total.pagu, '150000000.00');
    assert.equal(body.total.realised, '55000000.25');
    assert.equal(body.total.beneficiaries.P, 95);
    const year = body.trend.find((y) => y.year === YEAR)!;
    assert.equal(year.pagu, '150000000.00');
    assert.equal(year.realised, '55000000.25');
  });

  test('the province: every kab/kota side by side, Palu with its figures', async () => {
    const palu = await dashboard(admin);
    const body = await dashboard(provinsi, '72');
    assert.equal(body.level, 'provinsi');
    assert.equal(body.opds.length, 0);
    assert.ok(body.regions.length > 1);
    const row = body.regions.find((r) => r.code === '72.71')!;
    assert.equal(row.name, 'Kota Palu');
    const { code: _c, name: _n, ...figures } = row;
    assert.deepEqual(figures, palu.total);
    for (const other of body.regions.filter((r) => r.code !== '72.71')) {
      assert.equal(other.lines, 0, other.code);
      assert.equal(other.realisedShare, null);
    }
    assert.deepEqual(body.total, palu.total);
    const year = body.trend.find((y) => y.year === YEAR)!;
    assert.deepEqual(year, {
      year: YEAR,
      lines: 3,
      reportedLines: 3,
      pagu: '180000000.00',
      realised: '75000000.25',
      realisedShare: '41.67',
      beneficiaries: { P: 120, L: 35 },
    });
  });

  test('the SQL reads plan numbers as domain/number-parse.ts does', async () => {
    const samples = [
      '200',
      '007',
      '1.250',
      '12.345',
      '1.234.567',
      '1.234.567,89',
      '0.125',
      '12.5',
      '1.2345',
      '1234.567',
      '12,5',
      '1,234',
      '1,234,567',
      '1,234.5',
      '1.2.3',
      '1,23,456',
      '1.234,5,6',
      '.5',
      ',5',
      '5.',
      '5,',
      ',',
      '',
    ];
    for (const text of samples) {
      const [row] = await rowsOf<{ v: string | null }>(
        t.database.db,
        sql`select ${decimalOf(sql`${text}::text`)}::text as v`,
      );
      const parsed = parseDecimal(text);
      const expected = parsed.ok ? parsed.value : null;
      // numeric keeps trailing zeros ("1234567.89" vs "1234567.890"): compare canonical forms.
      const canonical = row.v === null ? null : row.v.includes('.') ? row.v.replace(/\.?0+$/, '') : row.v;
      assert.equal(canonical === null ? null : canonical.replace(/^0+(?=\d)/, ''), expected, text);
    }
  });

  test('who may ask, and for which region', async () => {
    assert.equal((await api.get(`/api/regions/72/monev/dashboard?year=${YEAR}`, admin)).statusCode, 403);
    assert.equal((await api.get(`/api/regions/72/monev/dashboard?year=${YEAR}`, operator)).statusCode, 403);
    const national = await api.get(
      `/api/regions/ID/monev/dashboard?year=${YEAR}`,
      await t.login('demo.superadmin'),
    );
    assert.equal(national.statusCode, 422, national.body);
    assert.match(national.json().error.message, /kabupaten\/kota/);
    const noYear = await api.get('/api/regions/72.71/monev/dashboard', admin);
    assert.equal(noYear.statusCode, 400);
    assert.match(noYear.body, /year/);
  });
});
