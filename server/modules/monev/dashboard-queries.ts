/**
 * The grouped reads behind the monev dashboard: one statement of GROUP BYs over one kab/kota
 * or every kab/kota of a province, grouped by region (and OPD for a kab/kota), never one query
 * per OPD or line (raw SQL: analytics), and the trend across years. Counts come back as int and amounts as exact numeric text, so both
 * drivers answer the same.
 *
 * The flags are counted here rather than by calling domain/monev/flags.ts per report, because
 * a province holds up to ~180 000 reports a year and the side-by-side answer must stay under a
 * quarter of a second. The SQL mirrors flagsOf and the plan facts of load.ts (planTarget,
 * plannedFor) rule by rule; dashboard.test.ts pins the two together by comparing these counts
 * with the flags the report list computes through the domain, on lines that trip every rule.
 */
import { sql, type SQL } from 'drizzle-orm';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import type { OpdScope } from '../../../domain/access.js';
import type { Db } from '../../db/connection.js';
import { rowsOf, textArray } from '../home/queries.js';

const RESPONSIVE_SQL = sql.raw(RESPONSIVE_CATEGORIES.map((c) => `'${c}'`).join(', '));
/** Report statuses whose figures count: the report reached the reviewer. */
const REPORTED_SQL = sql.raw(`'submitted', 'verified'`);

/**
 * A number as domain/number-parse.ts reads plain digits with separators (no sign, currency or
 * exponent, which plan targets do not carry): both separators → the last one is the decimal
 * mark; a repeated one groups thousands; a lone comma is the decimal mark; a lone dot groups
 * thousands after a 1–3 digit group not starting with 0 followed by exactly three digits.
 * Anything else is null (not a number).
 */
export function decimalOf(text: SQL): SQL {
  return sql`(case
    when ${text} ~ '^[0-9]+$' then ${text}::numeric
    when ${text} ~ '^[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]+)?$' then replace(replace(${text}, '.', ''), ',', '.')::numeric
    when ${text} ~ '^[1-9][0-9]{0,2}(,[0-9]{3})+\\.[0-9]+$' then replace(${text}, ',', '')::numeric
    when ${text} ~ '^[1-9][0-9]{0,2}(,[0-9]{3}){2,}$' then replace(${text}, ',', '')::numeric
    when ${text} ~ '^[0-9]*,[0-9]+$' then ('0' || replace(${text}, ',', '.'))::numeric
    when ${text} ~ '^[0-9]*\\.[0-9]+$' then ('0' || ${text})::numeric
  end)`;
}

/**
 * load.ts planTarget + the physical-target rule of planLineOf: the leading number of the
 * plan's target ("1.250 paket" → 1250), kept only when it is an amount with at most two
 * decimals. Lateral subqueries kept apart (offset 0), so each text is read once per line.
 */
function physicalTargetJoin(target: SQL): SQL {
  return sql`cross join lateral (select substring(${target} from '^\\s*([0-9.,]+)') as lead offset 0) z
    cross join lateral (select ${decimalOf(sql`z.lead`)} as v offset 0) y`;
}
const PHYSICAL_TARGET = sql`(case when y.v = round(y.v, 2) and y.v < 1e16 then y.v end)`;

/** load.ts plannedFor: whom an ARG khusus activity serves, from its TOR's beneficiaries. */
function plannedForOf(argCategory: SQL, tor: SQL): SQL {
  const none = (s: SQL) => sql`(trim(coalesce(${s}, '')) = '' or trim(${s}) ~ '^0+$')`;
  const women = sql`(${tor} -> 'beneficiaries' ->> 'women')`;
  const men = sql`(${tor} -> 'beneficiaries' ->> 'men')`;
  return sql`(case when ${argCategory} = 'khusus' and ${tor} is not null then
    case when not ${none(women)} and ${none(men)} then 'P'
         when ${none(women)} and not ${none(men)} then 'L' end end)`;
}

/** A gender indicator's target (free text) as indicatorAchievement reads it: the whole text a number. */
function indicatorTargetOf(target: SQL): SQL {
  return decimalOf(sql`regexp_replace(trim(${target}), '\\s*%$', '')`);
}

