/**
 * The check pass of a batch, in the background: streams the uploaded file row by row, checks
 * each row, writes the valid values to the staging file and records progress, errors and the
 * summary on the batch. Nothing reaches data_values here. Memory stays flat with file size:
 * rows are dropped once checked; only the duplicate detector grows, by 12 bytes a value. Time
 * and memory follow the file's rows and the region's own members, never the product of an
 * indicator's dimensions (catalog.ts, combo-ids.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import { rm } from 'node:fs/promises';
import { canManageRegion } from '../../../domain/access.js';
import { importBatches } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { ImportFileError, openTabularFile, type TabularFile } from '../../lib/import/index.js';
import {
  failBatch,
  reportProgress,
  summaryPatch,
  transition,
  type BatchRow,
  type PreviewRow,
} from './batches.js';
import { CheckCatalog } from './catalog.js';
import { ComboIdWriter } from './combo-ids.js';
import { importValueCap, tooLargeForEmbedded } from './embedded-cap.js';
import { ErrorLog, fileError, MAX_STORED_ERRORS } from './error-log.js';
import {
  batchFiles,
  localUpload,
  removeBatchFiles,
  removeWorkFiles,
  storeRefused,
  storeStaging,
} from './files.js';
import type { ImportDeps, JobControl } from './jobs.js';
import { KeySet } from './key-set.js';
import { isHeaderProblem, mapHeader } from './layout.js';
import { checkRow, type CheckedValue } from './row-check.js';
import { RefusedWriter } from './refused-file.js';
import { compareWithStored, lockedError, lockedRows, withStageTable } from './stage-table.js';
import type { MessageKey } from '../../lib/messages.js';
import { StagingWriter } from './staging.js';

export const PROGRESS_EVERY_ROWS = 5000;
/** Up to this many values the preview compares with stored values before commit. */
export const COMPARE_AT_CHECK_MAX = 200_000;
const PREVIEW_ROWS = 20;
const MAX_LISTED = 200;

interface Tally {
  rows: number;
  valid: number;
  skipped: number;
  values: number;
  bytesSeen: number;
  preview: PreviewRow[];
  indicators: Set<string>;
  periods: Set<string>;
  regions: Set<string>;
}

