/**
 * The planning frame: a region's five-year RPJMD with its goals and indicators per year
 * (plan_targets with opd_id null, managed by admin daerah) and each OPD's Renstra within it
 * (opd_id set, edited by that OPD's operator or the admin). Gender indicators may point at the
 * catalog so their values can be read from the data terpilah.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { canReadOpdPlanning, canReadRegion } from '../../../domain/access.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { indicators } from '../../db/schema-data.js';
import { planTargets, rpjmdPeriods } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import {
  assertCanEditOpdData,
  assertCanManageRegion,
  assertCanReadOpdPlanning,
  assertCanReadRegion,
  requireActor,
} from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import type {
  CreateRpjmdInput,
  CreateTargetInput,
  UpdateRpjmdInput,
  UpdateTargetInput,
} from '../../../api/planning-rpjmd.js';

type PeriodRow = typeof rpjmdPeriods.$inferSelect;
type TargetRow = typeof planTargets.$inferSelect;

const PERIOD_YEARS = 5;
const iso = <T extends { createdAt: Date; updatedAt: Date }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listRpjmd(db: Db, actor: Actor | null, regionCode: string) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const rows = await db
    .select()
    .from(rpjmdPeriods)
    .where(eq(rpjmdPeriods.regionCode, regionCode))
    .orderBy(asc(rpjmdPeriods.startYear));
  return { items: rows.map(iso) };
}

function checkPeriod(startYear: number, endYear: number): void {
  if (endYear !== startYear + PERIOD_YEARS - 1) throw new Invalid({ endYear: 'rpjmd_period_invalid' });
}

const periodUnique = {
  rpjmd_periods_region_start_uq: () =>
    new Conflict({ startYear: 'rpjmd_period_taken' }, 'rpjmd_period_taken'),
};

export async function createRpjmd(db: Db, actor: Actor | null, regionCode: string, input: CreateRpjmdInput) {
  const a = assertCanManageRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const endYear = input.endYear ?? input.startYear + PERIOD_YEARS - 1;
  checkPeriod(input.startYear, endYear);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(rpjmdPeriods)
          .values({ regionCode, startYear: input.startYear, endYear, vision: input.vision })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'rpjmd',
          entityId: row.id,
          regionCode,
          after: row,
        });
        return iso(row);
      }),
    periodUnique,
  );
}

async function findPeriod(db: Db, actor: Actor | null, id: string): Promise<PeriodRow> {
  const a = requireActor(actor);
  const [row] = await db.select().from(rpjmdPeriods).where(eq(rpjmdPeriods.id, id));
  if (!row || !canReadRegion(a, row.regionCode)) throw new NotFound();
  return row;
}

export async function updateRpjmd(db: Db, actor: Actor | null, id: string, input: UpdateRpjmdInput) {
  const existing = await findPeriod(db, actor, id);
  const a = assertCanManageRegion(actor, existing.regionCode);
  const startYear = input.startYear ?? existing.startYear;
  const endYear =
    input.endYear ?? (input.startYear !== undefined ? startYear + PERIOD_YEARS - 1 : existing.endYear);
  checkPeriod(startYear, endYear);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .update(rpjmdPeriods)
          .set({
            startYear,
            endYear,
            ...(input.vision !== undefined ? { vision: input.vision } : {}),
            updatedAt: new Date(),
          })
          .where(eq(rpjmdPeriods.id, id))
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'rpjmd',
          entityId: id,
          regionCode: existing.regionCode,
          before: existing,
          after: row,
        });
        return iso(row);
      }),
    periodUnique,
  );
}

export async function listTargets(db: Db, actor: Actor | null, periodId: string, opdId: string | undefined) {
  const period = await findPeriod(db, actor, periodId);
  if (opdId) assertCanReadOpdPlanning(actor, period.regionCode, opdId);
  const rows = await db
    .select()
    .from(planTargets)
    .where(
      and(
        eq(planTargets.regionCode, period.regionCode),
        eq(planTargets.periodId, periodId),
        opdId ? eq(planTargets.opdId, opdId) : isNull(planTargets.opdId),
      ),
    )
    .orderBy(asc(planTargets.sortOrder), asc(planTargets.createdAt));
  return { items: rows.map(iso) };
}

/** RPJMD targets are the admin's; a Renstra target is its OPD's (operator or admin). */
function assertCanEditTargets(actor: Actor | null, regionCode: string, opdId: string | null): Actor {
  return opdId === null
    ? assertCanManageRegion(actor, regionCode)
    : assertCanEditOpdData(actor, regionCode, opdId);
}

