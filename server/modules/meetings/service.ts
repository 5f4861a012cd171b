/**
 * A region's PUG events: list (the calendar's), read, create, update, cancel, and the ICS
 * export. Writes keep one meeting_days row per day with a random sign-in token and a window
 * covering the day in the region's time zone (domain/meetings/days.ts); a save names the
 * version it edited (409 when stale). Audited in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { MeetingBody, MeetingDetailDto, MeetingSummaryDto } from '../../../api/meetings.js';
import { canManageMeetings, canReadMeetings } from '../../../domain/meetings/access.js';
import type { MeetingKind, MeetingStatus } from '../../../domain/meetings/constants.js';
import { daysOf, signInWindow, timeZoneOfRegion, utcOffsetHours } from '../../../domain/meetings/days.js';
import { writeIcs } from '../../../domain/meetings/ics.js';
import { withItemIds } from '../../../domain/meetings/templates.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { meetingDays, meetingInvitees, meetingMaterials, meetings } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { forgetMeetingTokens } from '../attendance/token-cache.js';
import { getRegion } from '../regions/service.js';
import { loadMeeting, type MeetingRow } from './load.js';

/** A sign-in token: 24 random bytes, URL-safe (192 bits, unguessable). */
export function newSignInToken(): string {
  return randomBytes(24).toString('base64url');
}

type OpdRef = { id: string; name: string; shortName: string } | null;

function summaryOf(row: MeetingRow, organiser: OpdRef, inviteeCount: number): MeetingSummaryDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    kind: row.kind,
    status: row.status,
    title: row.title,
    theme: row.theme,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    startTime: row.startTime,
    endTime: row.endTime,
    venue: row.venue,
    onlineUrl: row.onlineUrl,
    organiserOpd: organiser,
    inviteeCount,
    isDemo: row.isDemo,
  };
}

export interface ListFilters {
  year?: number;
  kind?: MeetingKind;
  status?: MeetingStatus;
}

/** The region's events of a year (all years when none), by date; what the calendar and list show. */
export async function listMeetings(db: Db, actor: Actor | null, regionCode: string, filters: ListFilters) {
  const a = requireActor(actor);
  if (!canReadMeetings(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const conditions = [eq(meetings.regionCode, regionCode)];
  if (filters.year) {
    conditions.push(
      gte(meetings.startsOn, `${filters.year}-01-01`),
      lt(meetings.startsOn, `${filters.year + 1}-01-01`),
    );
  }
  if (filters.kind) conditions.push(eq(meetings.kind, filters.kind));
  if (filters.status) conditions.push(eq(meetings.status, filters.status));
  const rows = await db
    .select({
      m: meetings,
      opdName: opd.name,
      opdShort: opd.shortName,
      invitees: sql<number>`(select count(*)::int from ${meetingInvitees} i where i.region_code = ${meetings.regionCode} and i.meeting_id = ${meetings.id})`,
    })
    .from(meetings)
    .leftJoin(opd, and(eq(opd.regionCode, meetings.regionCode), eq(opd.id, meetings.organiserOpdId)))
    .where(and(...conditions))
    .orderBy(asc(meetings.startsOn), asc(meetings.startTime), asc(meetings.title))
    .limit(2000);
  const years = await db
    .selectDistinct({ year: sql<number>`extract(year from ${meetings.startsOn})::int` })
    .from(meetings)
    .where(eq(meetings.regionCode, regionCode));
  return {
    years: years.map((y) => Number(y.year)).sort((x, y) => y - x),
    items: rows.map((r) =>
      summaryOf(
        r.m,
        r.m.organiserOpdId
          ? { id: r.m.organiserOpdId, name: r.opdName ?? '', shortName: r.opdShort ?? '' }
          : null,
        Number(r.invitees),
      ),
    ),
  };
}

async function organiserOf(db: Db, row: MeetingRow): Promise<OpdRef> {
  if (!row.organiserOpdId) return null;
  const [o] = await db
    .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
    .from(opd)
    .where(and(eq(opd.regionCode, row.regionCode), eq(opd.id, row.organiserOpdId)));
  return o ?? null;
}

export async function detailOf(db: Db, actor: Actor, row: MeetingRow): Promise<MeetingDetailDto> {
  const manage = canManageMeetings(actor, row.regionCode);
  const where = and(eq(meetingDays.regionCode, row.regionCode), eq(meetingDays.meetingId, row.id));
  const [days, materials, [invited]] = await Promise.all([
    db.select().from(meetingDays).where(where).orderBy(asc(meetingDays.day)),
    db
      .select()
      .from(meetingMaterials)
      .where(and(eq(meetingMaterials.regionCode, row.regionCode), eq(meetingMaterials.meetingId, row.id)))
      .orderBy(asc(meetingMaterials.createdAt)),
    db
      .select({ n: count() })
      .from(meetingInvitees)
      .where(and(eq(meetingInvitees.regionCode, row.regionCode), eq(meetingInvitees.meetingId, row.id))),
  ]);
  return {
    ...summaryOf(row, await organiserOf(db, row), Number(invited?.n ?? 0)),
    agenda: row.agenda,
    intendedOutcomes: row.intendedOutcomes,
    trainingHours: row.trainingHours,
    version: row.version,
    timeZone: timeZoneOfRegion(row.regionCode),
    days: days.map((d) => ({
      day: d.day,
      signInOpensAt: d.signInOpensAt.toISOString(),
      signInClosesAt: d.signInClosesAt.toISOString(),
      signInToken: manage ? d.signInToken : null,
    })),
    materials: materials.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      contentType: f.contentType,
      bytes: f.bytes,
      createdAt: f.createdAt.toISOString(),
    })),
    canManage: manage,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One event the actor may read (404 otherwise, so an event of another region stays unknown). */
export async function readableMeeting(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<{ a: Actor; row: MeetingRow }> {
  const a = requireActor(actor);
  const row = await loadMeeting(db, id);
  if (!canReadMeetings(a, row.regionCode)) throw new NotFound('meeting_not_found');
  return { a, row };
}

/** One event the actor organises: 404 if they may not read it, 403 if they only read it. */
export async function managedMeeting(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<{ a: Actor; row: MeetingRow }> {
  const { a, row } = await readableMeeting(db, actor, id);
  if (!canManageMeetings(a, row.regionCode)) throw new Forbidden();
  return { a, row };
}

export async function getMeeting(db: Db, actor: Actor | null, id: string) {
  const { a, row } = await readableMeeting(db, actor, id);
  return detailOf(db, a, row);
}

async function checkOpd(db: Db, regionCode: string, opdId: string | null | undefined) {
  if (!opdId) return;
  const [o] = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.id, opdId)));
  if (!o) throw new Invalid({ organiserOpdId: 'meeting_opd_unknown' });
}

