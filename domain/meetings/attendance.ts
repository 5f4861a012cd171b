/**
 * Rules of attendance (daftar hadir) that the server, the public sign-in page and the
 * organiser's screen share: whether an event day's sign-in link is open, what a sign-in must
 * carry, and the counts by sex and institution.
 */
import type { Sex } from '../indicators.js';

/** Where a day's sign-in window stands at `now`. */
export type SignInWindowState = 'not_open' | 'open' | 'closed';

export function signInWindowState(
  window: { opensAt: Date; closesAt: Date },
  now: Date = new Date(),
): SignInWindowState {
  if (now.getTime() < window.opensAt.getTime()) return 'not_open';
  if (now.getTime() >= window.closesAt.getTime()) return 'closed';
  return 'open';
}

/**
 * A sign-in needs a way to reach the person afterwards (the follow-ups, the certificate): a
 * phone number or an e-mail address, at least one.
 */
export function hasContact(input: { phone?: string | null; email?: string | null }): boolean {
  return Boolean(input.phone?.trim() || input.email?.trim());
}

/**
 * The drawn signature is what makes a daftar hadir an attendance list, so the public page asks
 * for it; a person who declares a disability may leave it out (someone who cannot see the
 * screen or hold a pen still signs in).
 */
export function signatureRequired(input: { disability?: string | null }): boolean {
  return !input.disability?.trim();
}

/** Names, institutions and positions never hold markup: the lists and PDFs show them as typed. */
export function hasMarkup(text: string): boolean {
  return /[<>]/.test(text) || /javascript:/i.test(text);
}

export interface SexCounts {
  P: number;
  L: number;
  total: number;
}

export function emptySexCounts(): SexCounts {
  return { P: 0, L: 0, total: 0 };
}

export function addSex(counts: SexCounts, sex: Sex, n = 1): void {
  counts[sex] += n;
  counts.total += n;
}

/**
 * An institution as counted: case, spaces and punctuation ignored, so "Dinas Kesehatan" and
 * "dinas  kesehatan." are one line of the count.
 */
export function institutionGroupKey(institution: string): string {
  return institution
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
