/**
 * The demo's monev (demo-monev.ts): 2025 Q1–Q4 and 2026 Q1–Q3 on every demo gender-responsive
 * line, marked demo, consistent (cumulative = sum of additions, groups within the sex totals),
 * with the mix of statuses and flags the demo is meant to show; seeding twice adds nothing; the
 * demo removal takes the reports and the demo settings, not a region's own settings.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo, seedDemo } from './demo.js';
import { seedDemoMonev } from './demo-monev.js';
import { DEMO_MONEV_SOURCE_NOTE } from './demo-monev-data.js';

interface ListItem {
  code: string;
  opd: { shortName: string };
  quarters: { quarter: number; status: string | null; flags: { code: string }[] }[];
}

describe('demo monev', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const list = async (year: number) => {
    const res = await t.app.inject({
      url: `/api/regions/72.71/monev?year=${year}`,
      headers: { cookie: admin },
    });
    assert.equal(res.statusCode, 200, res.body);
    return (res.json() as { items: ListItem[] }).items;
  };

  test('every responsive demo line has its quarters, marked demo, with settings labelled CONTOH', async () => {
    const perYear = await rows<{ year: number; lines: number; reports: number; demo: number }>(sql`
      select s.year, count(distinct s.id)::int as lines, count(r.id)::int as reports,
        count(r.id) filter (where r.is_demo)::int as demo
      from sub_activities s
      left join monev_reports r on r.region_code = s.region_code and r.sub_activity_id = s.id
      where s.region_code = '72.71' and s.is_demo and s.year in (2025, 2026)
        and s.arg_category in ('khusus', 'kesetaraan', 'kelembagaan')
      group by s.year order by s.year`);
    assert.equal(perYear.length, 2);
    const [y2025, y2026] = perYear;
    assert.ok(y2025.lines >= 10 && y2026.lines >= 10);
    assert.equal(y2025.reports, y2025.lines * 4);
    // Two OPDs have not reported the third quarter of 2026.
    assert.equal(y2026.reports, y2026.lines * 3 - 2);
    assert.equal(y2025.demo, y2025.reports);
    assert.equal(y2026.demo, y2026.reports);
    assert.equal(
      await countOf(t, sql`select count(*) from monev_reports where year = 2026 and quarter = 4`),
      0,
    );

    const settings = await rows<{
      year: number;
      threshold_q2: string;
      deadline_q3: string;
      source_note: string;
    }>(
      sql`select year, threshold_q2, deadline_q3, source_note from monev_settings where region_code = '72.71' order by year`,
    );
    assert.deepEqual(
      settings.map((s) => [s.year, s.threshold_q2, s.deadline_q3]),
      [
        [2025, '45.00', '2025-10-15'],
        [2026, '45.00', '2026-10-15'],
      ],
    );
    for (const s of settings) assert.match(s.source_note, /^CONTOH — bukan ketentuan resmi/);
  });

  test('figures are consistent: cumulative sums, groups within the sex totals, texts on what was sent', async () => {
    const broken = await rows<{ id: string }>(sql`
      select r.id from monev_reports r
      where r.region_code = '72.71' and r.is_demo and (
        r.budget_cumulative <> (select sum(x.budget_addition) from monev_reports x
          where x.sub_activity_id = r.sub_activity_id and x.quarter <= r.quarter)
        or r.output_cumulative <> (select sum(x.output_addition) from monev_reports x
          where x.sub_activity_id = r.sub_activity_id and x.quarter <= r.quarter)
        or r.budget_addition < 0 or r.output_addition < 0
        or (r.status <> 'draft' and (r.kendala = '' or r.tindak_lanjut = ''))
        or exists (select 1 from monev_beneficiaries b where b.report_id = r.id
          and (b.female > r.beneficiaries_female or b.male > r.beneficiaries_male))
        or (select coalesce(sum(b.female), 0) from monev_beneficiaries b
          where b.report_id = r.id and b.dimension = 'age_group') > r.beneficiaries_female)`);
    assert.deepEqual(broken, []);
    // Money is exact Rupiah, not a rounded share.
    assert.ok(
      (await countOf(
        t,
        sql`select count(*) from monev_reports where is_demo and budget_cumulative % 1000000 <> 0`,
      )) > 50,
    );
    assert.ok(
      (await countOf(t, sql`select count(*) from monev_beneficiaries b where b.dimension = 'target_group'`)) >
        50,
    );
    // The GAP lines of 2026 report on their step 9 indicators.
    assert.ok((await countOf(t, sql`select count(*) from monev_indicator_progress`)) >= 6);
  });

  test('statuses are mixed, some late, some behind, one over the pagu confirmed with a reason', async () => {
    const statuses = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from monev_reports where year = 2026 and quarter = 3 group by status order by status`,
    );
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['draft', 'returned', 'submitted', 'verified'],
    );
    assert.equal(
      await countOf(
        t,
        sql`select count(*) from monev_reports r join monev_comments c on c.report_id = r.id
            where r.status = 'returned' and c.submission = r.submission`,
      ),
      2,
    );
    const flags = (items: ListItem[], code: string) =>
      items.flatMap((i) => i.quarters.filter((q) => q.status && q.flags.some((f) => f.code === code)));
    const y2025 = await list(2025);
    assert.ok(flags(y2025, 'late').length >= 3);
    assert.ok(flags(y2025, 'behind_schedule').length >= 4);
    assert.equal(flags(y2025, 'over_pagu').length, 1);
    const over = await rows<{ over_confirmed: boolean; over_reason: string }>(
      sql`select over_confirmed, over_reason from monev_reports where budget_cumulative > (
            select budget from sub_activities s where s.id = sub_activity_id)`,
    );
    assert.equal(over.length, 1);
    assert.equal(over[0].over_confirmed, true);
    assert.ok(over[0].over_reason.length > 20);
    const y2026 = await list(2026);
    assert.ok(flags(y2026, 'late').length >= 3);
    // Quarters nobody reported past their deadline are flagged late in the list.
    assert.equal(
      y2026.flatMap((i) => i.quarters.filter((q) => q.quarter === 3 && !q.status && q.flags.length)).length,
      2,
    );
  });

  test('seeding again adds nothing; the demo removal takes the reports and the demo settings only', async () => {
    const before = await countOf(t, sql`select count(*) from monev_reports`);
    assert.equal(await seedDemoMonev(t.database.db), 0);
    await seedDemo(t.database.db);
    assert.equal(await countOf(t, sql`select count(*) from monev_reports`), before);

    // The region's admin saves its own 2026 settings: they are the region's now and stay.
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/monev/settings',
      headers: { cookie: admin, origin: 'http://localhost:80' },
      payload: {
        year: 2026,
        expectedShare: { 1: 25, 2: 50, 3: 75, 4: 100 },
        deadlines: { 1: '2026-04-10' },
        sourceNote: 'Surat Edaran Wali Kota tentang monev PPRG',
      },
    });
    assert.equal(saved.statusCode, 200, saved.body);
    await removeDemo(t.database.db);
    assert.equal(await countOf(t, sql`select count(*) from monev_reports`), 0);
    assert.equal(await countOf(t, sql`select count(*) from monev_beneficiaries`), 0);
    assert.equal(await countOf(t, sql`select count(*) from monev_comments`), 0);
    const left = await rows<{ year: number; source_note: string }>(
      sql`select year, source_note from monev_settings where region_code = '72.71'`,
    );
    assert.deepEqual(left, [{ year: 2026, source_note: 'Surat Edaran Wali Kota tentang monev PPRG' }]);
    assert.notEqual(left[0].source_note, DEMO_MONEV_SOURCE_NOTE);
  });
});
