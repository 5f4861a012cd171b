/**
 * The ARG recap of one region and year: the budget (pagu) against its gender-responsive part,
 * by category, OPD and program, the trend over the years, and which OPDs have not submitted a
 * GAP. Sums run in SQL on numeric and come back as exact strings; the few additions done here
 * (totals over categories, shares) use BigInt sen. The rules are those of
 * domain/planning/arg-recap.ts, which the tests compare against.
 */
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import {
  RECAP_CATEGORIES,
  RESPONSIVE_CATEGORIES,
  type RecapCategory,
} from '../../../domain/planning/arg-recap.js';
import { fromSen, shareOfSen, toSen } from '../../../domain/planning/money.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, nomenclature, subActivities } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';

const responsive = inArray(subActivities.argCategory, [...RESPONSIVE_CATEGORIES]);
const sumText = (expr: ReturnType<typeof sql>) => sql<string>`coalesce(${expr}, 0)::numeric(18,2)::text`;
const budgetSum = sumText(sql`sum(${subActivities.budget})`);
const responsiveSum = sumText(sql`sum(${subActivities.argAmount}) filter (where ${responsive})`);
const gapJoin = and(
  eq(gapDocuments.regionCode, subActivities.regionCode),
  eq(gapDocuments.subActivityId, subActivities.id),
);
const countStatus = (status: string) =>
  sql<number>`count(${gapDocuments.id}) filter (where ${gapDocuments.status} = ${status})`;
/**
 * The program of a code: its first three segments (`2.08.02` of `2.08.02.2.01.0001`). Stored
 * codes are normalised (U.BB.PP…), so that is always the first seven characters.
 */
const programOf = sql<string>`left(${subActivities.code}, 7)`;

export type ArgRecap = Awaited<ReturnType<typeof getArgRecap>>;

const RESPONSIVE = new Set<string>(RESPONSIVE_CATEGORIES);

interface Sums {
  budget: bigint;
  responsive: bigint;
}
const zero = (): Sums => ({ budget: 0n, responsive: 0n });

/**
 * One scan of the year's lines grouped by OPD, program and category (a few thousand groups at
 * most), summed further here in BigInt: one pass over the table instead of one per breakdown.
 */
async function yearGroups(db: Db, regionCode: string, year: number) {
  return db
    .select({
      opdId: subActivities.opdId,
      program: programOf,
      category: sql<string>`coalesce(${subActivities.argCategory}, 'untagged')`,
      budget: sumText(sql`sum(${subActivities.budget})`),
      amount: sumText(sql`sum(${subActivities.argAmount})`),
      approved: sumText(
        sql`sum(${subActivities.argAmount}) filter (where ${gapDocuments.status} = 'approved')`,
      ),
      lines: count(),
      draft: countStatus('draft'),
      submitted: countStatus('submitted'),
      revision: countStatus('revision'),
      approvedGaps: countStatus('approved'),
    })
    .from(subActivities)
    .leftJoin(gapDocuments, gapJoin)
    .where(and(eq(subActivities.regionCode, regionCode), eq(subActivities.year, year)))
    .groupBy(subActivities.opdId, sql`2`, sql`3`);
}

export async function getArgRecap(db: Db, actor: Actor | null, regionCode: string, year: number) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const groups = await yearGroups(db, regionCode, year);

  let total = zero();
  let approved = 0n;
  const categories = new Map<RecapCategory, Sums & { count: number }>(
    RECAP_CATEGORIES.map((c) => [c, { ...zero(), count: 0 }]),
  );
  const opds = new Map<string, Sums & { lines: number; tagged: number; gaps: Record<string, number> }>();
  const programs = new Map<string, Sums>();
  for (const g of groups) {
    const budget = toSen(g.budget);
    const responsive = RESPONSIVE.has(g.category) ? toSen(g.amount) : 0n;
    if (RESPONSIVE.has(g.category)) approved += toSen(g.approved);
    total = { budget: total.budget + budget, responsive: total.responsive + responsive };
    const c = categories.get(g.category as RecapCategory)!;
    c.budget += budget;
    c.responsive += responsive;
    c.count += Number(g.lines);
    let o = opds.get(g.opdId);
    if (!o) {
      o = { ...zero(), lines: 0, tagged: 0, gaps: { draft: 0, submitted: 0, revision: 0, approved: 0 } };
      opds.set(g.opdId, o);
    }
    o.budget += budget;
    o.responsive += responsive;
    o.lines += Number(g.lines);
    if (g.category !== 'untagged') o.tagged += Number(g.lines);
    o.gaps.draft += Number(g.draft);
    o.gaps.submitted += Number(g.submitted);
    o.gaps.revision += Number(g.revision);
    o.gaps.approved += Number(g.approvedGaps);
    const p = programs.get(g.program) ?? zero();
    programs.set(g.program, { budget: p.budget + budget, responsive: p.responsive + responsive });
  }

  const programCodes = [...programs.keys()].sort();
  const [opdRows, programNames, trendRows] = await Promise.all([
    opds.size
      ? db
          .select({ id: opd.id, name: opd.name, shortName: opd.shortName, active: opd.active })
          .from(opd)
          .where(and(eq(opd.regionCode, regionCode), inArray(opd.id, [...opds.keys()])))
      : Promise.resolve([]),
    programCodes.length
      ? db
          .select({ code: nomenclature.code, name: nomenclature.name })
          .from(nomenclature)
          .where(inArray(nomenclature.code, programCodes))
      : Promise.resolve([]),
    db
      .select({ year: subActivities.year, budget: budgetSum, responsive: responsiveSum })
      .from(subActivities)
      .where(eq(subActivities.regionCode, regionCode))
      .groupBy(subActivities.year)
      .orderBy(asc(subActivities.year)),
  ]);
  const names = new Map(programNames.map((n) => [n.code, n.name]));

  const byOpd = opdRows
    .map((row) => {
      const o = opds.get(row.id)!;
      const gaps = {
        draft: o.gaps.draft,
        submitted: o.gaps.submitted,
        revision: o.gaps.revision,
        approved: o.gaps.approved,
      };
      return {
        opdId: row.id,
        opdName: row.name,
        opdShortName: row.shortName,
        budget: fromSen(o.budget),
        responsive: fromSen(o.responsive),
        share: shareOfSen(o.responsive, o.budget),
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
    totalBudget: fromSen(total.budget),
    responsiveAmount: fromSen(total.responsive),
    approvedAmount: fromSen(approved),
    responsiveShare: shareOfSen(total.responsive, total.budget),
    byCategory: RECAP_CATEGORIES.map((category) => {
      const c = categories.get(category)!;
      return { category, amount: fromSen(c.responsive), budget: fromSen(c.budget), count: c.count };
    }),
    byOpd: byOpd.map(({ active: _active, ...rest }) => rest),
    byProgram: programCodes.map((code) => ({
      code,
      name: names.get(code) ?? null,
      budget: fromSen(programs.get(code)!.budget),
      responsive: fromSen(programs.get(code)!.responsive),
    })),
    trend: trendRows.map((t) => ({
      year: t.year,
      budget: t.budget,
      responsive: t.responsive,
      share: shareOfSen(toSen(t.responsive), toSen(t.budget)),
    })),
    notSubmitted: byOpd
      .filter((o) => o.active && !o.submitted)
      .map((o) => ({ opdId: o.opdId, opdName: o.opdName })),
  };
}
