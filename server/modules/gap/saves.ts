/**
 * The automatic-save history of a document, kept apart from its versions (versions.ts): users
 * number versions by submission ("Versi 2" is the second submission), while the edit lock's
 * counter (`gap_documents.version`, decision 13) moves on with every save and state change and
 * is never shown. The saves are read from the audit trail, which edit.ts writes in the same
 * transaction as each save, so no second record of them is kept.
 */
import { and, asc, count, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { auditLog, users } from '../../db/schema.js';
import { gapVersions } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { readableGap } from './access.js';
import { GAP_PARTS, SAVE_HISTORY_LIMIT, type SaveHistory } from '../../../api/gap.js';

type Part = (typeof GAP_PARTS)[number];

const isPart = (p: unknown): p is Part => (GAP_PARTS as readonly unknown[]).includes(p);

/** What a content save's audit entry says (edit.ts): the parts saved, or the part drafted. */
function partsOf(after: unknown): { parts: Part[]; drafted: 'gbs' | 'tor' | null } {
  const a = (after ?? {}) as { parts?: unknown; drafted?: unknown };
  const drafted = a.drafted === 'gbs' || a.drafted === 'tor' ? a.drafted : null;
  const parts = Array.isArray(a.parts) ? a.parts.filter(isPart) : [];
  return { parts: drafted ? [drafted] : parts, drafted };
}

export async function listSaves(db: Db, actor: Actor | null, id: string): Promise<SaveHistory> {
  const { doc } = await readableGap(db, actor, id);
  // Content saves only: status changes (submit, decisions) are audited on the same entity
  // without `parts` or `drafted`, and the review trail already shows them.
  const where = and(
    eq(auditLog.regionCode, doc.regionCode),
    eq(auditLog.entity, 'gap_document'),
    eq(auditLog.entityId, doc.id),
    eq(auditLog.action, 'update'),
    or(sql`${auditLog.after} -> 'parts' is not null`, sql`${auditLog.after} -> 'drafted' is not null`),
  );
  const [rows, [{ total }], submitted] = await Promise.all([
    db
      .select({
        at: auditLog.at,
        after: auditLog.after,
        fullName: users.fullName,
        username: auditLog.actorUsername,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(SAVE_HISTORY_LIMIT),
    db.select({ total: count() }).from(auditLog).where(where),
    db
      .select({ at: gapVersions.submittedAt })
      .from(gapVersions)
      .where(and(eq(gapVersions.regionCode, doc.regionCode), eq(gapVersions.documentId, doc.id)))
      .orderBy(asc(gapVersions.submission)),
  ]);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      at: r.at.toISOString(),
      byName: r.fullName ?? r.username ?? 'sistem',
      ...partsOf(r.after),
      submission: submitted.filter((v) => v.at <= r.at).length,
    })),
  };
}
