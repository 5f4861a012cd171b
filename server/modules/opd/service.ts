/**
 * Agencies (OPD) of a region. Admin daerah (or superadmin) creates, edits, deactivates and
 * reactivates them; there is no delete, because plans, values and users point at OPDs.
 */
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { canReadRegion } from '../../../domain/access.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { activationAction, recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, NotFound } from '../../lib/errors.js';
import { containsPattern, offsetOf, pageOf } from '../../lib/pagination.js';
import { assertCanManageOpd, assertCanReadRegion, requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import type { CreateOpdInput, ListOpdQuery, UpdateOpdInput } from '../../../api/opd.js';

type OpdRow = typeof opd.$inferSelect;

export function toOpdDto(row: OpdRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

const uniqueErrors = {
  opd_region_short_name_uq: () => new Conflict({ shortName: 'opd_short_name_taken' }),
  opd_region_name_uq: () => new Conflict({ name: 'opd_name_taken' }),
};

export async function listOpd(db: Db, actor: Actor | null, regionCode: string, query: ListOpdQuery) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const where: SQL[] = [eq(opd.regionCode, regionCode)];
  if (query.status !== 'all') where.push(eq(opd.active, query.status === 'active'));
  if (query.q) {
    const pattern = containsPattern(query.q);
    where.push(or(ilike(opd.name, pattern), ilike(opd.shortName, pattern), ilike(opd.sipdCode, pattern))!);
  }
  const condition = and(...where);
  const page = await pageOf(
    query,
    db
      .select()
      .from(opd)
      .where(condition)
      .orderBy(asc(opd.name))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(opd).where(condition),
  );
  return { ...page, items: page.items.map(toOpdDto) };
}

export async function findOpd(db: Db, id: string): Promise<OpdRow | null> {
  const [row] = await db.select().from(opd).where(eq(opd.id, id));
  return row ?? null;
}

export async function createOpd(db: Db, actor: Actor | null, regionCode: string, input: CreateOpdInput) {
  const a = assertCanManageOpd(actor, regionCode);
  await getRegion(db, regionCode);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(opd)
          .values({ regionCode, ...input, sipdCode: input.sipdCode || null })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'opd',
          entityId: row.id,
          regionCode,
          after: row,
        });
        return toOpdDto(row);
      }),
    uniqueErrors,
  );
}

export async function updateOpd(db: Db, actor: Actor | null, id: string, input: UpdateOpdInput) {
  const caller = requireActor(actor);
  const existing = await findOpd(db, id);
  // An OPD of a region the caller cannot even read is reported as missing, not forbidden.
  if (!existing || !canReadRegion(caller, existing.regionCode)) throw new NotFound();
  const a = assertCanManageOpd(caller, existing.regionCode);
  const changes = { ...input, ...(input.sipdCode !== undefined ? { sipdCode: input.sipdCode || null } : {}) };
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .update(opd)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(opd.id, id))
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: activationAction(existing.active, input.active),
          entity: 'opd',
          entityId: id,
          regionCode: existing.regionCode,
          before: existing,
          after: row,
        });
        return toOpdDto(row);
      }),
    uniqueErrors,
  );
}
