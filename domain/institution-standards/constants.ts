/**
 * Standardisation of service institutions (issue 12): the lists every side shares — the
 * status of a standard version, how a criterion is scored, the stages a dossier goes through
 * and the decisions that end it. The official LPLPP borang, its scoring and the validity of the
 * status are not public (research.md §6, research-2.md §4), so standards are data
 * (server/db/schema-institution-standards.ts); only the workflow is code.
 */

/** A draft is edited; a published version is frozen (a change is a new version); retired is kept for its dossiers. */
export const STANDARD_VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export type StandardVersionStatus = (typeof STANDARD_VERSION_STATUSES)[number];

/**
 * yes_no: met or not (full or no score); scale: 1..scaleMax (score proportional); number: a
 * count or amount compared with thresholds (the highest threshold reached gives its score).
 */
export const SCORING_KINDS = ['yes_no', 'scale', 'number'] as const;
export type ScoringKind = (typeof SCORING_KINDS)[number];

/**
 * draft: the institution (or DP3A for it) fills the criteria; dp3a_review: submitted, frozen,
 * DP3A reviews each criterion; fixing: DP3A asked for fixes, only those criteria are editable;
 * province_review and national_review: the later stages; decided: ended with an outcome.
 */
export const DOSSIER_STAGES = [
  'draft',
  'dp3a_review',
  'fixing',
  'province_review',
  'national_review',
  'decided',
] as const;
export type DossierStage = (typeof DOSSIER_STAGES)[number];

/** The final decisions (Indonesian terms of the standardisation). */
export const DOSSIER_OUTCOMES = ['terstandar', 'perlu_perbaikan', 'ditolak'] as const;
export type DossierOutcome = (typeof DOSSIER_OUTCOMES)[number];

/** DP3A's review of one criterion; null is not reviewed yet. */
export const CRITERION_REVIEWS = ['accepted', 'needs_fix'] as const;
export type CriterionReview = (typeof CRITERION_REVIEWS)[number];

/** What a dossier's history records. */
export const DOSSIER_ACTIONS = [
  'create',
  'submit',
  'return_for_fix',
  'resubmit',
  'forward',
  'decide',
  'reopen',
  'revoke',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Where a standardisation stands on the public verification page. */
export const STANDING_STATES = ['valid', 'expired', 'revoked', 'unknown'] as const;
export type StandingState = (typeof STANDING_STATES)[number];

/** Days before a standardisation's validity ends that its institution and DP3A are reminded. */
export const VALIDITY_REMINDER_DAYS = [90, 30] as const;

export const STANDARD_CODE_MAX = 40;
export const STANDARD_NAME_MAX = 200;
export const CRITERION_TEXT_MAX = 1000;
export const CRITERION_HELP_MAX = 2000;
export const SOURCE_NOTE_MAX = 4000;
export const ANSWER_NOTE_MAX = 4000;
export const REVIEW_COMMENT_MAX = 2000;
export const DECISION_NUMBER_MAX = 120;
/** A standard of more than this many elements or criteria is refused (a form, not a catalog). */
export const MAX_ELEMENTS = 40;
export const MAX_CRITERIA = 300;
export const MAX_SCALE = 10;
export const MAX_THRESHOLDS = 10;
/** Scores are shown out of 100. */
export const SCORE_FULL = 100;

/** The label every example standard carries wherever it is shown. */
export const EXAMPLE_LABEL = 'CONTOH — bukan standar resmi';

/**
 * The verification code printed in the certificate's QR link: 16 characters of Crockford's
 * base32 (80 random bits), as the training certificates.
 */
export const STANDARD_VERIFICATION_CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;
export function isStandardVerificationCode(code: string): boolean {
  return STANDARD_VERIFICATION_CODE.test(code);
}
