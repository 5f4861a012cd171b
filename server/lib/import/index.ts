/**
 * The one entry point the import service needs: open an uploaded file, whatever its name says,
 * and get its header plus a stream of rows. The format is chosen from the bytes (a zip is an
 * .xlsx, anything else is read as CSV text); the name only sharpens the refusal of files that
 * claim to be workbooks and are not.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  parseDecimal,
  type DecimalParseOptions,
  type DecimalParseResult,
} from '../../../domain/number-parse.js';
import { readCsvRows, type CsvReadInfo } from './csv-reader.js';
import type { CsvDelimiter } from './delimiter.js';
import { ImportFileError } from './errors.js';
import type { ReadLimits, TabularRow } from './types.js';
import { readXlsxRows, type XlsxReadInfo } from './xlsx-reader.js';
import type { ZipLimits } from './zip-guard.js';

export { ImportFileError } from './errors.js';
export type { CellIssue, CellIssueCode, ImportFileErrorCode } from './errors.js';
export type { CellKind, ReadLimits, TabularRow, XlsxRow } from './types.js';
export { DEFAULT_READ_LIMITS } from './types.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.js';
export type { CsvDelimiter } from './delimiter.js';
export type { CsvReadInfo } from './csv-reader.js';
export type { XlsxReadInfo } from './xlsx-reader.js';
export type { TextEncodingName } from './encoding.js';

export interface OpenOptions {
  limits?: Partial<ReadLimits>;
  zipLimits?: Partial<ZipLimits>;
  /** XLSX: sheet name; default the first visible sheet. */
  sheet?: string;
  /** CSV: skip delimiter detection. */
  delimiter?: CsvDelimiter;
}

interface OpenedFile {
  /** First non-empty row. */
  header: TabularRow;
  /** The rows after the header; iterate once. Breaking out of the loop closes the file. */
  rows: AsyncIterable<TabularRow>;
  /** Releases the file when the rows will not be read to the end. */
  close(): Promise<void>;
}

export type TabularFile =
  (OpenedFile & { format: 'csv'; info: CsvReadInfo }) | (OpenedFile & { format: 'xlsx'; info: XlsxReadInfo });

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const WORKBOOK_NAME = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/**
 * Opens a CSV or XLSX upload and reads up to its header. Throws ImportFileError for a file
 * that cannot be read at all (including 'empty_file' when no row has content); later problems
 * are thrown while iterating `rows`.
 */
export async function openTabularFile(
  path: string,
  originalName: string,
  options: OpenOptions = {},
): Promise<TabularFile> {
  const magic = await readMagic(path);
  if (magic.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) {
    throw new ImportFileError(
      'unsupported_format',
      'Old .xls workbooks and password-protected workbooks cannot be read: save as .xlsx without a password',
    );
  }
  if (magic.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    const info: XlsxReadInfo = { sheetName: null, sheetNames: [] };
    const rows = readXlsxRows(path, {
      sheet: options.sheet,
      limits: options.limits,
      zipLimits: options.zipLimits,
      info,
    });
    return { format: 'xlsx', info, ...(await splitHeader(rows)) };
  }
  if (WORKBOOK_NAME.test(originalName)) {
    throw new ImportFileError(
      'not_xlsx',
      `"${originalName}" is named like a workbook but is not an .xlsx file`,
      {
        detail: originalName,
      },
    );
  }
  const info: CsvReadInfo = { delimiter: null, encoding: null };
  const rows = readCsvRows(createReadStream(path), {
    limits: options.limits,
    delimiter: options.delimiter,
    info,
  });
  return { format: 'csv', info, ...(await splitHeader(rows)) };
}

async function readMagic(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

async function splitHeader(rows: AsyncGenerator<TabularRow>): Promise<OpenedFile> {
  const first = await rows.next();
  if (first.done) throw new ImportFileError('empty_file', 'The file has no rows');
  return {
    header: first.value,
    rows: { [Symbol.asyncIterator]: () => rows },
    close: async () => {
      await rows.return(undefined);
    },
  };
}

/**
 * The decimal value of one cell, read the right way for its kind: an XLSX numeric cell is
 * already canonical (its `1.234` is one point two three four), while text, including every
 * CSV cell, is read as a person typed it (Indonesian rules, see domain/number-parse.ts).
 * Dates and booleans are not numbers.
 */
export function cellDecimal(
  row: TabularRow,
  index: number,
  options: DecimalParseOptions = {},
): DecimalParseResult {
  const text = row.cells[index] ?? '';
  switch (row.kinds[index] ?? 'empty') {
    case 'number':
      return parseDecimal(text, { style: 'machine' });
    case 'date':
    case 'boolean':
      return { ok: false, reason: 'not_a_number' };
    default:
      return parseDecimal(text, options);
  }
}
