/**
 * The arithmetic of quarterly figures. A quarter's report carries, for every figure, both the
 * quarter's addition and the cumulative total since the start of the year; the operator types
 * one of them (ENTRY_MODES) and Setara derives the other from the previous quarter's total.
 *
 * - Rupiah (budget realised) are exact: canonical two-decimal strings, arithmetic on BigInt sen
 *   (domain/planning/money.ts), never floats.
 * - Physical output is a quantity in the plan's unit, held the same way (two decimals, exact):
 *   `2.5` km, `120` orang.
 * - Beneficiaries are whole numbers of people, at most PostgreSQL's `integer`.
 *
 * Refused: a negative amount, a cumulative total below the previous one (a quarter cannot undo
 * an earlier one: reopen that report instead), text that is not a number. A figure left empty
 * carries the previous total over (addition 0); whether it must be typed before submitting is
 * validateReport's concern (flags.ts).
 */
import { parseDecimal } from '../number-parse.js';
import { fromSen, parseRupiah, toSen, type MoneyParseError } from '../planning/money.js';
import type { Sex } from '../indicators.js';
import {
  AGE_GROUPS,
  TARGET_GROUPS,
  ageGroupField,
  beneficiarySexField,
  groupSexField,
  targetGroupField,
  type AgeGroup,
  type EntryMode,
  type MonevFieldKey,
  type MonevIssue,
  type MonevIssueCode,
  type Quarter,
  type TargetGroup,
} from './constants.js';

/** What the operator typed in one box: text as typed, a spreadsheet number, or nothing. */
export type Typed = string | number | null | undefined;

export interface AmountPair {
  addition: string;
  cumulative: string;
}

export interface CountPair {
  addition: number;
  cumulative: number;
}

export interface BySex<T> {
  P: T;
  L: T;
}

/**
 * Beneficiaries by sex, and where the activity has them, by target group and by age group,
 * each of those by sex too. A group absent was not counted (unlike a group counted as 0).
 */
export interface Beneficiaries<T> extends BySex<T> {
  groups: Partial<Record<TargetGroup, BySex<T>>>;
  ages: Partial<Record<AgeGroup, BySex<T>>>;
}

export interface CumulativeFigures {
  budgetRealised: string;
  physicalRealised: string;
  beneficiaries: Beneficiaries<number>;
}

export interface TypedFigures {
  budgetRealised: Typed;
  physicalRealised: Typed;
  beneficiaries: {
    P: Typed;
    L: Typed;
    groups?: Partial<Record<TargetGroup, Partial<BySex<Typed>>>>;
    ages?: Partial<Record<AgeGroup, Partial<BySex<Typed>>>>;
  };
}

export interface QuarterFigures {
  budgetRealised: AmountPair;
  physicalRealised: AmountPair;
  beneficiaries: Beneficiaries<CountPair>;
}

export type Resolved<T> =
  { ok: true; value: T } | { ok: false; code: MonevIssueCode; params?: MonevIssue['params'] };

/** The start of a year: nothing realised yet. */
export const ZERO_CUMULATIVE: CumulativeFigures = Object.freeze({
  budgetRealised: '0.00',
  physicalRealised: '0.00',
  beneficiaries: Object.freeze({ P: 0, L: 0, groups: Object.freeze({}), ages: Object.freeze({}) }),
}) as CumulativeFigures;

/** PostgreSQL `integer`: no count of people comes near it; beyond it is a typing slip. */
export const MAX_COUNT = 2_147_483_647;

const isBlank = (typed: Typed): typed is null | undefined | '' =>
  typed === null || typed === undefined || (typeof typed === 'string' && typed.trim() === '');

const MONEY_REASONS: Record<Exclude<MoneyParseError, 'empty'>, MonevIssueCode> = {
  not_a_number: 'monev_not_a_number',
  ambiguous: 'monev_ambiguous',
  too_many_decimals: 'monev_too_many_decimals',
  too_large: 'monev_too_large',
};

/** An amount or quantity in sen (hundredths); null when nothing was typed. */
export function parseAmount(typed: Typed): Resolved<bigint | null> {
  if (isBlank(typed)) return { ok: true, value: null };
  const parsed = parseRupiah(typed);
  if (!parsed.ok) {
    return {
      ok: false,
      code: parsed.reason === 'empty' ? 'monev_not_a_number' : MONEY_REASONS[parsed.reason],
    };
  }
  const sen = toSen(parsed.value);
  return sen < 0n ? { ok: false, code: 'monev_negative' } : { ok: true, value: sen };
}

