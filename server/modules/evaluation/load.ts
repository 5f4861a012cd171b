/**
 * Reading what every worksheet answer needs: the cycle (dates, tiers, whether the national
 * level verifies kab/kota), its instrument's content as domain/evaluation/instrument.ts
 * shapes, and the worksheet with the caller allowed to read it (404 otherwise, as if it did
 * not exist).
 *
 * An instrument is frozen once its cycle opens (evaluation-instruments refuses to change it),
 * so its content is cached by id: the live score after an answer then reads only the answers
 * (≤ 50 ms for 150 questions, bench/evaluation.ts). A draft instrument is never cached.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { canReadWorksheet, type EvaluationActor } from '../../../domain/evaluation/access.js';
import type { StageWindows } from '../../../domain/evaluation/cycle-stages.js';
import type {
  InstrumentArea,
  InstrumentContent,
  InstrumentQuestion,
  TierBand,
} from '../../../domain/evaluation/instrument.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { evaluationWorksheets } from '../../db/schema-evaluation.js';
import {
  evaluationCycles,
  evaluationCycleTiers,
  evaluationInstrumentAreas,
  evaluationInstrumentOptions,
  evaluationInstrumentQuestions,
  evaluationInstruments,
} from '../../db/schema-evaluation-instruments.js';
import type { Actor } from '../../lib/actor.js';
import { NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';

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
  const [row] = await db.select().from(evaluationInstruments).where(eq(evaluationInstruments.id, id));
  if (!row) throw new NotFound('evaluation_cycle_not_found');
  const [areas, questions] = await Promise.all([
    db
      .select()
      .from(evaluationInstrumentAreas)
      .where(eq(evaluationInstrumentAreas.instrumentId, id))
      .orderBy(asc(evaluationInstrumentAreas.position)),
    db
      .select()
      .from(evaluationInstrumentQuestions)
      .where(eq(evaluationInstrumentQuestions.instrumentId, id))
      .orderBy(asc(evaluationInstrumentQuestions.position)),
  ]);
  const options = questions.length
    ? await db
        .select()
        .from(evaluationInstrumentOptions)
        .where(
          inArray(
            evaluationInstrumentOptions.questionId,
            questions.map((q) => q.id),
          ),
        )
        .orderBy(asc(evaluationInstrumentOptions.position))
    : [];
  const content: InstrumentContent = {
    areas: areas.map((a): InstrumentArea => ({
      code: a.code,
      name: a.name,
      nameEn: a.nameEn,
      questions: questions
        .filter((q) => q.areaId === a.id)
        .map((q) => ({
          code: q.code,
          text: q.text,
          textEn: q.textEn,
          help: q.help,
          answerType: q.answerType,
          maxScore: q.maxScore,
          weight: q.weight,
          options: options
            .filter((o) => o.questionId === q.id)
            .map((o) => ({ code: o.code, label: o.label, labelEn: o.labelEn, score: o.score })),
          thresholds: q.thresholds,
          target: q.target,
          evidenceKinds: q.evidenceKinds,
          condition:
            q.conditionQuestionCode && q.conditionEquals !== null
              ? { questionCode: q.conditionQuestionCode, equals: q.conditionEquals }
              : null,
        })),
    })),
  };
  const byCode = new Map(
    content.areas.flatMap((a) => a.questions.map((q) => [q.code, { ...q, areaCode: a.code }] as const)),
  );
  const loaded = { id, name: row.name, example: row.example, content, byCode };
  if (row.frozen) cache.set(id, loaded);
  return loaded;
}

export function windowsOf(c: CycleRow): StageWindows {
  return {
    self_assessment: { start: c.selfAssessmentStart, end: c.selfAssessmentEnd },
    administrative_verification: { start: c.adminVerificationStart, end: c.adminVerificationEnd },
    field_verification: { start: c.fieldVerificationStart, end: c.fieldVerificationEnd },
    final: { start: c.finalStart, end: c.finalEnd },
  };
}

export async function loadTiers(db: Db, cycleId: string): Promise<TierBand[]> {
  const rows = await db
    .select()
    .from(evaluationCycleTiers)
    .where(eq(evaluationCycleTiers.cycleId, cycleId))
    .orderBy(asc(evaluationCycleTiers.position));
  return rows.map((t) => ({ name: t.name, min: t.minScore, max: t.maxScore }));
}

export async function loadCycle(db: Db, cycleId: string): Promise<LoadedCycle> {
  const [row] = await db.select().from(evaluationCycles).where(eq(evaluationCycles.id, cycleId));
  if (!row) throw new NotFound('evaluation_cycle_not_found');
  const [tiers, instrument] = await Promise.all([
    loadTiers(db, cycleId),
    loadInstrument(db, row.instrumentId),
  ]);
  return { row, tiers, windows: windowsOf(row), instrument };
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
