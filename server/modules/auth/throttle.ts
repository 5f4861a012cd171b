/**
 * Failed sign-ins, counted in three scopes (docs/security.md, after OWASP's Authentication
 * Cheat Sheet and the "lock the (account, address) pair, not the account" practice):
 *
 * - pair: one client address guessing one account. Five failures lock that pair only, so an
 *   attacker elsewhere cannot lock the real user out;
 * - address: one address failing on any accounts (password spraying). Twenty failures lock
 *   the address for every account;
 * - account: failures from everywhere (a botnet, a few guesses per address). Past ten, clients
 *   the account does not know must wait, longer after each further failure; a browser that has
 *   signed in to the account before (devices.ts) or holds its session is not held back.
 *
 * Counters live in the database (login_throttle), so every app server sees the same ones.
 */
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { loginThrottle } from '../../db/schema.js';

interface Scope {
  /** Failures within the window that start a lock. */
  failures: number;
  windowMinutes: number;
  /** The lock at the limit; each further failure doubles it, up to maxLockSeconds. */
  lockSeconds: number;
  maxLockSeconds: number;
}

export const THROTTLE = {
  pair: { failures: 5, windowMinutes: 15, lockSeconds: 900, maxLockSeconds: 900 },
  address: { failures: 20, windowMinutes: 15, lockSeconds: 900, maxLockSeconds: 900 },
  account: { failures: 10, windowMinutes: 1440, lockSeconds: 30, maxLockSeconds: 900 },
} as const satisfies Record<string, Scope>;

export interface ThrottleKeys {
  pair: string;
  address: string;
  account: string;
}

/**
 * `account` names a user by id (username and email are the same account), or, for a name no
 * user has, the typed name itself: both are counted and locked alike (no enumeration).
 */
export function throttleKeys(account: string, address: string): ThrottleKeys {
  return { pair: `pair:${account}@${address}`, address: `addr:${address}`, account: `acct:${account}` };
}

/**
 * Seconds this client must still wait, or 0. The account's lock binds only clients the account
 * does not know (`trusted` false).
 */
export async function secondsLocked(db: Db, keys: ThrottleKeys, trusted: boolean): Promise<number> {
  const binding = trusted ? [keys.pair, keys.address] : [keys.pair, keys.address, keys.account];
  const rows = await db
    .select({ seconds: sql<number>`extract(epoch from ${loginThrottle.lockedUntil} - now())::float8` })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.loginKey, binding), sql`${loginThrottle.lockedUntil} > now()`));
  return Math.ceil(Math.max(0, ...rows.map((r) => Number(r.seconds))));
}

/**
 * Counts a failure in a window that starts at the first failure and locks the key once the
 * count reaches the limit. One statement, so concurrent failures cannot lose a count.
 */
async function countFailure(db: Db, key: string, scope: Scope): Promise<void> {
  const t = loginThrottle;
  const expired = sql`${t.firstFailureAt} < now() - make_interval(mins => ${scope.windowMinutes})`;
  const next = sql`(case when ${expired} then 1 else ${t.failures} + 1 end)`;
  const lock = sql`least(${scope.maxLockSeconds}::float8, ${scope.lockSeconds}::float8 * power(2, ${next} - ${scope.failures}))`;
  await db
    .insert(t)
    .values({
      loginKey: key,
      failures: 1,
      lockedUntil: scope.failures <= 1 ? sql`now() + make_interval(secs => ${scope.lockSeconds})` : null,
    })
    .onConflictDoUpdate({
      target: t.loginKey,
      set: {
        failures: next,
        firstFailureAt: sql`case when ${expired} then now() else ${t.firstFailureAt} end`,
        lockedUntil: sql`case when ${next} >= ${scope.failures} then now() + make_interval(secs => ${lock}) else null end`,
      },
    });
}

export async function registerFailure(db: Db, keys: ThrottleKeys): Promise<void> {
  await countFailure(db, keys.pair, THROTTLE.pair);
  await countFailure(db, keys.address, THROTTLE.address);
  await countFailure(db, keys.account, THROTTLE.account);
}

/**
 * A success clears only its own pair. The address keeps its failures (a sprayer who knows one
 * password must not reset the count with it), and the account keeps its own (the user's
 * success says nothing about the strangers guessing).
 */
export async function clearPairFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.loginKey, keys.pair));
}

const LONGEST_WINDOW_MINUTES = Math.max(...Object.values(THROTTLE).map((s) => s.windowMinutes));

/** Removes counters whose window and lock have both ended; run on the sign-in path. */
export async function removeExpiredCounters(db: Db): Promise<void> {
  await db
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.firstFailureAt, sql`now() - make_interval(mins => ${LONGEST_WINDOW_MINUTES})`),
        or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, sql`now()`)),
      ),
    );
}
