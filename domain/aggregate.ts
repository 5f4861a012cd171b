/**
 * How values combine, by the indicator's aggregation rule (domain/indicators.ts):
 * - `sum` (counts): add over the other dimensions, over sexes for the total, and over
 *   kab/kota for a province;
 * - `ratio` (rates with a numerator and a denominator count): add the two counts the same way,
 *   then multiplier × numerator / denominator — never an average of rates;
 * - `none` (survey rates, indices): nothing combines; a total exists only where it was given,
 *   and only for an indicator without other dimensions.
 * Inputs are decimal strings from PostgreSQL `numeric`; sums are exact for counts (integers)
 * and results are rounded to the indicator's decimals.
 */
import type { Aggregation } from './indicators.js';

export interface AggregateRule {
  aggregation: Aggregation | string;
  multiplier: string | null;
  decimals: number;
}

export function sumValues(values: (string | number)[]): number | null {
  if (values.length === 0) return null;
  return values.reduce<number>((acc, v) => acc + Number(v), 0);
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A rate from summed parts; null when the denominator is missing or zero. */
export function rateOf(
  numerator: number | null,
  denominator: number | null,
  rule: AggregateRule,
): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return roundTo((Number(rule.multiplier ?? '1') * numerator) / denominator, rule.decimals);
}

/**
 * Combines several values of one indicator into one (over dimensions, sexes or regions).
 * For `ratio`, pass the numerator and denominator values instead (see `combineRatio`).
 */
export function combine(rule: AggregateRule, values: (string | number)[]): number | null {
  if (rule.aggregation === 'sum') return sumValues(values);
  if (rule.aggregation === 'none') return values.length === 1 ? Number(values[0]) : null;
  throw new Error('combine(): a ratio is combined from its numerator and denominator (combineRatio)');
}

export function combineRatio(
  rule: AggregateRule,
  numerators: (string | number)[],
  denominators: (string | number)[],
): number | null {
  return rateOf(sumValues(numerators), sumValues(denominators), rule);
}
