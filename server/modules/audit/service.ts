/** Reading the audit trail: admin daerah their region's, superadmin everyone's. */
import { and, count, desc, eq, gte, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import { hidesSignIns, SIGN_IN_ACTIONS } from '../../../domain/audit.js';
import type { Db } from '../../db/connection.js';
import { auditLog } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadAudit, requireActor } from '../../lib/permissions.js';
import { offsetOf, pageOf } from '../../lib/pagination.js';
import type { ListAuditQuery } from '../../../api/audit.js';
import { describeSubjects } from './subjects.js';

export async function listAudit(db: Db, actor: Actor | null, query: ListAuditQuery) {
  const a = requireActor(actor);
  const region = query.region ?? (a.role === 'superadmin' ? null : a.regionCode);
  assertCanReadAudit(a, region);

  const where: SQL[] = [];
  if (region) where.push(eq(auditLog.regionCode, region));
  if (query.userId) where.push(eq(auditLog.actorUserId, query.userId));
  if (query.entity) where.push(eq(auditLog.entity, query.entity));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (hidesSignIns(query)) where.push(notInArray(auditLog.action, [...SIGN_IN_ACTIONS]));
  if (query.from) where.push(gte(auditLog.at, sql`${query.from}::date`));
  // `to` is the last day included: everything before the following midnight.
  if (query.to) where.push(lt(auditLog.at, sql`${query.to}::date + 1`));
  const condition = where.length ? and(...where) : undefined;

  const page = await pageOf(
    query,
    db
      .select()
      .from(auditLog)
      .where(condition)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(auditLog).where(condition),
  );
  const subjects = await describeSubjects(db, page.items);
  return {
    ...page,
    items: page.items.map((r, i) => ({
      ...r,
      id: String(r.id),
      at: r.at.toISOString(),
      subject: subjects[i],
    })),
  };
}
