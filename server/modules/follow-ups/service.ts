/**
 * Creating, listing and changing follow-ups. Creating and editing the text, owner or due date
 * is the organisers'; moving the status is the organisers' and the owner's within the rules of
 * domain/follow-ups/status.ts. Every write checks the version the caller edited (409 when
 * someone saved first), writes the audit entry and the status history in the same
 * transaction, and tells a new owner (follow_up_assigned) through the notification service.
 */
import { and, asc, desc, eq, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import {
  canManageFollowUps,
  canReadFollowUps,
  canUpdateFollowUp,
  type FollowUpActor,
} from '../../../domain/follow-ups/access.js';
import { OPEN_FOLLOW_UP_STATUSES } from '../../../domain/follow-ups/constants.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import { checkStatusChange } from '../../../domain/follow-ups/status.js';
import type { z } from 'zod';
import type { createFollowUpBody, updateFollowUpBody } from '../../../api/follow-ups.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { followUpEvidence, followUpStatusHistory, followUps } from '../../db/schema-follow-ups.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetings } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { loadMeeting, type MeetingRow } from '../meetings/load.js';
import { followUpActorOf, followUpDto, ownerFacts, readableFollowUp, selectFollowUps } from './load.js';
import { notifyAssigned } from './notify.js';

type CreateBody = z.infer<typeof createFollowUpBody>;
type UpdateBody = z.infer<typeof updateFollowUpBody>;
type Owner = CreateBody['owner'];

async function readableMeeting(db: Db, actor: Actor | null, meetingId: string) {
  const a = await followUpActorOf(db, requireActor(actor));
  const meeting = await loadMeeting(db, meetingId);
  if (!canReadFollowUps(a, meeting.regionCode)) throw new NotFound('meeting_not_found');
  return { actor: a, meeting };
}

export async function listMeetingFollowUps(db: Db, actor: Actor | null, meetingId: string) {
  const { actor: a, meeting } = await readableMeeting(db, actor, meetingId);
  const rows = await selectFollowUps(db)
    .where(and(eq(followUps.regionCode, meeting.regionCode), eq(followUps.meetingId, meeting.id)))
    .orderBy(asc(followUps.dueDate), asc(followUps.createdAt));
  const today = todayInRegion(meeting.regionCode);
  return {
    items: rows.map((j) => followUpDto(j, a, today)),
    today,
    canCreate: canManageFollowUps(a, meeting.regionCode),
  };
}

/** The owner must be an active OPD or a current person of the meeting's region (422 at `owner`). */
async function checkOwner(tx: Db, regionCode: string, owner: Owner) {
  if ('opdId' in owner) {
    const [row] = await tx
      .select({ id: opd.id, active: opd.active })
      .from(opd)
      .where(and(eq(opd.regionCode, regionCode), eq(opd.id, owner.opdId)));
    if (!row || !row.active)
      throw new Invalid({ owner: 'follow_up_owner_unknown' }, 'follow_up_owner_unknown');
    return { ownerOpdId: owner.opdId, ownerPersonId: null };
  }
  const [row] = await tx
    .select({ id: pugPeople.id, mergedInto: pugPeople.mergedInto })
    .from(pugPeople)
    .where(and(eq(pugPeople.regionCode, regionCode), eq(pugPeople.id, owner.personId)));
  if (!row || row.mergedInto)
    throw new Invalid({ owner: 'follow_up_owner_unknown' }, 'follow_up_owner_unknown');
  return { ownerOpdId: null, ownerPersonId: owner.personId };
}

/** The same text (case and spaces ignored) for the same owner in one meeting is typed twice: 409 at `text`. */
async function checkDuplicate(
  tx: Db,
  f: {
    regionCode: string;
    meetingId: string;
    text: string;
    ownerOpdId: string | null;
    ownerPersonId: string | null;
  },
  exceptId: string | null,
) {
  const key = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();
  const rows = await tx
    .select({ id: followUps.id, text: followUps.text })
    .from(followUps)
    .where(
      and(
        eq(followUps.regionCode, f.regionCode),
        eq(followUps.meetingId, f.meetingId),
        f.ownerOpdId ? eq(followUps.ownerOpdId, f.ownerOpdId) : eq(followUps.ownerPersonId, f.ownerPersonId!),
      ),
    );
  if (rows.some((r) => r.id !== exceptId && key(r.text) === key(f.text))) {
    throw new Conflict({ text: 'follow_up_duplicate' }, 'follow_up_duplicate');
  }
}

