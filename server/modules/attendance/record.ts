/**
 * Recording one presence, whichever way it comes (public sign-in, an invitee ticked by the
 * organiser, a row typed from a paper list), with duplicates merged: the same person on the
 * same day is one row (domain/meetings/attendance-dedup.ts). A second presence updates the
 * first: what was left blank stays, what was typed replaces, the time of arrival and the way
 * it was first recorded stay.
 *
 * Besides the exact key, a row of the day with the same name is the same person when it has
 * the same phone, the same e-mail or the same registry person, or when one side has no contact
 * and the institutions agree — so a ticked invitee who later signs in with a phone the registry
 * did not know, or someone who gives their e-mail the second time, stays one row.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { AttendanceSource } from '../../../domain/meetings/constants.js';
import { institutionGroupKey } from '../../../domain/meetings/attendance.js';
import {
  attendanceDedupKey,
  attendanceNameKey,
  dedupKeyNamePrefix,
  normaliseEmail,
  normalisePhone,
} from '../../../domain/meetings/attendance-dedup.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetingAttendance, meetingInvitees, meetingSignatures } from '../../db/schema-meetings.js';

export interface Presence {
  regionCode: string;
  meetingId: string;
  day: string;
  fullName: string;
  sex: Sex;
  institution?: string | null;
  position?: string | null;
  phone?: string | null;
  email?: string | null;
  disability?: string | null;
  source: AttendanceSource;
  personId?: string | null;
  /** Checked PNG bytes (png.ts). */
  signature?: Buffer | null;
  isDemo?: boolean;
}

export interface Recorded {
  id: string;
  merged: boolean;
}

export type Candidate = {
  id: string;
  dedupKey: string;
  phone: string | null;
  email: string | null;
  personId: string | null;
  institution: string;
};

/** An invitee of the event whose registry name is the typed one (matchInvitee decides). */
export type InviteeCandidate = Pick<Candidate, 'id' | 'phone' | 'email' | 'institution'>;

function blankToNull(v: string | null | undefined): string | null {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
}

/** A presence as stored: contacts normalised, blanks as null, texts trimmed. */
export function normalisedPresence(input: Presence) {
  return {
    ...input,
    phone: normalisePhone(blankToNull(input.phone)),
    email: normaliseEmail(blankToNull(input.email)),
    institution: input.institution?.trim() ?? '',
    position: input.position?.trim() ?? '',
    disability: blankToNull(input.disability),
  };
}

export type NormalisedPresence = ReturnType<typeof normalisedPresence>;

/** The row of the day this presence merges into, if any (see the file's comment). */
export function sameAs(p: NormalisedPresence, key: string, rows: Candidate[]) {
  const exact = rows.find((r) => r.dedupKey === key);
  if (exact) return exact;
  const inst = institutionGroupKey(p.institution ?? '');
  const hasContact = Boolean(p.phone || p.email);
  return rows.find(
    (r) =>
      (p.phone !== null && r.phone === p.phone) ||
      (p.email !== null && r.email === p.email) ||
      (p.personId && r.personId === p.personId) ||
      ((!hasContact || (!r.phone && !r.email)) && inst !== '' && institutionGroupKey(r.institution) === inst),
  );
}

function candidatesQuery(tx: Db, p: Pick<Presence, 'regionCode' | 'meetingId' | 'day' | 'fullName'>) {
  const prefix = dedupKeyNamePrefix(p.fullName);
  const a = meetingAttendance;
  return tx
    .select({
      kind: sql<'row' | 'invitee'>`'row'`.as('kind'),
      id: a.id,
      dedupKey: a.dedupKey,
      phone: a.phone,
      email: a.email,
      personId: sql<string | null>`${a.personId}`.as('person_id'),
      institution: a.institution,
    })
    .from(a)
    .where(
      and(
        eq(a.regionCode, p.regionCode),
        eq(a.meetingId, p.meetingId),
        eq(a.day, p.day),
        isNull(a.erasedAt),
        sql`left(${a.dedupKey}, ${prefix.length}) = ${prefix}`,
      ),
    );
}

async function candidates(tx: Db, p: Presence): Promise<Candidate[]> {
  return candidatesQuery(tx, p);
}

/**
 * The day's rows this presence may merge into and the event's invitees of the same name, in
 * one query (a public sign-in needs both; issue 11's 500 sign-ins at once count every query).
 */
export async function candidatesAndInvitees(
  tx: Db,
  p: Pick<Presence, 'regionCode' | 'meetingId' | 'day' | 'fullName'>,
): Promise<{ rows: Candidate[]; invitees: InviteeCandidate[] }> {
  const all = await candidatesQuery(tx, p).unionAll(
    tx
      .select({
        kind: sql<'row' | 'invitee'>`'invitee'`.as('kind'),
        id: pugPeople.id,
        dedupKey: sql<string>`''`.as('dedup_key'),
        phone: pugPeople.phone,
        email: pugPeople.email,
        personId: sql<string | null>`${pugPeople.id}`.as('person_id'),
        institution: pugPeople.institution,
      })
      .from(meetingInvitees)
      .innerJoin(
        pugPeople,
        and(eq(pugPeople.regionCode, meetingInvitees.regionCode), eq(pugPeople.id, meetingInvitees.personId)),
      )
      .where(
        and(
          eq(meetingInvitees.regionCode, p.regionCode),
          eq(meetingInvitees.meetingId, p.meetingId),
          eq(pugPeople.nameKey, attendanceNameKey(p.fullName)),
        ),
      ),
  );
  return {
    rows: all.filter((r) => r.kind === 'row'),
    invitees: all.filter((r) => r.kind === 'invitee'),
  };
}

