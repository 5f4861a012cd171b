/**
 * DEMO DATA — seeds and removes Kota Palu's sample monev (demo-monev-data.ts, CONTOH figures):
 * the region's monev settings for 2025 and 2026 (the example thresholds, labelled so) and the
 * quarterly reports of every demo gender-responsive line, with beneficiaries and GAP indicator
 * progress, written as the monev module stores them (both the quarter's addition and the
 * cumulative total). Deterministic: no randomness, times derived from the deadlines. Reports are
 * marked is_demo; seeding adds only the reports a line-quarter lacks, in a few batch inserts.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
  AGE_GROUPS,
  type AgeGroup,
  type Quarter,
  type TargetGroup,
} from '../../../domain/monev/constants.js';
import { EXAMPLE_EXPECTED_SHARE } from '../../../domain/monev/flags.js';
import type { GapContent } from '../../../domain/planning/gap-content.js';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import { toSen } from '../../../domain/planning/money.js';
import { parseDecimal } from '../../../domain/number-parse.js';
import { planTarget } from '../../modules/monev/load.js';
import type { Db } from '../connection.js';
import { opd, users } from '../schema.js';
import { gapDocuments, subActivities } from '../schema-planning.js';
import {
  monevBeneficiaries,
  monevComments,
  monevEvidence,
  monevIndicatorProgress,
  monevReports,
  monevSettings,
} from '../schema-monev.js';
import { DEMO_REGION } from './demo-data.js';
import { removeDemoMonevScoring, seedDemoMonevScoring } from './demo-monev-scoring.js';
import {
  DEMO_MONEV_EXCEPTIONS,
  DEMO_MONEV_LINES,
  DEMO_MONEV_PACE,
  DEMO_MONEV_SOURCE_NOTE,
  DEMO_MONEV_YEARS,
  DEMO_OVER_REASON,
  DEMO_PACES,
  demoMonevDeadlines,
  type DemoBeneficiaries,
  type DemoPace,
} from './demo-monev-data.js';

type ReportInsert = typeof monevReports.$inferInsert;
type GroupInsert = typeof monevBeneficiaries.$inferInsert;
type IndicatorInsert = typeof monevIndicatorProgress.$inferInsert;

const DAY = 86_400_000;
const money = (sen: bigint) => {
  const abs = sen < 0n ? -sen : sen;
  return `${sen < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
const decimal = (n: number) => n.toFixed(2);

/** 10:00 WITA (Kota Palu) on the day `days` after an ISO date. */
function at(isoDate: string, days: number): Date {
  return new Date(Date.parse(`${isoDate}T02:00:00Z`) + days * DAY);
}

/**
 * Realised Rupiah by a quarter's end: the pace's share of the pagu, less a few odd thousands
 * and hundreds so the figures look like SP2D totals rather than round shares (still cumulative:
 * the offset is far below a quarter's addition).
 */
function budgetAt(paguSen: bigint, basisPoints: number, seed: number): bigint {
  const share = (paguSen * BigInt(basisPoints)) / 10_000n;
  const odd = BigInt(((seed * 7_919) % 83) * 1_300 + ((seed * 104_729) % 10) * 100) * 100n;
  return ((share - odd) / 10_000n) * 10_000n;
}

/**
 * Physical output by a quarter's end: whole units for counts of people and things, hundredths
 * for the few documents or institutions a line delivers (progress towards them).
 */
function outputAt(target: number, basisPoints: number): number {
  if (target >= 50) return Math.floor((target * basisPoints) / 10_000);
  return Math.floor((target * basisPoints) / 100) / 100;
}

interface People {
  P: number;
  L: number;
  groups: Partial<Record<TargetGroup, { P: number; L: number }>>;
  ages: Partial<Record<AgeGroup, { P: number; L: number }>>;
}

