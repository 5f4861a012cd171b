import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { loginThrottle, opd, regions, users } from '../../db/schema.js';
import type { Me } from './schemas.js';

export async function findUserForLogin(db: Db, login: string) {
  const key = login.toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, key), eq(sql`lower(${users.email})`, key)))
    .limit(1);
  return user ?? null;
}

export async function loadMe(db: Db, userId: string): Promise<Me | null> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      email: users.email,
      fullName: users.fullName,
      role: users.role,
      opdId: users.opdId,
      opdName: opd.name,
      isDemo: users.isDemo,
      region: {
        code: regions.code,
        name: regions.name,
        level: regions.level,
        parentCode: regions.parentCode,
      },
    })
    .from(users)
    .innerJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(opd, and(eq(opd.regionCode, users.regionCode), eq(opd.id, users.opdId)))
    .where(eq(users.id, userId));
  return row ?? null;
}

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Minutes left on a lock for this login name, or 0. */
export async function lockMinutesLeft(db: Db, loginKey: string): Promise<number> {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.loginKey, loginKey));
  if (!row?.lockedUntil) return 0;
  const ms = row.lockedUntil.getTime() - Date.now();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

/**
 * Counts a failure in a sliding window and locks the name once the count reaches the limit.
 * One statement, so concurrent failures cannot lose a count.
 */
export async function registerLoginFailure(db: Db, loginKey: string): Promise<void> {
  const windowStart = sql`now() - make_interval(mins => ${LOCK_MINUTES})`;
  const expired = sql`${loginThrottle.firstFailureAt} < ${windowStart}`;
  const nextCount = sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`;
  await db
    .insert(loginThrottle)
    .values({ loginKey, failures: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.loginKey,
      set: {
        failures: nextCount,
        firstFailureAt: sql`case when ${expired} then now() else ${loginThrottle.firstFailureAt} end`,
        lockedUntil: sql`case when ${nextCount} >= ${LOCK_AFTER_FAILURES} then now() + make_interval(mins => ${LOCK_MINUTES}) else null end`,
      },
    });
}

export async function clearLoginFailures(db: Db, loginKey: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.loginKey, loginKey));
}
