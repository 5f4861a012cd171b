/**
 * The rows an import refused, kept as a file the user downloads, fixes and uploads again. The
 * check writes them as they are found, language-neutral (JSON lines: the header, then each
 * refused row's cells and its issues as message keys); the download renders them in the
 * format of the upload — CSV through the shared CSV writer (formula-like cells defused), XLSX
 * through exceljs's streaming writer — with a last column giving the reasons in the reader's
 * language, naming row and column. The reason column's header is one the import ignores
 * (layout.ts), so the fixed file reads back as it is.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvChunks, type CsvCell, type CsvDelimiter } from '../../lib/csv-writer.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { translate, type Language, type MessageKey } from '../../lib/messages.js';
import type { TabularRow } from '../../lib/import/index.js';
import type { StoredError } from './batches.js';

type RefusedIssue = Omit<StoredError, 'row'>;

interface RefusedLine {
  row: number;
  /** The row's cells as read; a number for a number cell of an XLSX. Empty when the commit refused it. */
  cells: (string | number)[];
  issues: RefusedIssue[];
}

const FLUSH_CHARS = 256 * 1024;

/** XLSX number cells go back as numbers, so a refused file reads back with the same values. */
function cellsOf(row: TabularRow): (string | number)[] {
  return row.cells.map((text, i) => {
    if (row.kinds[i] !== 'number') return text;
    const n = Number(text);
    return Number.isFinite(n) && String(n) === text ? n : text;
  });
}

export class RefusedWriter {
  private stream: WriteStream | null = null;
  private buffer = '';
  rows = 0;

  constructor(
    private readonly path: string,
    private readonly header: string[],
  ) {}

  /** Records one refused row; the file is only created by the first. */
  async add(row: TabularRow, issues: RefusedIssue[]): Promise<void> {
    this.rows++;
    await this.write({ row: row.rowNumber, cells: cellsOf(row), issues });
  }

  private async write(line: RefusedLine): Promise<void> {
    if (!this.stream) {
      this.stream = createWriteStream(this.path);
      this.buffer = `${JSON.stringify({ header: this.header })}\n`;
    }
    this.buffer += `${JSON.stringify(line)}\n`;
    if (this.buffer.length >= FLUSH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.stream || this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Whether any row was refused (and so a file was written). */
  async close(): Promise<boolean> {
    if (!this.stream) return false;
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return true;
  }

  async destroy(): Promise<void> {
    if (!this.stream || this.stream.closed) return;
    const closed = once(this.stream, 'close');
    this.stream.destroy();
    await closed;
  }
}

/** Lines for rows the commit refused (values an operator may not change): no cells, a reason. */
export function laterRefusedLines(errors: StoredError[]): string {
  return errors
    .map(
      ({ row, ...issue }) =>
        `${JSON.stringify({ row: row ?? 0, cells: [], issues: [issue] } satisfies RefusedLine)}\n`,
    )
    .join('');
}

export function reasonOf(line: RefusedLine, lang: Language): string {
  return line.issues
    .map((issue) => {
      const message = translate(issue.code as MessageKey, lang, issue.params);
      return issue.column
        ? translate('refused_reason_column', lang, { row: line.row, column: issue.column, message })
        : translate('refused_reason_row', lang, { row: line.row, message });
    })
    .join(' ');
}

async function* linesOf(store: FileStore, key: string): AsyncGenerator<unknown> {
  const reader = createInterface({ input: await store.get(key), crlfDelay: Infinity });
  for await (const line of reader) if (line) yield JSON.parse(line);
}

/** The refused rows as table rows: the header (plus the reason column), then each row. */
async function* tableOf(store: FileStore, key: string, lang: Language): AsyncGenerator<CsvCell[]> {
  let width = 0;
  for await (const item of linesOf(store, key)) {
    if ('header' in (item as object)) {
      const header = (item as { header: string[] }).header;
      width = header.length;
      yield [...header, translate('refused_reason_header', lang)];
      continue;
    }
    const line = item as RefusedLine;
    const cells: CsvCell[] = [...line.cells];
    while (cells.length < width) cells.push('');
    yield [...cells.slice(0, Math.max(width, cells.length)), reasonOf(line, lang)];
  }
}

export interface RefusedDownload {
  contentType: string;
  body: Readable;
}

/** Renders the stored refused rows as the upload's format, streaming (a file may be large). */
export function renderRefused(
  store: FileStore,
  key: string,
  format: 'csv' | 'xlsx',
  delimiter: CsvDelimiter,
  lang: Language,
): RefusedDownload {
  if (format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      body: Readable.from(csvChunks(tableOf(store, key, lang), { delimiter, bom: true })),
    };
  }
  const body = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: body, useSharedStrings: false });
  void (async () => {
    const sheet = workbook.addWorksheet(translate('refused_sheet_name', lang));
    let first = true;
    for await (const cells of tableOf(store, key, lang)) {
      const row = sheet.addRow(cells);
      if (first) row.font = { bold: true };
      first = false;
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => body.destroy(error as Error));
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
