/**
 * Reading instruments and cycles in the shape every side uses: an instrument with its areas,
 * questions and options in order (domain/evaluation/instrument.ts), a cycle with its tiers and
 * stage windows. The worksheets (server/modules/evaluation) read the instrument of a cycle here.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Instrument, InstrumentArea, TierBand } from '../../../domain/evaluation/instrument.js';
import type { StageWindows } from '../../../domain/evaluation/cycle-stages.js';
import type { Db } from '../../db/connection.js';
import {
  evaluationCycles,
  evaluationCycleTiers,
  evaluationInstrumentAreas,
  evaluationInstrumentOptions,
  evaluationInstrumentQuestions,
  evaluationInstruments,
} from '../../db/schema-evaluation-instruments.js';
import { NotFound } from '../../lib/errors.js';

export type InstrumentRow = typeof evaluationInstruments.$inferSelect;
export type CycleRow = typeof evaluationCycles.$inferSelect;

export interface LoadedInstrument {
  row: InstrumentRow;
  /** Area and question ids by code, for the detail view. */
  areaIds: Map<string, string>;
  questionIds: Map<string, string>;
  instrument: Instrument;
}

export async function loadInstrument(db: Db, id: string): Promise<LoadedInstrument> {
  const [row] = await db.select().from(evaluationInstruments).where(eq(evaluationInstruments.id, id));
  if (!row) throw new NotFound('evaluation_instrument_not_found');
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
  const optionsOf = new Map<string, typeof options>();
  for (const o of options) optionsOf.set(o.questionId, [...(optionsOf.get(o.questionId) ?? []), o]);
  const byArea = new Map<string, InstrumentArea>();
  const areaList: InstrumentArea[] = areas.map((a) => {
    const area: InstrumentArea = { code: a.code, name: a.name, nameEn: a.nameEn, questions: [] };
    byArea.set(a.id, area);
    return area;
  });
  for (const q of questions) {
    byArea.get(q.areaId)?.questions.push({
      code: q.code,
      text: q.text,
      textEn: q.textEn,
      help: q.help,
      answerType: q.answerType,
      maxScore: q.maxScore,
      weight: q.weight,
      options: (optionsOf.get(q.id) ?? []).map((o) => ({
        code: o.code,
        label: o.label,
        labelEn: o.labelEn,
        score: o.score,
      })),
      thresholds: q.thresholds,
      target: q.target,
      evidenceKinds: q.evidenceKinds,
      condition:
        q.conditionQuestionCode !== null && q.conditionEquals !== null
          ? { questionCode: q.conditionQuestionCode, equals: q.conditionEquals }
          : null,
    });
  }
  return {
    row,
    areaIds: new Map(areas.map((a) => [a.code, a.id])),
    questionIds: new Map(questions.map((q) => [q.code, q.id])),
    instrument: {
      code: row.code,
      version: row.version,
      name: row.name,
      sourceNote: row.sourceNote,
      example: row.example,
      frozen: row.frozen,
      areas: areaList,
    },
  };
}

export interface LoadedCycle {
  row: CycleRow;
  tiers: TierBand[];
  stages: StageWindows;
}

export function stagesOf(row: CycleRow): StageWindows {
  return {
    self_assessment: { start: row.selfAssessmentStart, end: row.selfAssessmentEnd },
    administrative_verification: { start: row.adminVerificationStart, end: row.adminVerificationEnd },
    field_verification: { start: row.fieldVerificationStart, end: row.fieldVerificationEnd },
    final: { start: row.finalStart, end: row.finalEnd },
  };
}

/** The columns of stage windows (the inverse of stagesOf). */
export function stageColumns(s: StageWindows) {
  return {
    selfAssessmentStart: s.self_assessment.start,
    selfAssessmentEnd: s.self_assessment.end,
    adminVerificationStart: s.administrative_verification.start,
    adminVerificationEnd: s.administrative_verification.end,
    fieldVerificationStart: s.field_verification.start,
    fieldVerificationEnd: s.field_verification.end,
    finalStart: s.final.start,
    finalEnd: s.final.end,
  };
}

export async function tiersOf(db: Db, cycleIds: string[]): Promise<Map<string, TierBand[]>> {
  const out = new Map<string, TierBand[]>();
  if (!cycleIds.length) return out;
  const rows = await db
    .select()
    .from(evaluationCycleTiers)
    .where(inArray(evaluationCycleTiers.cycleId, cycleIds))
    .orderBy(asc(evaluationCycleTiers.position));
  for (const r of rows)
    out.set(r.cycleId, [...(out.get(r.cycleId) ?? []), { name: r.name, min: r.minScore, max: r.maxScore }]);
  return out;
}

/** A cycle with its tiers (lowest first) and stage windows; 404 when there is none. */
export async function loadCycle(db: Db, id: string): Promise<LoadedCycle> {
  const [row] = await db.select().from(evaluationCycles).where(eq(evaluationCycles.id, id));
  if (!row) throw new NotFound('evaluation_cycle_not_found');
  const tiers = (await tiersOf(db, [id])).get(id) ?? [];
  return { row, tiers, stages: stagesOf(row) };
}
