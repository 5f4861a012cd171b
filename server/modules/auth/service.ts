/**
 * Sign-in, sign-out, the signed-in user, and changing one's own password.
 * Failed sign-ins answer the same way whether or not the user exists (no enumeration) and
 * lock the login name for a while after repeated failures.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, InvalidCredentials, TooManyAttempts, Unauthenticated } from '../../lib/errors.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../lib/passwords.js';
import { requireActor } from '../../lib/permissions.js';
import { createSession, deleteSession, deleteUserSessions, type SessionPolicy } from '../../lib/sessions.js';
import {
  clearLoginFailures,
  findUserForLogin,
  loadMe,
  lockMinutesLeft,
  registerLoginFailure,
} from './queries.js';
import type { Me } from './schemas.js';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export async function login(
  db: Db,
  policy: SessionPolicy,
  input: { username: string; password: string },
  client: ClientInfo,
): Promise<{ me: Me; token: string; expiresAt: Date }> {
  const loginKey = input.username.trim().toLowerCase();
  const locked = await lockMinutesLeft(db, loginKey);
  if (locked > 0) {
    await verifyAgainstDummy(input.password);
    throw new TooManyAttempts(locked);
  }

  const user = await findUserForLogin(db, loginKey);
  const passwordOk = user?.active
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!user || !user.active || !passwordOk) {
    await db.transaction(async (tx) => {
      await registerLoginFailure(tx, loginKey);
      await recordAudit(
        tx,
        { userId: user?.id ?? null, username: input.username.slice(0, 200), ip: client.ip },
        { action: 'login_failed', entity: 'session', regionCode: user?.regionCode ?? null },
      );
    });
    throw new InvalidCredentials();
  }

  return db.transaction(async (tx) => {
    await clearLoginFailures(tx, loginKey);
    const session = await createSession(tx, user.id, policy, client);
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
    return { me: me!, ...session };
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

export async function changeOwnPassword(
  db: Db,
  actor: Actor | null,
  token: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const a = requireActor(actor);
  const [user] = await db.select().from(users).where(eq(users.id, a.userId));
  if (!user) throw new Unauthenticated();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new Invalid({ currentPassword: 'current_password_wrong' });
  }
  if (input.currentPassword === input.newPassword) throw new Invalid({ newPassword: 'password_same_as_old' });
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
