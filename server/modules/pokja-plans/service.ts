/**
 * Writing plans. Every save of a plan's content adds a version (pokja_plan_versions) and names
 * the version it edited: a stale save is refused with 409. Only a draft's content changes; an
 * adopted (ditetapkan) plan is changed by a revision plan, drawn up as a draft copy that, once
 * adopted, supersedes it (status diganti) and takes over its progress. Progress per row and
 * year is entered on an adopted plan. Each write is audited in its transaction; a request that
 * breaks a rule stores nothing.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { canManagePokjaPlans, canReadPokjaPlans } from '../../../domain/pokja-plans/access.js';
import { familyOf, type PokjaIssue, type PokjaPlanFamily } from '../../../domain/pokja-plans/constants.js';
import {
  isEmptyProgress,
  periodOf,
  validateActionItems,
  validateMatrixRows,
  validateProgress,
  type Period,
} from '../../../domain/pokja-plans/rules.js';
import type { CreatePlanInput, SavePlanInput, SaveProgressInput } from '../../../api/pokja-plans.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import {
  pokjaPlanProgress,
  pokjaPlans,
  pokjaPlanVersions,
  type PokjaPlanContent,
} from '../../db/schema-pokja-plans.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import {
  manageablePlan,
  openRevisionOf,
  planView,
  readablePlan,
  regionOpds,
  summaryOf,
  type PlanRow,
} from './load.js';

function invalid(issues: PokjaIssue[]): Invalid {
  const fields: FieldErrors = {};
  for (const i of issues) fields[i.field] ??= i.code as MessageKey;
  return new Invalid(fields, 'pokja_invalid', { count: Object.keys(fields).length });
}

/** What the audit keeps of a plan: its header and how much it holds (the versions keep the rest). */
function audited(plan: PlanRow) {
  return {
    kind: plan.kind,
    status: plan.status,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    version: plan.version,
    rows: plan.content.rows.length,
    items: plan.content.items.length,
  };
}

export async function listPlans(db: Db, actor: Actor | null, regionCode: string, family: PokjaPlanFamily) {
  const a = requireActor(actor);
  if (!canReadPokjaPlans(a, regionCode)) throw new Forbidden();
  const kinds =
    family === 'aksi' ? (['rencana_aksi'] as const) : (['lima_tahunan', 'tahunan', 'perubahan'] as const);
  const rows = await db
    .select()
    .from(pokjaPlans)
    .where(and(eq(pokjaPlans.regionCode, regionCode), inArray(pokjaPlans.kind, [...kinds])))
    .orderBy(desc(pokjaPlans.startYear), asc(pokjaPlans.kind), desc(pokjaPlans.createdAt));
  return { items: rows.map(summaryOf) };
}

/** Validates content for a plan of `kind` and `period`: matrix rows or action items, never both. */
async function checkedContent(
  db: Db,
  regionCode: string,
  family: PokjaPlanFamily,
  period: Period,
  input: Pick<SavePlanInput, 'rows' | 'items'>,
): Promise<PokjaPlanContent> {
  const opdIds = new Set((await regionOpds(db, regionCode)).map((o) => o.id));
  if (family === 'aksi') {
    if (input.rows.length) throw invalid([{ field: 'rows', code: 'pokja_not_for_kind' }]);
    const items = validateActionItems(input.items, opdIds, randomUUID);
    if (!items.ok) throw invalid(items.issues);
    return { rows: [], items: items.value };
  }
  if (input.items.length) throw invalid([{ field: 'items', code: 'pokja_not_for_kind' }]);
  const rows = validateMatrixRows(input.rows, period, opdIds, randomUUID);
  if (!rows.ok) throw invalid(rows.issues);
  return { rows: rows.value, items: [] };
}

