/**
 * The write of one public sign-in, in as few statements as the rules allow (issue 11: 500
 * sign-ins at once to one event, p95 ≤ 300 ms on PGlite, where every statement waits its turn
 * on the one connection): one query reads the day's rows that may be this person together with
 * the event's invitees of that name (record.ts), then ONE statement writes the presence — a new
 * row or the merge into the earlier one — with its signature and its audit entry. A single
 * statement is atomic, so nothing is half-written without an explicit transaction.
 *
 * The statement also checks the day itself: the token still exists, its window is open now and
 * the event is not cancelled. So what token-cache.ts remembers never lets a sign-in through
 * that the database would refuse (another app server may have cancelled the event a second
 * ago). No row written means either that, or that the same person was written a moment earlier
 * by a concurrent sign-in (the unique dedup key); the caller tells which apart.
 *
 * The merge keeps the rules of recordPresence: what was left blank stays, what was typed
 * replaces (on the attendance row only — the registry's person is never renamed here), the
 * time of arrival and the way it was first recorded stay.
 */
import { sql } from 'drizzle-orm';
import { attendanceDedupKey } from '../../../domain/meetings/attendance-dedup.js';
import type { Db } from '../../db/connection.js';
import { auditLog } from '../../db/schema.js';
import { meetingAttendance, meetingDays, meetings, meetingSignatures } from '../../db/schema-meetings.js';
import { candidatesAndInvitees, matchInvitee, normalisedPresence, sameAs, type Presence } from './record.js';

export interface SignInWritten {
  id: string;
  merged: boolean;
  personId: string | null;
}

type Rows = { rows: { id: string }[] };

/** The sign-in of `presence` through `token`; null when nothing was written (see above). */
export async function writeSignIn(
  db: Db,
  token: string,
  presence: Omit<Presence, 'source' | 'personId'>,
  ip: string | null,
): Promise<SignInWritten | null> {
  const found = await candidatesAndInvitees(db, presence);
  const personId = matchInvitee(found.invitees, presence);
  const p = normalisedPresence({ ...presence, source: 'sign_in', personId });
  const key = attendanceDedupKey(p);
  const existing = sameAs(p, key, found.rows);
  const png = p.signature ?? null;
  const a = meetingAttendance;

  // The day is still open to sign-ins, checked by the database at the moment of writing.
  const open = sql`open_day as (
    select 1 from ${meetingDays} d
    join ${meetings} m on m.region_code = d.region_code and m.id = d.meeting_id
    where d.sign_in_token = ${token}::text
      and d.sign_in_opens_at <= now() and d.sign_in_closes_at > now()
      and m.status <> 'cancelled'
  )`;
  // No personal data in the trail: it must be erasable, and the log is not (UU PDP 27/2022).
  const audit = (action: 'create' | 'update', from: string) => sql`audit as (
    insert into ${auditLog} (region_code, action, entity, entity_id, after, ip)
    select region_code, ${action}::text, 'meeting_attendance', id::text, ${JSON.stringify({
      meetingId: p.meetingId,
      day: p.day,
      source: 'sign_in',
      sex: p.sex,
      linkedToInvitee: Boolean(personId),
    })}::jsonb, ${ip}::text from ${sql.raw(from)}
  )`;
  const signature = (from: string) =>
    png
      ? sql`, signature as (
          insert into ${meetingSignatures} (region_code, attendance_id, png)
          select region_code, id, ${png}::bytea from ${sql.raw(from)}
          on conflict (region_code, attendance_id) do update set png = excluded.png
        )`
      : sql``;

  if (existing) {
    const result = (await db.execute(sql`with ${open},
      written as (
        update ${a} set
          full_name = ${p.fullName}::text,
          sex = ${p.sex}::text,
          institution = case when ${p.institution}::text <> '' then ${p.institution}::text else institution end,
          position = case when ${p.position}::text <> '' then ${p.position}::text else position end,
          phone = coalesce(${p.phone}::text, phone),
          email = coalesce(${p.email}::text, email),
          disability = coalesce(${p.disability}::text, disability),
          person_id = coalesce(person_id, ${personId}::uuid),
          has_signature = has_signature or ${Boolean(png)}::boolean
        where region_code = ${p.regionCode}::text and id = ${existing.id}::uuid and erased_at is null
          and exists (select 1 from open_day)
        returning region_code, id
      )${signature('written')},
      ${audit('update', 'written')}
      select id from written`)) as unknown as Rows;
    const row = result.rows[0];
    return row ? { id: row.id, merged: true, personId } : null;
  }
  const result = (await db.execute(sql`with ${open},
    written as (
      insert into ${a} (region_code, meeting_id, day, person_id, full_name, dedup_key, sex, institution,
        position, phone, email, disability, source, has_signature, is_demo)
      select ${p.regionCode}::text, ${p.meetingId}::uuid, ${p.day}::date, ${personId}::uuid,
        ${p.fullName}::text, ${key}::text, ${p.sex}::text, ${p.institution}::text, ${p.position}::text,
        ${p.phone}::text, ${p.email}::text, ${p.disability}::text, 'sign_in', ${Boolean(png)}::boolean,
        ${p.isDemo ?? false}::boolean
      from open_day
      on conflict (region_code, meeting_id, day, dedup_key) do nothing
      returning region_code, id
    )${signature('written')},
    ${audit('create', 'written')}
    select id from written`)) as unknown as Rows;
  const row = result.rows[0];
  return row ? { id: row.id, merged: false, personId } : null;
}
