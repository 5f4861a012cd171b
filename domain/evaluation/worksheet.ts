/**
 * A region's evaluation worksheet (lembar kerja evaluasi, issue 13) and where it stands:
 *
 *   draft ──submit──▶ submitted ──first decision──▶ verification_administrative
 *   verification_administrative (or submitted) ──close──▶ verification_field ──close──▶ final
 *
 * KemenPPPA runs the evaluation as self-assessment (evaluasi mandiri), administrative
 * verification, field verification and a final result (research-2.md §2.1, Gianyar 2023), so
 * the two verification stages are code and everything else about a cycle (its dates, tiers,
 * instrument) is data. A submitted worksheet is frozen: the region's answers never change
 * again; verifiers only decide (verification.ts).
 */
import { regionLevelOf } from '../region-code.js';
import { selfAssessmentOpen, type StageWindows } from './cycle-stages.js';

export const WORKSHEET_STATUSES = [
  'draft',
  'submitted',
  'verification_administrative',
  'verification_field',
  'final',
] as const;
export type WorksheetStatus = (typeof WORKSHEET_STATUSES)[number];

/** The verification stages, in order. */
export const VERIFICATION_STAGES = ['administrative', 'field'] as const;
export type VerificationStage = (typeof VERIFICATION_STAGES)[number];

/** A worksheet is frozen once submitted, or when the administrator froze it by hand. */
export function isFrozen(status: WorksheetStatus, frozen: boolean): boolean {
  return frozen || status !== 'draft';
}

export type AnswerRefusal = 'worksheet_frozen' | 'answer_window_closed';

/** Why an answer may not be written now (frozen, or outside the cycle's self-assessment window), or null. */
export function checkAnswerWritable(
  w: { status: WorksheetStatus; frozen: boolean },
  windows: StageWindows,
  today: string,
): AnswerRefusal | null {
  if (isFrozen(w.status, w.frozen)) return 'worksheet_frozen';
  return selfAssessmentOpen(windows, today) ? null : 'answer_window_closed';
}

/** The stage a worksheet's verifier is working on, or null when none is (draft, final). */
export function currentStageOf(status: WorksheetStatus): VerificationStage | null {
  if (status === 'submitted' || status === 'verification_administrative') return 'administrative';
  if (status === 'verification_field') return 'field';
  return null;
}

/** The status a worksheet takes when its verifier records the first decision of a stage. */
export function statusWhileVerifying(stage: VerificationStage): WorksheetStatus {
  return stage === 'administrative' ? 'verification_administrative' : 'verification_field';
}

/** The status after closing `stage`. */
export function statusAfterClose(stage: VerificationStage): WorksheetStatus {
  return stage === 'administrative' ? 'verification_field' : 'final';
}

/** Stages already closed for a status (their results are final). */
export function closedStagesOf(status: WorksheetStatus): VerificationStage[] {
  if (status === 'verification_field') return ['administrative'];
  if (status === 'final') return ['administrative', 'field'];
  return [];
}

export type VerifierLevel = 'provinsi' | 'nasional';

/**
 * Who verifies a stage of a region's worksheet: a province is verified nationally at both
 * stages; a kab/kota by its province at the administrative stage, and at the field stage
 * nationally when the cycle says so (else by its province again).
 */
export function verifierLevelOf(
  regionCode: string,
  stage: VerificationStage,
  nationalVerifiesKabkota: boolean,
): VerifierLevel | null {
  const level = regionLevelOf(regionCode);
  if (level === 'provinsi') return 'nasional';
  if (level !== 'kabkota') return null;
  if (stage === 'administrative') return 'provinsi';
  return nationalVerifiesKabkota ? 'nasional' : 'provinsi';
}

export const ANSWER_NOTE_MAX = 4000;
export const ANSWER_TEXT_MAX = 8000;
export const COMMENT_MAX = 2000;
export const REPLY_MAX = 2000;
/** A worksheet answered past this many links per question is refused (a list, not a dump). */
export const MAX_LINKS_PER_ANSWER = 50;
