/**
 * The reading half of an import's check: opens the upload, maps its header, checks every row
 * and writes the valid values to the staging file and the refused rows to theirs. It touches
 * no database: what it needs from one (indicators and members as rows bring them, combination
 * ids, progress) goes through `ports`, so the same code runs on the server's thread for a
 * small file and on a worker thread for a large one (check-in-worker.ts), where it leaves the
 * server's thread free — and, when the file is to be saved as soon as it is clean, lets the
 * merge run on that thread while the rows are read (merge-as-checked.ts).
 */
import {
  ImportFileError,
  openTabularFile,
  type TabularFile,
  type TabularRow,
} from '../../lib/import/index.js';
import type { StoredError } from './batches.js';
import { CheckCatalog, type CatalogSnapshot, type CatalogSource } from './catalog.js';
import { ComboIdWriter, type InternCombos } from './combo-ids.js';
import { tooLargeForEmbedded } from './embedded-cap.js';
import { ErrorLog, fileError } from './error-log.js';
import { KeySet } from './key-set.js';
import { isHeaderProblem, mapHeader, type ColumnMap } from './layout.js';
import { RefusedWriter } from './refused-file.js';
import { checkRow, type CheckedValue, type RowIssue } from './row-check.js';
import { StagingWriter, type StagedPiece } from './staging.js';
import type { PreviewRow } from './batches.js';

export const PROGRESS_EVERY_ROWS = 5000;
const PREVIEW_ROWS = 20;

export interface StageInput {
  uploadPath: string;
  fileName: string;
  fileBytes: number;
  stagingPath: string;
  refusedPath: string;
  /** Values beyond this cannot be committed here (embedded database, embedded-cap.ts). */
  valueCap: number;
  catalog: CatalogSnapshot;
}

export interface StagePorts {
  source: CatalogSource;
  intern: InternCombos;
  /** Rows read so far and the estimated total (CSV: from the bytes read; 0 when unknown). */
  progress(rowsDone: number, rowsTotal: number): Promise<void>;
  /** Throws to stop between rows (server shutting down). */
  throwIfStopping(): void;
  /** Each piece of staged values as it is written, for a merge that runs while rows are read. */
  staged?(piece: StagedPiece): Promise<void>;
  /** Called once, at the first refused row: a merge running alongside can stop. */
  refused?(): void;
}

export interface StagedTally {
  rows: number;
  valid: number;
  skipped: number;
  values: number;
  preview: PreviewRow[];
  indicators: string[];
  periods: string[];
  regions: string[];
}

export type StageOutcome =
  | { kind: 'file_error'; error: StoredError }
  | { kind: 'header_problem'; error: StoredError }
  | {
      kind: 'staged';
      format: 'csv' | 'xlsx';
      layout: ColumnMap['layout'];
      header: string[];
      delimiter: ',' | ';';
      tally: StagedTally;
      errors: { items: StoredError[]; total: number };
      refusedRows: number;
      /** Whether the refused-rows file was written (it is closed). */
      refusedFile: boolean;
      /** Too large here, or no values: nothing of the file may be committed. */
      fileProblem: boolean;
    };

/** Answers the header found, before the rows are read (the batch shows it while checking). */
export type HeaderSeen = (summary: {
  format: 'csv' | 'xlsx';
  layout: ColumnMap['layout'];
  header: string[];
}) => Promise<void>;

