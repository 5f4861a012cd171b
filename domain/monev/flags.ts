/**
 * What is checked on a quarterly report (`validateReport`: refused until fixed) and what is
 * flagged on it (`flagsOf`: computed, shown, never typed). The expected share per quarter and
 * the deadlines are the region admin's data (no official figure was found: research-2.md §1.5);
 * EXAMPLE_EXPECTED_SHARE is an example, labelled so.
 *
 * Errors (validateReport): figures that are not numbers or are negative, a cumulative total
 * below the previous one (cumulative.ts), a target group larger than the beneficiaries it is
 * part of, age groups adding up to more than all beneficiaries, realisation above the target
 * or the pagu without an explicit confirmation and a reason. On submission also: every figure
 * and gender indicator of the plan typed, kendala and tindak lanjut written, and evidence
 * attached when the quarter adds realisation.
 *
 * Flags (flagsOf): behind_schedule, late, beneficiaries_contradict_plan, over_100, over_pagu.
 */
import { daysUntil } from '../deadlines.js';
import { SEXES, type Sex } from '../indicators.js';
import { parseDecimal } from '../number-parse.js';
import type { ArgCategoryValue } from '../planning/arg-recap.js';
import { shareOfSen, toSen } from '../planning/money.js';
import {
  AGE_GROUPS,
  EXAMPLE_LABEL,
  QUARTERS,
  TARGET_GROUPS,
  WOMEN_ONLY_GROUPS,
  ageGroupField,
  beneficiarySexField,
  genderIndicatorField,
  groupSexField,
  targetGroupField,
  type MonevConfigIssue,
  type MonevFieldKey,
  type MonevFlagCode,
  type EntryMode,
  type MonevIssue,
  type Quarter,
} from './constants.js';
import {
  resolveQuarter,
  sideOf,
  type Beneficiaries,
  type CumulativeFigures,
  type Typed,
  type TypedFigures,
} from './cumulative.js';

/** What the plan says about the sub-kegiatan a report is about (the form opens pre-filled with it). */
export interface MonevPlanFacts {
  argCategory: ArgCategoryValue | null;
  /**
   * For an ARG khusus activity: the sex whose specific need it serves (khusus covers a specific
   * need of women or of men, docs/pprg.md); null when the plan does not say.
   */
  plannedFor: Sex | null;
  /** Rupiah, canonical two-decimal string. */
  pagu: string;
  /** The physical output target in the plan's unit (two decimals); null when the plan has none. */
  physicalTarget: string | null;
  /** The gender indicators of the GAP's step 9 with their targets (free text, often a number). */
  indicators: readonly { id: string; target: string }[];
}

export interface MonevReportInput {
  plan: MonevPlanFacts;
  /** The previous quarter's totals (cumulative.ts `previousCumulative`); null for the first. */
  previous: CumulativeFigures | null;
  mode: EntryMode;
  typed: TypedFigures;
  /** Achieved value per gender indicator, by the plan's indicator id. */
  genderIndicators: readonly { id: string; achieved: Typed }[];
  kendala: string | null;
  tindakLanjut: string | null;
  /** Evidence files attached to the report. */
  evidenceCount: number;
  /** The operator confirmed realisation above the target or the pagu, and why. */
  overConfirmed: boolean;
  overReason: string | null;
}

export type ValidationStage = 'draft' | 'submit';

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** Canonical decimal text -> an integer and its number of decimals ("-1.25" -> [-125n, 2]). */
function scaledOf(decimal: string): [bigint, number] {
  const [whole, frac = ''] = decimal.split('.');
  return [BigInt(whole + frac), frac.length];
}

/** A number written in the indicator's box, or null when the text is not a number. */
function decimalOf(text: Typed): string | null {
  if (text === null || text === undefined) return null;
  const parsed = parseDecimal(String(text));
  return parsed.ok ? parsed.value : null;
}

/**
 * A gender indicator's achievement: achieved as a percentage of the target, two decimals
 * (half away from zero). Null when either is not a number or the target is not positive: such
 * an indicator is reported as written, not measured. It reads "more is better"; an indicator
 * whose target is a decrease needs the reviewer's reading.
 */
export function indicatorAchievement(target: string, achieved: Typed): string | null {
  const t = decimalOf(target);
  const a = decimalOf(achieved);
  if (t === null || a === null) return null;
  const [tInt, tScale] = scaledOf(t);
  const [aInt, aScale] = scaledOf(a);
  if (tInt <= 0n) return null;
  return shareOfSen(aInt * 10n ** BigInt(tScale), tInt * 10n ** BigInt(aScale));
}

