/**
 * Evaluation cycles: one year's evaluation for one award (APE / PPE) with its instrument
 * version, stage windows, tiers and whether the national level verifies kab/kota too. The
 * superadmin creates and edits a draft; opening it checks the dates and tiers, freezes the
 * instrument (a frozen instrument never changes, so every worksheet of the cycle is scored
 * against the same content) and tells every region's DP3A (admin daerah); once open only the
 * stage dates may move (a window extended is common practice); closing ends it.
 */
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { CycleInput, CycleUpdate } from '../../../api/evaluation-instruments.js';
import { validateStageWindows, type StageProblem } from '../../../domain/evaluation/cycle-stages.js';
import {
  canManageEvaluationInstruments,
  canReadEvaluationInstruments,
} from '../../../domain/evaluation/instrument-access.js';
import type { TierBand } from '../../../domain/evaluation/instrument.js';
import { maxTotalOf } from '../../../domain/evaluation/scoring.js';
import { sortBands } from '../../../domain/evaluation/tiers.js';
import { validateBands, type InstrumentProblem } from '../../../domain/evaluation/validate-instrument.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { evaluationCycles, evaluationCycleTiers } from '../../db/schema-evaluation-instruments.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { notify } from '../notifications/notify.js';
import { assertManager, freezeInstrument } from './instruments.js';
import { loadCycle, loadInstrument, stageColumns, stagesOf, tiersOf, type CycleRow } from './load.js';

/** Where the cycle-opened notification leads: the region's evaluation page (feature `evaluation`). */
export const EVALUATION_LINK = '/evaluasi';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function cycleDto(db: Db, row: CycleRow, tiers: TierBand[], manage: boolean) {
  const loaded = await loadInstrument(db, row.instrumentId);
  return {
    id: row.id,
    year: row.year,
    award: row.award,
    name: row.name,
    status: row.status,
    instrument: {
      id: loaded.row.id,
      code: loaded.row.code,
      version: loaded.row.version,
      name: loaded.row.name,
      example: loaded.row.example,
      frozen: loaded.row.frozen,
      maxTotal: maxTotalOf(loaded.instrument),
    },
    stages: stagesOf(row),
    nationalVerifiesKabKota: row.nationalVerifiesKabKota,
    tiers,
    openedAt: iso(row.openedAt),
    closedAt: iso(row.closedAt),
    version: row.version,
    can: { manage },
  };
}

export async function listCycles(db: Db, actor: Actor | null) {
  const a = requireActor(actor);
  if (!canReadEvaluationInstruments(a)) throw new Forbidden();
  const manage = canManageEvaluationInstruments(a);
  const rows = await db
    .select()
    .from(evaluationCycles)
    .where(manage ? undefined : ne(evaluationCycles.status, 'draft'))
    .orderBy(desc(evaluationCycles.year), asc(evaluationCycles.award));
  const tiers = await tiersOf(
    db,
    rows.map((r) => r.id),
  );
  const items = [];
  for (const r of rows) items.push(await cycleDto(db, r, tiers.get(r.id) ?? [], manage));
  return { items, canManage: manage };
}

export async function getCycle(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  if (!canReadEvaluationInstruments(a)) throw new Forbidden();
  const manage = canManageEvaluationInstruments(a);
  const { row, tiers } = await loadCycle(db, id);
  if (row.status === 'draft' && !manage) throw new NotFound('evaluation_cycle_not_found');
  return cycleDto(db, row, tiers, manage);
}

function cycleProblems(tiers: InstrumentProblem[], stages: StageProblem[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const p of tiers)
    fields[p.key === '' ? 'tiers' : `tiers.${p.key}.${p.field}`] ??= p.reason as MessageKey;
  for (const p of stages) fields[`stages.${p.stage}.${p.field}`] ??= p.reason as MessageKey;
  return fields;
}

