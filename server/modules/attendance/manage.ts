/**
 * The organisers' writes: invitees ticked present (source 'organiser'), rows typed from a
 * scanned paper list (source 'paper'), a presence removed (recorded by mistake), and one
 * attendee's personal data erased on request (UU PDP 27/2022) — phone, e-mail, disability and
 * the signature emptied, `erased_at` set, the dedup key replaced (it holds the phone or
 * e-mail), while the presence with its sex and institution stays in the counts. Each write is
 * one transaction with its audit entry; the trail never holds the personal data itself.
 */
import { and, eq } from 'drizzle-orm';
import type { PaperRow, WriteAnswerDto } from '../../../api/attendance.js';
import type { Db } from '../../db/connection.js';
import { meetingAttendance, meetingSignatures } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { dayOf, managedMeeting, readableMeeting } from './load.js';
import { attendeeDto } from './list.js';
import { invitedPeople, inviteePresence, recordPresence } from './record.js';

export async function tickInvitees(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  body: { day: string; personIds: string[] },
): Promise<WriteAnswerDto> {
  const { actor: a, meeting } = await managedMeeting(db, actor, meetingId);
  await dayOf(db, meeting, body.day);
  const ids = [...new Set(body.personIds)];
  return db.transaction(async (tx) => {
    const people = await invitedPeople(tx, meeting.regionCode, meeting.id, ids);
    const found = new Map(people.map((p) => [p.id, p]));
    const missing = body.personIds.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw new Invalid({ [`personIds.${missing}`]: 'attendance_not_invitee' }, 'attendance_not_invitee');
    const answer = { added: 0, merged: 0 };
    for (const id of ids) {
      const p = found.get(id)!;
      const r = await recordPresence(tx, {
        ...inviteePresence(p),
        regionCode: meeting.regionCode,
        meetingId: meeting.id,
        day: body.day,
      });
      answer[r.merged ? 'merged' : 'added'] += 1;
      await recordAudit(tx, subjectOf(a), {
        action: r.merged ? 'update' : 'create',
        entity: 'meeting_attendance',
        entityId: r.id,
        regionCode: meeting.regionCode,
        after: { meetingId: meeting.id, day: body.day, source: 'organiser', personId: p.id, sex: p.sex },
      });
    }
    return answer;
  });
}

export async function addPaperRows(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  body: { day: string; rows: PaperRow[] },
): Promise<WriteAnswerDto> {
  const { actor: a, meeting } = await managedMeeting(db, actor, meetingId);
  await dayOf(db, meeting, body.day);
  return db.transaction(async (tx) => {
    const answer = { added: 0, merged: 0 };
    for (const row of body.rows) {
      const r = await recordPresence(tx, {
        ...row,
        regionCode: meeting.regionCode,
        meetingId: meeting.id,
        day: body.day,
        source: 'paper',
      });
      answer[r.merged ? 'merged' : 'added'] += 1;
      await recordAudit(tx, subjectOf(a), {
        action: r.merged ? 'update' : 'create',
        entity: 'meeting_attendance',
        entityId: r.id,
        regionCode: meeting.regionCode,
        after: { meetingId: meeting.id, day: body.day, source: 'paper', sex: row.sex },
      });
    }
    return answer;
  });
}

/** A presence of an event the caller may read; 404 otherwise (and for another region's). */
async function readablePresence(db: Db, actor: Actor | null, attendanceId: string) {
  requireActor(actor);
  const [row] = await db.select().from(meetingAttendance).where(eq(meetingAttendance.id, attendanceId));
  if (!row) throw new NotFound('attendance_not_found');
  const m = await readableMeeting(db, actor, row.meetingId).catch((error: unknown) => {
    throw error instanceof NotFound ? new NotFound('attendance_not_found') : error;
  });
  return { row, ...m };
}

export async function removeAttendance(db: Db, actor: Actor | null, attendanceId: string) {
  const { row, actor: a, canManage } = await readablePresence(db, actor, attendanceId);
  if (!canManage) throw new Forbidden();
  await db.transaction(async (tx) => {
    await tx
      .delete(meetingAttendance)
      .where(and(eq(meetingAttendance.regionCode, row.regionCode), eq(meetingAttendance.id, row.id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'meeting_attendance',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { meetingId: row.meetingId, day: row.day, source: row.source, sex: row.sex },
    });
  });
  return { ok: true as const };
}

export async function erasePersonalData(db: Db, actor: Actor | null, attendanceId: string) {
  const { row, actor: a, canManage } = await readablePresence(db, actor, attendanceId);
  if (!canManage) throw new Forbidden();
  if (row.erasedAt) throw new Invalid({ id: 'attendance_already_erased' }, 'attendance_already_erased');
  const updated = await db.transaction(async (tx) => {
    await tx
      .delete(meetingSignatures)
      .where(
        and(eq(meetingSignatures.regionCode, row.regionCode), eq(meetingSignatures.attendanceId, row.id)),
      );
    const [after] = await tx
      .update(meetingAttendance)
      .set({
        phone: null,
        email: null,
        disability: null,
        hasSignature: false,
        dedupKey: `erased:${row.id}`,
        erasedAt: new Date(),
      })
      .where(and(eq(meetingAttendance.regionCode, row.regionCode), eq(meetingAttendance.id, row.id)))
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'erase_personal_data',
      entity: 'meeting_attendance',
      entityId: row.id,
      regionCode: row.regionCode,
      // What was erased, never its value.
      after: {
        meetingId: row.meetingId,
        day: row.day,
        erased: ['phone', 'email', 'disability', 'signature'].filter((f) =>
          f === 'signature' ? row.hasSignature : row[f as 'phone' | 'email' | 'disability'] !== null,
        ),
      },
    });
    return after;
  });
  return attendeeDto(updated, true);
}

/** The drawn signature as PNG: who may see attendees' personal data only. */
export async function getSignature(db: Db, actor: Actor | null, attendanceId: string): Promise<Buffer> {
  const { row, canSeePersonalData } = await readablePresence(db, actor, attendanceId);
  if (!canSeePersonalData) throw new Forbidden();
  const [sig] = await db
    .select({ png: meetingSignatures.png })
    .from(meetingSignatures)
    .where(and(eq(meetingSignatures.regionCode, row.regionCode), eq(meetingSignatures.attendanceId, row.id)));
  if (!sig) throw new NotFound('attendance_no_signature');
  return Buffer.from(sig.png);
}