function peopleAt(spec: DemoBeneficiaries, target: number | null, physicalBp: number): People {
  const whole = spec.people === 'target' ? (target ?? 0) : spec.people;
  const total = Math.floor((whole * physicalBp) / 10_000);
  const P = Math.round((total * spec.femalePct) / 100);
  const L = total - P;
  const part = (n: number, pct: number) => Math.floor((n * pct) / 100);
  const groups: People['groups'] = {};
  for (const [group, [p, l]] of Object.entries(spec.groups ?? {}) as [TargetGroup, [number, number]][]) {
    groups[group] = { P: part(P, p), L: part(L, l) };
  }
  const ages: People['ages'] = {};
  if (spec.ages) {
    const anak = { P: part(P, spec.ages.anak[0]), L: part(L, spec.ages.anak[1]) };
    const lansia = { P: part(P, spec.ages.lansia[0]), L: part(L, spec.ages.lansia[1]) };
    ages.anak = anak;
    ages.dewasa = { P: P - anak.P - lansia.P, L: L - anak.L - lansia.L };
    ages.lansia = lansia;
  }
  return { P, L, groups, ages };
}

interface Line {
  id: string;
  code: string;
  year: number;
  opdId: string;
  shortName: string;
  budget: string;
  target: string;
  gap: unknown;
}

/** The demo's gender-responsive lines of the monev years, in a stable order. */
async function demoLines(db: Db): Promise<Line[]> {
  const rows = await db
    .select({
      id: subActivities.id,
      code: subActivities.code,
      year: subActivities.year,
      opdId: subActivities.opdId,
      shortName: opd.shortName,
      budget: subActivities.budget,
      target: subActivities.target,
      gap: gapDocuments.gap,
    })
    .from(subActivities)
    .innerJoin(opd, and(eq(opd.regionCode, subActivities.regionCode), eq(opd.id, subActivities.opdId)))
    .leftJoin(
      gapDocuments,
      and(
        eq(gapDocuments.regionCode, subActivities.regionCode),
        eq(gapDocuments.subActivityId, subActivities.id),
      ),
    )
    .where(
      and(
        eq(subActivities.regionCode, DEMO_REGION),
        eq(subActivities.isDemo, true),
        inArray(
          subActivities.year,
          DEMO_MONEV_YEARS.map((y) => y.year),
        ),
        inArray(subActivities.argCategory, [...RESPONSIVE_CATEGORIES]),
      ),
    );
  return rows.sort(
    (a, b) => a.year - b.year || a.shortName.localeCompare(b.shortName) || a.code.localeCompare(b.code),
  );
}

/** Achieved to date on a GAP step 9 indicator: a share of a count, a rising percentage. */
function achievedOf(target: string, unit: string, physicalBp: number, quarter: Quarter): string | null {
  const parsed = parseDecimal(target);
  if (!parsed.ok) return null;
  const t = Number(parsed.value);
  if (unit.trim() === '%') return decimal(Math.min(t, Math.round(t * (0.55 + 0.1 * quarter))));
  return decimal(Math.floor((t * physicalBp) / 10_000));
}

interface Built {
  report: ReportInsert;
  groups: Omit<GroupInsert, 'reportId'>[];
  indicators: Omit<IndicatorInsert, 'reportId'>[];
  comment: { field: string; body: string } | null;
}

