/**
 * Database-backed sessions: the cookie holds a random token, the table only its SHA-256, so
 * any app server can resolve any session (no server state) and a leaked table opens nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { sessions, users } from '../db/schema.js';
import { institutionAccounts } from '../db/schema-institutions.js';
import type { Actor } from './actor.js';

export const SESSION_COOKIE = 'setara_session';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + policy.maxHours * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  // Housekeeping on the rare path (login), never on every request.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, expiresAt };
}

export type ResolvedSession =
  { status: 'valid'; actor: Omit<Actor, 'ip'> } | { status: 'expired' } | { status: 'none' };

// Refreshing last_seen_at on every request would turn every read into a write.
const TOUCH_AFTER_MS = 60_000;

export async function resolveSession(db: Db, token: string, policy: SessionPolicy): Promise<ResolvedSession> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      role: users.role,
      regionCode: users.regionCode,
      opdId: users.opdId,
      institutionId: institutionAccounts.institutionId,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(institutionAccounts, eq(institutionAccounts.userId, users.id))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return { status: 'none' };
  const now = Date.now();
  const idleExpired = now - row.lastSeenAt.getTime() > policy.idleMinutes * 60_000;
  if (!row.active || row.expiresAt.getTime() <= now || idleExpired) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired' };
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const { userId, username, role, regionCode, opdId, institutionId } = row;
  return { status: 'valid', actor: { userId, username, role, regionCode, opdId, institutionId } };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a user but, optionally, the one in use (after a password change). */
export async function deleteUserSessions(db: Db, userId: string, keepToken?: string): Promise<void> {
  const keep = keepToken ? hashToken(keepToken) : null;
  await db
    .delete(sessions)
    .where(
      keep
        ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keep}`)
        : eq(sessions.userId, userId),
    );
}
