/**
 * Example tiers for a cycle over the example instrument (maximum total 100): the five tier names
 * reported for 2023 (Pratama, Madya, Nindya, Utama, Mentor — research.md; research-2.md §2.1;
 * some cycles have four). The score bands are NOT official — KemenPPPA does not publish them
 * (research-2.md §2.2) — so they are offered as "CONTOH" in the cycle form and an admin sets
 * the cycle's own.
 */
import type { TierBand } from './instrument.js';

export const EXAMPLE_TIERS: readonly TierBand[] = [
  { name: 'Pratama', min: 40, max: 55 },
  { name: 'Madya', min: 55, max: 70 },
  { name: 'Nindya', min: 70, max: 80 },
  { name: 'Utama', min: 80, max: 90 },
  { name: 'Mentor', min: 90, max: 100 },
];
