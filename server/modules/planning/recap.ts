/**
 * The ARG recap of one region and year: the budget (pagu) against its gender-responsive part,
 * by category, OPD and program, the trend over the years, and which OPDs have not submitted a
 * GAP. Sums run in SQL on numeric and come back as exact strings; the few additions done here
 * (totals over categories, shares) use BigInt sen. The rules are those of
 * domain/planning/arg-recap.ts, which the tests compare against.
 *
 * Speed: one scan of the region's lines with GROUPING SETS gives every breakdown and the trend
 * at once (a few hundred rows back), and the result is cached until the region's planning
 * revision moves (recap-cache.ts).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  RECAP_CATEGORIES,
  RESPONSIVE_CATEGORIES,
  type RecapCategory,
} from '../../../domain/planning/arg-recap.js';
import { fromSen, shareOfSen, toSen } from '../../../domain/planning/money.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { nomenclature } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { cachedByRevision } from './recap-cache.js';

export type ArgRecap = Awaited<ReturnType<typeof computeArgRecap>>;

interface GroupRow {
  /** Which grouping set the row belongs to. */
  set: 'opd' | 'program' | 'category' | 'year';
  key: string;
  budget: string;
  responsive: string;
  approved: string;
  lines: number;
  tagged: number;
  draft: number;
  submitted: number;
  revision: number;
  approved_gaps: number;
  all_budget: string;
  all_responsive: string;
}

const RESPONSIVE_SQL = sql.raw(RESPONSIVE_CATEGORIES.map((c) => `'${c}'`).join(', '));

/**
 * Aggregates of the year by OPD, by program (the first seven characters of a normalised code,
 * `2.08.02`), by category (untagged as 'untagged'), and of every year by year, in one pass.
 */
async function groups(db: Db, regionCode: string, year: number): Promise<GroupRow[]> {
  const inYear = sql`s.year = ${year}`;
  const isResponsive = sql`s.arg_category in (${RESPONSIVE_SQL})`;
  const money = (expr: ReturnType<typeof sql>) => sql`coalesce(${expr}, 0)::numeric(18,2)::text`;
  const gaps = (status: string) => sql`count(g.id) filter (where ${inYear} and g.status = ${status})::int`;
  const result = (await db.execute(sql`
    select
      case when grouping(s.opd_id) = 0 then 'opd'
           when grouping(left(s.code, 7)) = 0 then 'program'
           when grouping(coalesce(s.arg_category, 'untagged')) = 0 then 'category'
           else 'year' end as set,
      coalesce(s.opd_id::text, left(s.code, 7), coalesce(s.arg_category, 'untagged'), s.year::text) as key,
      ${money(sql`sum(s.budget) filter (where ${inYear})`)} as budget,
      ${money(sql`sum(s.arg_amount) filter (where ${inYear} and ${isResponsive})`)} as responsive,
      ${money(sql`sum(s.arg_amount) filter (where ${inYear} and ${isResponsive} and g.status = 'approved')`)} as approved,
      (count(*) filter (where ${inYear}))::int as lines,
      (count(s.arg_category) filter (where ${inYear}))::int as tagged,
      ${gaps('draft')} as draft,
      ${gaps('submitted')} as submitted,
      ${gaps('revision')} as revision,
      ${gaps('approved')} as approved_gaps,
      ${money(sql`sum(s.budget)`)} as all_budget,
      ${money(sql`sum(s.arg_amount) filter (where ${isResponsive})`)} as all_responsive
    from sub_activities s
    left join gap_documents g on g.region_code = s.region_code and g.sub_activity_id = s.id
    where s.region_code = ${regionCode}
    group by grouping sets ((s.opd_id), (left(s.code, 7)), (coalesce(s.arg_category, 'untagged')), (s.year))
  `)) as unknown as { rows: GroupRow[] };
  // Groups of other years only (an OPD or program absent this year) carry no line of the year.
  return result.rows.map((r) => ({
    ...r,
    lines: Number(r.lines),
    tagged: Number(r.tagged),
    draft: Number(r.draft),
    submitted: Number(r.submitted),
    revision: Number(r.revision),
    approved_gaps: Number(r.approved_gaps),
  }));
}

