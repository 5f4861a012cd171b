/**
 * The organiser's attendance screen: the event's days with their sign-in window and short
 * link, who is present (personal fields only for who may see them), the counts, and the
 * scanned paper lists. Every reader of the event sees names, sex, institution and position —
 * the daftar hadir as published — and never phone, e-mail, disability or signatures.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { AttendanceListDto, AttendeeDto, ScanDto } from '../../../api/attendance.js';
import { signInWindowState } from '../../../domain/meetings/attendance.js';
import { timeZoneOfRegion } from '../../../domain/meetings/days.js';
import type { Db } from '../../db/connection.js';
import { attendanceScans } from '../../db/schema-attendance.js';
import { meetingAttendance } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { countRows } from './counts.js';
import { daysOf, dayOf, readableMeeting } from './load.js';

export type AttendanceRow = typeof meetingAttendance.$inferSelect;

export function attendeeDto(row: AttendanceRow, personal: boolean): AttendeeDto {
  return {
    id: row.id,
    day: row.day,
    fullName: row.fullName,
    sex: row.sex,
    institution: row.institution,
    position: row.position,
    source: row.source,
    personId: row.personId,
    signedAt: row.signedAt.toISOString(),
    erasedAt: row.erasedAt?.toISOString() ?? null,
    phone: personal ? row.phone : null,
    email: personal ? row.email : null,
    disability: personal ? row.disability : null,
    hasSignature: personal ? row.hasSignature : false,
  };
}

export function scanDto(row: typeof attendanceScans.$inferSelect): ScanDto {
  return {
    id: row.id,
    day: row.day,
    fileName: row.fileName,
    contentType: row.contentType,
    bytes: row.bytes,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The public short link of a day: what the QR code encodes. */
export function signInLink(publicUrl: string, token: string): string {
  return `${publicUrl}/hadir/${token}`;
}

export async function attendanceRows(db: Db, regionCode: string, meetingId: string, day?: string) {
  const a = meetingAttendance;
  return db
    .select()
    .from(a)
    .where(and(eq(a.regionCode, regionCode), eq(a.meetingId, meetingId), day ? eq(a.day, day) : undefined))
    .orderBy(asc(a.day), asc(a.signedAt), asc(a.id));
}

export async function getAttendance(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  day: string | undefined,
  publicUrl: string,
  now = new Date(),
): Promise<AttendanceListDto> {
  const { meeting, canManage, canSeePersonalData } = await readableMeeting(db, actor, meetingId);
  if (day) await dayOf(db, meeting, day);
  const [days, rows, scans] = await Promise.all([
    daysOf(db, meeting),
    attendanceRows(db, meeting.regionCode, meeting.id, day),
    canSeePersonalData
      ? db
          .select()
          .from(attendanceScans)
          .where(
            and(
              eq(attendanceScans.regionCode, meeting.regionCode),
              eq(attendanceScans.meetingId, meeting.id),
            ),
          )
          .orderBy(asc(attendanceScans.day), asc(attendanceScans.createdAt))
      : Promise.resolve([]),
  ]);
  return {
    meetingId: meeting.id,
    timeZone: timeZoneOfRegion(meeting.regionCode),
    days: days.map((d) => ({
      day: d.day,
      opensAt: d.signInOpensAt.toISOString(),
      closesAt: d.signInClosesAt.toISOString(),
      state:
        meeting.status === 'cancelled'
          ? 'closed'
          : signInWindowState({ opensAt: d.signInOpensAt, closesAt: d.signInClosesAt }, now),
      link: canManage ? signInLink(publicUrl, d.signInToken) : null,
    })),
    items: rows.map((r) => attendeeDto(r, canSeePersonalData)),
    counts: countRows(
      meeting.id,
      day ?? null,
      rows.map((r) => ({ ...r, disabled: r.disability !== null })),
    ),
    scans: scans.map(scanDto),
    canManage,
    canSeePersonalData,
  };
}
