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