export async function runCheck(deps: ImportDeps, batch: BatchRow, actor: Actor, control: JobControl) {
  const db = deps.database.db;
  const files = batchFiles(deps, batch.regionCode, batch.id, batch.fileName);
  const started = await transition(db, batch.id, ['uploaded'], 'checking', {
    summary: summaryPatch({ phase: 'reading' }),
  });
  if (!started) return;

  // From a remote store, a local copy: the XLSX reader needs to seek.
  const upload = await localUpload(files);
  let file: TabularFile;
  try {
    file = await openTabularFile(upload.path, batch.fileName);
  } catch (error) {
    await upload.release();
    if (!(error instanceof ImportFileError)) throw error;
    await removeBatchFiles(files);
    await failBatch(db, batch.id, [fileError(error)]);
    return;
  }

  const staging = new StagingWriter(files.staging);
  let refused: RefusedWriter | undefined;
  try {
    const catalog = await CheckCatalog.load(db, actor, batch.regionCode);
    const map = mapHeader(file.header.cells, catalog.dimensionSets, catalog.dimensionNames);
    if (isHeaderProblem(map)) {
      await staging.destroy();
      await removeBatchFiles(files);
      await failBatch(db, batch.id, [{ row: file.header.rowNumber, column: null, ...map }]);
      return;
    }
    await reportProgress(db, batch.id, {
      rowsDone: 0,
      summary: { format: file.format, layout: map.layout, header: file.header.cells.slice(0, 200) },
    });

    const errors = new ErrorLog();
    refused = new RefusedWriter(files.refused, file.header.cells);
    const keys = new KeySet();
    const staged = new ComboIdWriter(db, staging);
    const tally: Tally = {
      rows: 0,
      valid: 0,
      skipped: 0,
      values: 0,
      bytesSeen: 0,
      preview: [],
      indicators: new Set(),
      periods: new Set(),
      regions: new Set(),
    };
    const valueCap = importValueCap(deps);
    // A problem of the whole file (too large here, no values): nothing of it may be committed.
    let fileProblem = false;
    for await (const row of file.rows) {
      tally.rows++;
      // CSV only: the cells' length approximates the bytes read, for a progress estimate.
      for (const c of row.cells) tally.bytesSeen += c.length + 1;
      const result = await checkRow(row, map, catalog);
      const issues = result.issues;
      if (issues.length === 0 && result.values.length === 0) tally.skipped++;
      if (result.values.length) {
        const duplicateOf = result.values
          .map((v) => keys.add(keyOf(v), row.rowNumber))
          .find((first) => first > 0);
        if (duplicateOf) {
          const column = map.value ?? map.sexColumns[0]?.index ?? null;
          issues.push({
            column: column === null ? null : map.names[column],
            code: 'row_duplicate',
            params: { first: duplicateOf },
          });
        } else {
          // Valid rows are staged even after an error: the commit may save them alone (mode "valid").
          await accept(row.rowNumber, result.values, tally, staged);
        }
      }
      if (issues.length) {
        for (const issue of issues) errors.add(row.rowNumber, issue);
        await refused.add(row, issues);
      }
      if (tally.values > valueCap) {
        // Reading on would only delay the answer: the file cannot be committed here.
        errors.add(null, tooLargeForEmbedded(valueCap));
        fileProblem = true;
        break;
      }
      if (tally.rows % PROGRESS_EVERY_ROWS === 0) {
        control.throwIfStopping();
        const estimate =
          file.format === 'csv'
            ? Math.max(tally.rows, Math.round((tally.rows * batch.fileBytes) / tally.bytesSeen))
            : 0;
        await reportProgress(db, batch.id, {
          rowsDone: tally.rows,
          rowsTotal: estimate,
          summary: { rowsEstimated: true },
        });
      }
    }
    if (!fileProblem) await staged.flush();
    await staging.close();
    if (tally.values === 0 && !fileProblem) {
      if (errors.total === 0) errors.add(null, { column: null, code: 'import_no_values', params: {} });
      fileProblem = true;
    }

    let comparison = null;
    let stored: number | null = null;
    if (!fileProblem) {
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
        for (const l of locked)
          errors.add(l.row, { column: l.column, code: l.code as MessageKey, params: l.params });
        await refused.addRefusedLater(locked);
      }
    }
    const hasRefused = await refused.close();

    // A file that cannot be committed at all keeps its report and its refused rows, and drops
    // the rest — before the status says so, so that such a batch never has files left behind.
    // One with refused rows and valid ones may still save the valid ones (mode "valid").
    if (hasRefused) await storeRefused(files);
    const committable = !fileProblem;
    if (committable) await storeStaging(files);
    else await removeWorkFiles(files);
    await db
      .update(importBatches)
      .set({
        status: 'checked',
        rowsTotal: tally.rows,
        rowsDone: tally.rows,
        rowsValid: tally.valid,
        errorCount: errors.total,
        errors: errors.items,
        // A file nothing of which can be saved is done with: it can only be fixed and uploaded again.
        finishedAt: committable ? null : sql`now()`,
        summary: summaryPatch({
          phase: null,
          rowsEstimated: false,
          values: tally.values,
          rowsSkipped: tally.skipped,
          indicators: [...tally.indicators].slice(0, MAX_LISTED),
          periods: [...tally.periods].sort().slice(0, MAX_LISTED),
          stored,
          comparison,
          preview: tally.preview,
          validOnly: committable && errors.total > 0,
          refusedRows: refused.rows,
          refusedFile: hasRefused,
          delimiter: file.format === 'csv' && file.info.delimiter === ',' ? ',' : ';',
        }),
      })
      .where(and(eq(importBatches.id, batch.id), eq(importBatches.status, 'checking')));
  } catch (error) {
    await staging.destroy();
    await refused?.destroy();
    await rm(files.staging, { force: true });
    await rm(files.refused, { force: true });
    if (!(error instanceof ImportFileError)) throw error;
    // Files first: once the batch reads "failed", nothing of it is left on disk.
    await removeBatchFiles(files);
    await failBatch(db, batch.id, [fileError(error)]);
  } finally {
    await file.close();
    await upload.release();
  }
}

function keyOf(v: CheckedValue): string {
  return `${v.regionCode}\u0001${v.indicatorCode}\u0001${v.period}\u0001${v.sex}\u0001${v.comboKey}`;
}

async function accept(row: number, values: CheckedValue[], tally: Tally, staged: ComboIdWriter | null) {
  tally.valid++;
  for (const v of values) {
    tally.values++;
    if (staged) await staged.write(row, v);
    if (tally.preview.length < PREVIEW_ROWS) {
      tally.preview.push({
        row,
        regionCode: v.regionCode,
        indicatorCode: v.indicatorCode,
        period: v.period,
        sex: v.sex,
        members: v.members,
        value: v.value,
        note: v.note,
      });
    }
    tally.indicators.add(v.indicatorCode);
    tally.periods.add(v.period);
    tally.regions.add(v.regionCode);
  }
}

/**
 * The cheap part of the comparison, for files of any size: how many values are already
 * stored for the file's regions, indicators and periods (an upper bound of what may change).
 */
async function storedInScope(deps: ImportDeps, tally: Tally): Promise<number | null> {
  const lists = [tally.regions, tally.indicators, tally.periods];
  if (lists.some((l) => l.size > MAX_LISTED)) return null;
  const result = (await deps.database.db.execute(
    sql`select count(*)::int as n from data_values where region_code in ${[...tally.regions]}
      and indicator_code in ${[...tally.indicators]} and period in ${[...tally.periods]}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0].n;
}
