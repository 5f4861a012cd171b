/**
 * The arithmetic of the ARG (anggaran responsif gender) recap over one year's sub-kegiatan:
 * totals, the responsive share, and the split by category, OPD and program. The server runs the
 * same sums in SQL; this pure version states the rules once and lets tests cross-check them.
 *
 * Rules: the budget (pagu) is every line's; the responsive amount is the ARG amount of lines
 * tagged khusus, kesetaraan or kelembagaan; netral lines count 0; untagged lines are
 * "not yet tagged" and count 0. "Approved" is the responsive amount of lines whose GAP is
 * approved. Shares are percentages with two decimals, rounded half up.
 */
import { fromSen, shareOfSen, toSen } from './money.js';
import { programCodeOf } from './sipd-code.js';

/** The ARG (gender-responsive budget) categories of regional guidance, in the order they are explained. */
export const ARG_CATEGORIES = ['khusus', 'kesetaraan', 'kelembagaan', 'netral'] as const;
export type ArgCategoryValue = (typeof ARG_CATEGORIES)[number];

/** A GAP document's review status: draft → submitted → revision (back to the author) or approved. */
export const GAP_STATUSES = ['draft', 'submitted', 'revision', 'approved'] as const;
export type GapStatusValue = (typeof GAP_STATUSES)[number];

export const RESPONSIVE_CATEGORIES = ['khusus', 'kesetaraan', 'kelembagaan'] as const;
export const RECAP_CATEGORIES = ['khusus', 'kesetaraan', 'kelembagaan', 'netral', 'untagged'] as const;
export type RecapCategory = (typeof RECAP_CATEGORIES)[number];

export interface RecapLine {
  opdId: string;
  code: string;
  budget: string;
  argCategory: ArgCategoryValue | null;
  argAmount: string | null;
  gapStatus: GapStatusValue | null;
}

export interface RecapTotals {
  totalBudget: string;
  responsiveAmount: string;
  approvedAmount: string;
  responsiveShare: string;
  byCategory: { category: RecapCategory; amount: string; budget: string; count: number }[];
  byOpd: {
    opdId: string;
    budget: string;
    responsive: string;
    share: string;
    subActivities: number;
    tagged: number;
    gaps: Record<GapStatusValue, number>;
  }[];
  byProgram: { code: string; budget: string; responsive: string }[];
}

export function isResponsive(category: ArgCategoryValue | null): boolean {
  return category !== null && (RESPONSIVE_CATEGORIES as readonly string[]).includes(category);
}

/** The part of a line that counts as gender-responsive, in sen. */
export function responsiveSen(line: Pick<RecapLine, 'argCategory' | 'argAmount'>): bigint {
  return isResponsive(line.argCategory) && line.argAmount !== null ? toSen(line.argAmount) : 0n;
}

interface OpdSums {
  budget: bigint;
  responsive: bigint;
  count: number;
  tagged: number;
  gaps: Record<GapStatusValue, number>;
}

export function recapOf(lines: RecapLine[]): RecapTotals {
  let total = 0n;
  let responsive = 0n;
  let approved = 0n;
  const categories = new Map<RecapCategory, { amount: bigint; budget: bigint; count: number }>(
    RECAP_CATEGORIES.map((c) => [c, { amount: 0n, budget: 0n, count: 0 }]),
  );
  const opds = new Map<string, OpdSums>();
  const programs = new Map<string, { budget: bigint; responsive: bigint }>();

  for (const line of lines) {
    const budget = toSen(line.budget);
    const part = responsiveSen(line);
    total += budget;
    responsive += part;
    if (line.gapStatus === 'approved') approved += part;

    const c = categories.get(line.argCategory ?? 'untagged')!;
    c.amount += part;
    c.budget += budget;
    c.count += 1;

    let o = opds.get(line.opdId);
    if (!o) {
      o = {
        budget: 0n,
        responsive: 0n,
        count: 0,
        tagged: 0,
        gaps: { draft: 0, submitted: 0, revision: 0, approved: 0 },
      };
      opds.set(line.opdId, o);
    }
    o.budget += budget;
    o.responsive += part;
    o.count += 1;
    if (line.argCategory !== null) o.tagged += 1;
    if (line.gapStatus) o.gaps[line.gapStatus] += 1;

    // A code outside the SIPD pattern still belongs somewhere: under its own text.
    const program = programCodeOf(line.code) ?? line.code;
    const p = programs.get(program) ?? { budget: 0n, responsive: 0n };
    p.budget += budget;
    p.responsive += part;
    programs.set(program, p);
  }

  return {
    totalBudget: fromSen(total),
    responsiveAmount: fromSen(responsive),
    approvedAmount: fromSen(approved),
    responsiveShare: shareOfSen(responsive, total),
    byCategory: [...categories].map(([category, c]) => ({
      category,
      amount: fromSen(c.amount),
      budget: fromSen(c.budget),
      count: c.count,
    })),
    byOpd: [...opds].map(([opdId, o]) => ({
      opdId,
      budget: fromSen(o.budget),
      responsive: fromSen(o.responsive),
      share: shareOfSen(o.responsive, o.budget),
      subActivities: o.count,
      tagged: o.tagged,
      gaps: o.gaps,
    })),
    byProgram: [...programs]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, p]) => ({ code, budget: fromSen(p.budget), responsive: fromSen(p.responsive) })),
  };
}
