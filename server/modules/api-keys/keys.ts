/**
 * Making a key from a confirmed e-mail, revoking one (by its holder or a superadmin) and the
 * superadmin's list. The key is returned once, by confirmApiKey; what stays is its SHA-256
 * and its prefix. Every change is audited in its transaction.
 */
import { and, count, desc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { ApiKeyItem, ConfirmAnswer } from '../../../api/api-keys.js';
import { apiKeyPrefixOf, canManageApiKeys, MAX_ACTIVE_KEYS_PER_EMAIL } from '../../../domain/api-keys.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { apiKeyRequests, apiKeys } from '../../db/schema-api-keys.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf, type AuditSubject } from '../../lib/audit.js';
import { AppError, Conflict, Forbidden, NotFound } from '../../lib/errors.js';
import { containsPattern, offsetOf, pageOf, type PageQuery } from '../../lib/pagination.js';
import { requireActor } from '../../lib/permissions.js';
import type { RequestApiKey } from './request-key.js';
import { newApiKey, sha256Hex } from './secrets.js';

const anonymous = (ip: string | null): AuditSubject => ({ userId: null, username: null, ip });

/** Spends the confirmation token (once, before it expires) and makes the key. */
export async function confirmApiKey(
  db: Db,
  config: Config,
  token: string,
  ip: string | null,
): Promise<ConfirmAnswer> {
  const key = newApiKey();
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(apiKeyRequests)
      .where(
        and(
          eq(apiKeyRequests.tokenHash, sha256Hex(token)),
          isNull(apiKeyRequests.confirmedAt),
          gt(apiKeyRequests.tokenExpiresAt, sql`now()`),
        ),
      )
      .for('update');
    if (!request) throw new NotFound('api_key_confirmation_invalid');
    const [held] = await tx
      .select({ n: count() })
      .from(apiKeys)
      .where(and(eq(apiKeys.email, request.email), isNull(apiKeys.revokedAt)));
    if (held.n >= MAX_ACTIVE_KEYS_PER_EMAIL) {
      throw new AppError(409, 'conflict', 'api_key_too_many_active', undefined, {
        max: MAX_ACTIVE_KEYS_PER_EMAIL,
      });
    }
    const [row] = await tx
      .insert(apiKeys)
      .values({
        prefix: apiKeyPrefixOf(key),
        keyHash: sha256Hex(key),
        email: request.email,
        name: request.name,
        purpose: request.purpose,
      })
      .returning();
    await tx
      .update(apiKeyRequests)
      .set({ confirmedAt: sql`now()`, tokenHash: null, keyId: row.id })
      .where(eq(apiKeyRequests.id, request.id));
    await recordAudit(tx, anonymous(ip), {
      action: 'create',
      entity: 'api_key',
      entityId: row.id,
      after: { prefix: row.prefix, email: row.email, name: row.name, purpose: row.purpose },
    });
    return {
      key,
      prefix: row.prefix,
      name: row.name,
      createdAt: row.createdAt.toISOString(),
      limitPerMinute: config.rateLimitApiKeyPerMinute,
      header: 'X-API-Key' as const,
    };
  });
}

async function revoke(
  db: Db,
  id: string,
  by: { subject: AuditSubject; userId: string | null },
): Promise<{ prefix: string; revokedAt: string }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
    if (!before) throw new NotFound();
    if (before.revokedAt) throw new Conflict({}, 'api_key_already_revoked');
    const [after] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()`, revokedBy: by.userId })
      .where(eq(apiKeys.id, id))
      .returning();
    await recordAudit(tx, by.subject, {
      action: 'deactivate',
      entity: 'api_key',
      entityId: id,
      before: { prefix: before.prefix, revokedAt: null },
      after: {
        prefix: after.prefix,
        revokedAt: after.revokedAt,
        revokedBy: by.userId ? 'superadmin' : 'holder',
      },
    });
    return { prefix: after.prefix, revokedAt: after.revokedAt!.toISOString() };
  });
}

/** The holder revokes their key, proving they hold it by sending it (request-key.ts checked it). */
export async function revokeByHolder(
  db: Db,
  presented: RequestApiKey | null,
  prefix: string,
  ip: string | null,
): Promise<{ prefix: string; revokedAt: string }> {
  if (!presented) throw new AppError(401, 'api_key_invalid', 'api_key_invalid');
  if (presented.prefix !== prefix) throw new Forbidden('api_key_not_yours');
  return revoke(db, presented.id, { subject: anonymous(ip), userId: null });
}

function assertCanManage(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!canManageApiKeys(a)) throw new Forbidden();
  return a;
}

export async function revokeBySuperadmin(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<{ prefix: string; revokedAt: string }> {
  const a = assertCanManage(actor);
  return revoke(db, id, { subject: subjectOf(a), userId: a.userId });
}

export async function listApiKeys(
  db: Db,
  actor: Actor | null,
  query: PageQuery & { status: 'active' | 'revoked' | 'all'; q?: string },
): Promise<{ items: ApiKeyItem[]; total: number; page: number; pageSize: number }> {
  assertCanManage(actor);
  const conditions: SQL[] = [];
  if (query.status === 'active') conditions.push(isNull(apiKeys.revokedAt));
  if (query.status === 'revoked') conditions.push(isNotNull(apiKeys.revokedAt));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(
      or(ilike(apiKeys.email, pattern), ilike(apiKeys.name, pattern), ilike(apiKeys.prefix, pattern))!,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = db
    .select()
    .from(apiKeys)
    .where(where)
    .orderBy(desc(apiKeys.createdAt), apiKeys.id)
    .limit(query.pageSize)
    .offset(offsetOf(query))
    .then((list) =>
      list.map((r) => ({
        id: r.id,
        prefix: r.prefix,
        name: r.name,
        email: r.email,
        purpose: r.purpose,
        createdAt: r.createdAt.toISOString(),
        lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
        revokedAt: r.revokedAt?.toISOString() ?? null,
        revokedBy: r.revokedAt ? (r.revokedBy ? ('superadmin' as const) : ('holder' as const)) : null,
      })),
    );
  const total = db.select({ total: count() }).from(apiKeys).where(where);
  return pageOf(query, rows, total);
}
