/**
 * The participants of a meeting: its attendees, one per person across the event's days (the
 * attendance dedup key, domain/meetings/attendance-dedup.ts, is the same on each day for the
 * same person). A participant's id is a hash of that key, because the key holds a phone number
 * or e-mail and the id travels to every reader of the training records.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { meetingAttendance } from '../../db/schema-meetings.js';

export interface Participant {
  /** The hash of the dedup key: training_scores.participant_key and the API's id. */
  id: string;
  fullName: string;
  sex: Sex;
  institution: string;
  position: string;
  days: string[];
}

export function participantKeyOf(meetingId: string, dedupKey: string): string {
  return createHash('sha256').update(`${meetingId}\n${dedupKey}`).digest('hex').slice(0, 32);
}

/**
 * Every participant of the meeting, by name. Name, sex and institution come from the latest day
 * the person attended (a correction on the second day wins).
 */
export async function loadParticipants(
  db: Db,
  regionCode: string,
  meetingId: string,
): Promise<Participant[]> {
  const rows = await db
    .select({
      day: meetingAttendance.day,
      dedupKey: meetingAttendance.dedupKey,
      fullName: meetingAttendance.fullName,
      sex: meetingAttendance.sex,
      institution: meetingAttendance.institution,
      position: meetingAttendance.position,
    })
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.regionCode, regionCode), eq(meetingAttendance.meetingId, meetingId)))
    .orderBy(asc(meetingAttendance.day));
  const byKey = new Map<string, Participant>();
  for (const r of rows) {
    const id = participantKeyOf(meetingId, r.dedupKey);
    const seen = byKey.get(id);
    const facts = { fullName: r.fullName, sex: r.sex, institution: r.institution, position: r.position };
    if (seen) {
      Object.assign(seen, facts);
      if (!seen.days.includes(r.day)) seen.days.push(r.day);
    } else byKey.set(id, { id, ...facts, days: [r.day] });
  }
  return [...byKey.values()].sort(
    (a, b) => a.fullName.localeCompare(b.fullName, 'id') || a.id.localeCompare(b.id),
  );
}