async function saveSignature(tx: Db, regionCode: string, attendanceId: string, png: Buffer): Promise<void> {
  await tx
    .insert(meetingSignatures)
    .values({ regionCode, attendanceId, png })
    .onConflictDoUpdate({
      target: [meetingSignatures.regionCode, meetingSignatures.attendanceId],
      set: { png },
    });
}

/** Records `input` in the caller's transaction; merged says it joined an earlier presence. */
export async function recordPresence(tx: Db, input: Presence, attempt = 0): Promise<Recorded> {
  const p = normalisedPresence(input);
  const key = attendanceDedupKey(p);
  const a = meetingAttendance;
  const existing = sameAs(p, key, await candidates(tx, p));
  if (existing) {
    await tx
      .update(a)
      .set({
        fullName: p.fullName,
        sex: p.sex,
        ...(p.institution ? { institution: p.institution } : {}),
        ...(p.position ? { position: p.position } : {}),
        phone: sql`coalesce(${p.phone}::text, ${a.phone})`,
        email: sql`coalesce(${p.email}::text, ${a.email})`,
        disability: sql`coalesce(${p.disability}::text, ${a.disability})`,
        personId: sql`coalesce(${a.personId}, ${p.personId ?? null}::uuid)`,
        ...(p.signature ? { hasSignature: true } : {}),
      })
      .where(and(eq(a.regionCode, p.regionCode), eq(a.id, existing.id)));
    if (p.signature) await saveSignature(tx, p.regionCode, existing.id, p.signature);
    return { id: existing.id, merged: true };
  }
  const [row] = await tx
    .insert(a)
    .values({
      regionCode: p.regionCode,
      meetingId: p.meetingId,
      day: p.day,
      personId: p.personId ?? null,
      fullName: p.fullName,
      dedupKey: key,
      sex: p.sex,
      institution: p.institution,
      position: p.position,
      phone: p.phone,
      email: p.email,
      disability: p.disability,
      source: p.source,
      hasSignature: Boolean(p.signature),
      isDemo: p.isDemo ?? false,
    })
    .onConflictDoNothing({ target: [a.regionCode, a.meetingId, a.day, a.dedupKey] })
    .returning({ id: a.id });
  // Two sign-ins of one person at the same instant: the other one won; merge into it.
  if (!row) {
    if (attempt > 2) throw new Error('attendance: a presence kept conflicting with one it could not find');
    return recordPresence(tx, input, attempt + 1);
  }
  if (p.signature) await saveSignature(tx, p.regionCode, row.id, p.signature);
  return { id: row.id, merged: false };
}

/**
 * The event's invitee this sign-in is, if the registry knows them: same name, and the same
 * phone or e-mail, or the only invitee of that name with the same institution.
 */
export function matchInvitee(
  rows: InviteeCandidate[],
  p: Pick<Presence, 'phone' | 'email' | 'institution'>,
): string | null {
  const phone = normalisePhone(p.phone ?? null);
  const email = normaliseEmail(p.email ?? null);
  const byContact = rows.find(
    (r) => (phone && normalisePhone(r.phone) === phone) || (email && normaliseEmail(r.email) === email),
  );
  if (byContact) return byContact.id;
  const inst = institutionGroupKey(p.institution ?? '');
  if (rows.length === 1 && inst !== '' && institutionGroupKey(rows[0]!.institution) === inst)
    return rows[0]!.id;
  return null;
}

/** The event's invitees (all, or those of `personIds`), by name, with what a presence needs. */
export async function invitedPeople(tx: Db, regionCode: string, meetingId: string, personIds?: string[]) {
  return tx
    .select({
      id: pugPeople.id,
      fullName: pugPeople.fullName,
      sex: pugPeople.sex,
      institution: pugPeople.institution,
      opdName: opd.name,
      position: pugPeople.position,
      phone: pugPeople.phone,
      email: pugPeople.email,
    })
    .from(meetingInvitees)
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, meetingInvitees.regionCode), eq(pugPeople.id, meetingInvitees.personId)),
    )
    .leftJoin(opd, and(eq(opd.regionCode, pugPeople.regionCode), eq(opd.id, pugPeople.opdId)))
    .where(
      and(
        eq(meetingInvitees.regionCode, regionCode),
        eq(meetingInvitees.meetingId, meetingId),
        personIds ? inArray(meetingInvitees.personId, personIds) : undefined,
      ),
    )
    .orderBy(asc(pugPeople.fullName));
}

export type InvitedPerson = Awaited<ReturnType<typeof invitedPeople>>[number];

/** An invitee ticked present: the registry's name, sex, institution (or OPD), position and contact. */
export function inviteePresence(p: InvitedPerson) {
  return {
    fullName: p.fullName,
    sex: p.sex,
    institution: p.institution || p.opdName || '',
    position: p.position,
    phone: p.phone,
    email: p.email,
    source: 'organiser' as const,
    personId: p.id,
  };
}
