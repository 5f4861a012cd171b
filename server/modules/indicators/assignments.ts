/**
 * Which OPD answers for which indicator in a region. The region's admin assigns; everyone
 * who reads the region sees the assignments.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { indicatorAssignments, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { assertCanManageOpd, assertCanReadRegion } from '../../lib/permissions.js';
import { findIndicator } from './service.js';

export async function listAssignments(db: Db, actor: Actor | null, regionCode: string) {
  assertCanReadRegion(actor, regionCode);
  return db
    .select({
      indicatorCode: indicatorAssignments.indicatorCode,
      opdId: indicatorAssignments.opdId,
      opdName: opd.name,
    })
    .from(indicatorAssignments)
    .innerJoin(
      opd,
      and(eq(opd.regionCode, indicatorAssignments.regionCode), eq(opd.id, indicatorAssignments.opdId)),
    )
    .where(eq(indicatorAssignments.regionCode, regionCode))
    .orderBy(asc(indicatorAssignments.indicatorCode));
}

/** The OPD responsible for an indicator in a region, or null when none is assigned. */
export async function assignedOpd(db: Db, regionCode: string, indicatorCode: string): Promise<string | null> {
  const [row] = await db
    .select({ opdId: indicatorAssignments.opdId })
    .from(indicatorAssignments)
    .where(
      and(
        eq(indicatorAssignments.regionCode, regionCode),
        eq(indicatorAssignments.indicatorCode, indicatorCode),
      ),
    );
  return row?.opdId ?? null;
}

export async function setAssignment(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  indicatorCode: string,
  opdId: string | null,
) {
  const a = assertCanManageOpd(actor, regionCode);
  if (!(await findIndicator(db, indicatorCode))) throw new NotFound();
  if (opdId) {
    const [target] = await db
      .select({ active: opd.active })
      .from(opd)
      .where(and(eq(opd.regionCode, regionCode), eq(opd.id, opdId)));
    if (!target) throw new Invalid({ opdId: 'opd_unknown' });
    if (!target.active) throw new Invalid({ opdId: 'opd_inactive' });
  }
  const before = await assignedOpd(db, regionCode, indicatorCode);
  await db.transaction(async (tx) => {
    const key = and(
      eq(indicatorAssignments.regionCode, regionCode),
      eq(indicatorAssignments.indicatorCode, indicatorCode),
    );
    if (opdId === null) await tx.delete(indicatorAssignments).where(key);
    else
      await tx
        .insert(indicatorAssignments)
        .values({ regionCode, indicatorCode, opdId })
        .onConflictDoUpdate({
          target: [indicatorAssignments.regionCode, indicatorAssignments.indicatorCode],
          set: { opdId },
        });
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'indicator_assignment',
      entityId: indicatorCode,
      regionCode,
      before: { opdId: before },
      after: { opdId },
    });
  });
  return { indicatorCode, opdId };
}

/**
 * The indicators an OPD answers for in a region, of one periodicity, in catalog order.
 * The entry grid shows active ones only; the review steps move the values of all of them.
 */
export async function assignedIndicatorCodes(
  db: Db,
  regionCode: string,
  opdId: string,
  periodicity: string,
  options: { activeOnly: boolean },
): Promise<string[]> {
  const rows = await db
    .select({ code: indicators.code })
    .from(indicatorAssignments)
    .innerJoin(indicators, eq(indicators.code, indicatorAssignments.indicatorCode))
    .where(
      and(
        eq(indicatorAssignments.regionCode, regionCode),
        eq(indicatorAssignments.opdId, opdId),
        eq(indicators.periodicity, periodicity),
        options.activeOnly ? eq(indicators.active, true) : undefined,
      ),
    )
    .orderBy(asc(indicators.domainGroup), asc(indicators.code));
  return rows.map((r) => r.code);
}
