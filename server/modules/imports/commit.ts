/**
 * The commit of a checked batch, in the background and all or nothing: the staging file is
 * loaded by COPY into a temp table, then one transaction writes the history of changed values,
 * merges the values, marks the batch committed and records one audit entry. Any failure rolls
 * the whole transaction back; the batch is then failed with its reason and nothing is stored.
 */
import { and, eq, sql } from 'drizzle-orm';
import { canManageRegion } from '../../../domain/access.js';
import { importBatches } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { failBatch, reportProgress, summaryPatch, type BatchRow, type StoredError } from './batches.js';
import { MAX_STORED_ERRORS } from './error-log.js';
import { batchFiles, localStaging, removeBatchFiles } from './files.js';
import type { ImportDeps } from './jobs.js';
import { lockedRows, mergeIntoValues, withStageTable } from './stage-table.js';

/** Thrown inside the transaction to roll it back with row errors to show. */
class RefusedRows extends Error {
  constructor(readonly errors: StoredError[]) {
    super('import refused');
  }
}

export async function runCommit(deps: ImportDeps, batch: BatchRow, actor: Actor): Promise<void> {
  const db = deps.database.db;
  const files = batchFiles(deps, batch.regionCode, batch.id, batch.fileName);
  // The checked rows may have been written by another server: fetched from a remote store.
  const staging = await localStaging(files);
  const mayChangeSubmitted = canManageRegion(actor, batch.regionCode);
  try {
    await deps.database.withSession((session) =>
      withStageTable(session, batch.id, staging.path, async (table, loaded) => {
        await reportProgress(db, batch.id, { rowsDone: loaded, summary: { phase: 'merging' } });
        await session.db.transaction(async (tx) => {
          if (!mayChangeSubmitted) {
            const locked = await lockedRows(tx, table, MAX_STORED_ERRORS);
            if (locked.length) {
              throw new RefusedRows(
                locked.map((l) => ({
                  row: l.row_no,
                  column: null,
                  code: 'row_value_locked',
                  params: { code: l.indicator_code, period: l.period, sex: l.sex },
                })),
              );
            }
          }
          const merged = await mergeIntoValues(tx, table, batch.id, actor.userId);
          const comparison = {
            new: merged.new,
            changed: merged.changed,
            unchanged: loaded - merged.new - merged.changed,
            at: 'commit' as const,
          };
          const [done] = await tx
            .update(importBatches)
            .set({
              status: 'committed',
              finishedAt: sql`now()`,
              summary: summaryPatch({ phase: null, comparison, committedBy: actor.username }),
            })
            .where(and(eq(importBatches.id, batch.id), eq(importBatches.status, 'committing')))
            .returning({ id: importBatches.id });
          // Failed by a sweep meanwhile (it thought this server dead): keep its verdict.
          if (!done)
            throw new RefusedRows([{ row: null, column: null, code: 'import_interrupted', params: {} }]);
          await recordAudit(tx, subjectOf(actor), {
            action: 'update',
            entity: 'import_batch',
            entityId: String(batch.id),
            regionCode: batch.regionCode,
            after: { fileName: batch.fileName, values: loaded, ...comparison, history: merged.history },
          });
        });
      }),
    );
  } catch (error) {
    if (!(error instanceof RefusedRows)) throw error;
    await failBatch(db, batch.id, error.errors);
  } finally {
    await staging.release();
  }
  await removeBatchFiles(files);
}