/** A whole, non-negative number of people; null when nothing was typed. */
export function parseCount(typed: Typed): Resolved<number | null> {
  if (isBlank(typed)) return { ok: true, value: null };
  let n: number;
  if (typeof typed === 'number') {
    if (!Number.isFinite(typed)) return { ok: false, code: 'monev_not_a_number' };
    n = typed;
  } else {
    const parsed = parseDecimal(typed);
    if (!parsed.ok) {
      return { ok: false, code: parsed.reason === 'ambiguous' ? 'monev_ambiguous' : 'monev_not_a_number' };
    }
    // Digits are checked as text: a 30-digit count must not round into a "whole" float.
    if (/^-?\d{11,}/.test(parsed.value)) {
      return { ok: false, code: parsed.value.startsWith('-') ? 'monev_negative' : 'monev_too_large' };
    }
    n = Number(parsed.value);
  }
  if (n < 0) return { ok: false, code: 'monev_negative' };
  if (!Number.isInteger(n)) return { ok: false, code: 'monev_not_whole_number' };
  return n > MAX_COUNT ? { ok: false, code: 'monev_too_large' } : { ok: true, value: n === 0 ? 0 : n };
}

/** Both figures from what was typed in `mode`, given the previous cumulative total in sen. */
function resolveSen(previous: bigint, mode: EntryMode, typed: bigint | null): Resolved<[bigint, bigint]> {
  if (typed === null) return { ok: true, value: [0n, previous] };
  if (mode === 'increment') return { ok: true, value: [typed, previous + typed] };
  if (typed < previous) {
    return { ok: false, code: 'monev_below_previous_cumulative', params: { previous: fromSen(previous) } };
  }
  return { ok: true, value: [typed - previous, typed] };
}

/** Budget realised or physical output: the quarter's addition and the cumulative total. */
export function resolveAmount(
  previousCumulative: string,
  mode: EntryMode,
  typed: Typed,
): Resolved<AmountPair> {
  const parsed = parseAmount(typed);
  if (!parsed.ok) return parsed;
  const resolved = resolveSen(toSen(previousCumulative), mode, parsed.value);
  if (!resolved.ok) return resolved;
  const [addition, cumulative] = resolved.value;
  if (cumulative >= 10n ** 18n) return { ok: false, code: 'monev_too_large' };
  return { ok: true, value: { addition: fromSen(addition), cumulative: fromSen(cumulative) } };
}

/** A count of beneficiaries: the quarter's addition and the cumulative total. */
export function resolveCount(previousCumulative: number, mode: EntryMode, typed: Typed): Resolved<CountPair> {
  const parsed = parseCount(typed);
  if (!parsed.ok) return parsed;
  const typedCount = parsed.value;
  if (typedCount === null) return { ok: true, value: { addition: 0, cumulative: previousCumulative } };
  if (mode === 'increment') {
    const cumulative = previousCumulative + typedCount;
    if (cumulative > MAX_COUNT) return { ok: false, code: 'monev_too_large' };
    return { ok: true, value: { addition: typedCount, cumulative } };
  }
  if (typedCount < previousCumulative) {
    return { ok: false, code: 'monev_below_previous_cumulative', params: { previous: previousCumulative } };
  }
  return { ok: true, value: { addition: typedCount - previousCumulative, cumulative: typedCount } };
}

type GroupField = ReturnType<typeof targetGroupField | typeof ageGroupField>;

/**
 * Every figure of a quarter from what the operator typed and the previous quarter's totals
 * (`null`: the first report of the year). A target or age group counted neither now nor
 * before stays absent: the activity does not count that group. Each issue names its box.
 */
export function resolveQuarter(
  previous: CumulativeFigures | null,
  mode: EntryMode,
  typed: TypedFigures,
): { ok: true; figures: QuarterFigures } | { ok: false; issues: MonevIssue[] } {
  const prev = previous ?? ZERO_CUMULATIVE;
  const issues: MonevIssue[] = [];
  const take = <T>(field: MonevFieldKey, result: Resolved<T>): T | null => {
    if (result.ok) return result.value;
    issues.push(
      result.params ? { field, code: result.code, params: result.params } : { field, code: result.code },
    );
    return null;
  };
  const budget = take('budgetRealised', resolveAmount(prev.budgetRealised, mode, typed.budgetRealised));
  const physical = take(
    'physicalRealised',
    resolveAmount(prev.physicalRealised, mode, typed.physicalRealised),
  );
  const bySex = (sex: Sex) =>
    take(beneficiarySexField(sex), resolveCount(prev.beneficiaries[sex], mode, typed.beneficiaries[sex]));
  const P = bySex('P');
  const L = bySex('L');

  /** Target or age groups, each by sex: those counted before or typed now. */
  function groupsOf<K extends TargetGroup | AgeGroup>(
    keys: readonly K[],
    fieldOf: (key: K) => GroupField,
    before: Partial<Record<K, BySex<number>>>,
    now: Partial<Record<K, Partial<BySex<Typed>>>> | undefined,
  ): Partial<Record<K, BySex<CountPair>>> {
    const out: Partial<Record<K, BySex<CountPair>>> = {};
    for (const key of keys) {
      const [was, typedPair] = [before[key], now?.[key]];
      if (was === undefined && isBlank(typedPair?.P) && isBlank(typedPair?.L)) continue;
      const one = (sex: Sex) =>
        take(groupSexField(fieldOf(key), sex), resolveCount(was?.[sex] ?? 0, mode, typedPair?.[sex]));
      const [p, l] = [one('P'), one('L')];
      if (p && l) out[key] = { P: p, L: l };
    }
    return out;
  }
  const groups = groupsOf(
    TARGET_GROUPS,
    targetGroupField,
    prev.beneficiaries.groups,
    typed.beneficiaries.groups,
  );
  const ages = groupsOf(AGE_GROUPS, ageGroupField, prev.beneficiaries.ages, typed.beneficiaries.ages);
  if (issues.length > 0 || !budget || !physical || !P || !L) return { ok: false, issues };
  return {
    ok: true,
    figures: { budgetRealised: budget, physicalRealised: physical, beneficiaries: { P, L, groups, ages } },
  };
}

