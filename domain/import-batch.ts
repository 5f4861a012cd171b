/**
 * The life of a data import (server/modules/imports): uploaded, then checked in the
 * background, then committed on request in the background; failed when a job could not finish.
 */
export const IMPORT_STATUSES = [
  'uploaded',
  'checking',
  'checked',
  'committing',
  'committed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A background job is working on the import: the server keeps its heartbeat, the page polls it. */
export const ACTIVE_IMPORT_STATUSES: readonly ImportStatus[] = ['uploaded', 'checking', 'committing'];

/** Where a running job is: waiting for a worker, reading the file, comparing with stored values, staging, merging. */
export const IMPORT_PHASES = ['queued', 'reading', 'comparing', 'staging', 'merging'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/**
 * How a checked import is saved: `all` (the default) stores every row or none, and is refused
 * while the file has any error; `valid` stores the rows without errors and leaves the refused
 * ones in a file to download, fix and upload again.
 */
export const IMPORT_COMMIT_MODES = ['all', 'valid'] as const;
export type ImportCommitMode = (typeof IMPORT_COMMIT_MODES)[number];

/**
 * The review status the imported values land in (the values' own statuses, decision 12).
 * `draft` is today's behaviour and the only one for an operator; the region's DP3A importing
 * on behalf of its OPDs may land them submitted, or verified, which is a verification and is
 * recorded as one (a data_review step and audit entry per import).
 */
export const IMPORT_LANDING_STATUSES = ['draft', 'submitted', 'verified'] as const;
export type ImportLandingStatus = (typeof IMPORT_LANDING_STATUSES)[number];

/** draft < submitted < verified: an unchanged value is moved forward to the landing status, never back. */
export function landingRank(status: string): number {
  return Math.max(0, (IMPORT_LANDING_STATUSES as readonly string[]).indexOf(status));
}
