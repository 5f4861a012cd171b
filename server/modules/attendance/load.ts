/**
 * The event an attendance route is about, and what the caller may do with it: read the list
 * (every reader of the region's meetings), see attendees' personal data, and record or erase
 * presences (the organisers, domain/meetings/access.ts). An event the caller may not read is
 * reported as missing.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
  canManageMeetings,
  canReadMeetings,
  canSeeAttendeePersonalData,
} from '../../../domain/meetings/access.js';
import type { Db } from '../../db/connection.js';
import { meetingDays } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { findMeeting, type MeetingRow } from '../meetings/load.js';

export type DayRow = typeof meetingDays.$inferSelect;

export interface ReadableMeeting {
  actor: Actor;
  meeting: MeetingRow;
  canManage: boolean;
  canSeePersonalData: boolean;
}

export async function readableMeeting(
  db: Db,
  actor: Actor | null,
  meetingId: string,
): Promise<ReadableMeeting> {
  const a = requireActor(actor);
  const meeting = await findMeeting(db, meetingId);
  if (!meeting || !canReadMeetings(a, meeting.regionCode)) throw new NotFound('meeting_not_found');
  return {
    actor: a,
    meeting,
    canManage: canManageMeetings(a, meeting.regionCode),
    canSeePersonalData: canSeeAttendeePersonalData(a, meeting.regionCode),
  };
}

/** For writes: the organisers only (403 for other readers). */
export async function managedMeeting(
  db: Db,
  actor: Actor | null,
  meetingId: string,
): Promise<ReadableMeeting> {
  const m = await readableMeeting(db, actor, meetingId);
  if (!m.canManage) throw new Forbidden();
  return m;
}

/** For phone, e-mail, signatures and scans: who may see attendees' personal data (403 otherwise). */
export async function personalDataMeeting(
  db: Db,
  actor: Actor | null,
  meetingId: string,
): Promise<ReadableMeeting> {
  const m = await readableMeeting(db, actor, meetingId);
  if (!m.canSeePersonalData) throw new Forbidden();
  return m;
}

export async function daysOf(db: Db, meeting: MeetingRow): Promise<DayRow[]> {
  return db
    .select()
    .from(meetingDays)
    .where(and(eq(meetingDays.regionCode, meeting.regionCode), eq(meetingDays.meetingId, meeting.id)))
    .orderBy(asc(meetingDays.day));
}

/** One of the event's days, or 422 naming `day`. */
export async function dayOf(db: Db, meeting: MeetingRow, day: string): Promise<DayRow> {
  const [row] = await db
    .select()
    .from(meetingDays)
    .where(
      and(
        eq(meetingDays.regionCode, meeting.regionCode),
        eq(meetingDays.meetingId, meeting.id),
        eq(meetingDays.day, day),
      ),
    );
  if (!row) throw new Invalid({ day: 'attendance_day_unknown' }, 'attendance_day_unknown');
  return row;
}
