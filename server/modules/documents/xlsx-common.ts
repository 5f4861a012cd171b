/**
 * The parts every official workbook shares: the letterhead rows (names centred across the
 * sheet, a double rule below, the logo at the top left where the workbook can hold one), the
 * signature block, and rows committed as soon as they are written so that exceljs' streaming
 * writer frees them (on an in-memory workbook commit does nothing).
 */
import ExcelJS from 'exceljs';
import { formatDateId } from '../../lib/pdf/format.js';
import type { SignatoryView } from '../letterhead/service.js';
import type { Issue } from './model.js';

export type Sheet = ExcelJS.Worksheet;
export type Book = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;
export type Cell = string | number | null | ExcelJS.CellFormulaValue;

export const BOLD: Partial<ExcelJS.Font> = { bold: true };
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
export const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const RED: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFB71C1C' } };

/** Whole Rupiah print without sen; amounts with sen keep both decimals. */
export function rupiahFormat(amount: string): string {
  return /\.(0*)$/.test(amount) || !amount.includes('.') ? '"Rp "#,##0' : '"Rp "#,##0.00';
}

/** The amount as a spreadsheet number (display only: totals are computed exactly elsewhere). */
export function rupiahValue(amount: string): number {
  return Number(amount);
}

export function put(sheet: Sheet, values: Cell[], style?: (row: ExcelJS.Row) => void): ExcelJS.Row {
  const row = sheet.addRow(values);
  style?.(row);
  row.commit();
  return row;
}

/** Merges columns 1..`cols` of the row being written, with one style for the whole line. */
export function putLine(
  sheet: Sheet,
  cols: number,
  text: string,
  style: {
    font?: Partial<ExcelJS.Font>;
    align?: Partial<ExcelJS.Alignment>;
    height?: number;
    border?: Partial<ExcelJS.Borders>;
  } = {},
): ExcelJS.Row {
  const row = sheet.addRow([text]);
  if (cols > 1) sheet.mergeCells(row.number, 1, row.number, cols);
  for (let c = 1; c <= cols; c++) {
    const cell = row.getCell(c);
    if (style.font) cell.font = style.font;
    cell.alignment = { wrapText: true, vertical: 'top', ...style.align };
    if (style.border) cell.border = style.border;
  }
  if (style.height) row.height = style.height;
  row.commit();
  return row;
}

/** A row height that shows `text` whole in a cell about `chars` characters wide. */
export function heightFor(text: string, chars: number, lineHeight = 13): number {
  const lines = text
    .split('\n')
    .reduce((n, l) => n + Math.max(1, Math.ceil(l.length / Math.max(chars, 1))), 0);
  return Math.min(409, Math.max(15, lines * lineHeight));
}

/**
 * The kop surat over `cols` columns. `logoId` is a workbook image id (in-memory workbooks
 * only: the streaming writer cannot place pictures, so streamed sets print the text alone).
 */
export function letterheadRows(
  sheet: Sheet,
  issue: Issue,
  unitName: string | null,
  cols: number,
  logoId?: number,
): void {
  const lh = issue.letterhead;
  const center = { horizontal: 'center' as const, vertical: 'middle' as const };
  putLine(sheet, cols, lh.governmentName.toUpperCase(), {
    font: { bold: true, size: 13 },
    align: center,
    height: 20,
  });
  if (unitName)
    putLine(sheet, cols, unitName.toUpperCase(), {
      font: { bold: true, size: 14 },
      align: center,
      height: 20,
    });
  const address = [lh.address, lh.contact].filter(Boolean).join(' · ');
  putLine(sheet, cols, address, {
    font: { size: 9 },
    align: center,
    border: { bottom: { style: 'double' } },
  });
  if (logoId !== undefined) {
    sheet.addImage(logoId, { tl: { col: 0.1, row: 0.1 }, ext: { width: 56, height: 56 }, editAs: 'oneCell' });
  }
  put(sheet, []);
}

export function addLogo(book: ExcelJS.Workbook, issue: Issue): number | undefined {
  const logo = issue.letterhead.logo;
  if (!logo) return undefined;
  return book.addImage({
    buffer: logo.data as unknown as ExcelJS.Buffer,
    extension: logo.mime === 'image/png' ? 'png' : 'jpeg',
  });
}

/** Place and date, title, room to sign, name underlined, rank, NIP — in columns `from`..`to`. */
export function signatureRows(
  sheet: Sheet,
  issue: Issue,
  sig: SignatoryView,
  from: number,
  to: number,
): void {
  put(sheet, []);
  const lines: [string, Partial<ExcelJS.Font>?][] = [
    [`${issue.letterhead.place}, ${formatDateId(issue.date)}`],
    [sig.position, BOLD],
    [''],
    [''],
    [''],
    [
      sig.name || '(.......................................)',
      sig.name ? { bold: true, underline: true } : undefined,
    ],
    ...(sig.rank ? [[sig.rank] as [string]] : []),
    [sig.nip ? `NIP. ${sig.nip}` : 'NIP. ...................................'],
  ];
  for (const [text, font] of lines) {
    const row = sheet.addRow([]);
    if (to > from) sheet.mergeCells(row.number, from, row.number, to);
    const cell = row.getCell(from);
    cell.value = text;
    cell.alignment = { horizontal: 'center' };
    if (font) cell.font = font;
    row.commit();
  }
}

/**
 * A document's sheet: A4 fitted to the page width, one column a width, the letterhead over all
 * of them and the copy/demo note under it — how every PPRG sheet opens.
 */
export function openDocumentSheet(
  book: Book,
  name: string,
  layout: { widths: number[]; landscape?: boolean },
  head: { issue: Issue; unitName: string | null; note: string | null; logoId?: number },
): Sheet {
  const sheet = book.addWorksheet(name, {
    pageSetup: {
      ...(layout.landscape ? { orientation: 'landscape' as const } : {}),
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  const cols = layout.widths.length;
  letterheadRows(sheet, head.issue, head.unitName, cols, head.logoId);
  noteRow(sheet, cols, head.note);
  return sheet;
}

export function noteRow(sheet: Sheet, cols: number, text: string | null): void {
  if (text) putLine(sheet, cols, text, { font: RED, align: { horizontal: 'right' } });
}

export function headerStyle(row: ExcelJS.Row, cols: number): void {
  for (let c = 1; c <= cols; c++) {
    const cell = row.getCell(c);
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

/** A landscape A4 sheet fitted to one page wide, with its column widths (the summary documents). */
export function landscapeSheet(book: ExcelJS.Workbook, name: string, widths: number[]): Sheet {
  const sheet = book.addWorksheet(name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

/** Writes a bordered table: the heading row, then rows whose columns carry the given number formats. */
export function putTable(
  sheet: Sheet,
  headers: string[],
  rows: (string | number | null)[][],
  formats: (string | null)[],
): void {
  const head = sheet.addRow(headers);
  headerStyle(head, headers.length);
  head.commit();
  for (const values of rows) {
    const row = sheet.addRow(values);
    formats.forEach((fmt, i) => {
      if (fmt) row.getCell(i + 1).numFmt = fmt;
    });
    for (let c = 1; c <= headers.length; c++) row.getCell(c).border = THIN;
    row.commit();
  }
}

/** Ends a sheet: the streaming writer flushes it; an in-memory sheet has nothing to do. */
export function finishSheet(sheet: Sheet): void {
  (sheet as Sheet & { commit?: () => void }).commit?.();
}
