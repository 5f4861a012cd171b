/**
 * The check pass of a batch, in the background: reads and checks the rows (stage-rows.ts, on a
 * worker thread for a large file), then compares the staged values with the stored ones when
 * the file is small enough, and records the counts, errors and summary on the batch. Nothing
 * reaches data_values here — unless the upload chose "save when clean", whose merge runs while
 * the rows are read and is committed only if none is refused (merge-as-checked.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import { appendFile, rm, writeFile } from 'node:fs/promises';
import { canManageRegion } from '../../../domain/access.js';
import { importBatches } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import {
  failBatch,
  reportProgress,
  summaryPatch,
  transition,
  type BatchRow,
  type BatchSummary,
} from './batches.js';
import { CheckCatalog, dbCatalogSource } from './catalog.js';
import { stageRowsInWorker } from './check-in-worker.js';
import { importValueCap } from './embedded-cap.js';
import { MAX_STORED_ERRORS } from './error-log.js';
import {
  batchFiles,
  localUpload,
  removeBatchFiles,
  removeWorkFiles,
  storeRefused,
  storeStaging,
  type BatchFiles,
} from './files.js';
import type { ImportDeps, JobControl } from './jobs.js';
import { MergeAsChecked, SaveWhenCleanAbandoned, type CommittedPatch } from './merge-as-checked.js';
import { laterRefusedLines } from './refused-file.js';
import { compareWithStored, lockedError, lockedRows, withStageTable } from './stage-table.js';
import { stageRows, type StageOutcome, type StagePorts } from './stage-rows.js';
import { internCombos } from '../values/combos.js';
import type { Db } from '../../db/connection.js';

/** Up to this many values the preview compares with stored values before commit. */
export const COMPARE_AT_CHECK_MAX = 200_000;
const MAX_LISTED = 200;

export async function runCheck(deps: ImportDeps, batch: BatchRow, actor: Actor, control: JobControl) {
  const started = await transition(deps.database.db, batch.id, ['uploaded'], 'checking', {
    summary: summaryPatch({ phase: 'reading' }),
  });
  if (!started) return;
  const files = batchFiles(deps, batch.regionCode, batch.id, batch.fileName);
  // From a remote store, a local copy: the XLSX reader needs to seek.
  const upload = await localUpload(files);
  try {
    const saveWhenClean = Boolean((batch.summary as BatchSummary | null)?.saveWhenClean);
    await checkFile(deps, batch, actor, control, files, upload.path, saveWhenClean);
  } finally {
    await upload.release();
  }
}

