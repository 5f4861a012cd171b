/**
 * The commit of a checked batch, in the background: the staging file (the rows without errors)
 * is loaded by COPY into a temp table, then one transaction writes the history of changed
 * values, merges the values in the chosen landing status, marks the batch committed and records
 * the audit entries. Mode "all" is all or nothing (the file had no errors; a value an operator
 * may not change fails it); mode "valid" saves the rows without errors and adds such values to
 * the refused rows. Any failure rolls the whole transaction back; the batch is then failed
 * with its reason and nothing is stored.
 */
import { and, eq, sql } from 'drizzle-orm';
import { canManageRegion } from '../../../domain/access.js';
import { importBatches } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import type { ImportCommitMode, ImportLandingStatus } from '../../../domain/import-batch.js';
import { readAll } from '../../lib/file-store/index.js';
import {
  failBatch,
  reportProgress,
  summaryPatch,
  type BatchRow,
  type BatchSummary,
  type StoredError,
} from './batches.js';
import { MAX_STORED_ERRORS } from './error-log.js';
import { batchFiles, localStaging, removeBatchFiles, removeWorkFiles, type BatchFiles } from './files.js';
import type { ImportDeps } from './jobs.js';
import { laterRefusedLines } from './refused-file.js';
import {
  dropLockedRows,
  lockedError,
  lockedRows,
  logLandingSteps,
  mergeIntoValues,
  withStageTable,
} from './stage-table.js';

/** Thrown inside the transaction to roll it back with row errors to show. */
class RefusedRows extends Error {
  constructor(readonly errors: StoredError[]) {
    super('import refused');
  }
}

export interface CommitChoice {
  mode: ImportCommitMode;
  landingStatus: ImportLandingStatus;
}

export async function runCommit(
  deps: ImportDeps,
  batch: BatchRow,
  actor: Actor,
  choice: CommitChoice = { mode: 'all', landingStatus: 'draft' },
): Promise<void> {
  const db = deps.database.db;
  const files = batchFiles(deps, batch.regionCode, batch.id, batch.fileName);
  // The checked rows may have been written by another server: fetched from a remote store.
  const staging = await localStaging(files);
  const mayChangeSubmitted = canManageRegion(actor, batch.regionCode);
  const landing = choice.landingStatus;
  let failed = false;
  try {
    await deps.database.withSession((session) =>
      withStageTable(session, batch.id, staging.path, async (table, loaded) => {
        await reportProgress(db, batch.id, { rowsDone: loaded, summary: { phase: 'merging' } });
        await session.db.transaction(async (tx) => {
          let refusedNow: StoredError[] = [];
          if (!mayChangeSubmitted) {
            if (choice.mode === 'valid') {
              // Refused here rather than failing the whole file; the rest is saved.
              refusedNow = (await dropLockedRows(tx, table)).map(lockedError);
            } else {
              const locked = await lockedRows(tx, table, MAX_STORED_ERRORS);
              if (locked.length) throw new RefusedRows(locked.map(lockedError));
            }
          }
          const merged = await mergeIntoValues(tx, table, batch.id, actor.userId, landing);
          const saved = loaded - refusedNow.length;
          // The check may have found (and reported) some of them already.
          const known = new Set(
            ((batch.errors ?? []) as StoredError[])
              .filter((e) => e.code === 'row_value_locked')
              .map((e) => `${e.row}|${e.params.sex}`),
          );
          refusedNow = refusedNow.filter((e) => !known.has(`${e.row}|${e.params.sex}`));
          const comparison = {
            new: merged.new,
            changed: merged.changed,
            unchanged: saved - merged.new - merged.changed,
            at: 'commit' as const,
          };
          const steps = landing === 'draft' ? 0 : await logLandingSteps(tx, table, landing, actor.userId);
          const summary = (batch.summary ?? {}) as BatchSummary;
          const [done] = await tx
            .update(importBatches)
            .set({
              status: 'committed',
              finishedAt: sql`now()`,
              ...(refusedNow.length
                ? {
                    errors: [...((batch.errors ?? []) as StoredError[]), ...refusedNow].slice(
                      0,
                      MAX_STORED_ERRORS,
                    ),
                    errorCount: batch.errorCount + refusedNow.length,
                  }
                : {}),
              summary: summaryPatch({
                phase: null,
                comparison,
                committedBy: actor.username,
                commitMode: choice.mode,
                landingStatus: landing,
                refusedRows: (summary.refusedRows ?? 0) + refusedNow.length,
                refusedFile: Boolean(summary.refusedFile) || refusedNow.length > 0,
              }),
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
            after: {
              fileName: batch.fileName,
              values: saved,
              ...comparison,
              history: merged.history,
              mode: choice.mode,
              landingStatus: landing,
              refusedRows: (summary.refusedRows ?? 0) + refusedNow.length,
            },
          });
          if (landing !== 'draft') {
            // The review step the import stands for, as the values review records its own
            // (entity data_review): "verified by import", with what it moved.
            await recordAudit(tx, subjectOf(actor), {
              action: 'update',
              entity: 'data_review',
              entityId: `import/${batch.id}`,
              regionCode: batch.regionCode,
              after: {
                step: landing === 'verified' ? 'verify' : 'submit',
                via: 'import',
                batchId: batch.id,
                values: merged.new + merged.changed + merged.promoted,
                new: merged.new,
                changed: merged.changed,
                promoted: merged.promoted,
                reviewSteps: steps,
              },
            });
          }
          // Last, so a rollback leaves the stored file as it was.
          if (refusedNow.length) await appendRefused(files, summary, refusedNow);
        });
      }),
    );
  } catch (error) {
    if (!(error instanceof RefusedRows)) throw error;
    await failBatch(db, batch.id, error.errors);
    failed = true;
  } finally {
    await staging.release();
  }
  // A failed batch keeps nothing; a committed one keeps its refused rows to download.
  await (failed ? removeBatchFiles(files) : removeWorkFiles(files));
}

/** Adds the rows the commit refused to the stored refused-rows file (creating it if none). */
async function appendRefused(files: BatchFiles, summary: BatchSummary, errors: StoredError[]) {
  const existing = summary.refusedFile ? await readAll(files.store, files.refusedKey) : null;
  const head = existing ?? Buffer.from(`${JSON.stringify({ header: summary.header ?? [] })}\n`);
  await files.store.put(files.refusedKey, Buffer.concat([head, Buffer.from(laterRefusedLines(errors))]), {
    contentType: 'application/x-ndjson',
  });
}
