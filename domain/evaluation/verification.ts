/**
 * A verifier's decisions on a worksheet (issue 13): per question and stage, accepted (the
 * self-assessed score stands), adjusted (a score the verifier sets, with a comment) or
 * rejected (scored zero, with a comment the region may answer before the stage closes).
 * Each stage starts from the previous stage's scores; a question a stage left undecided is
 * accepted when the stage closes. Pure: the server totals and ranks with these.
 */
import { VERIFICATION_STAGES, type VerificationStage } from './worksheet.js';

export const DECISIONS = ['accepted', 'adjusted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DecisionInput {
  decision: Decision;
  adjustedScore?: number | null;
  comment?: string | null;
}

export type DecisionRefusal =
  | 'decision_score_required'
  | 'decision_score_out_of_range'
  | 'decision_comment_required'
  | 'decision_score_not_allowed';

/** Why a decision is malformed for a question scored out of `maxScore`, or null. */
export function checkDecision(d: DecisionInput, maxScore: number): DecisionRefusal | null {
  const comment = (d.comment ?? '').trim();
  const hasScore = d.adjustedScore !== null && d.adjustedScore !== undefined;
  if (d.decision === 'adjusted') {
    if (!hasScore) return 'decision_score_required';
    const s = d.adjustedScore as number;
    if (!Number.isFinite(s) || s < 0 || s > maxScore) return 'decision_score_out_of_range';
    return comment ? null : 'decision_comment_required';
  }
  if (hasScore) return 'decision_score_not_allowed';
  if (d.decision === 'rejected' && !comment) return 'decision_comment_required';
  return null;
}

/** The question's score after a decision, from the score it entered the stage with. */
export function scoreAfterDecision(before: number, d: DecisionInput | undefined): number {
  if (!d || d.decision === 'accepted') return before;
  if (d.decision === 'rejected') return 0;
  return d.adjustedScore ?? before;
}

export interface StageDecision extends DecisionInput {
  stage: VerificationStage;
  questionCode: string;
}

/** Raw per-question scores: self-assessed, then after each stage the worksheet has reached. */
export interface ScoreTrail {
  self: Record<string, number>;
  stages: Partial<Record<VerificationStage, Record<string, number>>>;
}

/**
 * The per-question scores after each stage in `reached` (stages the verifier has started or
 * closed), each starting from the one before.
 */
export function scoreTrail(
  selfScores: Record<string, number>,
  decisions: readonly StageDecision[],
  reached: readonly VerificationStage[],
): ScoreTrail {
  const trail: ScoreTrail = { self: { ...selfScores }, stages: {} };
  let before = selfScores;
  for (const stage of VERIFICATION_STAGES) {
    if (!reached.includes(stage)) break;
    const byCode = new Map<string, DecisionInput>();
    for (const d of decisions) if (d.stage === stage) byCode.set(d.questionCode, d);
    const after: Record<string, number> = {};
    for (const [code, s] of Object.entries(before)) after[code] = scoreAfterDecision(s, byCode.get(code));
    trail.stages[stage] = after;
    before = after;
  }
  return trail;
}

/** The latest scores of a trail: the last stage reached, else self-assessment. */
export function latestScores(trail: ScoreTrail): Record<string, number> {
  for (const stage of [...VERIFICATION_STAGES].reverse()) {
    const s = trail.stages[stage];
    if (s) return s;
  }
  return trail.self;
}

export interface StageTally {
  total: number;
  accepted: number;
  adjusted: number;
  rejected: number;
  undecided: number;
  /** Rejected or adjusted questions the region has not replied to yet. */
  awaitingReply: number;
}

/** The count of a stage's decisions over `questionCodes` (the worksheet's shown questions). */
export function stageTally(
  questionCodes: readonly string[],
  decisions: readonly StageDecision[],
  stage: VerificationStage,
  repliedCodes: ReadonlySet<string> = new Set(),
): StageTally {
  const byCode = new Map<string, Decision>();
  for (const d of decisions) if (d.stage === stage) byCode.set(d.questionCode, d.decision);
  const t: StageTally = {
    total: questionCodes.length,
    accepted: 0,
    adjusted: 0,
    rejected: 0,
    undecided: 0,
    awaitingReply: 0,
  };
  for (const code of questionCodes) {
    const d = byCode.get(code);
    if (!d) t.undecided++;
    else t[d]++;
    if ((d === 'rejected' || d === 'adjusted') && !repliedCodes.has(code)) t.awaitingReply++;
  }
  return t;
}

/** The questions a stage's close accepts on the verifier's behalf (those left undecided). */
export function undecidedAtClose(
  questionCodes: readonly string[],
  decisions: readonly StageDecision[],
  stage: VerificationStage,
): string[] {
  const decided = new Set(decisions.filter((d) => d.stage === stage).map((d) => d.questionCode));
  return questionCodes.filter((c) => !decided.has(c));
}
