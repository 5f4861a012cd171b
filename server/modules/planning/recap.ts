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
/** The program of a code: its first three segments (`2.08.02` of `2.08.02.2.01.0001`). */
const programOf = sql<string>`coalesce(substring(${subActivities.code} from '^[0-9]+\\.[0-9]+\\.[0-9]+'), ${subActivities.code})`;

export type ArgRecap = Awaited<ReturnType<typeof getArgRecap>>;

export async function getArgRecap(db: Db, actor: Actor | null, regionCode: string, year: number) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const inYear = and(eq(subActivities.regionCode, regionCode), eq(subActivities.year, year));

  const categories = await db
    .select({
      category: sql<string>`coalesce(${subActivities.argCategory}, 'untagged')`,
      budget: budgetSum,
      amount: responsiveSum,
      approved: sumText(
        sql`sum(${subActivities.argAmount}) filter (where ${responsive} and ${gapDocuments.status} = 'approved')`,
      ),
      count: count(),
    })
    .from(subActivities)
    .leftJoin(gapDocuments, gapJoin)
    .where(inYear)
    .groupBy(sql`1`);

  const opdRows = await db
    .select({
      opdId: subActivities.opdId,
      opdName: opd.name,
      opdShortName: opd.shortName,
      active: opd.active,
      budget: budgetSum,
      responsive: responsiveSum,
      subActivities: count(),
      tagged: count(subActivities.argCategory),
      draft: countStatus('draft'),
      submitted: countStatus('submitted'),
      revision: countStatus('revision'),
      approved: countStatus('approved'),
    })
    .from(subActivities)
    .innerJoin(opd, and(eq(opd.regionCode, subActivities.regionCode), eq(opd.id, subActivities.opdId)))
    .leftJoin(gapDocuments, gapJoin)
    .where(inYear)
    .groupBy(subActivities.opdId, opd.name, opd.shortName, opd.active)
    .orderBy(asc(opd.name));

  const programRows = await db
    .select({ code: programOf, budget: budgetSum, responsive: responsiveSum })
    .from(subActivities)
    .where(inYear)
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  const programNames = programRows.length
    ? await db
        .select({ code: nomenclature.code, name: nomenclature.name })
        .from(nomenclature)
        .where(
          inArray(
            nomenclature.code,
            programRows.map((p) => p.code),
          ),
        )
    : [];
  const names = new Map(programNames.map((n) => [n.code, n.name]));

  const trendRows = await db
    .select({ year: subActivities.year, budget: budgetSum, responsive: responsiveSum })
    .from(subActivities)
    .where(eq(subActivities.regionCode, regionCode))
    .groupBy(subActivities.year)
    .orderBy(asc(subActivities.year));

  const byCategoryMap = new Map(categories.map((c) => [c.category, c]));
  let total = 0n;
  let responsiveTotal = 0n;
  let approved = 0n;
  for (const c of categories) {
    total += toSen(c.budget);
    responsiveTotal += toSen(c.amount);
    approved += toSen(c.approved);
  }

  const byOpd = opdRows.map((o) => {
    const gaps = {
      draft: Number(o.draft),
      submitted: Number(o.submitted),
      revision: Number(o.revision),
      approved: Number(o.approved),
    };
    return {
      opdId: o.opdId,
      opdName: o.opdName,
      opdShortName: o.opdShortName,
      budget: o.budget,
      responsive: o.responsive,
      share: shareOfSen(toSen(o.responsive), toSen(o.budget)),
      subActivities: Number(o.subActivities),
      tagged: Number(o.tagged),
      gaps,
      submitted: gaps.submitted + gaps.approved > 0,
      active: o.active,
    };
  });

  return {
    regionCode,
    year,
    totalBudget: fromSen(total),
    responsiveAmount: fromSen(responsiveTotal),
    approvedAmount: fromSen(approved),
    responsiveShare: shareOfSen(responsiveTotal, total),
    byCategory: RECAP_CATEGORIES.map((category: RecapCategory) => {
      const c = byCategoryMap.get(category);
      return {
        category,
        amount: c?.amount ?? '0.00',
        budget: c?.budget ?? '0.00',
        count: Number(c?.count ?? 0),
      };
    }),
    byOpd: byOpd.map(({ active: _active, ...rest }) => rest),
    byProgram: programRows.map((p) => ({
      code: p.code,
      name: names.get(p.code) ?? null,
      budget: p.budget,
      responsive: p.responsive,
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
