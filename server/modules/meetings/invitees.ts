/**
 * Who is invited to an event: people of the region's registry (pug_people), picked from the
 * people picker or typed in (found or created by the kelembagaan module's findOrCreatePerson,
 * so a person typed twice stays one). Phone and e-mail are shown only to who may see personal
 * data (canSeeAttendeePersonalData). Adding or removing is audited; nothing partial is stored.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { InviteeDto, addInviteesBody } from '../../../api/meetings.js';
import type { z } from 'zod';
import { canSeeAttendeePersonalData } from '../../../domain/meetings/access.js';
import type { Db } from '../../db/connection.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetingInvitees } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { personIdsOfGroups } from '../kelembagaan/groups.js';
import { findOrCreatePerson } from '../kelembagaan/people.js';
import type { MeetingRow } from './load.js';
import { managedMeeting, readableMeeting } from './service.js';

export async function inviteesOf(db: Db, actor: Actor, row: MeetingRow): Promise<{ items: InviteeDto[] }> {
  const personal = canSeeAttendeePersonalData(actor, row.regionCode);
  const rows = await db
    .select({ i: meetingInvitees, p: pugPeople })
    .from(meetingInvitees)
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, meetingInvitees.regionCode), eq(pugPeople.id, meetingInvitees.personId)),
    )
    .where(and(eq(meetingInvitees.regionCode, row.regionCode), eq(meetingInvitees.meetingId, row.id)))
    .orderBy(asc(pugPeople.fullName));
  return {
    items: rows.map(({ i, p }) => ({
      personId: p.id,
      fullName: p.fullName,
      sex: p.sex,
      position: p.position,
      institution: p.institution,
      email: personal ? p.email : null,
      phone: personal ? p.phone : null,
      addedAt: i.addedAt.toISOString(),
      emailedAt: i.emailedAt?.toISOString() ?? null,
      notifiedAt: i.notifiedAt?.toISOString() ?? null,
    })),
  };
}

export async function listInvitees(db: Db, actor: Actor | null, id: string) {
  const { a, row } = await readableMeeting(db, actor, id);
  return inviteesOf(db, a, row);
}

export async function addInvitees(
  db: Db,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof addInviteesBody>,
  options: { isDemo?: boolean } = {},
) {
  const { a, row } = await managedMeeting(db, actor, id);
  const askedIds = [...new Set(input.personIds ?? [])];
  await db.transaction(async (tx) => {
    const ids = new Set<string>();
    if (askedIds.length) {
      const found = await tx
        .select({ id: pugPeople.id, mergedInto: pugPeople.mergedInto })
        .from(pugPeople)
        .where(and(eq(pugPeople.regionCode, row.regionCode), inArray(pugPeople.id, askedIds)));
      const byId = new Map(found.map((p) => [p.id, p]));
      askedIds.forEach((pid, index) => {
        const p = byId.get(pid);
        if (!p) throw new Invalid({ [`personIds.${index}`]: 'meeting_person_unknown' });
        ids.add(p.mergedInto ?? p.id);
      });
    }
    for (const pid of await personIdsOfGroups(tx, row.regionCode, input.groups ?? [])) ids.add(pid);
    for (const [index, person] of (input.people ?? []).entries()) {
      try {
        const { id: pid } = await findOrCreatePerson(
          tx,
          row.regionCode,
          { ...person, isDemo: options.isDemo ?? false },
          a.userId,
          subjectOf(a),
        );
        ids.add(pid);
      } catch (err) {
        if (err instanceof Invalid && err.fields) {
          throw new Invalid(
            Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`people.${index}.${k}`, v])),
          );
        }
        throw err;
      }
    }
    if (!ids.size) return;
    const added = await tx
      .insert(meetingInvitees)
      .values(
        [...ids].map((personId) => ({
          regionCode: row.regionCode,
          meetingId: id,
          personId,
          isDemo: options.isDemo ?? false,
        })),
      )
      .onConflictDoNothing()
      .returning({ personId: meetingInvitees.personId });
    if (added.length) {
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'meeting_invitee',
        entityId: id,
        regionCode: row.regionCode,
        after: { personIds: added.map((r) => r.personId) },
      });
    }
  });
  return inviteesOf(db, a, row);
}

export async function removeInvitee(db: Db, actor: Actor | null, id: string, personId: string) {
  const { a, row } = await managedMeeting(db, actor, id);
  const removed = await db.transaction(async (tx) => {
    const [r] = await tx
      .delete(meetingInvitees)
      .where(
        and(
          eq(meetingInvitees.regionCode, row.regionCode),
          eq(meetingInvitees.meetingId, id),
          eq(meetingInvitees.personId, personId),
        ),
      )
      .returning();
    if (r) {
      await recordAudit(tx, subjectOf(a), {
        action: 'delete',
        entity: 'meeting_invitee',
        entityId: id,
        regionCode: row.regionCode,
        before: { personId },
      });
    }
    return r;
  });
  if (!removed) throw new NotFound();
  return inviteesOf(db, a, row);
}

/** People of the region not merged away (the picker's rows), for the demo seed and tests. */
export const livePeople = (regionCode: string) =>
  and(eq(pugPeople.regionCode, regionCode), isNull(pugPeople.mergedInto));
