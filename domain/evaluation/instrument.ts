/**
 * Evaluasi Penyelenggaraan PUG (APE / PPE, issue 13): the evaluation instrument and cycle as
 * pure types, shared by the server, the web and the other evaluation features.
 *
 * KemenPPPA's instrument (the lembar kerja evaluasi) — its indicators, weights, required
 * bukti dukung and tier thresholds — is not public and changes per cycle (research-2.md §2.2),
 * so an instrument is data a superadmin imports, never code. Only the public structure is known:
 * areas pelembagaan, the seven development processes and inovasi (research-2.md §2.1).
 *
 * Shape: instrument → areas → questions (answer type, max score, weight, evidence kinds,
 * an optional condition) → options (choice questions). Codes are unique within an instrument:
 * area codes among areas, question codes across the whole instrument, option codes within
 * their question. Answers and conditions name questions and options by code, so a copy into a
 * new version keeps them meaningful.
 */

/** How a question is answered; the stored answer value follows `AnswerValue`. */
export const ANSWER_TYPES = ['choice', 'yes_no', 'number', 'percentage', 'text'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The award a cycle leads to: APE until 2024, PPE (Penganugerahan Parahita Ekapraya) from 2026. */
export const EVALUATION_AWARDS = ['APE', 'PPE'] as const;
export type EvaluationAward = (typeof EVALUATION_AWARDS)[number];

/** draft: edited by the superadmin; open: regions answer (instrument frozen); closed: finished. */
export const CYCLE_STATUSES = ['draft', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** One step of a number or percentage question: a value of at least `min` earns `score` points (≤ maxScore). */
export interface ScoreThreshold {
  min: number;
  score: number;
}

export interface InstrumentOption {
  /** Unique within its question, e.g. "A", "B". */
  code: string;
  label: string;
  labelEn?: string | null;
  /** Points, 0..the question's maxScore. */
  score: number;
}

/**
 * A question is shown only when the question `questionCode` (earlier in the instrument) is
 * shown and answered with `equals`: an option code (choice), true/false (yes_no), a number
 * (number, percentage) or a text (text).
 */
export interface QuestionCondition {
  questionCode: string;
  equals: string | boolean | number;
}

export interface InstrumentQuestion {
  /** Unique across the instrument, e.g. "P1.01". */
  code: string;
  /** Indonesian (the official language of the worksheet); `textEn` optional. */
  text: string;
  textEn?: string | null;
  help?: string | null;
  answerType: AnswerType;
  /** The most points an answer earns before the weight (≥ 0). */
  maxScore: number;
  /** Multiplies the points (> 0); the question's share of the total is maxScore × weight. */
  weight: number;
  /** choice only: the options, each with its score. */
  options?: InstrumentOption[] | null;
  /**
   * number and percentage: steps (the highest `min` reached gives its score). Without steps the
   * value is scaled: value / target × maxScore, capped at maxScore (`target` defaults to 100
   * for a percentage and is required for a number).
   */
  thresholds?: ScoreThreshold[] | null;
  target?: number | null;
  /** Evidence kinds required (codes of domain/evaluation/evidence-kinds.ts); may be empty. */
  evidenceKinds: string[];
  condition?: QuestionCondition | null;
}

export interface InstrumentArea {
  /** Unique within the instrument, e.g. "PELEMBAGAAN", "PERENCANAAN", "INOVASI". */
  code: string;
  name: string;
  nameEn?: string | null;
  questions: InstrumentQuestion[];
}

/** The scoring content of an instrument (what scoreWorksheet and the validator read). */
export interface InstrumentContent {
  areas: InstrumentArea[];
}

/** An instrument version with its identity and provenance. */
export interface Instrument extends InstrumentContent {
  /** Stable across versions, e.g. "PUG-CONTOH". */
  code: string;
  version: number;
  name: string;
  /** Where the content comes from and what is not public. */
  sourceNote: string;
  /** Shipped by Setara as an example: labelled "CONTOH — bukan instrumen resmi" wherever it shows. */
  example: boolean;
  /** Frozen once a cycle using it opens; a change is then a new version (a copy). */
  frozen: boolean;
}

/**
 * An answer's value: choice → the option code, yes_no → boolean, number/percentage → number,
 * text → string; null → not answered.
 */
export type AnswerValue = string | boolean | number | null;

export interface WorksheetAnswer {
  value: AnswerValue;
  /**
   * A verifier's adjusted points for this question (0..maxScore, before the weight); when set
   * it replaces the points computed from the value. Null or absent: computed.
   */
  adjustedScore?: number | null;
}

/** A tier of a cycle: a score band of the instrument's total (points after weights). */
export interface TierBand {
  /** e.g. "Pratama", "Madya", "Nindya", "Utama", "Mentor". */
  name: string;
  /** Inclusive. */
  min: number;
  /** Exclusive, except for the highest band where it is inclusive. */
  max: number;
}

/** The cycle's stages in order (research-2.md §2.1: mandiri → administrasi → lapangan → final). */
export const CYCLE_STAGES = [
  'self_assessment',
  'administrative_verification',
  'field_verification',
  'final',
] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

/** One stage's window, ISO dates (YYYY-MM-DD), both inclusive; null while the cycle is a draft. */
export interface StageWindow {
  start: string | null;
  end: string | null;
}

/** Every question of the instrument in order, with its area code. */
export function questionsOf(content: InstrumentContent): (InstrumentQuestion & { areaCode: string })[] {
  return content.areas.flatMap((a) => a.questions.map((q) => ({ ...q, areaCode: a.code })));
}
