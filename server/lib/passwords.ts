/**
 * argon2id password hashing (OWASP-recommended parameters for argon2id) and the server's
 * half of the password policy (domain/password-policy.ts): the dictionary check.
 */
import { hash, verify } from '@node-rs/argon2';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import {
  passwordOwnerProblem,
  passwordProblem,
  type PasswordOwner,
  type PasswordProblem,
} from '../../domain/password-policy.js';
import { AppError } from './errors.js';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy.js';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check, for logins naming no user, so that response time
 * does not reveal which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('setara-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

/**
 * zxcvbn's score 3 means an estimated 10^8 guesses or more: past the common-password list
 * (its ~40 000 leaked passwords, with l33t, reversal and added digits), Indonesian words and
 * names, keyboard walks, repeats, sequences and dates. Below it a password is "common".
 */
const MIN_ZXCVBN_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | null = null;

// Loaded on first use: the dictionaries take ~0.1 s and several MB, which the server's start
// and most CLI commands do not need.
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, indonesian] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-id'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...indonesian.dictionary },
      graphs: common.adjacencyGraphs,
      translations: indonesian.translations,
    });
  })();
  return estimator;
}

/** The whole policy, dictionary included; null when the password may be used. */
export async function passwordPolicyProblem(
  password: string,
  owner: PasswordOwner,
): Promise<PasswordProblem | null> {
  const zxcvbn = await loadEstimator();
  return passwordProblem(password, owner, (pw, words) => zxcvbn.check(pw, words).score < MIN_ZXCVBN_SCORE);
}

/**
 * Refuses a new password that contains the user's sign-in name or is common, as a 400 naming
 * `field` (like the request schema's own checks). Length is the request schema's job
 * (`newPassword` in api/auth.ts, with the same limits).
 */
export async function assertPasswordAllowed(
  password: string,
  owner: PasswordOwner,
  field: string,
): Promise<void> {
  const problem = passwordOwnerProblem(password, owner) ?? (await passwordPolicyProblem(password, owner));
  if (problem === 'password_contains_username' || problem === 'password_common') {
    throw new AppError(400, 'validation_failed', 'validation_failed', { [field]: problem });
  }
}
