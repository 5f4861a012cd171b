/**
 * Scoring a dossier against a standard version. A criterion scores a fraction 0..1 of its
 * weight from its answer; an element's score is its criteria's weighted mean (an unanswered
 * criterion counts 0); the total is the elements' weighted mean. Scores are shown out of 100,
 * rounded to one decimal only for display (the web's formatter), never here.
 *
 * - yes_no: yes = 1, no = 0.
 * - scale 1..n: value / n, so the lowest step still counts something — the example borangs'
 *   scales start at "ada, belum lengkap" (1), not at "tidak ada" (that is an unanswered or a
 *   no answer).
 * - number: the highest threshold whose minimum the value reaches gives its score (0..100);
 *   below every threshold scores 0.
 */
import { SCORE_FULL, type CriterionReview, type ScoringKind } from './constants.js';

export interface Threshold {
  /** The least value that earns `score`. */
  min: number;
  /** 0..100. */
  score: number;
}

export interface CriterionDef {
  code: string;
  kind: ScoringKind;
  weight: number;
  /** For scale: the top of the scale (2..10). */
  scaleMax?: number | null;
  /** For number: ascending by min. */
  thresholds?: Threshold[] | null;
  /** What evidence is expected; a non-empty text means at least one file is. */
  evidenceExpected?: string | null;
}

export interface ElementDef {
  code: string;
  weight: number;
  criteria: CriterionDef[];
}

export type AnswerValue = boolean | number | null;

export interface AnswerFacts {
  value: AnswerValue;
  evidenceCount: number;
  review?: CriterionReview | null;
}

/** Why an answer's value does not fit its criterion (null: it fits). */
export type AnswerRefusal = 'answer_not_yes_no' | 'answer_not_on_scale' | 'answer_not_number';

export function checkAnswerValue(c: CriterionDef, value: AnswerValue): AnswerRefusal | null {
  if (value === null) return null;
  if (c.kind === 'yes_no') return typeof value === 'boolean' ? null : 'answer_not_yes_no';
  if (c.kind === 'scale') {
    const max = c.scaleMax ?? 0;
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
      ? null
      : 'answer_not_on_scale';
  }
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'answer_not_number';
}

/** The fraction 0..1 of its weight a criterion earns; an unanswered or unfitting answer earns 0. */
export function criterionFraction(c: CriterionDef, value: AnswerValue): number {
  if (value === null || checkAnswerValue(c, value)) return 0;
  if (c.kind === 'yes_no') return value === true ? 1 : 0;
  if (c.kind === 'scale') return (value as number) / (c.scaleMax as number);
  let best = 0;
  for (const t of c.thresholds ?? []) if ((value as number) >= t.min) best = Math.max(best, t.score);
  return Math.min(best, SCORE_FULL) / SCORE_FULL;
}

function weightedMean(parts: { weight: number; score: number }[]): number {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  if (total <= 0) return 0;
  return parts.reduce((s, p) => s + p.weight * p.score, 0) / total;
}

export interface ElementScore {
  code: string;
  /** 0..100. */
  score: number;
  criteria: number;
  answered: number;
}

export interface DossierScore {
  /** 0..100. */
  total: number;
  elements: ElementScore[];
}

/** The dossier's score; `answers` by criterion code (a missing code is unanswered). */
export function scoreDossier(
  elements: ElementDef[],
  answers: ReadonlyMap<string, Pick<AnswerFacts, 'value'>>,
): DossierScore {
  const scored = elements.map((e) => {
    const parts = e.criteria.map((c) => ({
      weight: c.weight,
      score: criterionFraction(c, answers.get(c.code)?.value ?? null) * SCORE_FULL,
    }));
    return {
      code: e.code,
      weight: e.weight,
      score: weightedMean(parts),
      criteria: e.criteria.length,
      answered: e.criteria.filter((c) => (answers.get(c.code)?.value ?? null) !== null).length,
    };
  });
  return {
    total: weightedMean(scored),
    elements: scored.map(({ weight: _w, ...rest }) => rest),
  };
}

export interface DossierGaps {
  /** Criteria without an answer. */
  unanswered: string[];
  /** Criteria that expect evidence and have no file. */
  missingEvidence: string[];
  /** Criteria DP3A asked to fix. */
  needsFix: string[];
  /** Criteria not reviewed yet (in review). */
  unreviewed: string[];
}

/** What a dossier still lacks, by criterion code in the standard's order. */
export function dossierGaps(elements: ElementDef[], answers: ReadonlyMap<string, AnswerFacts>): DossierGaps {
  const gaps: DossierGaps = { unanswered: [], missingEvidence: [], needsFix: [], unreviewed: [] };
  for (const e of elements) {
    for (const c of e.criteria) {
      const a = answers.get(c.code);
      if (!a || a.value === null) gaps.unanswered.push(c.code);
      if (c.evidenceExpected?.trim() && (a?.evidenceCount ?? 0) === 0) gaps.missingEvidence.push(c.code);
      if (a?.review === 'needs_fix') gaps.needsFix.push(c.code);
      else if (!a?.review) gaps.unreviewed.push(c.code);
    }
  }
  return gaps;
}

/** A dossier may be submitted once every criterion is answered and has the evidence it expects. */
export function isReadyToSubmit(gaps: DossierGaps): boolean {
  return gaps.unanswered.length === 0 && gaps.missingEvidence.length === 0;
}
