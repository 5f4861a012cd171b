/**
 * Sign-in, sign-out, the signed-in user, and changing one's own password and e-mail.
 * Failed sign-ins answer the same way whether or not the user exists (no enumeration) and are
 * throttled per (account, address) pair, per address and per account (throttle.ts).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Invalid, InvalidCredentials, TooManyAttempts, Unauthenticated } from '../../lib/errors.js';
import {
  assertPasswordAllowed,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from '../../lib/passwords.js';
import { requireActor } from '../../lib/permissions.js';
import { createSession, deleteSession, deleteUserSessions, type SessionPolicy } from '../../lib/sessions.js';
import { uniqueErrors } from '../users/service.js';
import { forgetStaleDevices, isKnownDevice, rememberDevice } from './devices.js';
import { findUserForLogin, loadMe } from './queries.js';
import type { Me } from '../../../api/auth.js';
import {
  clearPairFailures,
  registerFailure,
  removeExpiredCounters,
  secondsLocked,
  throttleKeys,
} from './throttle.js';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** What the sign-in request carries besides the credentials. */
export interface SignInClient extends ClientInfo {
  /** The client's address as throttling counts it (an IPv6 client by its /64). */
  address: string;
  /** The browser's device cookie (devices.ts), if any. */
  deviceToken: string | null;
  /** The session cookie the browser already holds: ended by the new sign-in. */
  sessionToken: string | null;
  /** The user that cookie's session is valid for, if any. */
  sessionUserId: string | null;
}

let lastHousekeeping = 0;

// Expired counters and stale devices go on the sign-in path, at most once a minute per server.
async function housekeeping(db: Db): Promise<void> {
  if (Date.now() - lastHousekeeping < 60_000) return;
  lastHousekeeping = Date.now();
  await removeExpiredCounters(db);
  await forgetStaleDevices(db);
}

export async function login(
  db: Db,
  policy: SessionPolicy,
  input: { username: string; password: string },
  client: SignInClient,
): Promise<{ me: Me; token: string; expiresAt: Date; deviceToken: string }> {
  const loginKey = input.username.trim().toLowerCase();
  await housekeeping(db);
  const user = await findUserForLogin(db, loginKey);
  const keys = throttleKeys(user ? `user:${user.id}` : `name:${loginKey}`, client.address);
  const trusted =
    user !== null &&
    (client.sessionUserId === user.id || (await isKnownDevice(db, user.id, client.deviceToken)));
  const wait = await secondsLocked(db, keys, trusted);
  if (wait > 0) {
    await verifyAgainstDummy(input.password);
    throw new TooManyAttempts(wait);
  }

  const passwordOk = user?.active
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!user || !user.active || !passwordOk) {
    await db.transaction(async (tx) => {
      await registerFailure(tx, keys);
      await recordAudit(
        tx,
        { userId: user?.id ?? null, username: input.username.slice(0, 200), ip: client.ip },
        { action: 'login_failed', entity: 'session', regionCode: user?.regionCode ?? null },
      );
    });
    throw new InvalidCredentials();
  }

  return db.transaction(async (tx) => {
    await clearPairFailures(tx, keys);
    // A new sign-in ends the session the browser held: one browser, one live token.
    if (client.sessionToken) await deleteSession(tx, client.sessionToken);
    const session = await createSession(tx, user.id, policy, client);
    const deviceToken = await rememberDevice(tx, user.id, client.deviceToken);
    await tx
      .update(users)
      .set({ lastLoginAt: sql`now()` })
      .where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { userId: user.id, username: user.username, ip: client.ip },
      { action: 'login', entity: 'session', entityId: user.id, regionCode: user.regionCode },
    );
    const me = await loadMe(tx, user.id);
    return { me: me!, ...session, deviceToken };
  });
}

export async function logout(db: Db, actor: Actor | null, token: string | null): Promise<void> {
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    if (token) await deleteSession(tx, token);
    await recordAudit(tx, subjectOf(a), {
      action: 'logout',
      entity: 'session',
      entityId: a.userId,
      regionCode: a.regionCode,
    });
  });
}

export async function currentUser(db: Db, actor: Actor | null): Promise<Me> {
  const a = requireActor(actor);
  const me = await loadMe(db, a.userId);
  if (!me) throw new Unauthenticated();
  return me;
}

/**
 * `address` is the client's (as for sign-in): a wrong current password counts as a failed
 * sign-in of the account from there, so a stolen session cannot be used to guess the password.
 */
async function ownAccountWithPassword(db: Db, a: Actor, currentPassword: string, address: string) {
  const [user] = await db.select().from(users).where(eq(users.id, a.userId));
  if (!user) throw new Unauthenticated();
  const keys = throttleKeys(`user:${user.id}`, address);
  // The caller holds the account's session: the account-wide back-off is not theirs to bear.
  const wait = await secondsLocked(db, keys, true);
  if (wait > 0) throw new TooManyAttempts(wait);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await registerFailure(db, keys);
    throw new Invalid({ currentPassword: 'current_password_wrong' });
  }
  return user;
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor | null,
  token: string | null,
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<void> {
  const a = requireActor(actor);
  const user = await ownAccountWithPassword(db, a, input.currentPassword, address);
  if (input.currentPassword === input.newPassword) throw new Invalid({ newPassword: 'password_same_as_old' });
  await assertPasswordAllowed(input.newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, a.userId));
    // Other devices signed in with the old password are signed out.
    await deleteUserSessions(tx, a.userId, token ?? undefined);
    await recordAudit(tx, subjectOf(a), {
      action: 'password_change',
      entity: 'user',
      entityId: a.userId,
      regionCode: a.regionCode,
    });
  });
}

/**
 * One's own e-mail address (where notifications go), with the password asked again as for a
 * new password: a session left open must not be enough to take over the account's mail.
 * Unique as user management has it (case aside); null removes it. Audited as a change of the user.
 */
export async function changeOwnEmail(
  db: Db,
  actor: Actor | null,
  input: { currentPassword: string; email: string | null },
  address: string,
): Promise<Me> {
  const a = requireActor(actor);
  const user = await ownAccountWithPassword(db, a, input.currentPassword, address);
  const email = input.email || null;
  if (email === user.email) throw new Invalid({ email: 'email_unchanged' });
  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ email, updatedAt: sql`now()` })
          .where(eq(users.id, a.userId));
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'user',
          entityId: a.userId,
          regionCode: a.regionCode,
          before: { email: user.email },
          after: { email },
        });
      }),
    uniqueErrors,
  );
  return currentUser(db, a);
}
