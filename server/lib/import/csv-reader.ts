/**
 * Streaming CSV rows. Memory holds one chunk and one record at a time, whatever the file size.
 *
 * Column and cell limits are checked on each finished record (csv-parse's per-field `cast`
 * hook would do it earlier but made parsing 13 times slower). What keeps a hostile record from
 * growing without bound before it finishes: csv-parse's max_record_size caps its characters
 * (an unclosed quote swallowing the file), and a cap on physical line length here caps its
 * empty fields (a line of a million delimiters), which max_record_size does not count.
 */
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse, type Parser } from 'csv-parse';
import { createDecodeStream, type TextEncodingName } from './encoding.js';
import { detectDelimiter, firstRecordText, type CsvDelimiter } from './delimiter.js';
import { restoreCell } from '../csv-writer.js';
import { ImportFileError } from './errors.js';
import { DEFAULT_READ_LIMITS, NO_ISSUES, type CellKind, type ReadLimits, type TabularRow } from './types.js';

export interface CsvReadInfo {
  /** Known once the first row is read. */
  delimiter: CsvDelimiter | null;
  /** 'ascii' while only ASCII was seen (UTF-8 and Windows-1252 agree on it). */
  encoding: TextEncodingName | 'ascii' | null;
}

export interface CsvReadOptions {
  limits?: Partial<ReadLimits>;
  /** Skips detection. */
  delimiter?: CsvDelimiter;
  /** Filled in while reading, for a preview to show how the file was understood. */
  info?: CsvReadInfo;
}

const QUOTE_ERRORS = new Set<string>([
  'INVALID_OPENING_QUOTE', // csv-parse 6 spells this one without the CSV_ prefix
  'CSV_INVALID_OPENING_QUOTE',
  'CSV_QUOTE_NOT_CLOSED',
  'CSV_INVALID_CLOSING_QUOTE',
  'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
]);

/** Thrown by the text source when a physical line passes the cap; given a row number later. */
class LineTooLong extends Error {}

/**
 * Yields the non-empty rows of a CSV stream with their true row numbers (1-based; a record
 * with an embedded newline is one row, as Excel shows it). Rows whose cells are all blank are
 * skipped but counted. Cells are returned as written (not trimmed), less the quote our own
 * writer puts before a formula-like text. Throws ImportFileError.
 */
export async function* readCsvRows(
  input: Readable,
  options: CsvReadOptions = {},
): AsyncGenerator<TabularRow> {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const maxRecordLength = limits.maxColumns * limits.maxCellLength;
  const info = options.info ?? { delimiter: null, encoding: null };
  const decoder = createDecodeStream();
  pipeline(input, decoder, () => {});
  const chunks = decoder[Symbol.asyncIterator]() as AsyncIterator<string>;
  let rowNumber = 0;
  let parser: Parser | undefined;

  try {
    // Read just enough text to see the header record, then parse head + rest as one stream.
    let head = '';
    let ended = false;
    while (firstRecordText(head, false) === null && head.length <= maxRecordLength) {
      const next = await chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      head += next.value;
    }
    info.delimiter = options.delimiter ?? detectDelimiter(firstRecordText(head, true) ?? '');
    parser = createParser(info.delimiter, maxRecordLength);
    const text = capLines(concat(head, ended ? null : chunks), maxRecordLength + 3 * limits.maxColumns);
    pipeline(Readable.from(text), parser, () => {});

    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (record.every((cell) => cell.trim() === '')) continue;
      checkRecord(record, rowNumber, limits);
      restoreNeutralised(record);
      info.encoding = decoder.encoding ?? 'ascii';
      yield { rowNumber, cells: record, kinds: record.map(kindOf), issues: NO_ISSUES };
    }
    info.encoding = decoder.encoding ?? 'ascii';
  } catch (error) {
    throw translate(error, rowNumber);
  } finally {
    parser?.destroy();
    decoder.destroy();
  }
}

function checkRecord(record: string[], row: number, limits: ReadLimits): void {
  if (record.length > limits.maxColumns) {
    // Trailing empty fields (`;;;;` after a formatted range in Excel) are not columns.
    const beyond = record.findIndex((cell, i) => i >= limits.maxColumns && cell.trim() !== '');
    if (beyond >= 0) {
      const at = { row, column: beyond + 1 };
      throw new ImportFileError(
        'too_many_columns',
        `Row ${row} has more than ${limits.maxColumns} columns`,
        at,
      );
    }
    record.length = limits.maxColumns;
  }
  const long = record.findIndex((cell) => cell.length > limits.maxCellLength);
  if (long >= 0) {
    const at = { row, column: long + 1 };
    const message = `Row ${row}, column ${long + 1} is longer than ${limits.maxCellLength} characters`;
    throw new ImportFileError('cell_too_long', message, at);
  }
  if (limits.maxRows !== null && row > limits.maxRows) {
    throw new ImportFileError('too_many_rows', `The file has more than ${limits.maxRows} rows`, { row });
  }
}

async function* concat(head: string, rest: AsyncIterator<string> | null): AsyncGenerator<string> {
  if (head) yield head;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Passes text through, failing once a run of characters without a line break passes `max`. */
async function* capLines(text: AsyncIterable<string>, max: number): AsyncGenerator<string> {
  let run = 0;
  for await (const chunk of text) {
    const first = chunk.search(/[\r\n]/);
    if (first < 0) run += chunk.length;
    else run += first;
    if (run > max) throw new LineTooLong();
    if (first >= 0) run = chunk.length - 1 - Math.max(chunk.lastIndexOf('\n'), chunk.lastIndexOf('\r'));
    yield chunk;
  }
}

function createParser(delimiter: CsvDelimiter, maxRecordLength: number): Parser {
  return parse({
    delimiter,
    // Quotes stay strict (no relax_quotes): Excel always quotes cells holding a quote, so a
    // stray one means a broken file, better refused by row than read as odd text.
    relax_column_count: true, // the import service checks rows against the header itself
    skip_empty_lines: false, // empty lines must still count for true row numbers
    max_record_size: maxRecordLength,
  });
}

/**
 * Undoes the formula-injection quote of Setara's own CSV writer (server/lib/csv-writer.ts), so
 * a note `=HYPERLINK(…)` exported as `'=HYPERLINK(…)` imports back as it was typed.
 */
function restoreNeutralised(record: string[]): void {
  for (let i = 0; i < record.length; i++) {
    if (record[i].charCodeAt(0) === 0x27) record[i] = restoreCell(record[i]);
  }
}

function kindOf(cell: string): CellKind {
  return cell.trim() === '' ? 'empty' : 'text';
}

/** Gives csv-parse's errors our codes; `lastRow` is the last row handed out. */
function translate(error: unknown, lastRow: number): unknown {
  const tooLong = (row: number) =>
    new ImportFileError(
      'row_too_long',
      `Row ${row} is too long; a quote (") that is never closed is the usual cause`,
      {
        row,
      },
    );
  if (error instanceof LineTooLong) return tooLong(lastRow + 1);
  if (!(error instanceof CsvError)) return error;
  const row = typeof error.records === 'number' ? error.records + 1 : lastRow + 1;
  const column = typeof error.index === 'number' ? error.index + 1 : undefined;
  if (QUOTE_ERRORS.has(error.code)) {
    const message = `Row ${row}: a quote (") is misplaced or never closed`;
    return new ImportFileError('malformed_quotes', message, { row, column });
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') return tooLong(row);
  return new ImportFileError('malformed_csv', `Row ${row}: ${error.message}`, { row, column });
}