export interface Scope {
  codes: string[];
  year: number;
  opd: OpdScope;
  /** Group by OPD too (a kab/kota's dashboard), or by region only (a province's). */
  perOpd: boolean;
}

/** The OPD column of a grouped read, or '' when only regions are asked for. */
const opdKey = (s: Scope, column: string) => sql.raw(s.perOpd ? `${column}::text` : `''::text`);

/** The year's reports of the scope's regions (the join would otherwise read every region's). */
const reportFilter = (s: Scope, alias: string) =>
  sql`${sql.raw(alias)}.region_code = any(${textArray(s.codes)}) and ${sql.raw(alias)}.year = ${s.year} ${opdFilter(sql.raw(`${alias}.opd_id`), s.opd)}`;

const opdFilter = (column: SQL, scope: OpdScope) =>
  scope.kind === 'opd' ? sql`and ${column} = ${scope.opdId}` : sql``;

/** The year's gender-responsive lines with the plan facts the flags need. */
function linesCte(s: Scope): SQL {
  // Materialised: its plan facts (text read as numbers) are computed once per line.
  return sql`lines as materialized (
    select sa.region_code, sa.id, sa.opd_id, sa.budget as pagu,
      ${PHYSICAL_TARGET} as target,
      ${plannedForOf(sql`sa.arg_category`, sql`g.tor`)} as planned_for
    from sub_activities sa
    left join gap_documents g on g.region_code = sa.region_code and g.sub_activity_id = sa.id
    ${physicalTargetJoin(sql`sa.target`)}
    where sa.region_code = any(${textArray(s.codes)}) and sa.year = ${s.year} ${opdFilter(sql`sa.opd_id`, s.opd)}
      and (sa.arg_category in (${RESPONSIVE_SQL}) or g.status = 'approved')
  )`;
}

export interface LineRow {
  region: string;
  opd: string;
  lines: number;
  pagu: string;
}

export interface QuarterRow {
  region: string;
  opd: string;
  quarter: number;
  draft: number;
  submitted: number;
  returned: number;
  verified: number;
  late: number;
  behind_schedule: number;
  beneficiaries_contradict_plan: number;
  over_100: number;
  over_pagu: number;
}

export interface LatestRow {
  region: string;
  opd: string;
  reported: number;
  realised: string;
  measured: number;
  /** Sum over measured lines of output ÷ target (a ratio, not money: float is fine). */
  physical_sum: number | null;
  p: number;
  l: number;
}

export interface GroupRow {
  region: string;
  opd: string;
  dimension: 'target_group' | 'age_group';
  category: string;
  p: number;
  l: number;
}

export interface IndicatorRow {
  region: string;
  opd: string;
  count: number;
  measured: number;
  met: number;
  achievement_sum: string | null;
}

export interface DashboardSums {
  lines: LineRow[];
  quarters: QuarterRow[];
  latest: LatestRow[];
  groups: GroupRow[];
  indicators: IndicatorRow[];
}

/**
 * Every grouped figure of the scope in one statement, so the plan facts of the lines (text
 * read as numbers) and each line's latest report are computed once: rows of (kind, json).
 * `today` is the region's calendar day (dayIn), which decides "late" for a report not submitted
 * yet only by which deadlines it has passed (dashboard-cache.ts relies on it). Amounts travel as
 * text inside the JSON, so they stay exact.
 */
