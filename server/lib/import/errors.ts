/**
 * Errors of the file-reading layer. A file-level problem stops the read (ImportFileError is
 * thrown from the iterator); a cell-level problem (a formula error, a formula without a cached
 * value) is reported on the row as a CellIssue so a preview can list every bad cell at once.
 * The import service maps both to its own user-facing errors; `code` is the stable key.
 */
export type ImportFileErrorCode =
  | 'empty_file' // no non-empty row at all
  | 'binary' // NUL bytes that are not UTF-16 text: not a text file
  | 'encoding' // undecodable text (invalid UTF-16, UTF-8 that breaks mid-file, UTF-32)
  | 'unsupported_format' // legacy .xls or a password-protected workbook (both OLE2 containers)
  | 'malformed_quotes' // CSV quote never closed, or text after a closing quote
  | 'malformed_csv' // any other CSV syntax error
  | 'too_many_columns'
  | 'cell_too_long'
  | 'row_too_long' // a CSV record beyond maxColumns × maxCellLength characters (often an unclosed quote)
  | 'too_many_rows'
  | 'not_xlsx' // named like a workbook or opened as one, but not a readable .xlsx zip
  | 'malformed_xlsx' // a zip, but its content is corrupt or not in a shape the reader supports
  | 'zip_too_large' // total uncompressed size over the limit
  | 'zip_bomb' // compression ratio over the limit, or an entry inflating past its declared size
  | 'zip_too_many_entries'
  | 'zip_encrypted'
  | 'zip_nested' // an archive inside the archive
  | 'shared_strings_too_large' // the workbook's table of distinct texts would not fit in memory
  | 'sheet_not_found'
  | 'merged_cells';

export interface ImportFileErrorDetails {
  /** 1-based row of the file (header = first row), when the problem has one. */
  row?: number;
  /** 1-based column, when the problem has one. */
  column?: number;
  /** A value to show with the message: merged ranges, the zip entry, the sheet names, … */
  detail?: string;
}

export class ImportFileError extends Error {
  readonly row?: number;
  readonly column?: number;
  readonly detail?: string;

  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    details: ImportFileErrorDetails = {},
  ) {
    super(message);
    this.name = 'ImportFileError';
    this.row = details.row;
    this.column = details.column;
    this.detail = details.detail;
  }
}

export type CellIssueCode = 'formula_without_value' | 'cell_error';

export interface CellIssue {
  code: CellIssueCode;
  /** 1-based column. */
  column: number;
  /** The Excel error text (`#N/A`; 'formula error' when exceljs kept no text) or the formula. */
  detail: string;
}
