/**
 * Periods of data values: a year `2024`, a semester `2024-S1`, or a quarter `2024-Q3`.
 * Stored as these strings, which also sort chronologically within one periodicity.
 */
import type { Periodicity } from './indicators.js';

export interface Period {
  year: number;
  periodicity: Periodicity;
  /** 1–2 for semesters, 1–4 for quarters, 0 for years. */
  part: number;
}

const PATTERN = /^(\d{4})(?:-(S[12]|Q[1-4]))?$/;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function parsePeriod(text: string): Period | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!m[2]) return { year, periodicity: 'year', part: 0 };
  return { year, periodicity: m[2][0] === 'S' ? 'semester' : 'quarter', part: Number(m[2][1]) };
}

export function formatPeriod(p: Period): string {
  if (p.periodicity === 'year') return String(p.year);
  return `${p.year}-${p.periodicity === 'semester' ? 'S' : 'Q'}${p.part}`;
}

/** The same period one step earlier (2024 -> 2023, 2024-Q1 -> 2023-Q4). */
export function previousPeriod(text: string): string | null {
  const p = parsePeriod(text);
  if (!p) return null;
  if (p.periodicity === 'year') return formatPeriod({ ...p, year: p.year - 1 });
  const parts = p.periodicity === 'semester' ? 2 : 4;
  return p.part > 1
    ? formatPeriod({ ...p, part: p.part - 1 })
    : formatPeriod({ ...p, year: p.year - 1, part: parts });
}

/** True when `text` is a period of the indicator's periodicity. */
export function periodFits(text: string, periodicity: Periodicity): boolean {
  return parsePeriod(text)?.periodicity === periodicity;
}
