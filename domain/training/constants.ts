/**
 * Training records (Bimtek and other events with lesson hours): which meetings have them and
 * the bounds of a test score. Participants are the meeting's attendees (issue 11, §6).
 */
import type { MeetingKind } from '../meetings/constants.js';

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** A Bimtek always keeps training records; any other event does once it has lesson hours. */
export function hasTrainingRecords(meeting: { kind: MeetingKind; trainingHours: number | null }): boolean {
  return meeting.kind === 'bimtek' || (meeting.trainingHours ?? 0) > 0;
}

/**
 * Where a certificate stands on the public verification page. `withdrawn`: it was issued but no
 * longer exists (deleted with its event); nothing about the holder is shown then.
 */
export const CERTIFICATE_STATES = ['valid', 'revoked', 'withdrawn', 'unknown'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/**
 * The verification code printed in the QR link: 16 characters of Crockford's base32 (80 random
 * bits, so guessing one is hopeless), without the letters people confuse (I, L, O, U).
 */
export const VERIFICATION_CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

export function isVerificationCode(code: string): boolean {
  return VERIFICATION_CODE.test(code);
}
