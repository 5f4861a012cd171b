/**
 * Reading what every worksheet answer needs (through evaluation-instruments/load.ts): the cycle (dates, tiers, whether the national
 * level verifies kab/kota), its instrument's content as domain/evaluation/instrument.ts
 * shapes, and the worksheet with the caller allowed to read it (404 otherwise, as if it did
 * not exist).
 *
 * An instrument is frozen once its cycle opens (evaluation-instruments refuses to change it),
 * so its content is cached by id: the live score after an answer then reads only the answers
 * (≤ 50 ms for 150 questions, bench/evaluation.ts). A draft instrument is never cached.
 */
import { eq } from 'drizzle-orm';
import { canReadWorksheet, type EvaluationActor } from '../../../domain/evaluation/access.js';
import type { StageWindows } from '../../../domain/evaluation/cycle-stages.js';
import {
  questionsOf,
  type InstrumentContent,
  type InstrumentQuestion,
  type TierBand,
} from '../../../domain/evaluation/instrument.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { evaluationWorksheets } from '../../db/schema-evaluation.js';
import type { evaluationCycles } from '../../db/schema-evaluation-instruments.js';
import type { Actor } from '../../lib/actor.js';
import { NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import {
  loadCycle as loadCycleOf,
  loadInstrument as loadInstrumentOf,
} from '../evaluation-instruments/load.js';

export type WorksheetRow = typeof evaluationWorksheets.$inferSelect;
export type CycleRow = typeof evaluationCycles.$inferSelect;

export interface LoadedInstrument {
  id: string;
  name: string;
  example: boolean;
  content: InstrumentContent;
  /** Questions by code, with their area code. */
  byCode: Map<string, InstrumentQuestion & { areaCode: string }>;
}

export interface LoadedCycle {
  row: CycleRow;
  tiers: TierBand[];
  windows: StageWindows;
  instrument: LoadedInstrument;
}

const cache = new Map<string, LoadedInstrument>();

export async function loadInstrument(db: Db, id: string): Promise<LoadedInstrument> {
  const hit = cache.get(id);
  if (hit) return hit;
  const { row, instrument } = await loadInstrumentOf(db, id);
  const byCode = new Map(questionsOf(instrument).map((q) => [q.code, q] as const));
  const loaded = { id, name: row.name, example: row.example, content: instrument, byCode };
  if (row.frozen) cache.set(id, loaded);
  return loaded;
}

export async function loadCycle(db: Db, cycleId: string): Promise<LoadedCycle> {
  const c = await loadCycleOf(db, cycleId);
  return {
    row: c.row,
    tiers: c.tiers,
    windows: c.stages,
    instrument: await loadInstrument(db, c.row.instrumentId),
  };
}

export interface LoadedWorksheet {
  row: WorksheetRow;
  regionName: string;
  cycle: LoadedCycle;
  actor: Actor & EvaluationActor;
}

/** The worksheet the caller may read (404 otherwise), locked for the transaction when `lock`. */
export async function readableWorksheet(
  db: Db,
  actor: Actor | null,
  id: string,
  lock = false,
): Promise<LoadedWorksheet> {
  const a = requireActor(actor);
  const q = db
    .select({ row: evaluationWorksheets, regionName: regions.name })
    .from(evaluationWorksheets)
    .innerJoin(regions, eq(regions.code, evaluationWorksheets.regionCode))
    .where(eq(evaluationWorksheets.id, id));
  const [found] = lock ? await q.for('update', { of: evaluationWorksheets }) : await q;
  if (!found || !canReadWorksheet(a, found.row.regionCode))
    throw new NotFound('evaluation_worksheet_not_found');
  return {
    row: found.row,
    regionName: found.regionName,
    cycle: await loadCycle(db, found.row.cycleId),
    actor: a,
  };
}