/** One side of every figure: the quarter's additions or the totals since January. */
export function sideOf(figures: QuarterFigures, side: keyof CountPair): CumulativeFigures {
  const pairs = <K extends string>(groups: Partial<Record<K, BySex<CountPair>>>) =>
    Object.fromEntries(
      Object.entries<BySex<CountPair> | undefined>(groups).map(([k, p]) => [
        k,
        { P: p!.P[side], L: p!.L[side] },
      ]),
    ) as Partial<Record<K, BySex<number>>>;
  const b = figures.beneficiaries;
  return {
    budgetRealised: figures.budgetRealised[side],
    physicalRealised: figures.physicalRealised[side],
    beneficiaries: { P: b.P[side], L: b.L[side], groups: pairs(b.groups), ages: pairs(b.ages) },
  };
}

/** The totals a quarter hands on to the next one. */
export function cumulativeOf(figures: QuarterFigures): CumulativeFigures {
  return sideOf(figures, 'cumulative');
}

/**
 * The totals a quarter starts from: those of the latest earlier quarter that has a report (a
 * quarter nobody reported adds nothing), or zero for the first report of the year.
 */
export function previousCumulative(
  quarter: Quarter,
  earlier: readonly { quarter: Quarter; cumulative: CumulativeFigures }[],
): CumulativeFigures {
  const before = earlier.filter((r) => r.quarter < quarter).sort((a, b) => b.quarter - a.quarter);
  return before[0]?.cumulative ?? ZERO_CUMULATIVE;
}

/**
 * Where a year's series goes down: a quarter whose total of some figure is below an earlier
 * quarter's. After an earlier report is reopened and raised, the later reports that now fall
 * below it are named here (they must be corrected too).
 */
export function seriesIssues(
  series: readonly { quarter: Quarter; cumulative: CumulativeFigures }[],
): { quarter: Quarter; issue: MonevIssue }[] {
  const out: { quarter: Quarter; issue: MonevIssue }[] = [];
  const ordered = [...series].sort((a, b) => a.quarter - b.quarter);
  for (let i = 1; i < ordered.length; i++) {
    const { quarter } = ordered[i];
    const [before, now] = [ordered[i - 1].cumulative, ordered[i].cumulative];
    const down = (field: MonevFieldKey, previous: string | number) =>
      out.push({ quarter, issue: { field, code: 'monev_below_previous_cumulative', params: { previous } } });
    for (const field of ['budgetRealised', 'physicalRealised'] as const) {
      if (toSen(before[field]) > toSen(now[field])) down(field, before[field]);
    }
    const [was, is] = [before.beneficiaries, now.beneficiaries];
    for (const sex of ['P', 'L'] as const) if (was[sex] > is[sex]) down(beneficiarySexField(sex), was[sex]);
    const groups = <K extends TargetGroup | AgeGroup>(
      keys: readonly K[],
      fieldOf: (key: K) => GroupField,
      a: Partial<Record<K, BySex<number>>>,
      b: Partial<Record<K, BySex<number>>>,
    ) => {
      for (const key of keys) {
        for (const sex of ['P', 'L'] as const) {
          const previous = a[key]?.[sex];
          if (previous !== undefined && previous > (b[key]?.[sex] ?? 0)) {
            down(groupSexField(fieldOf(key), sex), previous);
          }
        }
      }
    };
    groups(TARGET_GROUPS, targetGroupField, was.groups, is.groups);
    groups(AGE_GROUPS, ageGroupField, was.ages, is.ages);
  }
  return out;
}