function checkAgendaItem(meeting: MeetingRow, agendaItemId: string | null | undefined) {
  if (agendaItemId && !meeting.agenda.some((item) => item.id === agendaItemId)) {
    throw new Invalid({ agendaItemId: 'follow_up_agenda_item_unknown' }, 'follow_up_agenda_item_unknown');
  }
}

async function detailOf(db: Db, actor: Actor | null, id: string) {
  const { actor: a, j, today } = await readableFollowUp(db, actor, id);
  const [evidence, history] = await Promise.all([
    db
      .select()
      .from(followUpEvidence)
      .where(
        and(eq(followUpEvidence.regionCode, j.row.regionCode), eq(followUpEvidence.followUpId, j.row.id)),
      )
      .orderBy(asc(followUpEvidence.createdAt)),
    db
      .select({ h: followUpStatusHistory, name: users.fullName })
      .from(followUpStatusHistory)
      .leftJoin(users, eq(users.id, followUpStatusHistory.changedBy))
      .where(
        and(
          eq(followUpStatusHistory.regionCode, j.row.regionCode),
          eq(followUpStatusHistory.followUpId, j.row.id),
        ),
      )
      .orderBy(asc(followUpStatusHistory.changedAt)),
  ]);
  return {
    ...followUpDto(j, a, today),
    evidence: evidence.map(evidenceDto),
    history: history.map(({ h, name }) => ({
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
      changedBy: name ?? null,
      changedAt: h.changedAt.toISOString(),
    })),
  };
}

export function evidenceDto(row: typeof followUpEvidence.$inferSelect) {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    bytes: row.bytes,
    createdAt: row.createdAt.toISOString(),
  };
}

export const getFollowUp = detailOf;

export async function createFollowUp(db: Db, actor: Actor | null, meetingId: string, body: CreateBody) {
  const { actor: a, meeting } = await readableMeeting(db, actor, meetingId);
  if (!canManageFollowUps(a, meeting.regionCode)) throw new Forbidden();
  checkAgendaItem(meeting, body.agendaItemId);
  const id = await db.transaction(async (tx) => {
    const owner = await checkOwner(tx, meeting.regionCode, body.owner);
    await checkDuplicate(
      tx,
      { regionCode: meeting.regionCode, meetingId: meeting.id, text: body.text, ...owner },
      null,
    );
    const [row] = await tx
      .insert(followUps)
      .values({
        regionCode: meeting.regionCode,
        meetingId: meeting.id,
        agendaItemId: body.agendaItemId ?? null,
        text: body.text,
        ...owner,
        dueDate: body.dueDate,
        createdBy: a.userId,
        updatedBy: a.userId,
      })
      .returning();
    await tx.insert(followUpStatusHistory).values({
      regionCode: row.regionCode,
      followUpId: row.id,
      fromStatus: null,
      toStatus: row.status,
      changedBy: a.userId,
    });
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'follow_up',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { meetingId: meeting.id, text: row.text, ...owner, dueDate: row.dueDate },
    });
    await notifyAssigned(tx, a, meeting, row);
    return row.id;
  });
  return detailOf(db, a, id);
}

