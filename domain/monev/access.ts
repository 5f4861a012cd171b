/**
 * Who may do what with monev reports: pure predicates asked by the server's checks
 * (server/modules/monev) and by the web's buttons, so both agree.
 *
 * - Reading a report: within the actor's OPD scope of the region (an operator sees only their
 *   OPD's; reviewers, pokja, DP3A and provinsi see every OPD's).
 * - Editing figures, submitting, attaching or removing evidence: the OPD's operator or the
 *   region's admin daerah, and only while the report is a draft or returned. A reviewer never
 *   edits figures; a submitted or verified report is locked.
 * - Verifying or returning a submitted report: the region's reviewer (Tim Driver / Bappeda) or
 *   admin daerah (DP3A), or superadmin.
 * - Reopening a verified report (with a reason): DP3A, i.e. the region's admin daerah, or
 *   superadmin.
 * - The region's monev settings (thresholds, deadlines): read by its readers, set by its admin.
 * - The monev dashboard of a kab/kota or a province: whoever reads the region, an operator
 *   limited to their OPD's figures (opdScopeOf), so an operator bound to no OPD sees none.
 */
import {
  canEditOpdData,
  canManageRegion,
  canReadOpdPlanning,
  canReadRegion,
  canReviewPlanning,
  opdScopeOf,
  type AccessActor,
} from '../access.js';
import type { MonevReportStatus } from './constants.js';

/** The facts of a report every rule needs. */
export interface MonevReportFacts {
  regionCode: string;
  opdId: string;
  status: MonevReportStatus;
}

/** Statuses in which the OPD may still change a report. */
export const EDITABLE_MONEV_STATUSES: readonly MonevReportStatus[] = ['draft', 'returned'];

export function isMonevEditable(status: MonevReportStatus): boolean {
  return EDITABLE_MONEV_STATUSES.includes(status);
}

export function canReadMonev(actor: AccessActor, regionCode: string, opdId: string): boolean {
  return canReadOpdPlanning(actor, regionCode, opdId);
}

/** Whether the actor may write an OPD's monev figures at all (before a report's status is known). */
export function canWriteMonevOf(actor: AccessActor, regionCode: string, opdId: string): boolean {
  return canEditOpdData(actor, regionCode, opdId);
}

/** Changing figures, text and evidence of a report, and submitting it. */
export function canEditMonev(actor: AccessActor, report: MonevReportFacts): boolean {
  return isMonevEditable(report.status) && canWriteMonevOf(actor, report.regionCode, report.opdId);
}

export function canSubmitMonev(actor: AccessActor, report: MonevReportFacts): boolean {
  return canEditMonev(actor, report);
}

/** Who verifies or returns a region's submitted reports (the status check is the caller's). */
export function canReviewMonevIn(actor: AccessActor, regionCode: string): boolean {
  return canReviewPlanning(actor, regionCode);
}

export function canReviewMonev(actor: AccessActor, report: MonevReportFacts): boolean {
  return report.status === 'submitted' && canReviewMonevIn(actor, report.regionCode);
}

/** Who reopens a region's verified reports (DP3A). */
export function canReopenMonevIn(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

export function canReopenMonev(actor: AccessActor, report: MonevReportFacts): boolean {
  return report.status === 'verified' && canReopenMonevIn(actor, report.regionCode);
}

export function canReadMonevSettings(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

export function canManageMonevSettings(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/**
 * The yearly result (Hasil Pengendalian dan Evaluasi) and its scoring configuration. Its readers
 * are the region's readers (DP3A, Bappeda/reviewer, pokja, provinsi above it, superadmin); an
 * operator gets their own OPD's row with its rank, as the Rakor announces it, but not the other
 * OPDs' rows, nor the region-wide Rakor documents. Only the region's admin (DP3A) sets the
 * criteria, weights and grade bands.
 */
export function canReadMonevResults(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

/** Every OPD's row and the region-wide documents for the Rakor. */
export function canReadAllMonevResults(actor: AccessActor, regionCode: string): boolean {
  return opdScopeOf(actor, regionCode).kind === 'all';
}

export function canManageMonevScoring(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/** Reading a region's monev dashboard (the server then limits an operator to their OPD). */
export function canReadMonevDashboard(actor: AccessActor, regionCode: string): boolean {
  return opdScopeOf(actor, regionCode).kind !== 'none';
}