async function checkFile(
  deps: ImportDeps,
  batch: BatchRow,
  actor: Actor,
  control: JobControl,
  files: BatchFiles,
  uploadPath: string,
  saveWhenClean: boolean,
): Promise<void> {
  const db = deps.database.db;
  const catalog = await CheckCatalog.load(db, actor, batch.regionCode);
  const merge = saveWhenClean ? await MergeAsChecked.start(deps, batch, actor) : null;
  // While the merge's transaction holds PGlite's one connection, the check's queries go through it.
  const checkDb: Db = merge?.checkDb ?? db;
  const ports: StagePorts = {
    source: dbCatalogSource(checkDb),
    intern: (keys) => internCombos(checkDb, keys),
    progress: (rowsDone, rowsTotal) =>
      reportProgress(checkDb, batch.id, { rowsDone, rowsTotal, summary: { rowsEstimated: true } }),
    throwIfStopping: () => control.throwIfStopping(),
    staged: merge ? (piece) => merge.feed(piece) : undefined,
    refused: merge ? () => merge.abandon() : undefined,
  };
  // Large files are read on a worker thread, which keeps this one free (and on PGlite lets a
  // merge run on it meanwhile); small ones here, where a thread would cost more than it saves.
  const stage = batch.fileBytes >= deps.config.importWorkerMinBytes ? stageRowsInWorker : stageRows;
  let outcome: StageOutcome;
  try {
    outcome = await stage(
      {
        uploadPath,
        fileName: batch.fileName,
        fileBytes: batch.fileBytes,
        stagingPath: files.staging,
        refusedPath: files.refused,
        valueCap: importValueCap(deps),
        catalog: catalog.snapshot,
      },
      ports,
      (summary) => reportProgress(checkDb, batch.id, { rowsDone: 0, summary }),
    );
  } catch (error) {
    await merge?.close();
    await rm(files.staging, { force: true });
    await rm(files.refused, { force: true });
    if (error instanceof SaveWhenCleanAbandoned && error.restartCheck) {
      return checkFile(deps, batch, actor, control, files, uploadPath, false);
    }
    throw error;
  }
  if (outcome.kind !== 'staged') {
    await merge?.close();
    // Files first: once the batch reads "failed", nothing of it is left on disk.
    await removeBatchFiles(files);
    await failBatch(db, batch.id, [outcome.error]);
    return;
  }

  const { tally, errors } = outcome;
  const committable = !outcome.fileProblem;
  const summary: Partial<BatchSummary> = {
    phase: null,
    rowsEstimated: false,
    values: tally.values,
    rowsSkipped: tally.skipped,
    indicators: tally.indicators.slice(0, MAX_LISTED),
    periods: [...tally.periods].sort().slice(0, MAX_LISTED),
    preview: tally.preview,
    refusedFile: outcome.refusedFile,
    delimiter: outcome.delimiter,
  };
  const columns = {
    rowsTotal: tally.rows,
    rowsDone: tally.rows,
    rowsValid: tally.valid,
    errorCount: errors.total,
    errors: errors.items,
  };

  if (merge) {
    if (committable && errors.total === 0) {
      const committed: CommittedPatch = (merged) => ({
        columns,
        summary: {
          ...summary,
          stored: null,
          comparison: {
            new: merged.new,
            changed: merged.changed,
            unchanged: tally.values - merged.new - merged.changed,
            at: 'commit',
          },
          validOnly: false,
          refusedRows: 0,
          committedBy: actor.username,
          commitMode: 'all',
          landingStatus: 'draft',
        },
      });
      try {
        await merge.finish(committed);
        await removeWorkFiles(files);
        return;
      } catch (error) {
        if (!(error instanceof SaveWhenCleanAbandoned)) throw error;
      }
    } else {
      await merge.close();
    }
    // Not saved: on PGlite the combinations the check created went with the transaction.
    if (merge.restartsCheck) return checkFile(deps, batch, actor, control, files, uploadPath, false);
  }

  let comparison = null;
  let stored: number | null = null;
  let refusedRows = outcome.refusedRows;
  let refusedFile = outcome.refusedFile;
  if (committable) {
    stored = await storedInScope(deps, tally);
    if (tally.values <= COMPARE_AT_CHECK_MAX) {
      await reportProgress(db, batch.id, { rowsDone: tally.rows, summary: { phase: 'comparing' } });
      const mayChangeSubmitted = canManageRegion(actor, batch.regionCode);
      const found = await deps.database.withSession((session) =>
        withStageTable(session, batch.id, files.staging, async (table) => ({
          counts: await compareWithStored(session.db, table),
          locked: mayChangeSubmitted ? [] : await lockedRows(session.db, table, MAX_STORED_ERRORS),
        })),
      );
      comparison = { ...found.counts, at: 'check' as const };
      const locked = found.locked.map(lockedError);
      for (const l of locked) {
        columns.errorCount++;
        if (columns.errors.length < MAX_STORED_ERRORS) columns.errors.push(l);
      }
      if (locked.length) {
        // Rows refused after they were read: their lines follow the ones the reading wrote.
        if (!refusedFile) await writeFile(files.refused, `${JSON.stringify({ header: outcome.header })}\n`);
        await appendFile(files.refused, laterRefusedLines(locked));
        refusedRows += locked.length;
        refusedFile = true;
      }
    }
  }

  // A file that cannot be committed at all keeps its report and its refused rows, and drops
  // the rest — before the status says so, so that such a batch never has files left behind.
  // One with refused rows and valid ones may still save the valid ones (mode "valid").
  if (refusedFile) await storeRefused(files);
  if (committable) await storeStaging(files);
  else await removeWorkFiles(files);
  await db
    .update(importBatches)
    .set({
      status: 'checked',
      ...columns,
      // A file nothing of which can be saved is done with: it can only be fixed and uploaded again.
      finishedAt: committable ? null : sql`now()`,
      summary: summaryPatch({
        ...summary,
        stored,
        comparison,
        validOnly: committable && columns.errorCount > 0,
        refusedRows,
        refusedFile,
      }),
    })
    .where(and(eq(importBatches.id, batch.id), eq(importBatches.status, 'checking')));
}

/**
 * The cheap part of the comparison, for files of any size: how many values are already
 * stored for the file's regions, indicators and periods (an upper bound of what may change).
 */
async function storedInScope(
  deps: ImportDeps,
  tally: { regions: string[]; indicators: string[]; periods: string[] },
): Promise<number | null> {
  const lists = [tally.regions, tally.indicators, tally.periods];
  if (lists.some((l) => l.length > MAX_LISTED)) return null;
  const result = (await deps.database.db.execute(
    sql`select count(*)::int as n from data_values where region_code in ${tally.regions}
      and indicator_code in ${tally.indicators} and period in ${tally.periods}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0].n;
}
