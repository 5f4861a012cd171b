/**
 * The stages of a standardisation dossier and who moves it (issue 12):
 *
 *   draft ──submit──▶ dp3a_review ──return_for_fix──▶ fixing ──resubmit──▶ dp3a_review
 *   dp3a_review (every criterion accepted) ──forward──▶ province_review
 *   province_review ──forward (the standard asks for the national level)──▶ national_review
 *   the last review stage ──decide──▶ decided (terstandar / perlu_perbaikan / ditolak)
 *   decided (perlu_perbaikan, or a terstandar that expired or was revoked) ──reopen──▶ draft
 *
 * A submitted dossier is frozen: in `fixing` only the criteria DP3A marked needs_fix may change,
 * and nothing may in the review stages. Pure: the server asks these before writing and the web
 * before showing a button.
 */
import type { CriterionReview, DossierOutcome, DossierStage } from './constants.js';

export interface DossierFacts {
  stage: DossierStage;
  outcome: DossierOutcome | null;
  /** Whether the standard's national level reviews after the province. */
  nationalReview: boolean;
}

/** Whether the filler may change a criterion's answer, note and files. */
export function canEditCriterion(stage: DossierStage, review: CriterionReview | null): boolean {
  if (stage === 'draft') return true;
  return stage === 'fixing' && review === 'needs_fix';
}

/** The stage a submit leads to, or null when the dossier is not at a stage that submits. */
export function submitTarget(stage: DossierStage): 'dp3a_review' | null {
  return stage === 'draft' || stage === 'fixing' ? 'dp3a_review' : null;
}

/** DP3A may set each criterion's review only while the dossier is with them. */
export function canReviewCriteria(stage: DossierStage): boolean {
  return stage === 'dp3a_review';
}

export interface ReviewTally {
  total: number;
  accepted: number;
  needsFix: number;
}

export type StageRefusal =
  'dossier_wrong_stage' | 'dossier_not_all_reviewed' | 'dossier_nothing_to_fix' | 'dossier_has_fixes';

/** DP3A sends the dossier back: only from their review, once every criterion is reviewed and one needs fixing. */
export function checkReturnForFix(stage: DossierStage, t: ReviewTally): StageRefusal | null {
  if (stage !== 'dp3a_review') return 'dossier_wrong_stage';
  if (t.accepted + t.needsFix < t.total) return 'dossier_not_all_reviewed';
  return t.needsFix === 0 ? 'dossier_nothing_to_fix' : null;
}

/** The stage after a review stage, or null when that stage is the last (it decides). */
export function nextReviewStage(d: DossierFacts): 'province_review' | 'national_review' | null {
  if (d.stage === 'dp3a_review') return 'province_review';
  if (d.stage === 'province_review' && d.nationalReview) return 'national_review';
  return null;
}

/** Forwarding to the next stage: DP3A once every criterion is accepted; the province when the national level follows. */
export function checkForward(d: DossierFacts, t: ReviewTally): StageRefusal | null {
  if (d.stage === 'dp3a_review') {
    if (t.needsFix > 0) return 'dossier_has_fixes';
    return t.accepted < t.total ? 'dossier_not_all_reviewed' : null;
  }
  return nextReviewStage(d) ? null : 'dossier_wrong_stage';
}

/** The stage that decides: national when the standard says so, else the province. */
export function decidingStage(nationalReview: boolean): 'province_review' | 'national_review' {
  return nationalReview ? 'national_review' : 'province_review';
}

export function checkDecide(d: DossierFacts): StageRefusal | null {
  return d.stage === decidingStage(d.nationalReview) ? null : 'dossier_wrong_stage';
}

/**
 * A decided dossier starts a new round (back to draft, answers kept, reviews cleared) when it
 * needs fixing, or when its standardisation lapsed or was revoked; a rejection is final.
 */
export function canReopen(d: DossierFacts, lapsed: boolean): boolean {
  if (d.stage !== 'decided') return false;
  if (d.outcome === 'perlu_perbaikan') return true;
  return d.outcome === 'terstandar' && lapsed;
}

/** The registry's status (domain/institutions/standing.ts) a dossier's stage and outcome give. */
export function registryStatusOf(
  stage: DossierStage,
  outcome: DossierOutcome | null,
): 'proses' | 'terstandar' | 'perlu_perbaikan' | 'ditolak' {
  if (stage === 'decided' && outcome) return outcome;
  return 'proses';
}