async function addVersion(db: Db, plan: PlanRow, actor: Actor): Promise<void> {
  await db.insert(pokjaPlanVersions).values({
    regionCode: plan.regionCode,
    planId: plan.id,
    version: plan.version,
    status: plan.status,
    title: plan.title,
    content: plan.content,
    savedBy: actor.userId,
  });
}

export async function createPlan(db: Db, actor: Actor | null, regionCode: string, input: CreatePlanInput) {
  const a = requireActor(actor);
  if (!canReadPokjaPlans(a, regionCode)) throw new Forbidden();
  if (!canManagePokjaPlans(a, regionCode)) throw new Forbidden();
  const period = periodOf(input.kind, input.startYear, input.endYear);
  if (!period.ok) throw invalid(period.issues);
  return db.transaction(async (tx) => {
    const content = await checkedContent(tx, regionCode, familyOf(input.kind), period.value, input);
    const [plan] = await tx
      .insert(pokjaPlans)
      .values({
        regionCode,
        kind: input.kind,
        title: input.title,
        startYear: period.value.startYear,
        endYear: period.value.endYear,
        content,
        createdBy: a.userId,
        updatedBy: a.userId,
      })
      .returning();
    await addVersion(tx, plan, a);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'pokja_plan',
      entityId: plan.id,
      regionCode,
      after: audited(plan),
    });
    return planView(tx, a, plan);
  });
}

export async function getPlan(db: Db, actor: Actor | null, id: string) {
  const { actor: a, plan } = await readablePlan(db, actor, id);
  return planView(db, a, plan);
}

function assertVersion(plan: PlanRow, version: number): void {
  if (plan.version !== version) throw new Conflict({ version: 'pokja_version_stale' }, 'pokja_version_stale');
}

function assertDraft(plan: PlanRow): void {
  if (plan.status !== 'draft') throw new Invalid({ status: 'pokja_not_draft' }, 'pokja_not_draft');
}

export async function savePlan(db: Db, actor: Actor | null, id: string, input: SavePlanInput) {
  return db.transaction(async (tx) => {
    const { actor: a, plan } = await manageablePlan(tx, actor, id);
    assertVersion(plan, input.version);
    assertDraft(plan);
    const content = await checkedContent(tx, plan.regionCode, familyOf(plan.kind), plan, input);
    const [saved] = await tx
      .update(pokjaPlans)
      .set({
        title: input.title,
        content,
        version: plan.version + 1,
        updatedBy: a.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(pokjaPlans.regionCode, plan.regionCode), eq(pokjaPlans.id, plan.id)))
      .returning();
    await addVersion(tx, saved, a);
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'pokja_plan',
      entityId: plan.id,
      regionCode: plan.regionCode,
      before: audited(plan),
      after: audited(saved),
    });
    return planView(tx, a, saved);
  });
}

