/**
 * Scoring a worksheet against an instrument. The rule (the official one is not public,
 * research-2.md §2.2, so this is Setara's, documented in docs/evaluation.md):
 *
 * - A question earns points 0..maxScore from its answer, then × its weight. The total is the
 *   sum over questions; an area's score is the sum over its questions. Totals are rounded to
 *   4 decimals so weights like 0.1 do not leave float dust that would move a tier boundary.
 * - choice: the chosen option's score. yes_no: yes = maxScore, no = 0. text: a non-empty answer
 *   earns maxScore — the region's claim, which a verifier adjusts.
 * - number / percentage: with thresholds, the highest step whose `min` the value reaches (none
 *   reached: 0); without, value / target × maxScore, capped at maxScore (percentage target 100).
 * - A question hidden by its condition (the question it depends on is hidden, or not answered
 *   with `equals`) earns 0, whatever its stored answer or adjustment. It still counts in the
 *   maximum: the maximum is the instrument's, the same for every region, so bands compare.
 * - A verifier's `adjustedScore` replaces the computed points of a shown question (capped to
 *   0..maxScore).
 * - A value that does not fit its answer type earns 0 (the service refuses it before storing).
 */
import {
  questionsOf,
  type AnswerValue,
  type InstrumentContent,
  type InstrumentQuestion,
  type WorksheetAnswer,
} from './instrument.js';

export type AnswerRefusal =
  | 'answer_not_option'
  | 'answer_not_yes_no'
  | 'answer_not_number'
  | 'answer_not_percentage'
  | 'answer_not_text';

/** Why a value does not fit its question (null: it fits; null values always fit). */
export function checkAnswerValue(q: InstrumentQuestion, value: AnswerValue): AnswerRefusal | null {
  if (value === null) return null;
  switch (q.answerType) {
    case 'choice':
      return typeof value === 'string' && (q.options ?? []).some((o) => o.code === value)
        ? null
        : 'answer_not_option';
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'answer_not_yes_no';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'answer_not_number';
    case 'percentage':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100
        ? null
        : 'answer_not_percentage';
    case 'text':
      return typeof value === 'string' ? null : 'answer_not_text';
  }
}

function clamp(x: number, max: number): number {
  return Math.min(Math.max(x, 0), max);
}

/** The points 0..maxScore (before the weight) a value earns; an unfitting value earns 0. */
export function pointsOf(q: InstrumentQuestion, value: AnswerValue): number {
  if (value === null || checkAnswerValue(q, value)) return 0;
  switch (q.answerType) {
    case 'choice':
      return clamp((q.options ?? []).find((o) => o.code === value)?.score ?? 0, q.maxScore);
    case 'yes_no':
      return value === true ? q.maxScore : 0;
    case 'text':
      return (value as string).trim() === '' ? 0 : q.maxScore;
    case 'number':
    case 'percentage': {
      const v = value as number;
      const steps = q.thresholds ?? [];
      if (steps.length > 0) {
        let best = 0;
        for (const s of steps) if (v >= s.min) best = Math.max(best, s.score);
        return clamp(best, q.maxScore);
      }
      const target = q.target ?? (q.answerType === 'percentage' ? 100 : 0);
      return target > 0 ? clamp((v / target) * q.maxScore, q.maxScore) : 0;
    }
  }
}

export interface QuestionScore {
  code: string;
  areaCode: string;
  /** False when its condition hides it. */
  visible: boolean;
  answered: boolean;
  /** 0..maxScore, before the weight (the adjusted score when a verifier gave one). */
  points: number;
  /** points × weight. */
  score: number;
  /** maxScore × weight. */
  max: number;
}

export interface AreaScore {
  code: string;
  score: number;
  max: number;
}

export interface WorksheetScore {
  total: number;
  /** The instrument's maximum total (every question at maxScore). */
  maxTotal: number;
  byArea: AreaScore[];
  /** In instrument order. */
  perQuestion: QuestionScore[];
}

export type AnswerLookup =
  ReadonlyMap<string, WorksheetAnswer> | Readonly<Record<string, WorksheetAnswer | undefined>>;

function lookup(answers: AnswerLookup, code: string): WorksheetAnswer | undefined {
  return answers instanceof Map ? answers.get(code) : (answers as Record<string, WorksheetAnswer>)[code];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Which questions are shown, by code. A condition on a question that is later, missing or
 * itself hidden hides the question (the validator refuses the first two on import).
 */
export function visibleQuestions(content: InstrumentContent, answers: AnswerLookup): Set<string> {
  const shown = new Set<string>();
  for (const q of questionsOf(content)) {
    const c = q.condition;
    if (!c || (shown.has(c.questionCode) && lookup(answers, c.questionCode)?.value === c.equals)) {
      shown.add(q.code);
    }
  }
  return shown;
}

/** The worksheet's score; `answers` by question code (a missing code is unanswered). */
export function scoreWorksheet(content: InstrumentContent, answers: AnswerLookup): WorksheetScore {
  const shown = visibleQuestions(content, answers);
  const perQuestion: QuestionScore[] = questionsOf(content).map((q) => {
    const a = lookup(answers, q.code);
    const visible = shown.has(q.code);
    const value = a?.value ?? null;
    const adjusted = a?.adjustedScore;
    const points = !visible
      ? 0
      : adjusted !== null && adjusted !== undefined && Number.isFinite(adjusted)
        ? clamp(adjusted, q.maxScore)
        : pointsOf(q, value);
    return {
      code: q.code,
      areaCode: q.areaCode,
      visible,
      answered: value !== null,
      points,
      score: points * q.weight,
      max: q.maxScore * q.weight,
    };
  });
  const byArea = content.areas.map((area) => {
    const mine = perQuestion.filter((p) => p.areaCode === area.code);
    return {
      code: area.code,
      score: round4(mine.reduce((s, p) => s + p.score, 0)),
      max: round4(mine.reduce((s, p) => s + p.max, 0)),
    };
  });
  return {
    total: round4(perQuestion.reduce((s, p) => s + p.score, 0)),
    maxTotal: maxTotalOf(content),
    byArea,
    perQuestion,
  };
}

/** The instrument's maximum total: every question at its max score, times its weight. */
export function maxTotalOf(content: InstrumentContent): number {
  return round4(questionsOf(content).reduce((s, q) => s + q.maxScore * q.weight, 0));
}
