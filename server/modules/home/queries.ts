/**
 * The aggregate reads behind the home page: a handful of GROUP BY queries per request, each
 * scoped by region (and OPD where the caller works for one), never one query per OPD or task.
 * Counts come back as int so both drivers answer numbers.
 */
import { sql, type SQL } from 'drizzle-orm';
import { MONEV_TASK_WINDOW_DAYS } from '../../../domain/home.js';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import type { Db } from '../../db/connection.js';

export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A text[] literal of parameters. Drizzle spreads an interpolated array into a parameter
 * list, which `= any(…)` and `unnest(…)` do not take.
 */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`array[]::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** The periods of a year: the year and its semesters and quarters (domain/period.ts). */
export function periodsOfYear(year: number): string[] {
  return [`${year}`, `${year}-S1`, `${year}-S2`, `${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`];
}

/**
 * The latest year with a value in any of `regionCodes`. One backward index probe per region ×
 * indicator on the primary key (region, indicator, period, …) instead of reading every value:
 * PostgreSQL has no loose index scan, and max(period) over a region alone reads all its rows.
 * Only indicators some OPD of the region answers for count (entered or imported values are
 * theirs), which is a region's own list rather than the whole catalog.
 */
export async function latestValueYear(db: Db, regionCodes: string[]): Promise<number | null> {
  if (regionCodes.length === 0) return null;
  const [row] = await rowsOf<{ year: number | null }>(
    db,
    sql`
      select max(left(x.period, 4))::int as year
      from indicator_assignments a
      cross join lateral (
        select max(v.period) as period from data_values v
        where v.region_code = a.region_code and v.indicator_code = a.indicator_code
      ) x
      where a.region_code = any(${textArray(regionCodes)})`,
  );
  return row?.year ?? null;
}

export interface PeriodCount {
  period: string;
  n: number;
}

/** Draft values of one OPD's indicators, per period. */
export function draftsOfOpd(db: Db, regionCode: string, opdId: string) {
  return rowsOf<PeriodCount>(
    db,
    sql`
      select v.period, count(*)::int as n
      from indicator_assignments a
      join data_values v on v.region_code = a.region_code and v.indicator_code = a.indicator_code
      where a.region_code = ${regionCode} and a.opd_id = ${opdId}
        and v.region_code = ${regionCode} and v.status = 'draft'
      group by v.period`,
  );
}

/** The periods whose latest review step for the OPD is a return (not yet resubmitted). */
export function returnedPeriods(db: Db, regionCode: string, opdId: string) {
  return rowsOf<{ period: string }>(
    db,
    sql`
      select period from (
        select distinct on (period) period, action
        from data_reviews
        where region_code = ${regionCode} and opd_id = ${opdId}
        order by period, at desc, id desc
      ) last
      where action = 'return'`,
  );
}

/** GAP documents of a status (of one OPD, or of every OPD), per budget year. */
export function gapsByYear(db: Db, regionCode: string, status: string, opdId: string | null) {
  return rowsOf<{ year: number; n: number }>(
    db,
    sql`
      select year, count(*)::int as n
      from gap_documents
      where region_code = ${regionCode} and status = ${status}
        ${opdId ? sql`and opd_id = ${opdId}` : sql``}
      group by year`,
  );
}

/** Imports checked and not committed: every one of the region, or one uploader's. */
export async function waitingImports(db: Db, regionCode: string, uploadedBy: string | null) {
  const [row] = await rowsOf<{ n: number; latest: number | null }>(
    db,
    sql`
      select count(*)::int as n, max(id)::int as latest
      from import_batches
      where region_code = ${regionCode} and status = 'checked'
        ${uploadedBy ? sql`and uploaded_by = ${uploadedBy}` : sql``}`,
  );
  return row ?? { n: 0, latest: null };
}

export interface OpdPeriodCounts {
  opdId: string;
  period: string;
  draft: number;
  submitted: number;
  verified: number;
}

/**
 * Per OPD × period of the data year, the values of the OPD's indicators by status: one
 * primary-key range per assigned indicator (region, indicator, the year's periods), so only
 * the year's rows are read.
 */
export function dataYearCounts(db: Db, regionCode: string, dataYear: number) {
  // A lateral probe per assignment: a plain join lets the planner read the whole region
  // (measured: a sequential scan of 99,200 values for the 9,600 of the year).
  return rowsOf<OpdPeriodCounts>(
    db,
    sql`
      select a.opd_id as "opdId", x.period,
        sum(x.draft)::int as draft, sum(x.submitted)::int as submitted, sum(x.verified)::int as verified
      from indicator_assignments a
      cross join lateral (
        select v.period,
          count(*) filter (where v.status = 'draft') as draft,
          count(*) filter (where v.status = 'submitted') as submitted,
          count(*) filter (where v.status = 'verified') as verified
        from data_values v
        where v.region_code = a.region_code and v.indicator_code = a.indicator_code
          and v.period = any(${textArray(periodsOfYear(dataYear))})
        group by v.period
      ) x
      where a.region_code = ${regionCode}
      group by a.opd_id, x.period`,
  );
}

/**
 * The OPD × period pairs with submitted values, any period: the verification queue. Read from
 * the partial index of values still in the workflow (data_values_open_idx), not the region's
 * verified history.
 */
export function submittedPairs(db: Db, regionCode: string) {
  return rowsOf<{ opdId: string; period: string }>(
    db,
    sql`
      select distinct a.opd_id as "opdId", v.period
      from data_values v
      join indicator_assignments a on a.region_code = v.region_code and a.indicator_code = v.indicator_code
      where v.region_code = ${regionCode} and v.status = 'submitted'`,
  );
}

/** The region's active OPDs that answer for at least one indicator, by name. */
export function opdsWithAssignments(db: Db, regionCode: string) {
  return rowsOf<{ id: string; name: string; shortName: string }>(
    db,
    sql`
      select o.id, o.name, o.short_name as "shortName"
      from opd o
      where o.region_code = ${regionCode} and o.active
        and exists (
          select 1 from indicator_assignments a where a.region_code = o.region_code and a.opd_id = o.id
        )
      order by o.name`,
  );
}

/**
 * The condition on a sub-kegiatan `l` that it owes the monev report of `quarter` and never
 * submitted it (none, or a draft; one submitted and returned since was on time): it is
 * gender-responsive (ARG-tagged, or with an approved GAP). Shared by the home tasks and the
 * monev reminders (server/modules/monev/reminders.ts), so both count the same lines.
 */
export function unsubmittedMonevLine(quarter: SQL): SQL {
  return sql`(
      l.arg_category = any(${textArray(RESPONSIVE_CATEGORIES)})
      or exists (
        select 1 from gap_documents g
        where g.region_code = l.region_code and g.sub_activity_id = l.id and g.status = 'approved'
      )
    )
    and not exists (
      select 1 from monev_reports m
      where m.region_code = l.region_code and m.sub_activity_id = l.id and m.quarter = ${quarter}
        and m.status <> 'draft'
    )`;
}

/**
 * Per year × quarter with a deadline in the region's monev settings, begun and with its deadline
 * at most MONEV_TASK_WINDOW_DAYS ago on `today`: the gender-responsive sub-kegiatan (ARG-tagged
 * or with an approved GAP) of active OPDs — one OPD's, or every one — whose report of that
 * quarter was never submitted (none, or a draft). Grouped, so the answer is a few rows whatever
 * the region's size; the service applies domain/home.ts monevQuarterState to each. The window
 * keeps the work to about a year of lines (sub_activities_dashboard_idx), each probed for a
 * submitted report by the unique (region, line, quarter) index.
 */
export function unsubmittedMonevQuarters(db: Db, regionCode: string, opdId: string | null, today: string) {
  return rowsOf<{
    year: number;
    quarter: 1 | 2 | 3 | 4;
    deadline: string;
    n: number;
    /** Comma-separated ids of the OPDs concerned. */
    opds: string;
    /** The smallest line id: the line itself when n is 1. */
    subActivityId: string;
  }>(
    db,
    sql`
      with due as (
        select s.year, q.quarter, q.deadline
        from monev_settings s
        cross join lateral (values (1, s.deadline_q1), (2, s.deadline_q2), (3, s.deadline_q3), (4, s.deadline_q4))
          as q(quarter, deadline)
        where s.region_code = ${regionCode} and q.deadline >= ${today}::date - ${MONEV_TASK_WINDOW_DAYS}::int
          and make_date(s.year, q.quarter * 3 - 2, 1) <= ${today}::date
      )
      select d.year, d.quarter, d.deadline::text as deadline, count(*)::int as n,
        string_agg(distinct l.opd_id::text, ',') as opds, min(l.id::text) as "subActivityId"
      from due d
      join sub_activities l on l.region_code = ${regionCode} and l.year = d.year
      join opd o on o.region_code = l.region_code and o.id = l.opd_id and o.active
      where ${unsubmittedMonevLine(sql`d.quarter`)}
        ${opdId ? sql`and l.opd_id = ${opdId}` : sql``}
      group by d.year, d.quarter, d.deadline`,
  );
}

/**
 * Monev reports of a status (one OPD's, or the region's): how many, the earliest quarter
 * (`2026-Q3`) and, for a single one, its line.
 */
export async function monevReportsOf(
  db: Db,
  regionCode: string,
  status: 'submitted' | 'returned',
  opdId: string | null,
) {
  const [row] = await rowsOf<{ n: number; period: string | null; subActivityId: string | null }>(
    db,
    sql`
      select count(*)::int as n, min(year || '-Q' || quarter) as period,
        min(sub_activity_id::text) as "subActivityId"
      from monev_reports
      where region_code = ${regionCode} and status = ${status}
        ${opdId ? sql`and opd_id = ${opdId}` : sql``}`,
  );
  return row ?? { n: 0, period: null, subActivityId: null };
}