/** Every demo report, built from the plan lines and demo-monev-data.ts. */
export function buildDemoMonevReports(
  lines: Line[],
  people: { operator: string | null; reviewer: string | null },
  operatorOpdId: string | null,
): Built[] {
  const exceptions = new Map(DEMO_MONEV_EXCEPTIONS.map((e) => [`${e.code}|${e.year}|${e.quarter}`, e]));
  const out: Built[] = [];
  lines.forEach((line, index) => {
    const quarters = DEMO_MONEV_YEARS.find((y) => y.year === line.year)?.quarters ?? [];
    const spec = DEMO_MONEV_LINES[line.code];
    const pace: DemoPace = DEMO_MONEV_PACE[line.year]?.[line.code] ?? (index % 3 === 1 ? 'early' : 'steady');
    const { budget: budgetBp, physical: physicalBp } = DEMO_PACES[pace];
    const paguSen = toSen(line.budget);
    const parsedTarget = planTarget(line.target).target;
    const target = parsedTarget === null ? null : Number(parsedTarget);
    const deadlines = demoMonevDeadlines(line.year);
    const gap = line.gap as GapContent | null;
    const mode = index % 2 === 0 ? 'increment' : 'cumulative';
    let previous = { budget: 0n, output: 0 };
    for (const quarter of quarters) {
      const exception = exceptions.get(`${line.code}|${line.year}|${quarter}`);
      if (exception?.missing) break;
      const bp = physicalBp[quarter - 1];
      const budget = budgetAt(paguSen, budgetBp[quarter - 1], index * 4 + quarter);
      const output = target === null ? 0 : outputAt(target, bp);
      const reached = spec?.beneficiaries ? peopleAt(spec.beneficiaries, target, bp) : null;
      const status = exception?.status ?? 'verified';
      const notes = spec?.notes ?? [];
      const [kendala, tindakLanjut] = notes[quarter <= 2 ? 0 : notes.length - 1] ?? ['', ''];
      // On time: a few days before the deadline, varying by line; late: the exception's days after.
      const submittedAt =
        status === 'draft'
          ? null
          : at(deadlines[quarter], exception?.lateDays ?? -(2 + ((index * 3 + quarter) % 9)));
      const byOperator = line.opdId === operatorOpdId ? people.operator : null;
      const over = budget > paguSen;
      out.push({
        report: {
          regionCode: DEMO_REGION,
          year: line.year,
          opdId: line.opdId,
          subActivityId: line.id,
          quarter,
          status,
          entryMode: mode,
          budgetAddition: money(budget - previous.budget),
          budgetCumulative: money(budget),
          outputAddition: decimal(Math.round((output - previous.output) * 100) / 100),
          outputCumulative: decimal(output),
          beneficiariesFemale: reached?.P ?? 0,
          beneficiariesMale: reached?.L ?? 0,
          kendala: status === 'draft' ? '' : kendala,
          tindakLanjut: status === 'draft' ? '' : tindakLanjut,
          overConfirmed: over,
          overReason: over ? DEMO_OVER_REASON : '',
          submission: submittedAt ? 1 : 0,
          submittedAt,
          submittedBy: submittedAt ? byOperator : null,
          verifiedAt: status === 'verified' && submittedAt ? new Date(submittedAt.getTime() + 6 * DAY) : null,
          verifiedBy: status === 'verified' ? people.reviewer : null,
          returnedAt: status === 'returned' && submittedAt ? new Date(submittedAt.getTime() + 4 * DAY) : null,
          isDemo: true,
          createdBy: byOperator,
          updatedBy: byOperator,
          createdAt: at(deadlines[quarter], -20),
          updatedAt: submittedAt ?? at(deadlines[quarter], -5),
        },
        groups: reached ? groupRows(reached) : [],
        indicators: (gap?.step9?.indicators ?? []).map((i) => ({
          regionCode: DEMO_REGION,
          indicatorId: i.id,
          kind: i.kind,
          text: i.text,
          target: i.target,
          unit: i.unit,
          achieved: achievedOf(i.target, i.unit, bp, quarter),
        })),
        comment: status === 'returned' ? (exception?.comment ?? null) : null,
      });
      previous = { budget, output };
    }
  });
  return out;
}

function groupRows(p: People): Omit<GroupInsert, 'reportId'>[] {
  const rows: Omit<GroupInsert, 'reportId'>[] = [];
  for (const [category, c] of Object.entries(p.groups)) {
    rows.push({ regionCode: DEMO_REGION, dimension: 'target_group', category, female: c.P, male: c.L });
  }
  for (const age of AGE_GROUPS) {
    const c = p.ages[age];
    if (c)
      rows.push({ regionCode: DEMO_REGION, dimension: 'age_group', category: age, female: c.P, male: c.L });
  }
  return rows;
}

async function demoUserId(db: Db, username: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row?.id ?? null;
}

