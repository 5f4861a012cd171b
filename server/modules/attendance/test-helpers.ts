/**
 * Events for the attendance tests, written straight to the database (the meetings module owns
 * their creation; these tests need only a row, its days with tokens and windows, invitees).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { attendanceNameKey } from '../../../domain/meetings/attendance-dedup.js';
import type { Db } from '../../db/connection.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetingDays, meetingInvitees, meetings } from '../../db/schema-meetings.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { forgetToken } from './token-cache.js';

export { TINY_PNG };
export const ORIGIN = 'http://localhost:80';
export const SIGNATURE = `data:image/png;base64,${TINY_PNG.toString('base64')}`;

const HOUR = 3_600_000;

export type Window = 'open' | 'closed' | 'not_open';

export interface TestEvent {
  id: string;
  regionCode: string;
  days: { day: string; token: string }[];
}

function windowOf(kind: Window, now = Date.now()) {
  if (kind === 'closed') return { opensAt: new Date(now - 30 * HOUR), closesAt: new Date(now - 6 * HOUR) };
  if (kind === 'not_open') return { opensAt: new Date(now + 6 * HOUR), closesAt: new Date(now + 30 * HOUR) };
  return { opensAt: new Date(now - HOUR), closesAt: new Date(now + 12 * HOUR) };
}

export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

/** An event of `regionCode` with one day per entry of `windows` (2024-12-04, 05, …). */
export async function createEvent(
  db: Db,
  opts: {
    regionCode?: string;
    title?: string;
    windows?: Window[];
    status?: 'planned' | 'held' | 'cancelled';
    venue?: string;
  } = {},
): Promise<TestEvent> {
  const regionCode = opts.regionCode ?? '72.71';
  const windows = opts.windows ?? ['open'];
  const days = windows.map((_, i) => `2024-12-${String(4 + i).padStart(2, '0')}`);
  const [m] = await db
    .insert(meetings)
    .values({
      regionCode,
      kind: 'bimtek',
      status: opts.status ?? 'planned',
      title: opts.title ?? `Bimtek uji ${randomBytes(3).toString('hex')}`,
      startsOn: days[0]!,
      endsOn: days[days.length - 1]!,
      startTime: '08:00',
      endTime: '16:00',
      venue: opts.venue ?? 'Aula Bappeda Kota Palu',
    })
    .returning({ id: meetings.id });
  const out: TestEvent = { id: m.id, regionCode, days: [] };
  for (const [i, day] of days.entries()) {
    const token = newToken();
    const w = windowOf(windows[i]!);
    await db.insert(meetingDays).values({
      regionCode,
      meetingId: m.id,
      day,
      signInToken: token,
      signInOpensAt: w.opensAt,
      signInClosesAt: w.closesAt,
    });
    out.days.push({ day, token });
  }
  return out;
}

export async function setWindow(db: Db, token: string, kind: Window): Promise<void> {
  const w = windowOf(kind);
  await db
    .update(meetingDays)
    .set({ signInOpensAt: w.opensAt, signInClosesAt: w.closesAt })
    .where(eq(meetingDays.signInToken, token));
  forgetToken(token);
}

/** A person of the region's registry invited to the event. */
export async function invite(
  db: Db,
  event: TestEvent,
  person: {
    fullName: string;
    sex: 'P' | 'L';
    institution?: string;
    phone?: string | null;
    email?: string | null;
  },
): Promise<string> {
  const [p] = await db
    .insert(pugPeople)
    .values({
      regionCode: event.regionCode,
      fullName: person.fullName,
      nameKey: attendanceNameKey(person.fullName),
      sex: person.sex,
      institution: person.institution ?? '',
      phone: person.phone ?? null,
      email: person.email ?? null,
    })
    .returning({ id: pugPeople.id });
  await db
    .insert(meetingInvitees)
    .values({ regionCode: event.regionCode, meetingId: event.id, personId: p.id });
  return p.id;
}

/** A sign-in body of a person, with the tiny test signature. */
export function person(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Siti Aminah',
    sex: 'P',
    institution: 'Dinas Kesehatan Kota Palu',
    position: 'Kepala Seksi',
    phone: '0812 3456 7890',
    signature: SIGNATURE,
    ...overrides,
  };
}