export async function updateFollowUp(db: Db, actor: Actor | null, id: string, body: UpdateBody) {
  await db.transaction(async (tx) => {
    const { actor: a, j } = await readableFollowUp(tx, actor, id, true);
    const before = j.row;
    const organiser = canManageFollowUps(a, before.regionCode);
    if (!canUpdateFollowUp(a, ownerFacts(j))) throw new Forbidden();
    const edits = body.text !== undefined || body.dueDate !== undefined || body.owner !== undefined;
    if ((edits || body.agendaItemId !== undefined) && !organiser) {
      throw new Forbidden('forbidden', {
        ...(body.text !== undefined ? { text: 'forbidden' as const } : {}),
        ...(body.dueDate !== undefined ? { dueDate: 'forbidden' as const } : {}),
        ...(body.owner !== undefined ? { owner: 'forbidden' as const } : {}),
        ...(body.agendaItemId !== undefined ? { agendaItemId: 'forbidden' as const } : {}),
      });
    }
    if (body.version !== before.version)
      throw new Conflict({ version: 'follow_up_stale' }, 'follow_up_stale');
    const to = body.status ?? before.status;
    const note = body.completionNote !== undefined ? body.completionNote || null : before.completionNote;
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(followUpEvidence)
      .where(
        and(eq(followUpEvidence.regionCode, before.regionCode), eq(followUpEvidence.followUpId, before.id)),
      );
    const refusal = checkStatusChange({ from: before.status, to, organiser, evidenceCount: n, note });
    if (refusal) throw new Invalid({ [refusal.field]: refusal.reason }, refusal.reason);
    if (body.agendaItemId) checkAgendaItem(await loadMeeting(tx, before.meetingId), body.agendaItemId);
    const owner = body.owner ? await checkOwner(tx, before.regionCode, body.owner) : null;
    if (owner || body.text !== undefined) {
      await checkDuplicate(tx, { ...before, text: body.text ?? before.text, ...(owner ?? {}) }, before.id);
    }
    const [after] = await tx
      .update(followUps)
      .set({
        status: to,
        completionNote: note,
        ...(body.text !== undefined ? { text: body.text } : {}),
        ...(body.dueDate !== undefined ? { dueDate: body.dueDate } : {}),
        ...(body.agendaItemId !== undefined ? { agendaItemId: body.agendaItemId } : {}),
        ...(owner ?? {}),
        version: before.version + 1,
        updatedBy: a.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(followUps.regionCode, before.regionCode), eq(followUps.id, before.id)))
      .returning();
    if (to !== before.status) {
      await tx.insert(followUpStatusHistory).values({
        regionCode: after.regionCode,
        followUpId: after.id,
        fromStatus: before.status,
        toStatus: to,
        note,
        changedBy: a.userId,
      });
    }
    const pick = (r: typeof before) => ({
      text: r.text,
      ownerOpdId: r.ownerOpdId,
      ownerPersonId: r.ownerPersonId,
      dueDate: r.dueDate,
      status: r.status,
      completionNote: r.completionNote,
      agendaItemId: r.agendaItemId,
    });
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'follow_up',
      entityId: after.id,
      regionCode: after.regionCode,
      before: pick(before),
      after: pick(after),
    });
    const ownerChanged =
      after.ownerOpdId !== before.ownerOpdId || after.ownerPersonId !== before.ownerPersonId;
    if (ownerChanged) await notifyAssigned(tx, a, await loadMeeting(tx, after.meetingId), after);
  });
  return detailOf(db, actor, id);
}

/**
 * The open follow-ups of the region's previous meeting of the same kind: the latest meeting
 * starting before this one (not cancelled). What the next Rakor's agenda pulls in.
 */
export async function previousOpenFollowUps(db: Db, actor: Actor | null, meetingId: string) {
  const { actor: a, meeting } = await readableMeeting(db, actor, meetingId);
  return openFollowUpsOfPrevious(db, a, meeting);
}

/**
 * The same for a meeting not saved yet (a new Rakor's form): the region's latest meeting of
 * `kind` starting before `before` (or on it).
 */
export async function previousOpenFollowUpsFor(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  q: { kind: MeetingRow['kind']; before: string },
) {
  const a = await followUpActorOf(db, requireActor(actor));
  if (!canReadFollowUps(a, regionCode)) throw new Forbidden();
  return openFollowUpsOfPrevious(db, a, {
    regionCode,
    kind: q.kind,
    startsOn: q.before,
    id: null,
    createdAt: null,
  });
}

async function openFollowUpsOfPrevious(
  db: Db,
  a: FollowUpActor,
  meeting: {
    regionCode: string;
    kind: MeetingRow['kind'];
    startsOn: string;
    id: string | null;
    createdAt: Date | null;
  },
) {
  const earlier = meeting.createdAt
    ? or(
        lt(meetings.startsOn, meeting.startsOn),
        and(eq(meetings.startsOn, meeting.startsOn), lt(meetings.createdAt, meeting.createdAt)),
      )
    : lte(meetings.startsOn, meeting.startsOn);
  const [previous] = await db
    .select({ id: meetings.id, title: meetings.title, startsOn: meetings.startsOn })
    .from(meetings)
    .where(
      and(
        eq(meetings.regionCode, meeting.regionCode),
        eq(meetings.kind, meeting.kind),
        meeting.id ? ne(meetings.id, meeting.id) : undefined,
        ne(meetings.status, 'cancelled'),
        earlier,
      ),
    )
    .orderBy(desc(meetings.startsOn), desc(meetings.createdAt))
    .limit(1);
  if (!previous) return { previous: null, items: [] };
  const rows = await selectFollowUps(db)
    .where(
      and(
        eq(followUps.regionCode, meeting.regionCode),
        eq(followUps.meetingId, previous.id),
        inArray(followUps.status, [...OPEN_FOLLOW_UP_STATUSES]),
      ),
    )
    .orderBy(asc(followUps.dueDate), asc(followUps.createdAt));
  const today = todayInRegion(meeting.regionCode);
  return {
    previous: { ...previous, startsOn: String(previous.startsOn) },
    items: rows.map((j) => followUpDto(j, a, today)),
  };
}
