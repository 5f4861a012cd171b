/**
 * Dates of an agreement in the region's calendar: the status it shows and the expiry reminder
 * that is due. Pure, so the list, the detail page and the daily job agree.
 */
import { EXPIRY_REMINDER_DAYS, type AgreementStatus, type StoredAgreementStatus } from './constants.js';

export interface AgreementDates {
  status: StoredAgreementStatus;
  startsOn: string;
  endsOn: string;
}

/** A signed agreement is signed before its start, active from start to end, expired after. */
export function effectiveStatus(a: AgreementDates, today: string): AgreementStatus {
  if (a.status !== 'signed') return a.status;
  if (today < a.startsOn) return 'signed';
  if (today > a.endsOn) return 'expired';
  return 'active';
}

/** Whole days from `today` to `day` (negative when it has passed). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * The expiry reminder due today: the nearest threshold (90 or 30 days) the remaining days have
 * reached, for a signed agreement that has not ended. An agreement found 20 days before its end
 * (entered late, or a missed run) gets the 30-day reminder only; the notification's key per
 * threshold makes each one sent once.
 */
export function dueReminder(a: AgreementDates, today: string): number | null {
  const status = effectiveStatus(a, today);
  if (status !== 'active' && status !== 'signed') return null;
  const left = daysBetween(today, a.endsOn);
  if (left < 0) return null;
  const reached = EXPIRY_REMINDER_DAYS.filter((d) => left <= d);
  return reached.length ? Math.min(...reached) : null;
}

/** The days on which the reminders fall (for the detail page): end date minus 90 and 30 days. */
export function reminderDates(endsOn: string): { days: number; on: string }[] {
  return EXPIRY_REMINDER_DAYS.map((days) => {
    const d = new Date(`${endsOn}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - days);
    return { days, on: d.toISOString().slice(0, 10) };
  });
}

/** Whether the agreement ends in `year` and is not terminated: the "expiring this year" list. */
export function endsInYear(a: AgreementDates, year: number): boolean {
  return a.status !== 'terminated' && a.status !== 'draft' && a.endsOn.startsWith(`${year}-`);
}
