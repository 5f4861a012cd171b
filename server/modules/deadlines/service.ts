/**
 * A region's deadlines: its DP3A (admin daerah) or superadmin sets when the values of a data
 * year and the GAP documents of a budget year are due; everyone who reads the region sees
 * them (home pages, the reminders of reminders.ts). One deadline per kind and year; every
 * change is audited.
 */
import { and, asc, eq, gte, type SQL } from 'drizzle-orm';
import { canManageDeadlines, canReadDeadlines } from '../../../domain/deadlines.js';
import type { Db } from '../../db/connection.js';
import { deadlines } from '../../db/schema-notifications.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import type { DeadlineDto, DeadlineFilter, DeadlineInput } from '../../../api/deadlines.js';

type Row = typeof deadlines.$inferSelect;

/** What the audit trail keeps of a deadline, before and after a change. */
const audited = (r: Row) => ({ kind: r.kind, year: r.year, dueDate: r.dueDate, note: r.note });

const dto = (r: Row): DeadlineDto => ({
  id: r.id,
  regionCode: r.regionCode,
  kind: r.kind,
  year: r.year,
  dueDate: r.dueDate,
  note: r.note,
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * The region's deadlines, earliest due first, without a permission check: for services that
 * checked their caller already (the home pages) and for the reminder job.
 */
export async function listDeadlines(
  db: Db,
  regionCode: string,
  filter: DeadlineFilter = {},
): Promise<DeadlineDto[]> {
  const where: (SQL | undefined)[] = [eq(deadlines.regionCode, regionCode)];
  if (filter.kind) where.push(eq(deadlines.kind, filter.kind));
  if (filter.year !== undefined) where.push(eq(deadlines.year, filter.year));
  if (filter.from) where.push(gte(deadlines.dueDate, filter.from));
  const rows = await db
    .select()
    .from(deadlines)
    .where(and(...where))
    .orderBy(asc(deadlines.dueDate), asc(deadlines.kind));
  return rows.map(dto);
}

export async function readDeadlines(db: Db, actor: Actor | null, regionCode: string, filter: DeadlineFilter) {
  const a = requireActor(actor);
  if (!canReadDeadlines(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return { items: await listDeadlines(db, regionCode, filter) };
}

function assertManager(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!canManageDeadlines(a, regionCode)) throw new Forbidden();
  return a;
}

const taken = () => new Conflict({ year: 'deadline_taken' }, 'deadline_taken');

export async function createDeadline(db: Db, actor: Actor | null, regionCode: string, input: DeadlineInput) {
  const a = assertManager(actor, regionCode);
  await getRegion(db, regionCode);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(deadlines)
          .values({ regionCode, ...input, note: input.note ?? null, createdBy: a.userId })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'deadline',
          entityId: row.id,
          regionCode,
          after: audited(row),
        });
        return dto(row);
      }),
    { deadlines_region_kind_year_uq: taken },
  );
}

async function lockedDeadline(tx: Db, regionCode: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.regionCode, regionCode), eq(deadlines.id, id)))
    .for('update');
  if (!row) throw new NotFound();
  return row;
}

export async function updateDeadline(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  id: string,
  input: DeadlineInput,
) {
  const a = assertManager(actor, regionCode);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const before = await lockedDeadline(tx, regionCode, id);
        const [row] = await tx
          .update(deadlines)
          .set({ ...input, note: input.note ?? null, updatedAt: new Date() })
          .where(and(eq(deadlines.regionCode, regionCode), eq(deadlines.id, id)))
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'deadline',
          entityId: id,
          regionCode,
          before: audited(before),
          after: audited(row),
        });
        return dto(row);
      }),
    { deadlines_region_kind_year_uq: taken },
  );
}

export async function deleteDeadline(db: Db, actor: Actor | null, regionCode: string, id: string) {
  const a = assertManager(actor, regionCode);
  await db.transaction(async (tx) => {
    const before = await lockedDeadline(tx, regionCode, id);
    await tx.delete(deadlines).where(and(eq(deadlines.regionCode, regionCode), eq(deadlines.id, id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'deadline',
      entityId: id,
      regionCode,
      before: audited(before),
    });
  });
  return { ok: true as const };
}
