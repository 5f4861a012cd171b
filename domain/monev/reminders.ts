/**
 * When the quarterly monev reports are reminded (server/modules/monev/reminders.ts): the
 * operators of an OPD that has not submitted every report of a quarter are told before the
 * region's deadline at the deadline thresholds (DEADLINE_REMINDER_DAYS: a week and a day
 * before), and once after it; DP3A gets one digest of the OPDs missing after the deadline.
 * "After" is a window, not one day, so a day the job did not run (a server down) still tells
 * them the next day; the notification's key makes it once.
 */
import { DEADLINE_REMINDER_DAYS, daysUntil, reminderThreshold } from '../deadlines.js';

/** Days after a deadline during which the overdue reminder and DP3A's digest are still sent. */
export const MONEV_OVERDUE_REMINDER_DAYS = 14;

export type MonevReminderStep =
  { kind: 'monev_due'; days: number; threshold: number } | { kind: 'monev_overdue'; days: number };

/** Which reminder a quarter's deadline calls for on `today` (ISO dates, Indonesian days), if any. */
export function monevReminderStep(today: string, deadline: string): MonevReminderStep | null {
  const days = daysUntil(today, deadline);
  if (days >= 0) {
    const threshold = reminderThreshold(days, DEADLINE_REMINDER_DAYS);
    return threshold === null ? null : { kind: 'monev_due', days, threshold };
  }
  return -days <= MONEV_OVERDUE_REMINDER_DAYS ? { kind: 'monev_overdue', days } : null;
}

/** The notification key of a step: one per user, quarter and step, so nobody is told twice. */
export function monevReminderKey(regionCode: string, period: string, step: MonevReminderStep): string {
  return step.kind === 'monev_due'
    ? `monev_due:${regionCode}:${period}:${step.threshold}`
    : `monev_overdue:${regionCode}:${period}`;
}
