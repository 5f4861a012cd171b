/**
 * Streaming XLSX rows through exceljs's WorkbookReader: the sheet XML is parsed as it is
 * inflated and each row is dropped after it is yielded, so memory does not grow with the
 * number of rows. What it does hold is the shared-string table (every distinct text of the
 * workbook), hence its own limit, maxSharedStringsBytes.
 *
 * The zip guard runs first and, in the same pass, reads the workbook structure (sheet order,
 * merged ranges). exceljs then reads a re-framed stream of just the vetted parts it needs
 * (see xlsx-feed.ts), never the uploaded file itself.
 */
import ExcelJS from 'exceljs';
import { ImportFileError, type CellIssue } from './errors.js';
import { DEFAULT_READ_LIMITS, NO_ISSUES, type CellKind, type ReadLimits, type XlsxRow } from './types.js';
import { createWorkbookFeed, EMPTY_RELATIONSHIPS, EMPTY_SHARED_STRINGS, type FeedPart } from './xlsx-feed.js';
import { readCell } from './xlsx-values.js';
import {
  createStructureScanner,
  type MergedRange,
  type SheetRef,
  type WorkbookStructure,
} from './xlsx-structure.js';
import { guardZip, type ZipLimits } from './zip-guard.js';

export interface XlsxReadInfo {
  /** The sheet being read, once chosen. */
  sheetName: string | null;
  /** All sheets in workbook order. */
  sheetNames: string[];
}

export interface XlsxReadOptions {
  /** Sheet name (case-insensitive). Default: the first visible sheet. */
  sheet?: string;
  limits?: Partial<ReadLimits>;
  zipLimits?: Partial<ZipLimits>;
  info?: XlsxReadInfo;
}

const MAX_LISTED_MERGES = 10;

/**
 * Yields the non-empty rows of one sheet with their true row numbers. Cell problems (formula
 * errors, formulas without a cached value) come on the row as issues; file problems are thrown
 * as ImportFileError, including merged cells at or below the header (first non-empty) row,
 * which is checked before the header is yielded.
 */
export async function* readXlsxRows(path: string, options: XlsxReadOptions = {}): AsyncGenerator<XlsxRow> {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const scanner = createStructureScanner();
  const { entryNames, sizes } = await guardZip(path, { limits: options.zipLimits, scan: scanner.scan });
  if (!entryNames.includes('[Content_Types].xml') || !entryNames.includes('xl/workbook.xml')) {
    throw new ImportFileError('not_xlsx', 'The file is a zip archive but not an .xlsx workbook');
  }
  const structure = scanner.result();
  const stringsSize = sizes.get(structure.sharedStrings ?? '') ?? 0;
  if (stringsSize > limits.maxSharedStringsBytes) {
    const megabytes = Math.round(limits.maxSharedStringsBytes / 1024 / 1024);
    throw new ImportFileError(
      'shared_strings_too_large',
      `The workbook holds more than ${megabytes} MB of distinct text; split it or save it as CSV`,
    );
  }
  const sheet = pickSheet(structure.sheets, options.sheet);
  if (!entryNames.includes(sheet.path)) {
    throw new ImportFileError('sheet_not_found', `The sheet "${sheet.name}" has no data in the file`, {
      detail: sheet.name,
    });
  }
  if (options.info) {
    options.info.sheetName = sheet.name;
    options.info.sheetNames = structure.sheets.map((s) => s.name);
  }

  const feed = createWorkbookFeed(path, feedParts(structure, sheet, new Set(entryNames)));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(feed, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // number formats tell dates and percentages from plain numbers
    entries: 'ignore',
  });
  try {
    // The feed holds exactly one sheet.
    for await (const worksheet of reader) {
      yield* readSheet(worksheet as AsyncIterable<ExcelJS.Row>, {
        sheetName: sheet.name,
        merges: structure.merges.get(sheet.path) ?? [],
        date1904: structure.date1904,
        limits,
      });
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError('malformed_xlsx', `The workbook could not be read: ${message}`, {
      detail: message,
    });
  } finally {
    feed.destroy();
  }
}

/**
 * The parts exceljs needs, under the names it knows, relationships and shared strings before
 * the sheet (empty ones stand in for missing parts, so exceljs never defers the sheet).
 */