export async function dashboardSums(db: Db, s: Scope, today: string): Promise<DashboardSums> {
  const q = (prefix: string) =>
    sql.raw(
      `(case r.quarter when 1 then ${prefix}1 when 2 then ${prefix}2 when 3 then ${prefix}3 else ${prefix}4 end)`,
    );
  const share = q('st.threshold_q');
  const deadline = q('st.deadline_q');
  const budget = sql`coalesce(r.budget_cumulative, 0)`;
  const output = sql`coalesce(r.output_cumulative, 0)`;
  const women = sql`coalesce(r.beneficiaries_female, 0)`;
  const men = sql`coalesce(r.beneficiaries_male, 0)`;
  const behind = (part: SQL, whole: SQL) =>
    sql`(case when ${share} is not null and ${whole} > 0 and ${part} * 10000 < round(${share} * 100) * ${whole} then 1 else 0 end)`;
  const indicatorTarget = indicatorTargetOf(sql`i.target`);
  const rows = await withoutParallelWorkers<{ kind: keyof DashboardSums; row: Record<string, unknown> }>(
    db,
    sql`with ${linesCte(s)},
      reports as materialized (
        select r.region_code, r.id, r.opd_id, r.sub_activity_id, r.quarter, r.status, r.budget_cumulative,
          r.output_cumulative, r.beneficiaries_female, r.beneficiaries_male, r.submitted_at
        from monev_reports r
        where ${reportFilter(s, 'r')}
      ),
      settings as materialized (
        select * from monev_settings where region_code = any(${textArray(s.codes)}) and year = ${s.year}
      ),
      latest as materialized (
        select distinct on (r.region_code, r.sub_activity_id)
          r.region_code, r.id, ${opdKey(s, 'r.opd_id')} as opd, r.budget_cumulative, r.output_cumulative,
          r.beneficiaries_female, r.beneficiaries_male, l.target
        from reports r
        join lines l on l.region_code = r.region_code and l.id = r.sub_activity_id
        where r.status in (${REPORTED_SQL})
        order by r.region_code, r.sub_activity_id, r.quarter desc
      ),
      line_sums as (
        select region_code as region, ${opdKey(s, 'opd_id')} as opd, count(*)::int as lines,
          sum(pagu)::numeric(18,2)::text as pagu
        from lines group by 1, 2
      ),
      flagged as (
        select r.region_code, ${opdKey(s, 'r.opd_id')} as opd, r.quarter, r.status,
          ${deadline} is not null and
            coalesce((r.submitted_at at time zone 'Asia/Jakarta')::date, ${today}::date) > ${deadline} as late,
          ${behind(budget, sql`l.pagu`)} + ${behind(output, sql`coalesce(l.target, 0)`)} as behind,
          l.planned_for is not null and ${women} + ${men} > 0
            and (case l.planned_for when 'P' then ${men} else ${women} end) * 10000 > 5000 * (${women} + ${men})
            as contradict,
          l.target > 0 and ${output} > l.target as over_100,
          ${budget} > l.pagu as over_pagu
        from reports r
        join lines l on l.region_code = r.region_code and l.id = r.sub_activity_id
        left join settings st on st.region_code = r.region_code
      ),
      quarter_sums as (
        select region_code as region, opd, quarter,
          (count(*) filter (where status = 'draft'))::int as draft,
          (count(*) filter (where status = 'submitted'))::int as submitted,
          (count(*) filter (where status = 'returned'))::int as returned,
          (count(*) filter (where status = 'verified'))::int as verified,
          (count(*) filter (where late))::int as late,
          sum(behind)::int as behind_schedule,
          (count(*) filter (where contradict))::int as beneficiaries_contradict_plan,
          (count(*) filter (where over_100))::int as over_100,
          (count(*) filter (where over_pagu))::int as over_pagu
        from flagged group by 1, 2, 3
      ),
      latest_sums as (
        select region_code as region, opd, count(*)::int as reported,
          coalesce(sum(budget_cumulative), 0)::numeric(18,2)::text as realised,
          (count(*) filter (where target > 0))::int as measured,
          (sum(coalesce(output_cumulative, 0) / target) filter (where target > 0))::float8 as physical_sum,
          coalesce(sum(beneficiaries_female), 0)::int as p,
          coalesce(sum(beneficiaries_male), 0)::int as l
        from latest group by 1, 2
      ),
      group_sums as (
        select x.region_code as region, x.opd, b.dimension, b.category,
          sum(b.female)::int as p, sum(b.male)::int as l
        from latest x
        join monev_beneficiaries b on b.region_code = x.region_code and b.report_id = x.id
        group by 1, 2, 3, 4
      ),
      progress as (
        select x.region_code, x.opd, i.achieved, ${indicatorTarget} as target
        from latest x
        join monev_indicator_progress i on i.region_code = x.region_code and i.report_id = x.id
      ),
      indicator_sums as (
        select region_code as region, opd, count(*)::int as count,
          (count(*) filter (where target > 0 and achieved is not null))::int as measured,
          (count(*) filter (where target > 0 and achieved >= target))::int as met,
          (sum(round(achieved / target * 100, 2)) filter (where target > 0 and achieved is not null))::text
            as achievement_sum
        from progress group by 1, 2
      )
      select 'lines' as kind, row_to_json(t) as row from line_sums t
      union all select 'quarters', row_to_json(t) from quarter_sums t
      union all select 'latest', row_to_json(t) from latest_sums t
      union all select 'groups', row_to_json(t) from group_sums t
      union all select 'indicators', row_to_json(t) from indicator_sums t`,
  );
  const out: DashboardSums = { lines: [], quarters: [], latest: [], groups: [], indicators: [] };
  for (const r of rows) {
    const row = typeof r.row === 'string' ? JSON.parse(r.row) : r.row;
    (out[r.kind] as unknown[]).push(row);
  }
  return out;
}

