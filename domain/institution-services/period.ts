/**
 * Reporting periods of service records: a quarter in the product's code (`2025-Q2`,
 * domain/period.ts) or a month `2025-04`. A month lies in one quarter and one year, so the
 * figures of a year (what a yearly data terpilah indicator takes) add the year's quarters and
 * months, and an institution never reports one kind both for a quarter and for a month in it
 * (it would be counted twice).
 */
import { MAX_YEAR, MIN_YEAR, parsePeriod } from '../period.js';

export interface ServicePeriod {
  year: number;
  kind: 'quarter' | 'month';
  /** 1–4 for a quarter, 1–12 for a month. */
  part: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const SERVICE_PERIOD_PATTERN = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

export function parseServicePeriod(text: string): ServicePeriod | null {
  const m = MONTH.exec(text);
  if (m) {
    const year = Number(m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    return { year, kind: 'month', part: Number(m[2]) };
  }
  const p = parsePeriod(text);
  if (!p || p.periodicity !== 'quarter' || text !== text.trim()) return null;
  return { year: p.year, kind: 'quarter', part: p.part };
}

/** The quarter code a service period lies in (a quarter's is itself). */
export function quarterOf(p: ServicePeriod): string {
  const q = p.kind === 'quarter' ? p.part : Math.ceil(p.part / 3);
  return `${p.year}-Q${q}`;
}

/** The months of a quarter code, `2025-Q2` → `2025-04`, `2025-05`, `2025-06`. */
export function monthsOfQuarter(quarter: string): string[] {
  const p = parseServicePeriod(quarter);
  if (!p || p.kind !== 'quarter') return [];
  return [1, 2, 3].map((i) => `${p.year}-${String((p.part - 1) * 3 + i).padStart(2, '0')}`);
}

/**
 * The service periods that overlap `text` for the same kind: for a month, its quarter; for a
 * quarter, its three months. Reporting both would count the same services twice.
 */
export function overlappingPeriods(text: string): string[] {
  const p = parseServicePeriod(text);
  if (!p) return [];
  return p.kind === 'month' ? [quarterOf(p)] : monthsOfQuarter(text);
}

/**
 * Whether service period `text` lies within a data period of domain/period.ts (`2025`,
 * `2025-S1`, `2025-Q2`): what "tarik dari layanan" adds up for one value.
 */
export function servicePeriodWithin(text: string, dataPeriod: string): boolean {
  const s = parseServicePeriod(text);
  const d = parsePeriod(dataPeriod);
  if (!s || !d || s.year !== d.year) return false;
  const quarter = s.kind === 'quarter' ? s.part : Math.ceil(s.part / 3);
  if (d.periodicity === 'year') return true;
  if (d.periodicity === 'semester') return Math.ceil(quarter / 2) === d.part;
  return quarter === d.part;
}

/** The service period codes within a data period, in order (quarters and months). */
export function servicePeriodsWithin(dataPeriod: string): string[] {
  const d = parsePeriod(dataPeriod);
  if (!d) return [];
  const all: string[] = [];
  for (let q = 1; q <= 4; q++) {
    all.push(`${d.year}-Q${q}`, ...monthsOfQuarter(`${d.year}-Q${q}`));
  }
  return all.filter((p) => servicePeriodWithin(p, dataPeriod));
}
