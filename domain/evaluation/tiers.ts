/**
 * Tiers of a cycle (Pratama, Madya, Nindya, Utama, Mentor — or four of them in some cycles,
 * research-2.md §2.1) as score bands of the instrument's total. A band holds scores from `min`
 * (inclusive) to `max` (exclusive), except the highest band, which includes its `max`, so
 * contiguous bands (one's max is the next one's min) leave no score between them. A score below
 * the lowest band has no tier (no award). The validator (validate-instrument.ts) refuses
 * overlaps, gaps and a band beyond the instrument's maximum.
 */
import type { TierBand } from './instrument.js';

/** The bands sorted by min (a copy). */
export function sortBands<T extends TierBand>(bands: readonly T[]): T[] {
  return [...bands].sort((a, b) => a.min - b.min || a.max - b.max);
}

/** The band `score` falls in, or null (below the lowest band, or above the highest). */
export function tierOf<T extends TierBand>(bands: readonly T[], score: number): T | null {
  const sorted = sortBands(bands);
  const top = sorted[sorted.length - 1];
  for (const b of sorted) {
    if (score >= b.min && (score < b.max || (b === top && score === b.max))) return b;
  }
  return null;
}

/** The lowest band above the one `score` is in (or the lowest band when it is in none below); null at the top. */
export function nextTierOf<T extends TierBand>(bands: readonly T[], score: number): T | null {
  const sorted = sortBands(bands);
  const current = tierOf(sorted, score);
  if (current) return sorted[sorted.indexOf(current) + 1] ?? null;
  return sorted.find((b) => b.min > score) ?? null;
}
