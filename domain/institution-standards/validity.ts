/**
 * Validity of a standardisation: its last valid day, where it stands on a given day, and which
 * reminder (90 or 30 days before the end) is due. Dates are calendar dates (YYYY-MM-DD) in the
 * region's own calendar (domain/follow-ups/dates.ts gives today there).
 */
import { addDays } from '../follow-ups/dates.js';
import type { StandingState } from './constants.js';

/**
 * The last valid day of a decision dated `decisionDate` valid for `months` months: the day
 * before the same date `months` later (a decision of 15 March 2026 for 36 months is valid to
 * 14 March 2029); a date past the end of a shorter month falls to its last day (31 January + 1
 * month ends on 27/28 February).
 */
export function defaultValidUntil(decisionDate: string, months: number): string {
  const [y, m, d] = decisionDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const end = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return addDays(end, -1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A certificate's state on `today`: revoked wins; a validity end before today is expired. */
export function certificateState(
  c: { validUntil: string | null; revokedAt: Date | string | null },
  today: string,
): Exclude<StandingState, 'unknown'> {
  if (c.revokedAt) return 'revoked';
  if (c.validUntil !== null && c.validUntil < today) return 'expired';
  return 'valid';
}

/**
 * The reminder due on `today` for a validity ending `validUntil`: 30 within 30 days of the end,
 * 90 within 90 days, null otherwise or once it has ended. The job sends each once per dossier
 * (its notification key), so a day the job missed is caught up the next day, never repeated.
 */
export function reminderDue(validUntil: string | null, today: string): 90 | 30 | null {
  if (validUntil === null) return null;
  const left = daysBetween(today, validUntil);
  if (left < 0) return null;
  if (left <= 30) return 30;
  return left <= 90 ? 90 : null;
}
