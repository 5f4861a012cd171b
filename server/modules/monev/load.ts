/**
 * Reading what every monev endpoint needs: the sub-kegiatan line with its OPD and GAP (the
 * plan a report is measured against), the report of a quarter, and the cumulative totals the
 * quarter starts from. A line or report the caller may not read is reported as missing (404),
 * so an operator cannot learn what another OPD reports.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { canReadMonev } from '../../../domain/monev/access.js';
import type { Quarter } from '../../../domain/monev/constants.js';
import { ZERO_CUMULATIVE, type CumulativeFigures } from '../../../domain/monev/cumulative.js';
import { isResponsive, type ArgCategoryValue } from '../../../domain/planning/arg-recap.js';
import type { MonevPlanFacts } from '../../../domain/monev/flags.js';
import type { Sex } from '../../../domain/indicators.js';
import type { GapContent, GapIndicator, TorContent } from '../../../domain/planning/gap-content.js';
import { isRupiah, normaliseMoney } from '../../../domain/planning/money.js';
import { parseDecimal } from '../../../domain/number-parse.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { monevBeneficiaries, monevReports } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';

export type ReportRow = typeof monevReports.$inferSelect;

export interface PlanLine {
  line: typeof subActivities.$inferSelect;
  opd: { id: string; name: string; shortName: string };
  gapStatus: string | null;
  /** GAP step 9 indicators (empty without a GAP). */
  indicators: GapIndicator[];
  /** What the plan says for the flags and the checks (domain/monev/flags.ts). */
  facts: MonevPlanFacts;
}

/** The plan's target as written ("3.200 orang") read as a number and a unit, where it has a number. */
export function planTarget(text: string): { target: string | null; unit: string } {
  const match = /^\s*([\d.,]+)\s*(.*)$/.exec(text);
  if (!match) return { target: null, unit: text.trim() };
  const parsed = parseDecimal(match[1]);
  return parsed.ok ? { target: parsed.value, unit: match[2].trim() } : { target: null, unit: text.trim() };
}

/** A gender-responsive line: ARG-tagged (khusus, kesetaraan, kelembagaan) or with an approved GAP. */
export function isResponsiveLine(argCategory: ArgCategoryValue | null, gapStatus: string | null): boolean {
  return isResponsive(argCategory) || gapStatus === 'approved';
}

/** A sub-kegiatan's OPD and GAP, matched within the line's region. */
export const lineOpdJoin = and(eq(opd.regionCode, subActivities.regionCode), eq(opd.id, subActivities.opdId));
export const lineGapJoin = and(
  eq(gapDocuments.regionCode, subActivities.regionCode),
  eq(gapDocuments.subActivityId, subActivities.id),
);

export async function loadPlanLine(db: Db, subActivityId: string): Promise<PlanLine | null> {
  return (await loadPlanLines(db, [subActivityId])).get(subActivityId) ?? null;
}

/** The plan lines of several sub-kegiatan at once (a list's), by id. */
export async function loadPlanLines(db: Db, ids: string[]): Promise<Map<string, PlanLine>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      line: subActivities,
      opd: { id: opd.id, name: opd.name, shortName: opd.shortName },
      gapStatus: gapDocuments.status,
      gap: gapDocuments.gap,
      tor: gapDocuments.tor,
    })
    .from(subActivities)
    .innerJoin(opd, lineOpdJoin)
    .leftJoin(gapDocuments, lineGapJoin)
    .where(inArray(subActivities.id, ids));
  return new Map(rows.map((row) => [row.line.id, planLineOf(row)]));
}

function planLineOf(row: {
  line: typeof subActivities.$inferSelect;
  opd: PlanLine['opd'];
  gapStatus: string | null;
  gap: unknown;
  tor: unknown;
}): PlanLine {
  const gap = row.gap as GapContent | null;
  const indicators = gap?.step9?.indicators ?? [];
  const target = planTarget(row.line.target).target;
  const facts: MonevPlanFacts = {
    argCategory: row.line.argCategory,
    plannedFor: plannedFor(row.line.argCategory, row.tor as TorContent | null),
    pagu: row.line.budget,
    physicalTarget: target !== null && isRupiah(target) ? normaliseMoney(target) : null,
    indicators: indicators.map((i) => ({ id: i.id, target: i.target })),
  };
  return { line: row.line, opd: row.opd, gapStatus: row.gapStatus, indicators, facts };
}

/**
 * Whom an ARG khusus activity serves, as its TOR's beneficiaries say: women only (men left
 * empty or zero) or men only. Null when the plan does not say, or the activity is not khusus.
 */
