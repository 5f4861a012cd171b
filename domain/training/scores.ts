/**
 * Pre-test and post-test scores and what they show: each participant's improvement (post − pre)
 * and the mean by sex (P = perempuan, L = laki-laki). A participant without both scores has no
 * improvement and is left out of the mean of improvements (counted as missing, never as 0);
 * the means of pre and post each count those who have that score.
 */
import type { Sex } from '../indicators.js';
import { SCORE_MAX, SCORE_MIN } from './constants.js';

export type ScoreIssue =
  'training_score_not_a_number' | 'training_score_out_of_range' | 'training_score_decimals';

export type ScoreParse = { ok: true; value: number | null } | { ok: false; reason: ScoreIssue };

/** Rounds to the two decimals a score keeps (floating sums print 70.1 + 0.2 as 70.3). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** A score as a number: 0–100, at most two decimals. */
export function checkScore(value: number): ScoreIssue | null {
  if (!Number.isFinite(value)) return 'training_score_not_a_number';
  if (value < SCORE_MIN || value > SCORE_MAX) return 'training_score_out_of_range';
  if (Math.abs(round2(value) - value) > 1e-9) return 'training_score_decimals';
  return null;
}

/**
 * A score as typed in a grid or a file: "85", "72,5" or "72.5" (a score has no thousands, so
 * either mark is the decimal one); empty is "no score".
 */
export function parseScore(text: string): ScoreParse {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,3}([.,]\d+)?$/.test(t)) return { ok: false, reason: 'training_score_not_a_number' };
  // "1.000" is a thousand typed with a separator, not one: more than two decimals is refused.
  if (/[.,]\d{3,}$/.test(t)) return { ok: false, reason: 'training_score_decimals' };
  const value = Number(t.replace(',', '.'));
  const issue = checkScore(value);
  return issue ? { ok: false, reason: issue } : { ok: true, value };
}

export function improvement(pre: number | null, post: number | null): number | null {
  return pre === null || post === null ? null : round2(post - pre);
}

export interface ScoredParticipant {
  sex: Sex;
  pre: number | null;
  post: number | null;
}

export interface ScoreSummary {
  participants: number;
  /** With both scores: the ones the mean improvement is over. */
  complete: number;
  missingPre: number;
  missingPost: number;
  meanPre: number | null;
  meanPost: number | null;
  meanImprovement: number | null;
}

export interface ScoreSummaryBySex {
  P: ScoreSummary;
  L: ScoreSummary;
  total: ScoreSummary;
}

function mean(values: number[]): number | null {
  if (!values.length) return null;
  return round2(values.reduce((s, v) => s + v, 0) / values.length);
}

function summarise(list: ScoredParticipant[]): ScoreSummary {
  const pres = list.flatMap((p) => (p.pre === null ? [] : [p.pre]));
  const posts = list.flatMap((p) => (p.post === null ? [] : [p.post]));
  const gains = list.flatMap((p) => {
    const g = improvement(p.pre, p.post);
    return g === null ? [] : [g];
  });
  return {
    participants: list.length,
    complete: gains.length,
    missingPre: list.length - pres.length,
    missingPost: list.length - posts.length,
    meanPre: mean(pres),
    meanPost: mean(posts),
    meanImprovement: mean(gains),
  };
}

export function summaryBySex(list: ScoredParticipant[]): ScoreSummaryBySex {
  return {
    P: summarise(list.filter((p) => p.sex === 'P')),
    L: summarise(list.filter((p) => p.sex === 'L')),
    total: summarise(list),
  };
}
