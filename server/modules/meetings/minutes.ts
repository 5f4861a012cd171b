/**
 * The minutes (notulen) of an event: read by whoever reads the event, written by its organisers
 * once it has begun (domain/meetings/minutes.ts). Saving the minutes marks the event held.
 * Optimistic locking: the body names the version it edited (0 for the first save).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { MinutesDto } from '../../../api/meetings.js';
import { canManageMeetings } from '../../../domain/meetings/access.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import {
  EMPTY_MINUTES,
  canWriteMinutesFor,
  minutesProblems,
  tallyOutcomes,
  type MinutesContent,
  type MinutesProblem,
} from '../../../domain/meetings/minutes.js';
import type { Db } from '../../db/connection.js';
import { meetingMinutes, meetings } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Invalid, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import type { MeetingRow } from './load.js';
import { managedMeeting, readableMeeting } from './service.js';

const PROBLEM_KEYS: Record<MinutesProblem, MessageKey> = {
  unknown_agenda_item: 'meeting_unknown_agenda_item',
  unknown_outcome: 'meeting_unknown_outcome',
  duplicate: 'meeting_duplicate',
  note_required: 'meeting_note_required',
};

type MinutesRow = typeof meetingMinutes.$inferSelect;

async function minutesRow(db: Db, row: MeetingRow): Promise<MinutesRow | undefined> {
  const [m] = await db
    .select()
    .from(meetingMinutes)
    .where(and(eq(meetingMinutes.regionCode, row.regionCode), eq(meetingMinutes.meetingId, row.id)));
  return m;
}

function dto(actor: Actor, meeting: MeetingRow, m: MinutesRow | undefined): MinutesDto {
  const content = m?.content ?? EMPTY_MINUTES;
  return {
    content,
    version: m?.version ?? 0,
    updatedAt: m?.updatedAt.toISOString() ?? null,
    tally: tallyOutcomes(
      content,
      meeting.intendedOutcomes.map((o) => o.id),
    ),
    canWrite:
      canManageMeetings(actor, meeting.regionCode) &&
      canWriteMinutesFor(meeting.status, meeting.startsOn, todayInRegion(meeting.regionCode)),
  };
}

export async function getMinutes(db: Db, actor: Actor | null, id: string) {
  const { a, row } = await readableMeeting(db, actor, id);
  return dto(a, row, await minutesRow(db, row));
}

export async function saveMinutes(
  db: Db,
  actor: Actor | null,
  id: string,
  input: MinutesContent & { version: number },
  options: { now?: Date; isDemo?: boolean } = {},
) {
  const { a, row } = await managedMeeting(db, actor, id);
  if (!canWriteMinutesFor(row.status, row.startsOn, todayInRegion(row.regionCode, options.now))) {
    throw new Invalid({ status: 'meeting_minutes_not_yet' }, 'meeting_minutes_not_yet');
  }
  const content: MinutesContent = {
    agendaNotes: input.agendaNotes,
    decisions: input.decisions.map((d) => d.trim()),
    outcomes: input.outcomes,
  };
  const problems = minutesProblems(content, {
    agendaIds: row.agenda.map((i) => i.id),
    outcomeIds: row.intendedOutcomes.map((o) => o.id),
  });
  if (Object.keys(problems).length) {
    const fields: FieldErrors = Object.fromEntries(
      Object.entries(problems).map(([k, v]) => [k, PROBLEM_KEYS[v]]),
    );
    throw new Invalid(fields);
  }
  const saved = await db.transaction(async (tx) => {
    const before = await minutesRow(tx, row);
    const stale = () =>
      new Conflict({ version: 'meeting_minutes_version_stale' }, 'meeting_minutes_version_stale');
    let saved: MinutesRow | undefined;
    if (!before) {
      if (input.version !== 0) throw stale();
      [saved] = await tx
        .insert(meetingMinutes)
        .values({
          regionCode: row.regionCode,
          meetingId: id,
          content,
          updatedBy: a.userId,
          isDemo: options.isDemo ?? false,
        })
        .onConflictDoNothing()
        .returning();
    } else {
      [saved] = await tx
        .update(meetingMinutes)
        .set({
          content,
          version: sql`${meetingMinutes.version} + 1`,
          updatedBy: a.userId,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(meetingMinutes.regionCode, row.regionCode),
            eq(meetingMinutes.meetingId, id),
            eq(meetingMinutes.version, input.version),
          ),
        )
        .returning();
    }
    if (!saved) throw stale();
    if (row.status === 'planned') {
      await tx
        .update(meetings)
        .set({ status: 'held', version: sql`${meetings.version} + 1`, updatedAt: new Date() })
        .where(and(eq(meetings.regionCode, row.regionCode), eq(meetings.id, id)));
    }
    await recordAudit(tx, subjectOf(a), {
      action: before ? 'update' : 'create',
      entity: 'meeting_minutes',
      entityId: id,
      regionCode: row.regionCode,
      before: before?.content ?? null,
      after: content,
    });
    return saved;
  });
  return dto(a, { ...row, status: row.status === 'planned' ? 'held' : row.status }, saved);
}