/** The tiers and dates against the instrument; 422 naming each problem. */
async function checkCycle(db: Db, input: CycleInput, requireAll: boolean) {
  const loaded = await loadInstrument(db, input.instrumentId).catch((error: unknown) => {
    if (error instanceof NotFound) throw new Invalid({ instrumentId: 'evaluation_instrument_not_found' });
    throw error;
  });
  const fields = cycleProblems(
    validateBands(input.tiers, maxTotalOf(loaded.instrument)),
    validateStageWindows(input.stages, requireAll),
  );
  if (requireAll && input.tiers.length === 0) fields.tiers ??= 'evaluation_cycle_no_tiers';
  const count = Object.keys(fields).length;
  if (count) throw new Invalid(fields, 'evaluation_cycle_invalid', { count });
  return loaded;
}

async function writeTiers(tx: Db, cycleId: string, tiers: TierBand[]) {
  await tx.delete(evaluationCycleTiers).where(eq(evaluationCycleTiers.cycleId, cycleId));
  const sorted = sortBands(tiers);
  if (sorted.length)
    await tx
      .insert(evaluationCycleTiers)
      .values(
        sorted.map((t, i) => ({ cycleId, name: t.name, minScore: t.min, maxScore: t.max, position: i + 1 })),
      );
}

const uniqueErrors = () => ({
  evaluation_cycles_year_award_uq: () =>
    new Conflict(
      { year: 'evaluation_cycle_exists', award: 'evaluation_cycle_exists' },
      'evaluation_cycle_exists',
    ),
});

export async function createCycle(db: Db, actor: Actor | null, input: CycleInput) {
  const a = assertManager(actor);
  await checkCycle(db, input, false);
  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(evaluationCycles)
          .values({
            year: input.year,
            award: input.award,
            name: input.name,
            instrumentId: input.instrumentId,
            nationalVerifiesKabKota: input.nationalVerifiesKabKota,
            ...stageColumns(input.stages),
            createdBy: a.userId,
            updatedBy: a.userId,
          })
          .returning();
        await writeTiers(tx, row.id, input.tiers);
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'evaluation_cycle',
          entityId: row.id,
          after: { ...input },
        });
        return row.id;
      }),
    uniqueErrors(),
  );
  return getCycle(db, a, id);
}

async function lockedCycle(tx: Db, id: string, version: number) {
  const [row] = await tx.select().from(evaluationCycles).where(eq(evaluationCycles.id, id)).for('update');
  if (!row) throw new NotFound('evaluation_cycle_not_found');
  if (row.version !== version)
    throw new Conflict({ version: 'evaluation_cycle_stale' }, 'evaluation_cycle_stale');
  return row;
}

/** A draft changes whole; an open cycle only its stage dates; a closed one not at all. */
export async function updateCycle(db: Db, actor: Actor | null, id: string, input: CycleUpdate) {
  const a = assertManager(actor);
  const current = await loadCycle(db, id);
  if (current.row.status === 'closed')
    throw new Conflict({ status: 'evaluation_cycle_wrong_status' }, 'evaluation_cycle_wrong_status');
  if (current.row.status === 'open') {
    const same =
      input.year === current.row.year &&
      input.award === current.row.award &&
      input.instrumentId === current.row.instrumentId &&
      input.nationalVerifiesKabKota === current.row.nationalVerifiesKabKota &&
      JSON.stringify(sortBands(input.tiers)) === JSON.stringify(current.tiers);
    if (!same) throw new Conflict({ status: 'evaluation_cycle_open_locked' }, 'evaluation_cycle_open_locked');
  }
  await checkCycle(db, input, current.row.status === 'open');
  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const row = await lockedCycle(tx, id, input.version);
        await tx
          .update(evaluationCycles)
          .set({
            year: input.year,
            award: input.award,
            name: input.name,
            instrumentId: input.instrumentId,
            nationalVerifiesKabKota: input.nationalVerifiesKabKota,
            ...stageColumns(input.stages),
            version: row.version + 1,
            updatedBy: a.userId,
            updatedAt: new Date(),
          })
          .where(eq(evaluationCycles.id, id));
        if (row.status === 'draft') await writeTiers(tx, id, input.tiers);
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'evaluation_cycle',
          entityId: id,
          before: { ...stagesOf(row), name: row.name, tiers: current.tiers },
          after: { ...input.stages, name: input.name, tiers: input.tiers },
        });
      }),
    uniqueErrors(),
  );
  return getCycle(db, a, id);
}

