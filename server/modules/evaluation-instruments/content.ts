/**
 * An instrument's content between its three forms: the JSON definition (import/export), the
 * pure `InstrumentContent` of domain/evaluation, and the rows of the areas/questions/options
 * tables.
 */
import type { InstrumentDefinition } from '../../../api/evaluation-instruments.js';
import type { InstrumentContent } from '../../../domain/evaluation/instrument.js';
import type { Db } from '../../db/connection.js';
import {
  evaluationInstrumentAreas,
  evaluationInstrumentOptions,
  evaluationInstrumentQuestions,
} from '../../db/schema-evaluation-instruments.js';
import type { LoadedInstrument } from './load.js';

export function definitionOf({ row, instrument }: LoadedInstrument): InstrumentDefinition {
  return {
    code: row.code,
    name: row.name,
    sourceNote: row.sourceNote,
    example: row.example,
    areas: instrument.areas.map((a) => ({
      code: a.code,
      name: a.name,
      nameEn: a.nameEn ?? null,
      questions: a.questions.map((q) => ({
        code: q.code,
        text: q.text,
        textEn: q.textEn ?? null,
        help: q.help ?? null,
        answerType: q.answerType,
        maxScore: q.maxScore,
        weight: q.weight,
        options: q.answerType === 'choice' ? (q.options ?? []) : null,
        thresholds: q.thresholds?.length ? q.thresholds : null,
        target: q.target ?? null,
        evidenceKinds: q.evidenceKinds,
        condition: q.condition ?? null,
      })),
    })),
  };
}

/** Writes the content of an instrument (its areas, questions, options) under `instrumentId`. */
export async function insertContent(tx: Db, instrumentId: string, content: InstrumentContent) {
  let position = 0;
  for (const [ai, area] of content.areas.entries()) {
    const [a] = await tx
      .insert(evaluationInstrumentAreas)
      .values({
        instrumentId,
        code: area.code,
        name: area.name,
        nameEn: area.nameEn ?? null,
        position: ai + 1,
      })
      .returning({ id: evaluationInstrumentAreas.id });
    if (!area.questions.length) continue;
    const inserted = await tx
      .insert(evaluationInstrumentQuestions)
      .values(
        area.questions.map((q) => ({
          instrumentId,
          areaId: a.id,
          code: q.code,
          text: q.text,
          textEn: q.textEn ?? null,
          help: q.help ?? null,
          answerType: q.answerType,
          maxScore: q.maxScore,
          weight: q.weight,
          thresholds: q.thresholds?.length ? q.thresholds : null,
          target: q.target ?? null,
          evidenceKinds: q.evidenceKinds,
          conditionQuestionCode: q.condition?.questionCode ?? null,
          conditionEquals: q.condition?.equals ?? null,
          position: (position += 1),
        })),
      )
      .returning({ id: evaluationInstrumentQuestions.id, code: evaluationInstrumentQuestions.code });
    const idOf = new Map(inserted.map((r) => [r.code, r.id]));
    const options = area.questions.flatMap((q) =>
      (q.options ?? []).map((o, oi) => ({
        questionId: idOf.get(q.code)!,
        code: o.code,
        label: o.label,
        labelEn: o.labelEn ?? null,
        score: o.score,
        position: oi + 1,
      })),
    );
    if (options.length) await tx.insert(evaluationInstrumentOptions).values(options);
  }
}

/** Condition codes as written resolve to the question's own code (validation ignores case). */
export function canonical(def: InstrumentDefinition): InstrumentDefinition {
  const codes = new Map(def.areas.flatMap((a) => a.questions.map((q) => [q.code.toUpperCase(), q.code])));
  return {
    ...def,
    areas: def.areas.map((a) => ({
      ...a,
      questions: a.questions.map((q) =>
        q.condition
          ? {
              ...q,
              condition: {
                ...q.condition,
                questionCode: codes.get(q.condition.questionCode.toUpperCase()) ?? q.condition.questionCode,
              },
            }
          : q,
      ),
    })),
  };
}
