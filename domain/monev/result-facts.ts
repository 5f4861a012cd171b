/**
 * The facts an OPD's yearly result (scoring.ts) is computed from, gathered from its
 * gender-responsive sub-kegiatan and their quarterly reports. Pure, so the rules below are
 * tested on their own and the server only reads rows:
 *
 * - a quarter's report is due once the region's deadline for that quarter has passed (the day
 *   after it, in the region's calendar); a quarter without a deadline is never due, as it is
 *   never "late" (flags.ts) — no deadline is invented;
 * - a due report counts as submitted when it reached the reviewer (submitted or verified; a
 *   returned one is back with the OPD), and as on time when it was first submitted on or
 *   before the deadline (a report returned and resubmitted keeps its first date, as the
 *   "late" flag does);
 * - budget and physical realisation, and the gender indicators, come from each line's latest
 *   report that reached the reviewer (figures are cumulative); a line nobody reported counts as
 *   nothing realised, so silence does not raise a score;
 * - GAP/GBS status: lines whose GAP is approved, of the gender-responsive lines;
 * - staff with PPRG training: not recorded in Setara yet, so always null (left out).
 */
import { fromSen, toSen } from '../planning/money.js';
import type { MonevReportStatus, Quarter } from './constants.js';
import type { OpdYearFacts } from './scoring.js';

/** Statuses whose figures count: the report reached the reviewer. */
export const REPORTED_STATUSES: readonly MonevReportStatus[] = ['submitted', 'verified'];

export interface ResultReport {
  quarter: Quarter;
  status: MonevReportStatus;
  /** The calendar day (region's zone) of the first submission, or null. */
  submittedOn: string | null;
  budgetCumulative: string | null;
  outputCumulative: string | null;
  /** Progress on the GAP step 9 indicators as reported. */
  indicators: readonly { target: string; achieved: string | null }[];
}

export interface ResultLine {
  /** The line's pagu (Rupiah, exact). */
  pagu: string;
  /** The plan's physical target as a number, or null when the plan's text holds none. */
  physicalTarget: string | null;
  gapApproved: boolean;
  reports: readonly ResultReport[];
}

export type Deadlines = Partial<Record<Quarter, string>>;

/** The quarters whose deadline has passed on `today` (ISO calendar days compare as strings). */
export function dueQuarters(deadlines: Deadlines, today: string): Quarter[] {
  return (Object.entries(deadlines) as [string, string | undefined][])
    .filter(([, d]) => d !== undefined && today > d)
    .map(([q]) => Number(q) as Quarter)
    .sort((a, b) => a - b);
}

const reached = (r: ResultReport) => REPORTED_STATUSES.includes(r.status);

/** The line's latest report that reached the reviewer (its figures are the year's to date). */
export function latestReported(reports: readonly ResultReport[]): ResultReport | null {
  let latest: ResultReport | null = null;
  for (const r of reports) if (reached(r) && (!latest || r.quarter > latest.quarter)) latest = r;
  return latest;
}

/** One OPD's facts for the year from its gender-responsive lines. */
export function opdYearFacts(
  lines: readonly ResultLine[],
  deadlines: Deadlines,
  today: string,
): OpdYearFacts {
  const due = dueQuarters(deadlines, today);
  let reportsSubmitted = 0;
  let reportsOnTime = 0;
  let pagu = 0n;
  let realised = 0n;
  const physical: OpdYearFacts['physical'][number][] = [];
  const indicators: OpdYearFacts['indicators'][number][] = [];
  for (const line of lines) {
    for (const q of due) {
      const report = line.reports.find((r) => r.quarter === q);
      if (!report || !reached(report)) continue;
      reportsSubmitted += 1;
      if (report.submittedOn !== null && report.submittedOn <= deadlines[q]!) reportsOnTime += 1;
    }
    const latest = latestReported(line.reports);
    pagu += toSen(line.pagu);
    realised += toSen(latest?.budgetCumulative ?? '0');
    physical.push({ target: line.physicalTarget, realised: latest?.outputCumulative ?? '0.00' });
    for (const i of latest?.indicators ?? []) indicators.push({ target: i.target, achieved: i.achieved });
  }
  return {
    reportsDue: lines.length * due.length,
    reportsSubmitted,
    reportsOnTime,
    pagu: fromSen(pagu),
    budgetRealised: fromSen(realised),
    physical,
    indicators,
    responsiveSubActivities: lines.length,
    approvedGaps: lines.filter((l) => l.gapApproved).length,
    staff: null,
  };
}
