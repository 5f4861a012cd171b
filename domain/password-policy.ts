/**
 * The password policy, one definition for the server, the CLI and the web forms
 * (docs/security.md). It follows NIST SP 800-63B: a minimum length, no composition rules,
 * and a refusal of passwords an attacker would try early — the user's own name and
 * common or easily guessed passwords.
 *
 * The "easily guessed" test needs a dictionary of several megabytes (zxcvbn-ts with its
 * common-password list and Indonesian words); it is passed in by the server, so the web
 * bundle, which checks only length and the username, stays small.
 */

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The message keys of the policy (server messages and web locales use the same names). */
export type PasswordProblem = 'too_short' | 'too_long' | 'password_contains_username' | 'password_common';

/** What the password may not be built from: the account's own sign-in names. */
export interface PasswordOwner {
  username?: string | null;
  email?: string | null;
}

/** Decides whether a password is among those tried early by guessing; `owner` lists the user's own words. */
export type GuessabilityCheck = (password: string, ownerWords: string[]) => boolean;

// Separators and case do not make a name harder to guess: "Demo.Admin" ~ "demo_admin2026".
function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The sign-in names a password may not contain: the username and the email's local part. */
export function ownerWords(owner: PasswordOwner): string[] {
  const words = [owner.username ?? '', (owner.email ?? '').split('@')[0]];
  // Shorter than 3 letters would refuse too much by chance ("op" is in "cooperate").
  return [...new Set(words.map(folded).filter((w) => w.length >= 3))];
}

export function passwordLengthProblem(password: string): 'too_short' | 'too_long' | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}

/** The rule the browser checks too: the password may not contain the user's sign-in name. */
export function passwordOwnerProblem(
  password: string,
  owner: PasswordOwner,
): 'password_contains_username' | null {
  const text = folded(password);
  return ownerWords(owner).some((word) => text.includes(word)) ? 'password_contains_username' : null;
}

/** The first rule the password breaks, or null. Without `isGuessable`, the dictionary rule is skipped. */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  isGuessable?: GuessabilityCheck,
): PasswordProblem | null {
  return (
    passwordLengthProblem(password) ??
    passwordOwnerProblem(password, owner) ??
    (isGuessable?.(password, ownerWords(owner)) ? 'password_common' : null)
  );
}
