/**
 * Dates of follow-ups in the region's own calendar: a follow-up is overdue from the day after
 * its due date in the region's time zone (Palu, on WITA, is a day ahead of UTC from 16:00 UTC),
 * and "due soon" within FOLLOW_UP_DUE_SOON_DAYS of it. A follow-up done or dropped is neither.
 *
 * Indonesia's three zones by province (first two digits of the Kemendagri code): WIT (UTC+9)
 * for Maluku, Maluku Utara and the Papua provinces; WITA (UTC+8) for Bali, NTB, NTT, South,
 * East and North Kalimantan and Sulawesi; WIB (UTC+7) for the rest (Sumatra, Java, West and
 * Central Kalimantan).
 */
import { FOLLOW_UP_DUE_SOON_DAYS, OPEN_FOLLOW_UP_STATUSES, type FollowUpStatus } from './constants.js';

const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

export function timeZoneOfRegion(regionCode: string): IndonesianTimeZone {
  const province = regionCode.slice(0, 2);
  if (province === '81' || province === '82' || province.startsWith('9')) return 'Asia/Jayapura';
  if (WITA.has(province)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}

/** Today's date (YYYY-MM-DD) in the region's time zone. */
export function todayInRegion(regionCode: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZoneOfRegion(regionCode) }).format(now);
}

/** `day` plus `n` days (YYYY-MM-DD, calendar arithmetic without time zones). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface FollowUpDue {
  status: FollowUpStatus;
  dueDate: string;
}

export function isFollowUpOpen(status: FollowUpStatus): boolean {
  return OPEN_FOLLOW_UP_STATUSES.includes(status);
}

/** Past its due date (strictly) and still open or in progress, on the region's `today`. */
export function isOverdue(f: FollowUpDue, today: string): boolean {
  return isFollowUpOpen(f.status) && f.dueDate < today;
}

/** Due today or within `days` days, and still open or in progress. */
export function isDueSoon(f: FollowUpDue, today: string, days: number = FOLLOW_UP_DUE_SOON_DAYS): boolean {
  return isFollowUpOpen(f.status) && f.dueDate >= today && f.dueDate <= addDays(today, days);
}

/** How the board flags a follow-up. */
export type FollowUpUrgency = 'overdue' | 'due_soon' | 'later' | 'closed';

export function urgencyOf(f: FollowUpDue, today: string): FollowUpUrgency {
  if (!isFollowUpOpen(f.status)) return 'closed';
  if (isOverdue(f, today)) return 'overdue';
  return isDueSoon(f, today) ? 'due_soon' : 'later';
}
