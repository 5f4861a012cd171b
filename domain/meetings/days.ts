/**
 * The days of an event and their sign-in windows. Regions carry no time zone in Setara, so
 * the zone comes from the province code (timeZoneOfRegion, domain/follow-ups/dates.ts: WIB
 * UTC+7, WITA UTC+8 — Kota Palu 72.71 —, WIT UTC+9; Indonesia keeps no daylight saving). A
 * day's public sign-in link is open from 00:00 to 24:00 of that day in the region's local time.
 */
import { addDays, timeZoneOfRegion, type IndonesianTimeZone } from '../follow-ups/dates.js';

export { timeZoneOfRegion };

/** The longest event (a multi-day Bimtek is a few days; a typo of a year is refused). */
export const MAX_MEETING_DAYS = 14;

const OFFSET_HOURS: Record<IndonesianTimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

export function utcOffsetHours(regionCode: string): number {
  return OFFSET_HOURS[timeZoneOfRegion(regionCode)];
}

/** Every calendar day from `startsOn` to `endsOn` (both YYYY-MM-DD, start ≤ end). */
export function daysOf(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let d = startsOn; d <= endsOn && days.length <= MAX_MEETING_DAYS; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The sign-in window of `day` in the region: its local midnight to the next one, as UTC instants. */
export function signInWindow(regionCode: string, day: string): { opensAt: Date; closesAt: Date } {
  const offset = utcOffsetHours(regionCode);
  const opensAt = new Date(Date.parse(`${day}T00:00:00Z`) - offset * 3_600_000);
  return { opensAt, closesAt: new Date(opensAt.getTime() + 24 * 3_600_000) };
}

export type MeetingDatesProblem =
  'meeting_ends_before_start' | 'meeting_too_long' | 'meeting_end_time_before_start';

/** What is wrong with an event's dates and times, by field; empty when they are right. */
export function meetingDatesProblems(input: {
  startsOn: string;
  endsOn: string;
  startTime?: string | null;
  endTime?: string | null;
}): Record<string, MeetingDatesProblem> {
  if (input.endsOn < input.startsOn) return { endsOn: 'meeting_ends_before_start' };
  if (daysOf(input.startsOn, input.endsOn).length > MAX_MEETING_DAYS) return { endsOn: 'meeting_too_long' };
  if (input.startTime && input.endTime && input.endTime <= input.startTime && input.startsOn === input.endsOn)
    return { endTime: 'meeting_end_time_before_start' };
  return {};
}
