/**
 * The home page's "what is waiting for me": which kinds of task an actor is shown in a region,
 * decided by the access predicates (domain/access.ts) rather than by role names, so a
 * superadmin who opens a kab/kota sees what its DP3A sees and an operator only their OPD's.
 * The server counts only the kinds listed here; the web links each kind to the page that
 * resolves it and shows the counts as menu badges.
 */
import {
  canEditOpdData,
  canImport,
  canReviewPlanning,
  canVerifyData,
  opdScopeOf,
  readsEveryOpd,
  type AccessActor,
} from './access.js';
import { daysUntil } from './deadlines.js';
import { canReviewMonevIn, canWriteMonevOf } from './monev/access.js';
import type { Quarter } from './monev/constants.js';
import { canActAtStage } from './institution-standards/access.js';

export const HOME_TASK_KINDS = [
  /** Draft values of the operator's OPD, waiting to be submitted. */
  'values_to_submit',
  /** Periods whose values DP3A returned to the operator's OPD with a comment. */
  'values_returned',
  /** The operator's OPD's GAP documents sent back for revision. */
  'gaps_returned',
  /** Submitted OPD × period value sets waiting for verification. */
  'submissions_to_verify',
  /** OPDs with assigned indicators that have not submitted the data year's values. */
  'opds_behind',
  /** Imports checked but not yet committed (the uploader's own, or every one for an admin). */
  'imports_waiting',
  /** Submitted GAP documents waiting for a reviewer's decision. */
  'gaps_to_review',
  /** Quarterly monev reports of the operator's OPD not yet submitted, their deadline ahead (monevQuarterState). */
  'monev_due',
  /** Quarterly monev reports of the operator's OPD not submitted by the region's deadline. */
  'monev_overdue',
  /** The operator's OPD's monev reports the reviewer returned with comments. */
  'monev_returned',
  /** Submitted monev reports waiting for the reviewer's verification. */
  'monev_to_verify',
  /** OPDs with a gender-responsive sub-kegiatan whose report for a quarter past its deadline is missing. */
  'monev_opds_missing',
  /** Follow-ups of meetings owned by the operator's OPD, not yet done (domain/follow-ups). */
  'follow_ups_open',
  /** Standardisation dossiers of service institutions waiting at the stage the caller reviews (DP3A, province). */
  'dossiers_to_review',
] as const;
export type HomeTaskKind = (typeof HOME_TASK_KINDS)[number];

/**
 * The task kinds `actor` is shown in `regionCode`. Someone who works for one OPD gets that
 * OPD's to-dos; whoever verifies the region's data gets the verification queue and the OPDs
 * behind; reviewers of PPRG get the GAP queue; importers their waiting imports. Readers
 * (pokja, provinsi) get no task, only the region's progress.
 */
export function homeTaskKinds(actor: AccessActor, regionCode: string): HomeTaskKind[] {
  const kinds: HomeTaskKind[] = [];
  const scope = opdScopeOf(actor, regionCode);
  if (scope.kind === 'opd' && canEditOpdData(actor, regionCode, scope.opdId)) {
    kinds.push('values_to_submit', 'values_returned', 'gaps_returned');
  }
  if (canVerifyData(actor, regionCode)) kinds.push('submissions_to_verify', 'opds_behind');
  if (canImport(actor, regionCode)) kinds.push('imports_waiting');
  if (canReviewPlanning(actor, regionCode)) kinds.push('gaps_to_review');
  if (scope.kind === 'opd' && canWriteMonevOf(actor, regionCode, scope.opdId)) {
    kinds.push('monev_due', 'monev_overdue', 'monev_returned');
  }
  if (canReviewMonevIn(actor, regionCode)) kinds.push('monev_to_verify', 'monev_opds_missing');
  if (scope.kind === 'opd') kinds.push('follow_ups_open');
  if (canActAtStage(actor, 'dp3a_review', regionCode) || canActAtStage(actor, 'province_review', regionCode))
    kinds.push('dossiers_to_review');
  return kinds;
}

/**
 * How long after its deadline an unsubmitted quarter stays on the home page: a year, by which
 * the region has held its Rakor PUG on that budget year and moved on (the monev list still
 * flags the report late). It also bounds the home's work to about a year of sub-kegiatan.
 */
export const MONEV_TASK_WINDOW_DAYS = 365;

/**
 * Where a quarter's report that has not been submitted stands on `today` (ISO dates, the
 * Indonesian calendar day): not asked for before the quarter begins, due from its first day
 * through the region's deadline, overdue after it — the same day rule as the report's "late"
 * flag (domain/monev/flags.ts) — until MONEV_TASK_WINDOW_DAYS have passed. A report once
 * submitted (even if returned since) is neither.
 */
export function monevQuarterState(
  today: string,
  year: number,
  quarter: Quarter,
  deadline: string,
): 'due' | 'overdue' | null {
  const start = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  if (today < start || daysUntil(today, deadline) < -MONEV_TASK_WINDOW_DAYS) return null;
  return today > deadline ? 'overdue' : 'due';
}

/** Whether the home page shows the region's progress by OPD (whoever follows every OPD). */
export function seesRegionProgress(actor: AccessActor, regionCode: string): boolean {
  return readsEveryOpd(actor, regionCode);
}

/**
 * An OPD's state for the data year, from its values' counts: nothing entered, drafts only
 * (or some drafts left), everything submitted, or everything verified. "Behind" is the first
 * two: the OPD still owes DP3A a submission.
 */
export const OPD_PROGRESS_STATES = ['no_values', 'draft', 'submitted', 'verified'] as const;
export type OpdProgressState = (typeof OPD_PROGRESS_STATES)[number];

export function opdProgressState(c: {
  draft: number;
  submitted: number;
  verified: number;
}): OpdProgressState {
  if (c.draft + c.submitted + c.verified === 0) return 'no_values';
  if (c.draft > 0) return 'draft';
  if (c.submitted > 0) return 'submitted';
  return 'verified';
}

export function isBehind(state: OpdProgressState): boolean {
  return state === 'no_values' || state === 'draft';
}

/**
 * A share in percent with one decimal, rounded half up; null when there is nothing to share
 * (no assigned cell, no budget), which the board shows as "—" rather than 0 %.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const capped = Math.min(part, whole);
  return Math.round((capped * 1000) / whole) / 10;
}