export async function deletePlan(db: Db, actor: Actor | null, id: string, version: number) {
  return db.transaction(async (tx) => {
    const { actor: a, plan } = await manageablePlan(tx, actor, id);
    assertVersion(plan, version);
    assertDraft(plan);
    await tx
      .delete(pokjaPlans)
      .where(and(eq(pokjaPlans.regionCode, plan.regionCode), eq(pokjaPlans.id, plan.id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'pokja_plan',
      entityId: plan.id,
      regionCode: plan.regionCode,
      before: audited(plan),
    });
    return { ok: true as const };
  });
}

/**
 * Adopts a draft (ditetapkan). A revision, once adopted, supersedes the plan it revises
 * (diganti), whose progress it takes over for the rows it kept.
 */
export async function adoptPlan(
  db: Db,
  actor: Actor | null,
  id: string,
  input: { version: number; reference: string },
) {
  return db.transaction(async (tx) => {
    const { actor: a, plan } = await manageablePlan(tx, actor, id);
    assertVersion(plan, input.version);
    assertDraft(plan);
    if (plan.kind === 'rencana_aksi' ? plan.content.items.length === 0 : plan.content.rows.length === 0)
      throw new Invalid(
        { [plan.kind === 'rencana_aksi' ? 'items' : 'rows']: 'pokja_empty_plan' },
        'pokja_empty_plan',
      );
    const now = new Date();
    const [adopted] = await tx
      .update(pokjaPlans)
      .set({
        status: 'ditetapkan',
        adoptedAt: now,
        adoptedBy: a.userId,
        adoptionReference: input.reference,
        version: plan.version + 1,
        updatedBy: a.userId,
        updatedAt: now,
      })
      .where(and(eq(pokjaPlans.regionCode, plan.regionCode), eq(pokjaPlans.id, plan.id)))
      .returning();
    await addVersion(tx, adopted, a);
    if (plan.revisesPlanId) {
      const [old] = await tx
        .update(pokjaPlans)
        .set({ status: 'diganti', updatedBy: a.userId, updatedAt: now })
        .where(and(eq(pokjaPlans.regionCode, plan.regionCode), eq(pokjaPlans.id, plan.revisesPlanId)))
        .returning();
      const kept = new Set([...plan.content.rows, ...plan.content.items].map((r) => r.id));
      const carried = (
        await tx
          .select()
          .from(pokjaPlanProgress)
          .where(and(eq(pokjaPlanProgress.regionCode, plan.regionCode), eq(pokjaPlanProgress.planId, old.id)))
      ).filter((p) => kept.has(p.rowId));
      if (carried.length)
        await tx.insert(pokjaPlanProgress).values(carried.map((p) => ({ ...p, planId: plan.id })));
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'pokja_plan',
        entityId: old.id,
        regionCode: plan.regionCode,
        before: { status: 'ditetapkan' },
        after: { status: 'diganti', supersededBy: plan.id },
      });
    }
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'pokja_plan',
      entityId: plan.id,
      regionCode: plan.regionCode,
      before: audited(plan),
      after: { ...audited(adopted), adoptionReference: adopted.adoptionReference },
    });
    return planView(tx, a, adopted);
  });
}

/**
 * Draws up a revision of an adopted plan: a draft copy of its content and period (a perubahan
 * for a Rencana Pokja PUG; a Rencana Aksi stays one). One open revision at a time (409).
 */
export async function revisePlan(db: Db, actor: Actor | null, id: string, version: number) {
  return db.transaction(async (tx) => {
    const { actor: a, plan } = await manageablePlan(tx, actor, id);
    assertVersion(plan, version);
    if (plan.status !== 'ditetapkan') throw new Invalid({ status: 'pokja_not_adopted' }, 'pokja_not_adopted');
    const open = await openRevisionOf(tx, plan);
    if (open) throw new Conflict({ revision: 'pokja_revision_open' }, 'pokja_revision_open');
    const kind = plan.kind === 'rencana_aksi' ? 'rencana_aksi' : 'perubahan';
    const [revision] = await tx
      .insert(pokjaPlans)
      .values({
        regionCode: plan.regionCode,
        kind,
        title: plan.kind === 'rencana_aksi' ? `${plan.title} (perubahan)` : `Perubahan ${plan.title}`,
        startYear: plan.startYear,
        endYear: plan.endYear,
        revisesPlanId: plan.id,
        content: plan.content,
        isDemo: plan.isDemo,
        createdBy: a.userId,
        updatedBy: a.userId,
      })
      .returning();
    await addVersion(tx, revision, a);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'pokja_plan',
      entityId: revision.id,
      regionCode: plan.regionCode,
      after: { ...audited(revision), revises: plan.id },
    });
    return planView(tx, a, revision);
  });
}

