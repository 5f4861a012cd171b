/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * that has signed in to an account gets a random token, and the database keeps the token's
 * SHA-256 per account. While strangers are guessing an account's password, such a browser
 * still gets in (throttle.ts); nothing else depends on it, so a stolen device cookie opens
 * no account.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { loginDevices } from '../../db/schema.js';

export const DEVICE_COOKIE = 'setara_device';
/** Unused this long, a device is a stranger again. */
export const DEVICE_TRUST_DAYS = 180;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const trustCutoff = sql`now() - make_interval(days => ${DEVICE_TRUST_DAYS})`;

export async function isKnownDevice(db: Db, userId: string, token: string | null): Promise<boolean> {
  if (!token) return false;
  const rows = await db
    .select({ userId: loginDevices.userId })
    .from(loginDevices)
    .where(
      and(
        eq(loginDevices.tokenHash, hashToken(token)),
        eq(loginDevices.userId, userId),
        gt(loginDevices.lastUsedAt, trustCutoff),
      ),
    );
  return rows.length > 0;
}

/**
 * Records a successful sign-in from this browser. Returns the token the browser should keep:
 * its own one (now also known to this account) or, if it had none, a new one.
 */
export async function rememberDevice(db: Db, userId: string, token: string | null): Promise<string> {
  // Only a token this server issued is kept: one planted in the browser by someone else is not.
  const issued = token
    ? (
        await db
          .select()
          .from(loginDevices)
          .where(eq(loginDevices.tokenHash, hashToken(token)))
          .limit(1)
      ).length > 0
    : false;
  const kept = issued ? token! : randomBytes(32).toString('base64url');
  await db
    .insert(loginDevices)
    .values({ tokenHash: hashToken(kept), userId })
    .onConflictDoUpdate({
      target: [loginDevices.tokenHash, loginDevices.userId],
      set: { lastUsedAt: sql`now()` },
    });
  return kept;
}

export async function forgetStaleDevices(db: Db): Promise<void> {
  await db.delete(loginDevices).where(lt(loginDevices.lastUsedAt, trustCutoff));
}
