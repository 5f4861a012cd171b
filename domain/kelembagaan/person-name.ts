/**
 * How the PUG registry compares people's names (issue 11: "a member or focal point appears once
 * per region even if typed twice"). One rule for the registry (pug_people.name_key), the
 * invitee picker and the attendance dedup, so "Dr. Hj. Siti Aminah, M.Si" and "siti  aminah"
 * are one name: lower case, accents and punctuation dropped, spaces collapsed, titles before
 * the name (Dr., Drs., Ir., H., Hj., Bapak, Ibu, …) and degrees after it (S.Pd, M.Si, S.E., …)
 * removed.
 *
 * The title lists live in domain/meetings/attendance-dedup.ts; this module is the registry's
 * name for the same rule, so the two can never drift apart.
 */
import { attendanceNameKey, normaliseEmail, normalisePhone } from '../meetings/attendance-dedup.js';

export function personNameKey(fullName: string): string {
  return attendanceNameKey(fullName);
}

/** A phone number in one Indonesian form (08…), or null (see attendance-dedup.ts). */
export const personPhoneKey = normalisePhone;

/** An e-mail address compared without case, or null when empty. */
export const personEmailKey = normaliseEmail;
