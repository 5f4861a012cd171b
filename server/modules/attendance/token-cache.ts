/**
 * A short-lived, in-process memory of which event day a sign-in token opens, so the hundreds of
 * sign-ins of one event in a few minutes (issue 11: 500 at once) do not each look the token up.
 *
 * What is remembered: the day (region, event, date — never changed for a token: a moved event
 * drops the day with its token and makes new ones), and the window, status, title and venue,
 * which the organiser may change. Those are kept for TOKEN_TTL_MS at most, and forgotten at
 * once in this process when the event is edited or cancelled (meetings/service.ts calls
 * forgetMeetingTokens after committing).
 *
 * Why it is safe behind several app servers, where an edit on one server cannot reach the
 * others' memory: the memory only decides how a token is answered up front (the page, the
 * quick refusal). The write of a sign-in (sign-in-write.ts) checks the day in the same
 * statement — the token still exists, its window is open now and the event is not cancelled —
 * so a cancelled event or a closed or moved day is never signed into, whatever a server
 * remembers; a stale memory can at worst show a refusal or the form up to TOKEN_TTL_MS late.
 * The window's own opening and closing need no forgetting: the times are compared with the
 * clock on every request.
 *
 * Unknown tokens are not remembered, so made-up ones cannot fill the memory; it is bounded
 * anyway (the oldest entry goes first).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { meetingDays, meetings } from '../../db/schema-meetings.js';

/** The day a token opens, with its event's title and status; null for an unknown token. */
export async function dayByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{8,200}$/.test(token)) return null;
  const [row] = await db
    .select({
      regionCode: meetingDays.regionCode,
      meetingId: meetingDays.meetingId,
      day: meetingDays.day,
      opensAt: meetingDays.signInOpensAt,
      closesAt: meetingDays.signInClosesAt,
      title: meetings.title,
      status: meetings.status,
      venue: meetings.venue,
      startTime: meetings.startTime,
      isDemo: meetings.isDemo,
    })
    .from(meetingDays)
    .innerJoin(
      meetings,
      and(eq(meetings.regionCode, meetingDays.regionCode), eq(meetings.id, meetingDays.meetingId)),
    )
    .where(eq(meetingDays.signInToken, token))
    .limit(1);
  return row ?? null;
}

export type TokenDay = NonNullable<Awaited<ReturnType<typeof dayByToken>>>;

export const TOKEN_TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

const remembered = new Map<string, { day: TokenDay; until: number }>();

/** The day a token opens (as dayByToken), from memory when it was looked up lately. */
export async function cachedDayByToken(db: Db, token: string, now = Date.now()): Promise<TokenDay | null> {
  const hit = remembered.get(token);
  if (hit && hit.until > now) return hit.day;
  const day = await dayByToken(db, token);
  remembered.delete(token);
  if (day) {
    if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
    remembered.set(token, { day, until: now + TOKEN_TTL_MS });
  }
  return day;
}

/** Forget one token (its day was found changed or gone). */
export function forgetToken(token: string): void {
  remembered.delete(token);
}

/** Forget every day of an event: its dates, window, status or title changed. */
export function forgetMeetingTokens(meetingId: string): void {
  for (const [token, { day }] of remembered) if (day.meetingId === meetingId) remembered.delete(token);
}