/**
 * Groups against the beneficiaries they are part of, sex by sex, for one side of the figures
 * (the quarter's additions or the totals). Groups overlap (a pregnant woman with a disability
 * is in three), so each group is checked alone; age groups do not overlap, so they are summed.
 */
function beneficiaryIssues(b: Beneficiaries<number>, scope: 'quarter' | 'cumulative'): MonevIssue[] {
  const out: MonevIssue[] = [];
  for (const group of TARGET_GROUPS) {
    const counts = b.groups[group];
    if (counts === undefined) continue;
    for (const sex of SEXES) {
      const field = groupSexField(targetGroupField(group), sex);
      if (sex === 'L' && WOMEN_ONLY_GROUPS.includes(group) && counts.L > 0) {
        out.push({ field, code: 'monev_group_women_only', params: { value: counts.L, scope } });
      } else if (counts[sex] > b[sex]) {
        out.push({
          field,
          code: 'monev_group_exceeds_total',
          params: { value: counts[sex], limit: b[sex], scope },
        });
      }
    }
  }
  const reported = AGE_GROUPS.filter((a) => b.ages[a] !== undefined);
  for (const sex of SEXES) {
    const sum = reported.reduce((n, a) => n + b.ages[a]![sex], 0);
    if (reported.length > 0 && sum > b[sex]) {
      out.push({
        field: groupSexField(ageGroupField(reported[0]), sex),
        code: 'monev_ages_exceed_total',
        params: { value: sum, limit: b[sex], scope },
      });
    }
  }
  return out;
}

/**
 * Every issue of a report, each with its field key and message key. `draft` checks what can
 * never be stored; `submit` also asks for everything the reviewer needs.
 */
export function validateReport(input: MonevReportInput, stage: ValidationStage = 'submit'): MonevIssue[] {
  const issues: MonevIssue[] = [];
  const { plan, typed } = input;
  const resolved = resolveQuarter(input.previous, input.mode, typed);
  if (!resolved.ok) issues.push(...resolved.issues);

  if (resolved.ok) {
    const { figures } = resolved;
    // The quarter's additions first: when they are wrong, the same field's total says nothing new.
    const seen = new Set<string>();
    for (const scope of ['quarter', 'cumulative'] as const) {
      const b = sideOf(figures, scope === 'quarter' ? 'addition' : 'cumulative').beneficiaries;
      for (const issue of beneficiaryIssues(b, scope)) {
        if (!seen.has(issue.field)) issues.push(issue);
        seen.add(issue.field);
      }
    }
    const over = overOf(plan, figures.budgetRealised.cumulative, figures.physicalRealised.cumulative);
    if (over.physical && !input.overConfirmed) {
      issues.push({
        field: 'physicalRealised',
        code: 'monev_over_target_unconfirmed',
        params: { target: plan.physicalTarget ?? '' },
      });
    }
    if (over.pagu && !input.overConfirmed) {
      issues.push({
        field: 'budgetRealised',
        code: 'monev_over_pagu_unconfirmed',
        params: { pagu: plan.pagu },
      });
    }
    if ((over.physical || over.pagu) && input.overConfirmed && blank(input.overReason)) {
      issues.push({ field: 'overReason', code: 'monev_over_reason_missing' });
    }
    const added =
      toSen(figures.budgetRealised.addition) > 0n || toSen(figures.physicalRealised.addition) > 0n;
    if (stage === 'submit' && added && input.evidenceCount <= 0) {
      issues.push({ field: 'evidence', code: 'monev_evidence_missing' });
    }
  }

  const planned = new Map(plan.indicators.map((i) => [i.id, i.target]));
  const given = new Map(input.genderIndicators.map((i) => [i.id, i.achieved]));
  for (const { id, achieved } of input.genderIndicators) {
    if (!planned.has(id)) {
      issues.push({ field: 'genderIndicators', code: 'monev_indicator_unknown', params: { id } });
    } else if (
      !blank(String(achieved ?? '')) &&
      decimalOf(planned.get(id)!) !== null &&
      decimalOf(achieved) === null
    ) {
      // A numeric target is measured: its achieved value must be a number too.
      issues.push({ field: genderIndicatorField(id), code: 'monev_not_a_number' });
    }
  }

  if (stage === 'submit') {
    const required = (field: MonevFieldKey, value: Typed) => {
      if (blank(value === null || value === undefined ? null : String(value)))
        issues.push({ field, code: 'monev_required' });
    };
    required('budgetRealised', typed.budgetRealised);
    if (plan.physicalTarget !== null) required('physicalRealised', typed.physicalRealised);
    for (const sex of ['P', 'L'] as const) required(beneficiarySexField(sex), typed.beneficiaries[sex]);
    for (const { id } of plan.indicators) required(genderIndicatorField(id), given.get(id));
    required('kendala', input.kendala);
    required('tindakLanjut', input.tindakLanjut);
  }
  return dedupe(issues);
}