async function checkTargetFields(
  db: Db,
  period: PeriodRow,
  input: { indicatorCode?: string | null; yearTargets?: Record<string, string> },
): Promise<void> {
  const fields: FieldErrors = {};
  if (input.indicatorCode) {
    const [found] = await db
      .select({ code: indicators.code })
      .from(indicators)
      .where(eq(indicators.code, input.indicatorCode));
    if (!found) fields.indicatorCode = 'indicator_code_unknown';
  }
  for (const key of Object.keys(input.yearTargets ?? {})) {
    const y = Number(key);
    if (!/^\d{4}$/.test(key) || y < period.startYear || y > period.endYear) {
      fields[`yearTargets.${key}`] = 'year_outside_period';
    }
  }
  if (Object.keys(fields).length) throw new Invalid(fields);
}

export async function createTarget(db: Db, actor: Actor | null, periodId: string, input: CreateTargetInput) {
  const period = await findPeriod(db, actor, periodId);
  const opdId = input.opdId ?? null;
  const a = assertCanEditTargets(actor, period.regionCode, opdId);
  if (opdId) {
    const [owner] = await db
      .select({ id: opd.id })
      .from(opd)
      .where(and(eq(opd.regionCode, period.regionCode), eq(opd.id, opdId)));
    if (!owner) throw new Invalid({ opdId: 'opd_not_in_region' });
  }
  await checkTargetFields(db, period, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planTargets)
      .values({
        ...input,
        opdId,
        indicatorCode: input.indicatorCode || null,
        regionCode: period.regionCode,
        periodId,
      })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'plan_target',
      entityId: row.id,
      regionCode: period.regionCode,
      after: row,
    });
    return iso(row);
  });
}

async function findTarget(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<{ target: TargetRow; period: PeriodRow }> {
  const a = requireActor(actor);
  const [target] = await db.select().from(planTargets).where(eq(planTargets.id, id));
  if (!target || !canReadRegion(a, target.regionCode)) throw new NotFound();
  // An operator does not learn that another OPD's Renstra target exists.
  if (target.opdId && !canReadOpdPlanning(a, target.regionCode, target.opdId)) throw new NotFound();
  const [period] = await db.select().from(rpjmdPeriods).where(eq(rpjmdPeriods.id, target.periodId));
  return { target, period };
}

export async function updateTarget(db: Db, actor: Actor | null, id: string, input: UpdateTargetInput) {
  const { target, period } = await findTarget(db, actor, id);
  const a = assertCanEditTargets(actor, target.regionCode, target.opdId);
  await checkTargetFields(db, period, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(planTargets)
      .set({
        ...input,
        ...(input.indicatorCode !== undefined ? { indicatorCode: input.indicatorCode || null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(planTargets.id, id))
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'plan_target',
      entityId: id,
      regionCode: target.regionCode,
      before: target,
      after: row,
    });
    return iso(row);
  });
}

export async function deleteTarget(db: Db, actor: Actor | null, id: string) {
  const { target } = await findTarget(db, actor, id);
  const a = assertCanEditTargets(actor, target.regionCode, target.opdId);
  await db.transaction(async (tx) => {
    await tx.delete(planTargets).where(eq(planTargets.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'plan_target',
      entityId: id,
      regionCode: target.regionCode,
      before: target,
      after: { deleted: true },
    });
  });
  return { ok: true as const };
}