/** The recap of a region and year for a reader of that region (cached, see recap-cache.ts). */
export async function getArgRecap(db: Db, actor: Actor | null, regionCode: string, year: number) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  return cachedByRevision(db, regionCode, String(year), () => computeArgRecap(db, regionCode, year));
}

export async function computeArgRecap(db: Db, regionCode: string, year: number) {
  const rows = await groups(db, regionCode, year);
  const of = (set: GroupRow['set']) => rows.filter((r) => r.set === set && (set === 'year' || r.lines > 0));
  const categoryRows = new Map(of('category').map((r) => [r.key, r]));
  const programRows = of('program').sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const opdGroups = new Map(of('opd').map((r) => [r.key, r]));

  let total = 0n;
  let responsive = 0n;
  let approved = 0n;
  for (const c of categoryRows.values()) {
    total += toSen(c.budget);
    responsive += toSen(c.responsive);
    approved += toSen(c.approved);
  }

  const [opdRows, programNames] = await Promise.all([
    opdGroups.size
      ? db
          .select({ id: opd.id, name: opd.name, shortName: opd.shortName, active: opd.active })
          .from(opd)
          .where(and(eq(opd.regionCode, regionCode), inArray(opd.id, [...opdGroups.keys()])))
      : Promise.resolve([]),
    programRows.length
      ? db
          .select({ code: nomenclature.code, name: nomenclature.name })
          .from(nomenclature)
          .where(
            inArray(
              nomenclature.code,
              programRows.map((p) => p.key),
            ),
          )
      : Promise.resolve([]),
  ]);
  const names = new Map(programNames.map((n) => [n.code, n.name]));

  const byOpd = opdRows
    .map((row) => {
      const o = opdGroups.get(row.id)!;
      const gaps = {
        draft: o.draft,
        submitted: o.submitted,
        revision: o.revision,
        approved: o.approved_gaps,
      };
      return {
        opdId: row.id,
        opdName: row.name,
        opdShortName: row.shortName,
        budget: o.budget,
        responsive: o.responsive,
        share: shareOfSen(toSen(o.responsive), toSen(o.budget)),
        subActivities: o.lines,
        tagged: o.tagged,
        gaps,
        submitted: gaps.submitted + gaps.approved > 0,
        active: row.active,
      };
    })
    .sort((a, b) => a.opdName.localeCompare(b.opdName, 'id'));

  return {
    regionCode,
    year,
    totalBudget: fromSen(total),
    responsiveAmount: fromSen(responsive),
    approvedAmount: fromSen(approved),
    responsiveShare: shareOfSen(responsive, total),
    byCategory: RECAP_CATEGORIES.map((category: RecapCategory) => {
      const c = categoryRows.get(category);
      return { category, amount: c?.responsive ?? '0.00', budget: c?.budget ?? '0.00', count: c?.lines ?? 0 };
    }),
    byOpd: byOpd.map(({ active: _active, ...rest }) => rest),
    byProgram: programRows.map((p) => ({
      code: p.key,
      name: names.get(p.key) ?? null,
      budget: p.budget,
      responsive: p.responsive,
    })),
    trend: of('year')
      .map((t) => ({
        year: Number(t.key),
        budget: t.all_budget,
        responsive: t.all_responsive,
        share: shareOfSen(toSen(t.all_responsive), toSen(t.all_budget)),
      }))
      .sort((a, b) => a.year - b.year),
    notSubmitted: byOpd
      .filter((o) => o.active && !o.submitted)
      .map((o) => ({ opdId: o.opdId, opdName: o.opdName })),
  };
}