/**
 * Runs one statement with no parallel workers: a kab/kota's 1,200 plan lines are too few for a
 * parallel scan to repay starting its worker (the statement measured 55 → 36 ms on PostgreSQL
 * with the machine quiet). `set local` ends with the transaction; PGlite has no workers anyway.
 */
async function withoutParallelWorkers<T>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
  });
}

export interface SettingsRow {
  region: string;
  deadlines: (string | null)[];
}

export function deadlinesOf(db: Db, s: Scope) {
  return rowsOf<SettingsRow>(
    db,
    sql`select region_code as region,
        array[deadline_q1::text, deadline_q2::text, deadline_q3::text, deadline_q4::text] as deadlines
      from monev_settings where region_code = any(${textArray(s.codes)}) and year = ${s.year}`,
  );
}

export interface TrendRow {
  region: string;
  year: number;
  lines: number;
  reported: number;
  pagu: string;
  realised: string;
  p: number;
  l: number;
}

/** Totals per region and year over every year of the scope (no year filter). */
export function trendSums(db: Db, codes: string[], opd: OpdScope) {
  const list = textArray(codes);
  return rowsOf<TrendRow>(
    db,
    // Both materialised: inlined, the planner merge-joined them on the region alone (every line
    // against every report of the region).
    sql`with lines as materialized (
        select sa.region_code, sa.id, sa.year, sa.budget
        from sub_activities sa
        left join gap_documents g on g.region_code = sa.region_code and g.sub_activity_id = sa.id
        where sa.region_code = any(${list}) ${opdFilter(sql`sa.opd_id`, opd)}
          and (sa.arg_category in (${RESPONSIVE_SQL}) or g.status = 'approved')
      ),
      latest as materialized (
        select distinct on (r.region_code, r.sub_activity_id)
          r.region_code, r.sub_activity_id, r.budget_cumulative, r.beneficiaries_female, r.beneficiaries_male
        from monev_reports r
        where r.region_code = any(${list}) and r.status in (${REPORTED_SQL}) ${opdFilter(sql`r.opd_id`, opd)}
        order by r.region_code, r.sub_activity_id, r.quarter desc
      )
      select l.region_code as region, l.year, count(*)::int as lines, count(x.sub_activity_id)::int as reported,
        sum(l.budget)::numeric(18,2)::text as pagu,
        coalesce(sum(x.budget_cumulative), 0)::numeric(18,2)::text as realised,
        coalesce(sum(x.beneficiaries_female), 0)::int as p,
        coalesce(sum(x.beneficiaries_male), 0)::int as l
      from lines l
      left join latest x on x.region_code = l.region_code and x.sub_activity_id = l.id
      group by l.region_code, l.year order by l.region_code, l.year`,
  );
}