function feedParts(structure: WorkbookStructure, sheet: SheetRef, present: Set<string>): FeedPart[] {
  const rels = 'xl/_rels/workbook.xml.rels';
  const { styles, sharedStrings } = structure;
  return [
    { from: present.has(rels) ? rels : EMPTY_RELATIONSHIPS, as: rels },
    { from: 'xl/workbook.xml', as: 'xl/workbook.xml' },
    ...(styles && present.has(styles) ? [{ from: styles, as: 'xl/styles.xml' }] : []),
    {
      from: sharedStrings && present.has(sharedStrings) ? sharedStrings : EMPTY_SHARED_STRINGS,
      as: 'xl/sharedStrings.xml',
    },
    { from: sheet.path, as: 'xl/worksheets/sheet1.xml' },
  ];
}

function pickSheet(sheets: SheetRef[], wanted: string | undefined): SheetRef {
  const found = wanted
    ? (sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase()))
    : (sheets.find((s) => !s.hidden) ?? sheets[0]);
  if (!found) {
    const names = sheets.map((s) => s.name).join(', ');
    throw new ImportFileError(
      'sheet_not_found',
      `No sheet "${wanted ?? ''}" in the workbook (sheets: ${names})`,
      {
        detail: names,
      },
    );
  }
  return found;
}

interface SheetContext {
  sheetName: string;
  merges: MergedRange[];
  date1904: boolean;
  limits: ReadLimits;
}

async function* readSheet(rows: AsyncIterable<ExcelJS.Row>, context: SheetContext): AsyncGenerator<XlsxRow> {
  const { limits } = context;
  let headerSeen = false;
  for await (const row of rows) {
    const rowNumber = row.number;
    if (!Number.isInteger(rowNumber) || rowNumber < 1) {
      throw new ImportFileError('malformed_xlsx', 'The sheet has rows without a row number');
    }
    const cells: string[] = [];
    const kinds: CellKind[] = [];
    const issues: CellIssue[] = [];
    row.eachCell((cell, column) => {
      const reading = readCell(cell, context.date1904);
      if (reading.kind === 'empty' && !reading.issue) return;
      const at = { row: rowNumber, column };
      if (column > limits.maxColumns) {
        throw new ImportFileError(
          'too_many_columns',
          `Row ${rowNumber} has more than ${limits.maxColumns} columns`,
          at,
        );
      }
      if (reading.text.length > limits.maxCellLength) {
        throw new ImportFileError(
          'cell_too_long',
          `Row ${rowNumber}, column ${column} is longer than ${limits.maxCellLength} characters`,
          at,
        );
      }
      while (cells.length < column) {
        cells.push('');
        kinds.push('empty');
      }
      cells[column - 1] = reading.text;
      kinds[column - 1] = reading.kind;
      if (reading.issue) issues.push({ ...reading.issue, column });
    });
    if (cells.length === 0) continue;
    if (limits.maxRows !== null && rowNumber > limits.maxRows) {
      throw new ImportFileError('too_many_rows', `The sheet has more than ${limits.maxRows} rows`, {
        row: rowNumber,
      });
    }
    if (!headerSeen) {
      headerSeen = true;
      refuseMerges(context.merges, rowNumber);
    }
    yield {
      sheetName: context.sheetName,
      rowNumber,
      cells,
      kinds,
      issues: issues.length ? issues : NO_ISSUES,
    };
  }
}

/** Merged cells at or below the header leave every cell but one empty: refuse, naming them. */
function refuseMerges(merges: MergedRange[], headerRow: number): void {
  const inData = merges.filter((m) => m.bottom >= headerRow).sort((a, b) => a.top - b.top);
  if (inData.length === 0) return;
  const listed = inData.slice(0, MAX_LISTED_MERGES).map((m) => m.ref);
  const more = inData.length > listed.length ? ` and ${inData.length - listed.length} more` : '';
  throw new ImportFileError(
    'merged_cells',
    `The sheet has merged cells (${listed.join(', ')}${more}): unmerge them and fill every cell`,
    { row: inData[0].top, detail: listed.join(', ') },
  );
}