function valuesOf(input: MeetingBody) {
  if (input.trainingHours != null && input.kind !== 'bimtek') {
    throw new Invalid({ trainingHours: 'meeting_training_hours_bimtek' });
  }
  return {
    kind: input.kind,
    title: input.title,
    theme: input.theme ?? '',
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    venue: input.venue ?? '',
    onlineUrl: input.onlineUrl ? input.onlineUrl : null,
    organiserOpdId: input.organiserOpdId ?? null,
    agenda: withItemIds(input.agenda ?? [], 'a'),
    intendedOutcomes: withItemIds(input.intendedOutcomes ?? [], 'o'),
    trainingHours: input.trainingHours ?? null,
  };
}

/**
 * One meeting_days row per day from start to end: days that stay keep their token (a printed
 * QR code keeps working), new days get a new one, days no longer in the range go (with their
 * attendance — the organiser moved the event).
 */
export async function syncDays(tx: Db, row: Pick<MeetingRow, 'regionCode' | 'id' | 'startsOn' | 'endsOn'>) {
  const wanted = daysOf(row.startsOn, row.endsOn);
  const where = and(eq(meetingDays.regionCode, row.regionCode), eq(meetingDays.meetingId, row.id));
  const existing = await tx.select({ day: meetingDays.day }).from(meetingDays).where(where);
  const have = new Set(existing.map((d) => d.day));
  const gone = existing.map((d) => d.day).filter((d) => !wanted.includes(d));
  if (gone.length) await tx.delete(meetingDays).where(and(where, inArray(meetingDays.day, gone)));
  const added = wanted.filter((d) => !have.has(d));
  if (added.length) {
    await tx.insert(meetingDays).values(
      added.map((day) => {
        const w = signInWindow(row.regionCode, day);
        return {
          regionCode: row.regionCode,
          meetingId: row.id,
          day,
          signInToken: newSignInToken(),
          signInOpensAt: w.opensAt,
          signInClosesAt: w.closesAt,
        };
      }),
    );
  }
}

