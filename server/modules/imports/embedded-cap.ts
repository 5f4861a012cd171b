/**
 * How many values one import may hold on the embedded database (docs/decisions.md, "Import
 * size on the embedded database"). PGlite runs each statement on the server's only thread and
 * holds its one connection for the whole commit transaction, so every other request waits for
 * the merge: about 45 ms of CPU per 1,000 values (bench/pglite-responsiveness.ts). The cap
 * keeps that wait within the 2 s other users may be kept waiting; PostgreSQL has no such limit.
 */
import type { ImportDeps } from './jobs.js';
import type { RowIssue } from './row-check.js';

/** The largest number of values one import may hold here; Infinity without a cap. */
export function importValueCap(deps: ImportDeps): number {
  const max = deps.config.importPgliteMaxValues;
  return deps.database.kind === 'pglite' && max > 0 ? max : Infinity;
}

export function tooLargeForEmbedded(max: number): RowIssue {
  return { column: null, code: 'import_too_large_embedded', params: { max } };
}