export async function stageRows(
  input: StageInput,
  ports: StagePorts,
  headerSeen: HeaderSeen,
): Promise<StageOutcome> {
  let file: TabularFile;
  try {
    file = await openTabularFile(input.uploadPath, input.fileName);
  } catch (error) {
    if (error instanceof ImportFileError) return { kind: 'file_error', error: fileError(error) };
    throw error;
  }
  const staging = new StagingWriter(input.stagingPath, ports.staged);
  let refused: RefusedWriter | undefined;
  try {
    const catalog = new CheckCatalog(input.catalog, ports.source);
    const map = mapHeader(file.header.cells, catalog.dimensionSets, catalog.dimensionNames);
    if (isHeaderProblem(map)) {
      await staging.destroy();
      return { kind: 'header_problem', error: { row: file.header.rowNumber, column: null, ...map } };
    }
    await headerSeen({ format: file.format, layout: map.layout, header: file.header.cells.slice(0, 200) });
    refused = new RefusedWriter(input.refusedPath, file.header.cells);
    const outcome = await readRows(file, map, catalog, input, ports, staging, refused);
    return {
      kind: 'staged',
      format: file.format,
      layout: map.layout,
      header: file.header.cells.slice(0, 200),
      delimiter: file.format === 'csv' && file.info.delimiter === ',' ? ',' : ';',
      ...outcome,
      refusedRows: refused.rows,
      refusedFile: await refused.close(),
    };
  } catch (error) {
    await staging.destroy();
    await refused?.destroy();
    if (error instanceof ImportFileError) return { kind: 'file_error', error: fileError(error) };
    throw error;
  } finally {
    await file.close();
  }
}

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

async function readRows(
  file: TabularFile,
  map: ColumnMap,
  catalog: CheckCatalog,
  input: StageInput,
  ports: StagePorts,
  staging: StagingWriter,
  refused: RefusedWriter,
) {
  const errors = new ErrorLog();
  const keys = new KeySet();
  const staged = new ComboIdWriter(ports.intern, staging);
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
  let fileProblem = false;
  const refuse = async (row: TabularRow, issues: RowIssue[]) => {
    if (refused.rows === 0) ports.refused?.();
    for (const issue of issues) errors.add(row.rowNumber, issue);
    await refused.add(row, issues);
  };
  for await (const row of file.rows) {
    tally.rows++;
    // CSV only: the cells' length approximates the bytes read, for a progress estimate.
    for (const c of row.cells) tally.bytesSeen += c.length + 1;
    const result = await checkRow(row, map, catalog);
    const issues = result.issues;
    if (issues.length === 0 && result.values.length === 0) tally.skipped++;
    if (result.values.length) {
      const duplicateOf = firstDuplicate(keys, result.values, row.rowNumber);
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
    if (issues.length) await refuse(row, issues);
    if (tally.values > input.valueCap) {
      // Reading on would only delay the answer: the file cannot be committed here.
      errors.add(null, tooLargeForEmbedded(input.valueCap));
      ports.refused?.();
      fileProblem = true;
      break;
    }
    if (tally.rows % PROGRESS_EVERY_ROWS === 0) {
      ports.throwIfStopping();
      const estimate =
        file.format === 'csv'
          ? Math.max(tally.rows, Math.round((tally.rows * input.fileBytes) / tally.bytesSeen))
          : 0;
      await ports.progress(tally.rows, estimate);
    }
  }
  if (!fileProblem) await staged.flush();
  await staging.close();
  if (tally.values === 0 && !fileProblem) {
    if (errors.total === 0) errors.add(null, { column: null, code: 'import_no_values', params: {} });
    ports.refused?.();
    fileProblem = true;
  }
  return {
    tally: {
      rows: tally.rows,
      valid: tally.valid,
      skipped: tally.skipped,
      values: tally.values,
      preview: tally.preview,
      indicators: [...tally.indicators],
      periods: [...tally.periods],
      regions: [...tally.regions],
    },
    errors: { items: errors.items, total: errors.total },
    fileProblem,
  };
}

/** Adds the row's value keys; answers the earlier row holding one of them, or 0. */
function firstDuplicate(keys: KeySet, values: CheckedValue[], rowNumber: number): number {
  let first = 0;
  for (const v of values) {
    const earlier = keys.add(keyOf(v), rowNumber);
    if (first === 0) first = earlier;
  }
  return first;
}

function keyOf(v: CheckedValue): string {
  return `${v.regionCode}\u0001${v.indicatorCode}\u0001${v.period}\u0001${v.sex}\u0001${v.comboKey}`;
}

async function accept(row: number, values: CheckedValue[], tally: Tally, staged: ComboIdWriter) {
  tally.valid++;
  for (const v of values) {
    tally.values++;
    await staged.write(row, v);
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
