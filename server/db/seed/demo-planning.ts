/**
 * DEMO DATA — seeds and removes Kota Palu's sample planning content (demo-planning-data.ts):
 * sub-kegiatan lines for 2024–2026 with ARG tags, an RPJMD 2025–2029 with targets, and the
 * Renstra of DP3A and Dinkes. Everything is marked is_demo; seeding adds only what is missing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { opd } from '../schema.js';
import { gapDocuments, planTargets, rpjmdPeriods, subActivities } from '../schema-planning.js';
import { monevEvidence, monevReports } from '../schema-monev.js';
import { DEMO_REGION } from './demo-data.js';
import {
  DEMO_EXTRA_TAGS,
  DEMO_PLANNING_OPD,
  DEMO_PLANNING_YEARS,
  DEMO_PROGRAM_LINES,
  supportLines,
  type DemoLine,
} from './demo-planning-data.js';
import { DEMO_RPJMD, DEMO_RPJMD_TARGETS } from './demo-planning-rpjmd.js';
import { officialNomenclature } from './nomenclature.js';

/** Earlier years had smaller budgets: per mille of the 2026 figure. */
const YEAR_SCALE: Record<number, bigint> = { 2024: 905n, 2025: 952n, 2026: 1000n };

function budgetFor(line: DemoLine, year: number): bigint {
  const rupiah = BigInt(line.budget);
  if (line.fixed && year === 2026) return rupiah;
  // Rounded to Rp 50.000, as budgets are usually written.
  return ((rupiah * YEAR_SCALE[year]) / 1000n / 50_000n) * 50_000n;
}

const money = (rupiah: bigint) => `${rupiah}.00`;

export function demoPlanningRows(opdIds: Map<string, string>) {
  const names = new Map(officialNomenclature().map((n) => [n.code, n.name]));
  const rows: (typeof subActivities.$inferInsert)[] = [];
  for (const [shortName, bidang, staff, extra] of DEMO_PLANNING_OPD) {
    const opdId = opdIds.get(shortName);
    if (!opdId) continue;
    const lines = [...supportLines(bidang, staff, extra), ...(DEMO_PROGRAM_LINES[shortName] ?? [])];
    for (const line of lines) {
      const name = names.get(line.code);
      if (!name) throw new Error(`demo line ${line.code} is not in the shipped nomenclature`);
      const tag = line.tag ?? DEMO_EXTRA_TAGS[shortName]?.[line.code];
      for (const year of DEMO_PLANNING_YEARS) {
        const budget = budgetFor(line, year);
        const tagged = tag && year >= tag.from;
        const amount = !tagged
          ? null
          : tag.category === 'netral'
            ? 0n
            : ((budget * BigInt(tag.percent ?? 100)) / 100n / 1000n) * 1000n;
        rows.push({
          regionCode: DEMO_REGION,
          year,
          opdId,
          code: line.code,
          name,
          outputIndicator: line.output,
          target: line.target,
          budget: money(budget),
          argCategory: tagged ? tag.category : null,
          argAmount: amount === null ? null : money(amount),
          isDemo: true,
        });
      }
    }
  }
  return rows;
}

async function demoOpdIds(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: opd.id, shortName: opd.shortName })
    .from(opd)
    .where(eq(opd.regionCode, DEMO_REGION));
  return new Map(rows.map((r) => [r.shortName, r.id]));
}

/** Adds the missing demo lines, RPJMD and targets; returns how many rows it created. */
export async function seedDemoPlanning(db: Db): Promise<number> {
  const opdIds = await demoOpdIds(db);
  let created = 0;
  const rows = demoPlanningRows(opdIds);
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insert(subActivities)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing()
      .returning({ id: subActivities.id });
    created += inserted.length;
  }
  const [period] = await db
    .insert(rpjmdPeriods)
    .values({ regionCode: DEMO_REGION, ...DEMO_RPJMD, isDemo: true })
    .onConflictDoNothing()
    .returning({ id: rpjmdPeriods.id });
  // Targets only with a period this seed created: an existing RPJMD is the region's own.
  if (period) {
    const targets = DEMO_RPJMD_TARGETS.filter((t) => !t.opdShortName || opdIds.has(t.opdShortName)).map(
      ({ opdShortName, ...t }, i) => ({
        ...t,
        regionCode: DEMO_REGION,
        periodId: period.id,
        opdId: opdShortName ? opdIds.get(opdShortName)! : null,
        sortOrder: i,
        isDemo: true,
      }),
    );
    await db.insert(planTargets).values(targets);
    created += 1 + targets.length;
  }
  return created;
}

/**
 * Removes the demo planning content. GAP documents and monev reports on demo lines go first
 * (their versions, review events, beneficiaries, indicators and comments cascade), since they
 * point at the lines; the monev evidence files left in the store are the evidence sweep's
 * (server/modules/monev/sweep.ts).
 */
export async function removeDemoPlanning(db: Db): Promise<number> {
  const demoLines = db
    .select({ id: subActivities.id })
    .from(subActivities)
    .where(and(eq(subActivities.regionCode, DEMO_REGION), eq(subActivities.isDemo, true)));
  await db.delete(gapDocuments).where(inArray(gapDocuments.subActivityId, demoLines));
  const demoReports = db
    .select({ id: monevReports.id })
    .from(monevReports)
    .where(inArray(monevReports.subActivityId, demoLines));
  await db.delete(monevEvidence).where(inArray(monevEvidence.reportId, demoReports));
  await db.delete(monevReports).where(inArray(monevReports.subActivityId, demoLines));
  const removed = await db
    .delete(subActivities)
    .where(eq(subActivities.isDemo, true))
    .returning({ id: subActivities.id });
  await db.delete(planTargets).where(eq(planTargets.isDemo, true));
  const periods = await db
    .select({ id: rpjmdPeriods.id })
    .from(rpjmdPeriods)
    .where(eq(rpjmdPeriods.isDemo, true));
  for (const { id } of periods) {
    const [used] = await db
      .select({ id: planTargets.id })
      .from(planTargets)
      .where(eq(planTargets.periodId, id))
      .limit(1);
    // A demo RPJMD that real targets were added to stays, with them.
    if (!used) await db.delete(rpjmdPeriods).where(eq(rpjmdPeriods.id, id));
  }
  return removed.length;
}