/** Adds the demo monev settings and the reports a demo line-quarter lacks; returns the reports created. */
export async function seedDemoMonev(db: Db): Promise<number> {
  await db
    .insert(monevSettings)
    .values(
      DEMO_MONEV_YEARS.map(({ year }) => {
        const due = demoMonevDeadlines(year);
        const share = EXAMPLE_EXPECTED_SHARE.expectedShare;
        return {
          regionCode: DEMO_REGION,
          year,
          thresholdQ1: decimal(share[1]),
          thresholdQ2: decimal(share[2]),
          thresholdQ3: decimal(share[3]),
          thresholdQ4: decimal(share[4]),
          deadlineQ1: due[1],
          deadlineQ2: due[2],
          deadlineQ3: due[3],
          deadlineQ4: due[4],
          sourceNote: DEMO_MONEV_SOURCE_NOTE,
        };
      }),
    )
    .onConflictDoNothing();
  await seedDemoMonevScoring(db);

  const lines = await demoLines(db);
  if (!lines.length) return 0;
  const [operator, reviewer] = await Promise.all([
    demoUserId(db, 'demo.operator'),
    demoUserId(db, 'demo.reviewer'),
  ]);
  const [operatorOpd] = operator
    ? await db.select({ opdId: users.opdId }).from(users).where(eq(users.id, operator))
    : [];
  const built = buildDemoMonevReports(lines, { operator, reviewer }, operatorOpd?.opdId ?? null);
  const created = await db
    .insert(monevReports)
    .values(built.map((b) => b.report))
    .onConflictDoNothing()
    .returning({
      id: monevReports.id,
      subActivityId: monevReports.subActivityId,
      quarter: monevReports.quarter,
    });
  const idOf = new Map(created.map((c) => [`${c.subActivityId}|${c.quarter}`, c.id]));
  const groups: GroupInsert[] = [];
  const indicators: IndicatorInsert[] = [];
  const comments: (typeof monevComments.$inferInsert)[] = [];
  for (const b of built) {
    const reportId = idOf.get(`${b.report.subActivityId}|${b.report.quarter}`);
    if (!reportId) continue;
    for (const g of b.groups) groups.push({ ...g, reportId });
    for (const i of b.indicators) indicators.push({ ...i, reportId });
    if (b.comment && b.report.returnedAt) {
      comments.push({
        regionCode: DEMO_REGION,
        reportId,
        submission: 1,
        field: b.comment.field,
        body: b.comment.body,
        authorId: reviewer,
        authorName: 'Demo Tim Driver Bapperida Kota Palu',
        at: b.report.returnedAt,
      });
    }
  }
  if (groups.length) await db.insert(monevBeneficiaries).values(groups);
  if (indicators.length) await db.insert(monevIndicatorProgress).values(indicators);
  if (comments.length) await db.insert(monevComments).values(comments);
  return created.length;
}

/**
 * Removes the demo reports (their beneficiaries, indicators and comments cascade; evidence
 * rows first, their files are the evidence sweep's) and the demo settings no admin has saved
 * since (an admin's save sets updated_by; those stay, as the region's own).
 */
export async function removeDemoMonev(db: Db): Promise<void> {
  await removeDemoMonevScoring(db);
  const demoReports = db
    .select({ id: monevReports.id })
    .from(monevReports)
    .where(and(eq(monevReports.regionCode, DEMO_REGION), eq(monevReports.isDemo, true)));
  await db.delete(monevEvidence).where(inArray(monevEvidence.reportId, demoReports));
  await db
    .delete(monevReports)
    .where(and(eq(monevReports.regionCode, DEMO_REGION), eq(monevReports.isDemo, true)));
  await db
    .delete(monevSettings)
    .where(
      and(
        eq(monevSettings.regionCode, DEMO_REGION),
        eq(monevSettings.sourceNote, DEMO_MONEV_SOURCE_NOTE),
        isNull(monevSettings.updatedBy),
      ),
    );
}
