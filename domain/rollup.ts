/**
 * Ranking and year-on-year change of region figures (issue 14: "ranking and comparison of
 * kab/kota within a province and provinces within the nation"). Pure, so the web and the
 * server rank the same way.
 */
import { roundTo } from './aggregate.js';

/**
 * Competition ranks ("1224"): 1 for the highest value, equal values share a rank and the next
 * rank skips the shared places, so a rank always says "how many regions are above + 1".
 * A region without a value has no rank (null), instead of being ranked last.
 */
export function competitionRanks(values: (number | null)[]): (number | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
  });
  return values.map((v) => (v === null ? null : first.get(v)!));
}

/**
 * a − b without binary noise (stored values have at most 10 decimals, so 97.45 − 96.13 is
 * 1.32, not 1.3200000000000074); null unless both exist.
 */
export function differenceOf(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : roundTo(a - b, 10);
}