/** One issue per field and code: an indicator listed twice is named once. */
function dedupe(issues: MonevIssue[]): MonevIssue[] {
  const keys = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.field}\u0000${i.code}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

/** Whether cumulative realisation exceeds the physical target (when the plan has one) or the pagu. */
export function overOf(
  plan: Pick<MonevPlanFacts, 'pagu' | 'physicalTarget'>,
  budgetCumulative: string,
  physicalCumulative: string,
): { physical: boolean; pagu: boolean } {
  const target = plan.physicalTarget === null ? 0n : toSen(plan.physicalTarget);
  return {
    physical: target > 0n && toSen(physicalCumulative) > target,
    pagu: toSen(budgetCumulative) > toSen(plan.pagu),
  };
}

/** The region admin's schedule: expected realisation share and due date per quarter. */
export interface MonevFlagConfig {
  /** Expected cumulative realisation (%, 0–100) by the end of each quarter, e.g. {1:20,2:45,3:70,4:95}. */
  expectedShare: Partial<Record<Quarter, number>>;
  /** Due date per quarter (ISO date; a report submitted on that day is on time). */
  deadlines: Partial<Record<Quarter, string>>;
  /** The moment the flags are computed (ISO instant). */
  now: string;
  /** Whose calendar decides the day of a submission; the product's reminders use Asia/Jakarta. */
  timeZone?: string;
  /**
   * Share (%) of beneficiaries of the other sex above which a khusus activity contradicts its
   * plan. Default 50: "mostly" — more than half.
   */
  contradictionShare?: number;
}

export interface MonevFlagInput {
  quarter: Quarter;
  plan: Pick<MonevPlanFacts, 'argCategory' | 'plannedFor' | 'pagu' | 'physicalTarget'>;
  /** The report's totals since the start of the year. */
  cumulative: CumulativeFigures;
  /**
   * When the report was first submitted (ISO instant), null while it never was. A report
   * returned and resubmitted after the deadline was still submitted on time.
   */
  submittedAt: string | null;
}

export interface MonevFlag {
  code: MonevFlagCode;
  /** The field the flag is about, when it is about one. */
  field: MonevFieldKey | null;
  params: Record<string, string | number>;
}

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** The calendar day of an instant in a time zone ("2026-04-15"). */
export function dayIn(instant: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`not an instant: ${instant}`);
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

/** A percentage with up to two decimals as hundredths of a percent (45.5 -> 4550). */
const hundredths = (percent: number) => Math.round(percent * 100);

/** Whether `part` is below `percent` % of `whole` (exact: no float touches the amounts). */
function belowShare(part: bigint, whole: bigint, percent: number): boolean {
  return part * 10000n < BigInt(hundredths(percent)) * whole;
}

