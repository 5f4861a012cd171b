/**
 * Deadlines a region sets for its own work (server/modules/deadlines): when the data terpilah
 * values of a year are due, and when the GAP/GBS documents of a budget year must be submitted.
 * Users who still have work for a deadline are reminded a few days before it.
 */
import { canManageRegion, canReadRegion, type AccessActor } from './access.js';

export const DEADLINE_KINDS = [
  /** Data terpilah values of data year N submitted for verification. */
  'data_values',
  /** GAP/GBS documents of budget year N submitted for review. */
  'gap_submission',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Days before a due date at which the people who still have work are reminded (once each). */
export const DEADLINE_REMINDER_DAYS = [7, 1] as const;

/**
 * The reminder threshold a day falls in: the smallest threshold that is at least the days
 * left, so a deadline set 3 days ahead still gets its "1 day" reminder later, and one set
 * 5 days ahead gets the 7-day reminder at once. Null when the deadline is past or far.
 */
export function reminderThreshold(
  daysLeft: number,
  thresholds: readonly number[] = DEADLINE_REMINDER_DAYS,
): number | null {
  if (daysLeft < 0) return null;
  const fitting = thresholds.filter((t) => daysLeft <= t);
  return fitting.length ? Math.min(...fitting) : null;
}

/** Whole days from `today` to `due` (both ISO dates, calendar days, no time zone). */
export function daysUntil(today: string, due: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Reading a region's deadlines: whoever reads the region (operators see what they must meet). */
export function canReadDeadlines(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

/** Setting a region's deadlines: its admin daerah (DP3A), or superadmin. */
export function canManageDeadlines(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}