export async function createMeeting(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: MeetingBody,
  options: { isDemo?: boolean } = {},
) {
  const a = requireActor(actor);
  if (!canManageMeetings(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const values = valuesOf(input);
  const row = await db.transaction(async (tx) => {
    await checkOpd(tx, regionCode, values.organiserOpdId);
    const [row] = await tx
      .insert(meetings)
      .values({
        regionCode,
        ...values,
        isDemo: options.isDemo ?? false,
        createdBy: a.userId,
        updatedBy: a.userId,
      })
      .returning();
    await syncDays(tx, row);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'meeting',
      entityId: row.id,
      regionCode,
      after: values,
    });
    return row;
  });
  // The public sign-in remembers a token's window and status for a few seconds: not after this.
  forgetMeetingTokens(row.id);
  return detailOf(db, a, row);
}

export async function updateMeeting(
  db: Db,
  actor: Actor | null,
  id: string,
  input: MeetingBody & { version: number },
) {
  const { a, row: current } = await managedMeeting(db, actor, id);
  if (current.status === 'cancelled') throw new Invalid({ status: 'meeting_cancelled' }, 'meeting_cancelled');
  const values = valuesOf(input);
  const row = await db.transaction(async (tx) => {
    await checkOpd(tx, current.regionCode, values.organiserOpdId);
    const [row] = await tx
      .update(meetings)
      .set({ ...values, version: sql`${meetings.version} + 1`, updatedBy: a.userId, updatedAt: new Date() })
      .where(
        and(
          eq(meetings.regionCode, current.regionCode),
          eq(meetings.id, id),
          eq(meetings.version, input.version),
        ),
      )
      .returning();
    if (!row) throw new Conflict({ version: 'meeting_version_stale' }, 'meeting_version_stale');
    await syncDays(tx, row);
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'meeting',
      entityId: id,
      regionCode: row.regionCode,
      before: { ...current, createdAt: undefined, updatedAt: undefined },
      after: values,
    });
    return row;
  });
  // The public sign-in remembers a token's window and status for a few seconds: not after this.
  forgetMeetingTokens(row.id);
  return detailOf(db, a, row);
}

/** Cancelled events stay (the calendar shows them struck through); nobody can sign in any more. */
export async function cancelMeeting(db: Db, actor: Actor | null, id: string, version: number) {
  const { a, row: current } = await managedMeeting(db, actor, id);
  if (current.status === 'cancelled') throw new Invalid({ status: 'meeting_cancelled' }, 'meeting_cancelled');
  const row = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(meetings)
      .set({
        status: 'cancelled',
        version: sql`${meetings.version} + 1`,
        updatedBy: a.userId,
        updatedAt: new Date(),
      })
      .where(
        and(eq(meetings.regionCode, current.regionCode), eq(meetings.id, id), eq(meetings.version, version)),
      )
      .returning();
    if (!row) throw new Conflict({ version: 'meeting_version_stale' }, 'meeting_version_stale');
    const now = new Date();
    await tx
      .update(meetingDays)
      .set({
        signInClosesAt: now,
        signInOpensAt: sql`least(${meetingDays.signInOpensAt}, ${now.toISOString()}::timestamptz)`,
      })
      .where(and(eq(meetingDays.regionCode, row.regionCode), eq(meetingDays.meetingId, id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'meeting',
      entityId: id,
      regionCode: row.regionCode,
      before: { status: current.status },
      after: { status: 'cancelled' },
    });
    return row;
  });
  // The public sign-in remembers a token's window and status for a few seconds: not after this.
  forgetMeetingTokens(row.id);
  return detailOf(db, a, row);
}

/** The region's events of a year as an iCalendar file (RFC 5545). */
export async function meetingsIcs(db: Db, actor: Actor | null, regionCode: string, year: number | undefined) {
  const list = await listMeetings(db, actor, regionCode, { year });
  const region = await getRegion(db, regionCode);
  const ids = list.items.map((m) => m.id);
  const rows = ids.length
    ? await db
        .select({ id: meetings.id, updatedAt: meetings.updatedAt })
        .from(meetings)
        .where(and(eq(meetings.regionCode, regionCode), inArray(meetings.id, ids)))
    : [];
  const updated = new Map(rows.map((r) => [r.id, r.updatedAt]));
  return writeIcs({
    name: `Kegiatan PUG ${region.name}`,
    timeZone: timeZoneOfRegion(regionCode),
    utcOffsetHours: utcOffsetHours(regionCode),
    events: list.items.map((m) => ({
      uid: `${m.id}@setara`,
      summary: m.title,
      description: m.theme,
      location: m.venue || m.onlineUrl || '',
      url: m.onlineUrl,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      startTime: m.startTime,
      endTime: m.endTime,
      cancelled: m.status === 'cancelled',
      updatedAt: updated.get(m.id) ?? new Date(0),
    })),
  });
}
