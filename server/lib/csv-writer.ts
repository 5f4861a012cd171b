/**
 * The one CSV writer of the product: every CSV file Setara writes (import templates, value
 * exports, SDMX-CSV) is made of csvLine's lines, so all get the same quoting and the same
 * defence against formula injection.
 *
 * A spreadsheet opening a CSV reads a cell that begins with `=`, `+`, `-`, `@`, tab or carriage
 * return as a formula: an operator's note `=HYPERLINK("https://…?"&A1, "klik")` would send the
 * admin's data away when clicked, and older Excel runs `=cmd|…` as a command. Following OWASP
 * ("CSV Injection"), such a text cell is written with a leading single quote, which makes the
 * spreadsheet show it as text. A number — negative ones too — stays as it is: a cell that is
 * only a number cannot be a formula, and a value column must stay numeric.
 *
 * The quote is not part of the data: the import's CSV reader removes it again (restoreCell),
 * so a file written here reads back unchanged. To keep that exact, text that already begins
 * with quotes before such a character gets one quote more, and the reader removes just one.
 */
export type CsvCell = string | number | null | undefined;
export type CsvDelimiter = ';' | ',';

/** Excel needs the byte-order mark to read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** Rows are gathered into chunks of about this many characters before they are handed on. */
const CHUNK = 64 * 1024;

/** Text a spreadsheet would take for a formula, after any quotes a writer put in front. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** Written by neutraliseCell: one added quote in front of the above. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
/** A plain number as the product writes it: `-12`, `12.5`, `-1234,75`. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** The text of a cell as it must be written so that no spreadsheet runs it. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The reader's inverse of neutraliseCell: drops the one quote it added. */
export function restoreCell(text: string): string {
  return text.charCodeAt(0) === 0x27 && NEUTRALISED.test(text) ? text.slice(1) : text;
}

export function csvField(cell: CsvCell, delimiter: CsvDelimiter): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as Excel writes it. */
export function csvLine(cells: readonly CsvCell[], delimiter: CsvDelimiter): string {
  return cells.map((c) => csvField(c, delimiter)).join(delimiter) + '\r\n';
}

export interface CsvFormat {
  delimiter: CsvDelimiter;
  /** Start with the byte-order mark (for files meant for Excel). */
  bom: boolean;
}

/** A small file whole, e.g. a template (its size is bounded by its caller). */
export function csvBuffer(rows: Iterable<readonly CsvCell[]>, format: CsvFormat): Buffer {
  const lines: string[] = format.bom ? [CSV_BOM] : [];
  for (const row of rows) lines.push(csvLine(row, format.delimiter));
  return Buffer.from(lines.join(''), 'utf8');
}

/** A file of any size as a stream of chunks, written as the rows arrive. */
export async function* csvChunks(
  rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>,
  format: CsvFormat,
): AsyncGenerator<string> {
  let buffer = format.bom ? CSV_BOM : '';
  for await (const row of rows) {
    buffer += csvLine(row, format.delimiter);
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
