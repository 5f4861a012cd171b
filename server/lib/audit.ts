/**
 * Audit trail: every write records who, when, where, what, and the values before and after.
 * Call it inside the same transaction as the write, so that both happen or neither does.
 */
import type { AuditAction, AuditEntity } from '../../domain/audit.js';
import type { Db } from '../db/connection.js';
import { auditLog } from '../db/schema.js';
import type { Actor } from './actor.js';

export type { AuditAction, AuditEntity };

export interface AuditEntryInput {
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who acted when there is no signed-in user (failed logins, the CLI). */
export interface AuditSubject {
  userId: string | null;
  username: string | null;
  ip: string | null;
}

export function subjectOf(actor: Actor): AuditSubject {
  return { userId: actor.userId, username: actor.username, ip: actor.ip };
}

// Secrets never enter the log, even as hashes.
const HIDDEN_KEYS = new Set(['passwordHash', 'password', 'password_hash']);

function scrub(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !HIDDEN_KEYS.has(k))
        .map(([k, v]) => [k, scrub(v)]),
    );
  }
  return value;
}

const rowOf = (who: AuditSubject, entry: AuditEntryInput) => ({
  actorUserId: who.userId,
  actorUsername: who.username,
  ip: who.ip,
  regionCode: entry.regionCode ?? null,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId ?? null,
  before: scrub(entry.before),
  after: scrub(entry.after),
});

export async function recordAudit(db: Db, who: AuditSubject, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values(rowOf(who, entry));
}

/** Many entries of one change (an import) in a few statements instead of one each. */
export async function recordAudits(db: Db, who: AuditSubject, entries: AuditEntryInput[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await db.insert(auditLog).values(entries.slice(i, i + 500).map((e) => rowOf(who, e)));
  }
}

/** The audit action of an update that may switch the `active` flag. */
export function activationAction(wasActive: boolean, requested: boolean | undefined): AuditAction {
  if (requested === false && wasActive) return 'deactivate';
  if (requested === true && !wasActive) return 'reactivate';
  return 'update';
}
