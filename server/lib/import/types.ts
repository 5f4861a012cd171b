import type { CellIssue } from './errors.js';

/**
 * How the file typed a cell. CSV has no types: its non-empty cells are all 'text'. XLSX numeric
 * cells are 'number' and already canonical (`1.234` means one point two three four), so they
 * must not be re-read with the Indonesian rule of domain/number-parse.ts; see cellDecimal().
 */
export type CellKind = 'empty' | 'text' | 'number' | 'date' | 'boolean';

export interface TabularRow {
  /** 1-based row in the file, counting empty rows that were skipped (header = first row). */
  rowNumber: number;
  /** Cell texts, first column at index 0. May be shorter than the header: missing = ''. */
  cells: string[];
  /** Parallel to `cells`. */
  kinds: CellKind[];
  /** Cells that could not be read; their text in `cells` is ''. */
  issues: readonly CellIssue[];
}

export interface XlsxRow extends TabularRow {
  sheetName: string;
}

export interface ReadLimits {
  /** A row with a non-empty cell beyond this column is refused; empty ones there are dropped. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellLength: number;
  /** Highest accepted row number of a non-empty row (null: no limit). */
  maxRows: number | null;
  /**
   * XLSX only: bytes of the shared-string table (every distinct text in the workbook), which
   * exceljs holds in memory while the rows stream.
   */
  maxSharedStringsBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxColumns: 200,
  maxCellLength: 10_000,
  maxRows: null,
  maxSharedStringsBytes: 64 * 1024 * 1024,
};

export const NO_ISSUES: readonly CellIssue[] = Object.freeze([]);
