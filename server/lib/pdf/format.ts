/**
 * Indonesian presentation shared by every printed document (Profil Gender, GAP/GBS/TOR, ARG
 * recap): numbers "1.234,5" and dates "24 November 2026". Money has its own exact formatter
 * in domain/planning/money.ts (strings, never floats).
 */

/** Printed for a cell without a value (an en dash, as BPS tables do). */
export const NO_VALUE = '–';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1234.5 with 1 decimal → "1.234,5"; null → "–". */
export function formatNumber(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const d = Math.max(0, Math.min(decimals, 6));
  let f = numberFormats.get(d);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d });
    numberFormats.set(d, f);
  }
  // Rounding can print "-0"; a gap of nothing is printed as 0.
  const out = f.format(value);
  return /^-0(,0*)?$/.test(out) ? out.slice(1) : out;
}

const longDate = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  // A document's date is a calendar date of the government issuing it; WIB is the national
  // reference time, and a date near midnight is the only place it could differ.
  timeZone: 'Asia/Jakarta',
});

/** "24 November 2026". */
export function formatDateId(date: Date): string {
  return longDate.format(date);
}