/** Progress per row (or item) and year of an adopted plan; an empty entry clears that year. */
export async function saveProgress(db: Db, actor: Actor | null, id: string, input: SaveProgressInput) {
  return db.transaction(async (tx) => {
    const { actor: a, plan } = await manageablePlan(tx, actor, id);
    if (plan.status !== 'ditetapkan')
      throw new Invalid({ status: 'pokja_progress_not_adopted' }, 'pokja_progress_not_adopted');
    const rowIds = new Set([...plan.content.rows, ...plan.content.items].map((r) => r.id));
    const checked = validateProgress(input.entries, plan, rowIds);
    if (!checked.ok) throw invalid(checked.issues);
    const isAksi = plan.kind === 'rencana_aksi';
    const issues: PokjaIssue[] = [];
    checked.value.forEach((p, i) => {
      if (!isAksi && p.status !== null)
        issues.push({ field: `entries.${i}.status`, code: 'pokja_not_for_kind' });
    });
    if (issues.length) throw invalid(issues);
    const now = new Date();
    for (const p of checked.value) {
      const key = and(
        eq(pokjaPlanProgress.regionCode, plan.regionCode),
        eq(pokjaPlanProgress.planId, plan.id),
        eq(pokjaPlanProgress.rowId, p.rowId),
        eq(pokjaPlanProgress.year, p.year),
      );
      if (isEmptyProgress(p)) {
        await tx.delete(pokjaPlanProgress).where(key);
        continue;
      }
      const values = {
        realisation: p.realisation,
        achievement: p.achievement,
        status: p.status,
        note: p.note,
        updatedBy: a.userId,
        updatedAt: now,
      };
      await tx
        .insert(pokjaPlanProgress)
        .values({
          regionCode: plan.regionCode,
          planId: plan.id,
          rowId: p.rowId,
          year: p.year,
          isDemo: plan.isDemo,
          ...values,
        })
        .onConflictDoUpdate({
          target: [
            pokjaPlanProgress.regionCode,
            pokjaPlanProgress.planId,
            pokjaPlanProgress.rowId,
            pokjaPlanProgress.year,
          ],
          set: values,
        });
    }
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'pokja_plan',
      entityId: plan.id,
      regionCode: plan.regionCode,
      after: { progress: checked.value },
    });
    return planView(tx, a, plan);
  });
}

export async function listVersions(db: Db, actor: Actor | null, id: string) {
  const { plan } = await readablePlan(db, actor, id);
  const rows = await db
    .select({
      version: pokjaPlanVersions.version,
      status: pokjaPlanVersions.status,
      title: pokjaPlanVersions.title,
      savedAt: pokjaPlanVersions.savedAt,
      savedBy: users.fullName,
    })
    .from(pokjaPlanVersions)
    .leftJoin(users, eq(users.id, pokjaPlanVersions.savedBy))
    .where(and(eq(pokjaPlanVersions.regionCode, plan.regionCode), eq(pokjaPlanVersions.planId, plan.id)))
    .orderBy(desc(pokjaPlanVersions.version));
  return { items: rows.map((r) => ({ ...r, savedAt: r.savedAt.toISOString() })) };
}

export async function getVersion(db: Db, actor: Actor | null, id: string, version: number) {
  const { plan } = await readablePlan(db, actor, id);
  const [row] = await db
    .select({
      version: pokjaPlanVersions.version,
      status: pokjaPlanVersions.status,
      title: pokjaPlanVersions.title,
      savedAt: pokjaPlanVersions.savedAt,
      savedBy: users.fullName,
      content: pokjaPlanVersions.content,
    })
    .from(pokjaPlanVersions)
    .leftJoin(users, eq(users.id, pokjaPlanVersions.savedBy))
    .where(
      and(
        eq(pokjaPlanVersions.regionCode, plan.regionCode),
        eq(pokjaPlanVersions.planId, plan.id),
        eq(pokjaPlanVersions.version, version),
      ),
    );
  if (!row) throw new NotFound();
  const { content, ...rest } = row;
  return {
    ...rest,
    planId: plan.id,
    savedAt: row.savedAt.toISOString(),
    rows: content.rows,
    items: content.items,
  };
}
