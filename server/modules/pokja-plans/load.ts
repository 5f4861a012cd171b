/**
 * Reading plans: one plan the caller may read (404 otherwise: another region's plan is not
 * even confirmed to exist), the region's OPDs a row may name, and the plan's view for the API.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { canManagePokjaPlans, canReadPokjaPlans } from '../../../domain/pokja-plans/access.js';
import { addMoney } from '../../../domain/planning/money.js';
import type { PlanDetail, PlanSummary } from '../../../api/pokja-plans.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { pokjaPlanProgress, pokjaPlans } from '../../db/schema-pokja-plans.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';

export type PlanRow = typeof pokjaPlans.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadPlan(db: Db, id: string, forUpdate = false): Promise<PlanRow | null> {
  const query = db.select().from(pokjaPlans).where(eq(pokjaPlans.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A plan the caller may read, or 404. */
export async function readablePlan(db: Db, actor: Actor | null, id: string, forUpdate = false) {
  const a = requireActor(actor);
  const plan = await loadPlan(db, id, forUpdate);
  if (!plan || !canReadPokjaPlans(a, plan.regionCode)) throw new NotFound();
  return { actor: a, plan };
}

/** A plan the caller may manage: 404 when they cannot read it, 403 when they only read it. */
export async function manageablePlan(db: Db, actor: Actor | null, id: string) {
  const { actor: a, plan } = await readablePlan(db, actor, id, true);
  if (!canManagePokjaPlans(a, plan.regionCode)) throw new Forbidden();
  return { actor: a, plan };
}

export async function regionOpds(db: Db, regionCode: string) {
  return db
    .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.active, true)))
    .orderBy(asc(opd.name));
}

export function budgetTotal(plan: Pick<PlanRow, 'content'>): string {
  return addMoney('0.00', ...plan.content.rows.map((r) => r.budget ?? '0.00'));
}

export function summaryOf(plan: PlanRow): PlanSummary {
  return {
    id: plan.id,
    regionCode: plan.regionCode,
    kind: plan.kind,
    status: plan.status,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    version: plan.version,
    revisesPlanId: plan.revisesPlanId,
    adoptedAt: iso(plan.adoptedAt),
    adoptionReference: plan.adoptionReference,
    isDemo: plan.isDemo,
    rowCount: plan.kind === 'rencana_aksi' ? plan.content.items.length : plan.content.rows.length,
    budgetTotal: budgetTotal(plan),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export async function progressOf(db: Db, plan: Pick<PlanRow, 'regionCode' | 'id'>) {
  const rows = await db
    .select()
    .from(pokjaPlanProgress)
    .where(and(eq(pokjaPlanProgress.regionCode, plan.regionCode), eq(pokjaPlanProgress.planId, plan.id)))
    .orderBy(asc(pokjaPlanProgress.year));
  return rows.map((p) => ({
    rowId: p.rowId,
    year: p.year,
    realisation: p.realisation,
    achievement: p.achievement,
    status: p.status,
    note: p.note,
    updatedAt: p.updatedAt.toISOString(),
  }));
}

const link = { id: pokjaPlans.id, title: pokjaPlans.title, kind: pokjaPlans.kind, status: pokjaPlans.status };

export async function planView(db: Db, actor: Actor, plan: PlanRow): Promise<PlanDetail> {
  const [progress, revises, revisions, opds] = await Promise.all([
    progressOf(db, plan),
    plan.revisesPlanId
      ? db
          .select(link)
          .from(pokjaPlans)
          .where(and(eq(pokjaPlans.regionCode, plan.regionCode), eq(pokjaPlans.id, plan.revisesPlanId)))
      : Promise.resolve([]),
    db
      .select(link)
      .from(pokjaPlans)
      .where(and(eq(pokjaPlans.regionCode, plan.regionCode), eq(pokjaPlans.revisesPlanId, plan.id)))
      .orderBy(desc(pokjaPlans.createdAt)),
    regionOpds(db, plan.regionCode),
  ]);
  return {
    ...summaryOf(plan),
    rows: plan.content.rows,
    items: plan.content.items,
    progress,
    revises: revises[0] ?? null,
    revisions,
    opds,
    canManage: canManagePokjaPlans(actor, plan.regionCode),
  };
}

/** A draft revision of `planId`, if one is being drawn up. */
export async function openRevisionOf(db: Db, plan: Pick<PlanRow, 'regionCode' | 'id'>) {
  const [row] = await db
    .select({ id: pokjaPlans.id })
    .from(pokjaPlans)
    .where(
      and(
        eq(pokjaPlans.regionCode, plan.regionCode),
        eq(pokjaPlans.revisesPlanId, plan.id),
        eq(pokjaPlans.status, 'draft'),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const countSql = sql<number>`count(*)::int`;
