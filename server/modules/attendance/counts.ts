/**
 * Attendance counts by sex and by institution: the organiser's live count, and what other
 * modules use (the training participants of a Bimtek, the yearly PUG report). One day counts
 * that day's presences; all days count people — one person present on two days counts once
 * (same dedup key; a presence whose personal data was erased counts as its own person).
 * Erased presences keep their sex and institution, so the counts never change on erasure.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AttendanceCountsDto } from '../../../api/attendance.js';
import type { Sex } from '../../../domain/indicators.js';
import {
  addSex,
  emptySexCounts,
  institutionGroupKey,
  type SexCounts,
} from '../../../domain/meetings/attendance.js';
import type { Db } from '../../db/connection.js';
import { meetingAttendance } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { readableMeeting } from './load.js';

export interface CountedRow {
  day: string;
  sex: Sex;
  institution: string;
  dedupKey: string;
  disabled: boolean;
}

export function countRows(meetingId: string, day: string | null, rows: CountedRow[]): AttendanceCountsDto {
  const byDay = new Map<string, SexCounts>();
  const people = new Map<string, CountedRow>();
  for (const r of rows) {
    if (day && r.day !== day) continue;
    let d = byDay.get(r.day);
    if (!d) byDay.set(r.day, (d = emptySexCounts()));
    addSex(d, r.sex);
    if (!people.has(r.dedupKey)) people.set(r.dedupKey, r);
  }
  const total = emptySexCounts();
  const institutions = new Map<string, SexCounts & { institution: string }>();
  let withDisability = 0;
  for (const r of people.values()) {
    addSex(total, r.sex);
    if (r.disabled) withDisability += 1;
    const key = institutionGroupKey(r.institution);
    let i = institutions.get(key);
    if (!i) institutions.set(key, (i = { institution: r.institution.trim() || '–', ...emptySexCounts() }));
    addSex(i, r.sex);
  }
  return {
    meetingId,
    day,
    total,
    byDay: [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, c]) => ({ day: d, ...c })),
    byInstitution: [...institutions.values()].sort(
      (a, b) => b.total - a.total || a.institution.localeCompare(b.institution, 'id'),
    ),
    withDisability,
  };
}

async function countedRows(db: Db, where: SQL | undefined) {
  const a = meetingAttendance;
  const rows = await db
    .select({
      meetingId: a.meetingId,
      day: a.day,
      sex: a.sex,
      institution: a.institution,
      dedupKey: a.dedupKey,
      disability: a.disability,
    })
    .from(a)
    .where(where)
    .orderBy(asc(a.day), asc(a.signedAt));
  return rows.map((r) => ({ ...r, disabled: r.disability !== null }));
}

/** The counts of one event (no permission check: for other modules, which made theirs). */
export async function attendanceCounts(
  db: Db,
  regionCode: string,
  meetingId: string,
  day: string | null = null,
): Promise<AttendanceCountsDto> {
  const a = meetingAttendance;
  const rows = await countedRows(db, and(eq(a.regionCode, regionCode), eq(a.meetingId, meetingId)));
  return countRows(meetingId, day, rows);
}

/** The counts of several events of a region at once (the yearly report), by meeting id. */
export async function attendanceCountsOf(
  db: Db,
  regionCode: string,
  meetingIds: string[],
): Promise<Map<string, AttendanceCountsDto>> {
  const result = new Map<string, AttendanceCountsDto>();
  if (meetingIds.length === 0) return result;
  const a = meetingAttendance;
  const rows = await countedRows(db, and(eq(a.regionCode, regionCode), inArray(a.meetingId, meetingIds)));
  for (const id of meetingIds)
    result.set(
      id,
      countRows(
        id,
        null,
        rows.filter((r) => r.meetingId === id),
      ),
    );
  return result;
}

/** GET /api/meetings/:id/attendance/counts: any reader of the event. */
export async function getAttendanceCounts(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  day: string | undefined,
): Promise<AttendanceCountsDto> {
  const { meeting } = await readableMeeting(db, actor, meetingId);
  return attendanceCounts(db, meeting.regionCode, meeting.id, day ?? null);
}
