/**
 * Row errors of a check: the first MAX_STORED are kept (enough to fix a file), all are counted.
 * Stored as message keys with parameters and translated when read, so each reader gets them
 * in their own language.
 */
import type { ImportFileError, ImportFileErrorCode } from '../../lib/import/index.js';
import { translate, type Language, type MessageKey } from '../../lib/messages.js';
import type { StoredError } from './batches.js';
import type { RowIssue } from './row-check.js';

export const MAX_STORED_ERRORS = 1000;

export class ErrorLog {
  readonly items: StoredError[] = [];
  total = 0;

  add(row: number | null, issue: RowIssue): void {
    this.total++;
    if (this.items.length < MAX_STORED_ERRORS) this.items.push({ row, ...issue });
  }
}

const FILE_MESSAGES: Record<ImportFileErrorCode, MessageKey> = {
  empty_file: 'file_empty_file',
  binary: 'file_binary',
  encoding: 'file_encoding',
  unsupported_format: 'file_unsupported_format',
  malformed_quotes: 'file_malformed_quotes',
  malformed_csv: 'file_malformed_csv',
  too_many_columns: 'file_too_many_columns',
  cell_too_long: 'file_cell_too_long',
  row_too_long: 'file_row_too_long',
  too_many_rows: 'file_too_many_rows',
  not_xlsx: 'file_not_xlsx',
  malformed_xlsx: 'file_malformed_xlsx',
  zip_too_large: 'file_zip_too_large',
  zip_bomb: 'file_zip_bomb',
  zip_too_many_entries: 'file_zip_too_many_entries',
  zip_encrypted: 'file_zip_encrypted',
  zip_nested: 'file_zip_nested',
  shared_strings_too_large: 'file_shared_strings_too_large',
  sheet_not_found: 'file_sheet_not_found',
  merged_cells: 'file_merged_cells',
};

/** A problem with the file as a whole: one error, the batch fails. */
export function fileError(error: ImportFileError): StoredError {
  return {
    row: error.row ?? null,
    column: error.column ? String(error.column) : null,
    code: FILE_MESSAGES[error.code],
    params: { row: error.row ?? '', detail: (error.detail ?? '').slice(0, 200) },
  };
}

export interface ShownError {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export function showError(error: StoredError, lang: Language): ShownError {
  return {
    row: error.row,
    column: error.column,
    code: error.code,
    message: translate(error.code as MessageKey, lang, error.params),
  };
}