/** Every active DP3A (admin daerah) user, by region. */
async function regionAdmins(tx: Db): Promise<Map<string, string[]>> {
  const rows = await tx
    .select({ id: users.id, regionCode: users.regionCode })
    .from(users)
    .where(and(eq(users.role, 'admin_daerah'), eq(users.active, true)));
  const out = new Map<string, string[]>();
  for (const r of rows) if (r.regionCode) out.set(r.regionCode, [...(out.get(r.regionCode) ?? []), r.id]);
  return out;
}

/** Opens a draft: all dates and at least one valid tier; freezes the instrument; notifies regions. */
export async function openCycle(db: Db, actor: Actor | null, id: string, version: number) {
  const a = assertManager(actor);
  const current = await loadCycle(db, id);
  if (current.row.status !== 'draft')
    throw new Conflict({ status: 'evaluation_cycle_wrong_status' }, 'evaluation_cycle_wrong_status');
  await checkCycle(
    db,
    {
      year: current.row.year,
      award: current.row.award,
      name: current.row.name,
      instrumentId: current.row.instrumentId,
      nationalVerifiesKabKota: current.row.nationalVerifiesKabKota,
      stages: current.stages,
      tiers: current.tiers,
    },
    true,
  );
  const notified = await db.transaction(async (tx) => {
    const row = await lockedCycle(tx, id, version);
    if (row.status !== 'draft')
      throw new Conflict({ status: 'evaluation_cycle_wrong_status' }, 'evaluation_cycle_wrong_status');
    const froze = await freezeInstrument(tx, row.instrumentId);
    await tx
      .update(evaluationCycles)
      .set({
        status: 'open',
        openedAt: new Date(),
        openedBy: a.userId,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(evaluationCycles.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'evaluation_cycle',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'open', instrumentFrozen: froze },
    });
    let told = 0;
    for (const [regionCode, userIds] of await regionAdmins(tx)) {
      told += await notify(tx, {
        regionCode,
        kind: 'evaluation_cycle_opened',
        userIds,
        actorUserId: a.userId,
        params: {
          cycle: row.name,
          start: row.selfAssessmentStart,
          end: row.selfAssessmentEnd,
        },
        link: EVALUATION_LINK,
        dedupeKey: `evaluation_cycle_opened:${id}`,
      });
    }
    return told;
  });
  return { ...(await getCycle(db, a, id)), notified };
}

export async function closeCycle(db: Db, actor: Actor | null, id: string, version: number) {
  const a = assertManager(actor);
  await db.transaction(async (tx) => {
    const row = await lockedCycle(tx, id, version);
    if (row.status !== 'open')
      throw new Conflict({ status: 'evaluation_cycle_wrong_status' }, 'evaluation_cycle_wrong_status');
    await tx
      .update(evaluationCycles)
      .set({ status: 'closed', closedAt: new Date(), version: row.version + 1, updatedAt: new Date() })
      .where(eq(evaluationCycles.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'evaluation_cycle',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'closed' },
    });
  });
  return getCycle(db, a, id);
}

/** A draft cycle may be removed (nothing was answered against it). */
export async function deleteCycle(db: Db, actor: Actor | null, id: string) {
  const a = assertManager(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(evaluationCycles).where(eq(evaluationCycles.id, id)).for('update');
    if (!row) throw new NotFound('evaluation_cycle_not_found');
    if (row.status !== 'draft')
      throw new Conflict({ status: 'evaluation_cycle_wrong_status' }, 'evaluation_cycle_wrong_status');
    await tx.delete(evaluationCycles).where(eq(evaluationCycles.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'evaluation_cycle',
      entityId: id,
      before: { year: row.year, award: row.award, name: row.name },
    });
  });
  return { ok: true as const };
}