function plannedFor(argCategory: ArgCategoryValue | null, tor: TorContent | null): Sex | null {
  if (argCategory !== 'khusus' || !tor) return null;
  const none = (s: string) => s.trim() === '' || /^0+$/.test(s.trim());
  const { women, men } = tor.beneficiaries;
  if (!none(women) && none(men)) return 'P';
  if (none(women) && !none(men)) return 'L';
  return null;
}

/** `2026-Q2` → 2026, 2; the route's schema has checked the shape. */
export function parseQuarterPeriod(period: string): { year: number; quarter: Quarter } {
  const [year, q] = period.split('-Q');
  return { year: Number(year), quarter: Number(q) as Quarter };
}

export const periodOf = (year: number, quarter: number) => `${year}-Q${quarter}`;

/**
 * The plan line of a report the caller may read (404 otherwise), checked to be a
 * gender-responsive line of the period's year (422 naming the field otherwise).
 */
export async function readableLine(db: Db, actor: Actor | null, subActivityId: string, period: string) {
  const a = requireActor(actor);
  const plan = await loadPlanLine(db, subActivityId);
  if (!plan || !canReadMonev(a, plan.line.regionCode, plan.line.opdId)) throw new NotFound();
  const { year, quarter } = parseQuarterPeriod(period);
  if (year !== plan.line.year) {
    throw new Invalid({ period: 'monev_period_outside_year' }, 'monev_period_outside_year', {
      year: plan.line.year,
    });
  }
  if (!isResponsiveLine(plan.line.argCategory, plan.gapStatus)) {
    throw new Invalid({ subActivityId: 'monev_not_responsive' }, 'monev_not_responsive');
  }
  return { actor: a, plan, quarter };
}

export async function findReport(
  db: Db,
  regionCode: string,
  subActivityId: string,
  quarter: number,
  forUpdate = false,
): Promise<ReportRow | null> {
  const query = db
    .select()
    .from(monevReports)
    .where(
      and(
        eq(monevReports.regionCode, regionCode),
        eq(monevReports.subActivityId, subActivityId),
        eq(monevReports.quarter, quarter as Quarter),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A report by id with its plan line, if the caller may read it; 404 otherwise. */
export async function readableReport(db: Db, actor: Actor | null, id: string, forUpdate = false) {
  const a = requireActor(actor);
  const query = db.select().from(monevReports).where(eq(monevReports.id, id));
  const [report] = forUpdate ? await query.for('update') : await query;
  if (!report || !canReadMonev(a, report.regionCode, report.opdId)) throw new NotFound();
  const plan = await loadPlanLine(db, report.subActivityId);
  if (!plan) throw new NotFound();
  return { actor: a, report, plan };
}

/** Beneficiaries by group of a report: dimension → group → {P, L}. */
export type GroupCounts = Record<'target_group' | 'age_group', Map<string, { P: number; L: number }>>;

export async function groupCountsOf(db: Db, regionCode: string, reportId: string): Promise<GroupCounts> {
  const rows = await db
    .select()
    .from(monevBeneficiaries)
    .where(and(eq(monevBeneficiaries.regionCode, regionCode), eq(monevBeneficiaries.reportId, reportId)));
  const out: GroupCounts = { target_group: new Map(), age_group: new Map() };
  for (const r of rows) out[r.dimension].set(r.category, { P: r.female, L: r.male });
  return out;
}

/**
 * The totals a quarter starts from: the latest earlier quarter's report of the line (a quarter
 * nobody reported adds nothing), with its groups by sex; zero in the first report of the year.
 */
export async function previousOf(
  db: Db,
  regionCode: string,
  subActivityId: string,
  quarter: number,
): Promise<{ figures: CumulativeFigures; groups: GroupCounts | null }> {
  const [prev] = await db
    .select()
    .from(monevReports)
    .where(
      and(
        eq(monevReports.regionCode, regionCode),
        eq(monevReports.subActivityId, subActivityId),
        lt(monevReports.quarter, quarter as Quarter),
      ),
    )
    .orderBy(sql`${monevReports.quarter} desc`)
    .limit(1);
  if (!prev) return { figures: ZERO_CUMULATIVE, groups: null };
  const groups = await groupCountsOf(db, regionCode, prev.id);
  return { figures: cumulativeOfRow(prev, groups), groups };
}

/** A stored report's totals in the shape of domain/monev/cumulative.ts. */
export function cumulativeOfRow(row: ReportRow, groups: GroupCounts): CumulativeFigures {
  const bySex = (m: Map<string, { P: number; L: number }>) => Object.fromEntries(m);
  return {
    budgetRealised: row.budgetCumulative ?? '0.00',
    physicalRealised: row.outputCumulative ?? '0.00',
    beneficiaries: {
      P: row.beneficiariesFemale ?? 0,
      L: row.beneficiariesMale ?? 0,
      groups: bySex(groups.target_group),
      ages: bySex(groups.age_group),
    },
  };
}
