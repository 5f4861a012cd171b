/**
 * Reading follow-ups with what every answer shows: the meeting they came from, the owner's
 * name (the OPD's, or the person's) and how many evidence files they have; and the facts the
 * rules of domain/follow-ups need (the owner person's e-mail, the caller's own e-mail). A
 * follow-up the caller may not read answers 404, as if it did not exist.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import {
  canManageFollowUps,
  canReadFollowUps,
  canUpdateFollowUp,
  type FollowUpActor,
} from '../../../domain/follow-ups/access.js';
import { todayInRegion, urgencyOf } from '../../../domain/follow-ups/dates.js';
import { allowedNextStatuses } from '../../../domain/follow-ups/status.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { followUpEvidence, followUps } from '../../db/schema-follow-ups.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetings } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';

export type FollowUpRow = typeof followUps.$inferSelect;

const evidenceCount = sql<number>`(select count(*)::int from ${followUpEvidence}
  where ${followUpEvidence.regionCode} = ${followUps.regionCode} and ${followUpEvidence.followUpId} = ${followUps.id})`;

/** The select every list and detail shares. */
export function selectFollowUps(db: Db) {
  return db
    .select({
      row: followUps,
      meeting: { id: meetings.id, title: meetings.title, kind: meetings.kind, startsOn: meetings.startsOn },
      opdName: opd.name,
      personName: pugPeople.fullName,
      personEmail: pugPeople.email,
      evidenceCount,
    })
    .from(followUps)
    .innerJoin(
      meetings,
      and(eq(meetings.regionCode, followUps.regionCode), eq(meetings.id, followUps.meetingId)),
    )
    .leftJoin(opd, and(eq(opd.regionCode, followUps.regionCode), eq(opd.id, followUps.ownerOpdId)))
    .leftJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, followUps.regionCode), eq(pugPeople.id, followUps.ownerPersonId)),
    );
}

export type FollowUpJoined = Awaited<ReturnType<ReturnType<typeof selectFollowUps>['where']>>[number];

/** The caller as the rules see them: with their e-mail, for the owner-person rule. */
export async function followUpActorOf(db: Db, actor: Actor): Promise<FollowUpActor & Actor> {
  const [me] = await db.select({ email: users.email }).from(users).where(eq(users.id, actor.userId));
  return { ...actor, email: me?.email ?? null };
}

export const ownerFacts = (j: FollowUpJoined) => ({
  regionCode: j.row.regionCode,
  ownerOpdId: j.row.ownerOpdId,
  ownerPersonEmail: j.personEmail,
});

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function followUpDto(j: FollowUpJoined, actor: FollowUpActor, today: string) {
  const { row } = j;
  const organiser = canManageFollowUps(actor, row.regionCode);
  const update = canUpdateFollowUp(actor, ownerFacts(j));
  return {
    id: row.id,
    regionCode: row.regionCode,
    meeting: { ...j.meeting, startsOn: String(j.meeting.startsOn) },
    agendaItemId: row.agendaItemId,
    text: row.text,
    owner: row.ownerOpdId
      ? { kind: 'opd' as const, id: row.ownerOpdId, name: j.opdName ?? '' }
      : { kind: 'person' as const, id: row.ownerPersonId!, name: j.personName ?? '' },
    dueDate: String(row.dueDate),
    status: row.status,
    urgency: urgencyOf(row, today),
    completionNote: row.completionNote,
    evidenceCount: Number(j.evidenceCount),
    version: row.version,
    isDemo: row.isDemo,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    can: {
      edit: organiser,
      update,
      nextStatuses: update ? [...allowedNextStatuses(row.status, organiser)] : [],
    },
  };
}

/** One follow-up the caller may read (404 otherwise), locked for update when `forUpdate`. */
export async function readableFollowUp(db: Db, actor: Actor | null, id: string, forUpdate = false) {
  const a = await followUpActorOf(db, requireActor(actor));
  const where: SQL = eq(followUps.id, id);
  if (forUpdate) {
    await db.execute(sql`select 1 from follow_ups where id = ${id} for update`);
  }
  const [j] = await selectFollowUps(db).where(where);
  if (!j || !canReadFollowUps(a, j.row.regionCode)) throw new NotFound();
  return { actor: a, j, today: todayInRegion(j.row.regionCode) };
}
