/**
 * The public sign-in of an event day (no account): the token of the day's QR code / short link
 * is the only key. An unknown token is 404, a day whose window has closed (or a cancelled
 * event) 410, a window not open yet 409 — each with a plain message and nothing else: no
 * title, no other attendee, no hint whether a similar token exists. The answer says only
 * whether this person's presence was new or merged into their earlier one of the day.
 *
 * Limits: per client address on the route (routes-public.ts) and per event day here, after
 * the token is known to be real, so made-up tokens cannot fill the counters.
 */
import { signatureRequired, signInWindowState } from '../../../domain/meetings/attendance.js';
import type { SignInAnswer, SignInBody } from '../../../api/attendance.js';
import type { Db } from '../../db/connection.js';
import { isForeignKeyViolation } from '../../lib/db-errors.js';
import { AppError, Invalid, NotFound } from '../../lib/errors.js';
import { translate, type Language } from '../../lib/messages.js';
import { decodeSignature } from './png.js';
import { writeSignIn, type SignInWritten } from './sign-in-write.js';
import { formatLocalDateTime } from './time.js';
import { cachedDayByToken, dayByToken, forgetToken, type TokenDay } from './token-cache.js';

export { dayByToken };

export type { TokenDay };

export type TokenState = 'unknown' | 'cancelled' | 'not_open' | 'open' | 'closed';

export function tokenState(day: TokenDay | null, now = new Date()): TokenState {
  if (!day) return 'unknown';
  if (day.status === 'cancelled') return 'cancelled';
  return signInWindowState({ opensAt: day.opensAt, closesAt: day.closesAt }, now);
}

/** The error a token that does not open a sign-in answers with. */
export function tokenRefusal(day: TokenDay | null, state: TokenState): AppError | null {
  switch (state) {
    case 'unknown':
      return new NotFound('attendance_link_unknown');
    case 'cancelled':
      return new AppError(410, 'gone', 'attendance_cancelled');
    case 'closed':
      return new AppError(410, 'gone', 'attendance_closed');
    case 'not_open':
      return new AppError(409, 'not_open', 'attendance_not_open', undefined, {
        opensAt: formatLocalDateTime(day!.regionCode, day!.opensAt, 'id'),
      });
    default:
      return null;
  }
}

export interface SignInDeps {
  db: Db;
  signatureMaxKb: number;
  /** Counts one sign-in of the event day; throws RateLimited over the limit. */
  limitEvent: (eventKey: string) => Promise<void>;
}

export async function signIn(
  deps: SignInDeps,
  token: string,
  body: SignInBody,
  ip: string | null,
  lang: Language,
): Promise<SignInAnswer> {
  const { db } = deps;
  const day = await cachedDayByToken(db, token);
  const refusal = tokenRefusal(day, tokenState(day));
  if (refusal) throw refusal;
  const d = day!;
  await deps.limitEvent(`attendance-event:${d.meetingId}:${d.day}`);

  let signature: Buffer | null = null;
  if (body.signature) {
    const checked = decodeSignature(body.signature, deps.signatureMaxKb * 1024);
    if (!checked.ok && checked.reason === 'too_large')
      throw new AppError(
        413,
        'payload_too_large',
        'attendance_signature_too_large',
        { signature: 'attendance_signature_too_large' },
        { max: deps.signatureMaxKb },
      );
    if (!checked.ok)
      throw new Invalid({ signature: 'attendance_signature_invalid' }, 'attendance_signature_invalid');
    signature = checked.png;
  } else if (signatureRequired(body)) {
    throw new Invalid({ signature: 'attendance_signature_required' }, 'attendance_signature_required');
  }

  const presence = {
    regionCode: d.regionCode,
    meetingId: d.meetingId,
    day: d.day,
    fullName: body.fullName,
    sex: body.sex,
    institution: body.institution,
    position: body.position,
    phone: body.phone,
    email: body.email,
    disability: body.disability,
    signature,
  };
  let recorded: SignInWritten | null = null;
  for (let attempt = 0; !recorded; attempt++) {
    try {
      recorded = await writeSignIn(db, token, presence, ip);
    } catch (error) {
      // The day went (the event was moved) between remembering the token and writing.
      if (!isForeignKeyViolation(error)) throw error;
    }
    if (recorded) break;
    // Nothing written: the day closed or went meanwhile (answer as a fresh look-up says), or
    // the same person was written by a sign-in of the same instant (merge into it).
    forgetToken(token);
    const fresh = await dayByToken(db, token);
    const late = tokenRefusal(fresh, tokenState(fresh));
    if (late) throw late;
    if (attempt >= 2) throw new Error('attendance: a sign-in kept conflicting with one it could not find');
  }
  const status = recorded.merged ? 'already_recorded' : 'recorded';
  return {
    status,
    message: translate(recorded.merged ? 'attendance_already_recorded' : 'attendance_recorded', lang),
    meetingTitle: d.title,
    day: d.day,
  };
}
