/**
 * Rates typed next to their parts. A `ratio` indicator (domain/indicators.ts) is
 * multiplier × numerator ÷ denominator; an OPD may type the rate itself as well as the two
 * counts, and the two can disagree (typed 99,5; computed from the counts 99,00).
 *
 * The publish rule (docs/decisions.md, "Which rate is published"; docs/indicators.md): wherever both
 * counts of a sex are present and the denominator is not zero, the published figure is the
 * one computed from them; the typed rate is kept as entered and, when it differs beyond
 * rounding, shown beside the published figure with a note. Without both counts the typed
 * rate is published. The grid and the validation report warn about the difference with the
 * same test (`isRateMismatch`) the publications use to decide when to print the note.
 *
 * Rounding tolerance: a typed rate agrees with the computed one when it equals the exact
 * quotient rounded to the precision the typist used — the fewer of the typed decimals
 * (trailing zeros do not count) and the indicator's decimals. So 99,47 agrees with
 * 99,4736…, 99,5 with 99,47 only if the typist wrote one decimal (|99,5 − 99,4736| ≤ 0,05),
 * and 99 with 99,4; 99,5 against 99,00 (from 198 ÷ 200) is a mismatch.
 */
import type { Sex } from './indicators.js';
import type { ValueKey, Violation } from './value-rules.js';

/** What the rule needs of a rate indicator (the catalog row's fields of the same names). */
export interface RateFacts {
  code: string;
  aggregation: string;
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  /** 100 for a percentage; null means 1. */
  multiplier?: string | number | null;
  /** The decimals the indicator is published with; a caller that leaves them out is not checked. */
  decimals?: number | null;
}

/** True when the indicator is a rate with both of its parts named (and its decimals given). */
export function isComputedRate(ind: RateFacts): boolean {
  return (
    ind.aggregation === 'ratio' &&
    !!ind.numeratorCode &&
    !!ind.denominatorCode &&
    typeof ind.decimals === 'number'
  );
}

/** The exact quotient multiplier × numerator ÷ denominator; null without a usable denominator. */
export function exactRate(numerator: number, denominator: number, multiplier: RateFacts['multiplier']) {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return (Number(multiplier ?? 1) * numerator) / denominator;
}

/** Decimals written in a decimal string or number, trailing zeros not counted ("99.50" → 1). */
export function writtenDecimals(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (/e/i.test(text)) return 10;
  const fraction = text.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/** Half a unit of the coarser of the typed precision and the indicator's decimals. */
export function roundingTolerance(typed: string | number, decimals: number | null | undefined): number {
  const places = Math.min(writtenDecimals(typed), Math.max(0, decimals ?? 0));
  return 0.5 * 10 ** -places;
}

/** Whether a typed rate differs from the exact computed one by more than rounding explains. */
export function isRateMismatch(typed: string | number, exact: number, decimals: number | null | undefined) {
  const diff = Math.abs(Number(typed) - exact);
  // The relative slack absorbs binary noise (0.1 + 0.2) on values that sit exactly on the bound.
  const slack = 1e-9 * Math.max(1, Math.abs(exact));
  return diff > roundingTolerance(typed, decimals) + slack;
}

/** The computed rate as the indicator publishes it: rounded, with its decimals written out. */
export function formatComputed(exact: number, decimals: number | null | undefined): string {
  return exact.toFixed(Math.max(0, decimals ?? 0));
}

/** Which figure a publication shows for one sex of a rate, and why. */
export interface PublishedRate {
  value: number | null;
  origin: 'computed' | 'typed' | null;
  /** The typed rate set aside because it differs from the computed one beyond rounding. */
  setAside: number | null;
}

/**
 * The publish rule for one sex: the computed rate when both parts are there (numerator and
 * denominator known, denominator not zero), else the typed one. `computed` is the rate as the
 * caller already rounded it; `exact` the unrounded quotient the mismatch test compares with.
 */
export function publishedRate(
  typed: number | null,
  computed: { rounded: number; exact: number } | null,
  decimals: number | null | undefined,
): PublishedRate {
  if (computed) {
    const differs = typed !== null && isRateMismatch(typed, computed.exact, decimals);
    return { value: computed.rounded, origin: 'computed', setAside: differs ? typed : null };
  }
  if (typed !== null) return { value: typed, origin: 'typed', setAside: null };
  return { value: null, origin: null, setAside: null };
}

/** `set=member` pairs of a combination key (domain/combo.ts), for the subset test below. */
function pairsOf(comboKey: string): string[] {
  return comboKey === '' ? [] : comboKey.split(';');
}

/**
 * Rate mismatches among the current values of a snapshot (value-rules.ts keys). A part with
 * more dimensions than the rate is summed over the extra ones, as publications do; a rate
 * cell is checked only when both its parts have at least one value there.
 */
export function rateMismatches(
  indicators: Map<string, RateFacts>,
  current: Map<ValueKey, string>,
): Violation[] {
  const rates = [...indicators.values()].filter(isComputedRate);
  if (rates.length === 0) return [];
  const partCodes = new Set(rates.flatMap((r) => [r.numeratorCode!, r.denominatorCode!]));
  // The parts' values by code and sex, read once: a grid holds thousands of cells.
  const parts = new Map<string, { pairs: string[]; value: number }[]>();
  const rateCells: { ind: RateFacts; sex: Sex; combo: string; value: string }[] = [];
  const byCode = new Map(rates.map((r) => [r.code, r]));
  for (const [key, value] of current) {
    const [code, sex, combo] = key.split('|') as [string, Sex, string];
    if (partCodes.has(code)) {
      const list = parts.get(`${code}|${sex}`) ?? [];
      list.push({ pairs: pairsOf(combo), value: Number(value) });
      parts.set(`${code}|${sex}`, list);
    }
    const rate = byCode.get(code);
    if (rate) rateCells.push({ ind: rate, sex, combo, value });
  }
  const sumOf = (code: string, sex: Sex, combo: string): number | null => {
    const want = pairsOf(combo);
    let sum = 0;
    let found = false;
    for (const p of parts.get(`${code}|${sex}`) ?? []) {
      if (!want.every((w) => p.pairs.includes(w))) continue;
      sum += p.value;
      found = true;
    }
    return found ? sum : null;
  };

  const out: Violation[] = [];
  for (const { ind, sex, combo, value } of rateCells) {
    const num = sumOf(ind.numeratorCode!, sex, combo);
    const den = sumOf(ind.denominatorCode!, sex, combo);
    if (num === null || den === null) continue;
    const exact = exactRate(num, den, ind.multiplier);
    if (exact === null || !isRateMismatch(value, exact, ind.decimals)) continue;
    out.push({
      severity: 'warning',
      rule: 'rate_mismatch',
      indicatorCode: ind.code,
      sex,
      comboKey: combo,
      params: {
        value,
        computed: formatComputed(exact, ind.decimals),
        part: String(num),
        total: String(den),
        numeratorIndicator: ind.numeratorCode!,
        denominatorIndicator: ind.denominatorCode!,
      },
    });
  }
  return out;
}