/** The flags of one report under the region's schedule. Never stored as typed facts. */
export function flagsOf(input: MonevFlagInput, config: MonevFlagConfig): MonevFlag[] {
  const flags: MonevFlag[] = [];
  const { plan, cumulative, quarter } = input;
  const budget = toSen(cumulative.budgetRealised);
  const physical = toSen(cumulative.physicalRealised);
  const pagu = toSen(plan.pagu);
  const target = plan.physicalTarget === null ? 0n : toSen(plan.physicalTarget);

  const expected = config.expectedShare[quarter];
  if (expected !== undefined) {
    const measures: [MonevFieldKey, bigint, bigint][] = [
      ['budgetRealised', budget, pagu],
      ['physicalRealised', physical, target],
    ];
    for (const [field, part, whole] of measures) {
      if (whole > 0n && belowShare(part, whole, expected)) {
        flags.push({ code: 'behind_schedule', field, params: { share: shareOfSen(part, whole), expected } });
      }
    }
  }

  const deadline = config.deadlines[quarter];
  if (deadline !== undefined) {
    const zone = config.timeZone ?? DEFAULT_TIME_ZONE;
    if (input.submittedAt !== null) {
      const submittedOn = dayIn(input.submittedAt, zone);
      if (submittedOn > deadline) {
        flags.push({
          code: 'late',
          field: null,
          params: { deadline, submittedOn, daysLate: -daysUntil(submittedOn, deadline) },
        });
      }
    } else {
      const today = dayIn(config.now, zone);
      if (today > deadline) {
        flags.push({
          code: 'late',
          field: null,
          params: { deadline, daysLate: -daysUntil(today, deadline) },
        });
      }
    }
  }

  if (plan.argCategory === 'khusus' && plan.plannedFor !== null) {
    const { P, L } = cumulative.beneficiaries;
    const other = plan.plannedFor === 'P' ? L : P;
    const total = BigInt(P + L);
    const limit = config.contradictionShare ?? 50;
    if (total > 0n && BigInt(other) * 10000n > BigInt(hundredths(limit)) * total) {
      flags.push({
        code: 'beneficiaries_contradict_plan',
        field: beneficiarySexField(plan.plannedFor === 'P' ? 'L' : 'P'),
        params: { plannedFor: plan.plannedFor, otherShare: shareOfSen(BigInt(other), total) },
      });
    }
  }

  const over = overOf(plan, cumulative.budgetRealised, cumulative.physicalRealised);
  if (over.physical) {
    flags.push({
      code: 'over_100',
      field: 'physicalRealised',
      params: { share: shareOfSen(physical, target) },
    });
  }
  if (over.pagu) {
    flags.push({ code: 'over_pagu', field: 'budgetRealised', params: { share: shareOfSen(budget, pagu) } });
  }
  return flags;
}

/** A schedule's settings that cannot be right; each names its field (`expectedShare.2`). */
export const MONEV_SCHEDULE_ISSUE_CODES = [
  'monev_share_out_of_range',
  'monev_share_decreasing',
  'monev_deadline_invalid',
] as const;
export type MonevScheduleIssueCode = (typeof MONEV_SCHEDULE_ISSUE_CODES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks an admin's schedule for a year: shares between 0 and 100 with at most two decimals,
 * never lower than an earlier quarter's (realisation is cumulative); deadlines real dates. A
 * deadline may fall before its quarter ends: regions that hold the Rakor in December ask for
 * the fourth quarter early (seed 004's Rakor was on 23 December).
 */
export function validateSchedule(
  schedule: Pick<MonevFlagConfig, 'expectedShare' | 'deadlines'>,
): MonevConfigIssue<MonevScheduleIssueCode>[] {
  const issues: MonevConfigIssue<MonevScheduleIssueCode>[] = [];
  let highest: number | null = null;
  for (const q of QUARTERS) {
    const share = schedule.expectedShare[q];
    if (share !== undefined) {
      if (
        !Number.isFinite(share) ||
        share < 0 ||
        share > 100 ||
        Math.abs(share * 100 - hundredths(share)) > 1e-9
      ) {
        issues.push({ field: `expectedShare.${q}`, code: 'monev_share_out_of_range' });
      } else {
        if (highest !== null && share < highest) {
          issues.push({
            field: `expectedShare.${q}`,
            code: 'monev_share_decreasing',
            params: { previous: highest },
          });
        }
        highest = Math.max(highest ?? share, share);
      }
    }
    const due = schedule.deadlines[q];
    if (due !== undefined) {
      const valid = ISO_DATE.test(due) && new Date(`${due}T00:00:00Z`).toISOString().startsWith(due);
      if (!valid) issues.push({ field: `deadlines.${q}`, code: 'monev_deadline_invalid' });
    }
  }
  return issues;
}

/**
 * An example of expected cumulative realisation by quarter — the figures the issue gives as an
 * illustration. CONTOH — bukan ketentuan resmi: no regulation read fixes them (research-2.md §1.5).
 */
export const EXAMPLE_EXPECTED_SHARE = Object.freeze({
  label: EXAMPLE_LABEL,
  sourceNote:
    'CONTOH — bukan ketentuan resmi. Angka ilustrasi (20/45/70/95 %); tidak ada peraturan yang ditemukan yang menetapkannya. Admin daerah menetapkan angkanya sendiri.',
  expectedShare: Object.freeze({ 1: 20, 2: 45, 3: 70, 4: 95 }) as Readonly<Record<Quarter, number>>,
});
