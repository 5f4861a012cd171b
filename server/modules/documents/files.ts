/**
 * Puts documents into one file: a PDF with each document starting on a new page, or a
 * workbook (the GAP matrix as one sheet with a row per document; one sheet per GBS or TOR).
 * A single document's workbook is built in memory so it can carry the logo; a set streams
 * row by row through exceljs' streaming writer, which cannot place pictures.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { safeSheetName } from '../../lib/xlsx/sheet-name.js';
import type { DocKind, ExportDocument, Issue } from './model.js';
import { pdfFile } from './pdf-common.js';
import { gapMatrixContent } from './pdf-gap.js';
import { gbsContent } from './pdf-gbs.js';
import { torContent } from './pdf-tor.js';
import { addLogo, type Book } from './xlsx-common.js';
import { addGapMatrixSheet } from './xlsx-gap.js';
import { addGbsSheet } from './xlsx-gbs.js';
import { addTorSheet } from './xlsx-tor.js';

export const TITLES: Record<DocKind, string> = {
  gap: 'Matriks Gender Analysis Pathway (GAP)',
  gbs: 'Gender Budget Statement (GBS)',
  tor: 'Kerangka Acuan Kegiatan (KAK/TOR) Responsif Gender',
};

export function documentsPdf(kind: DocKind, docs: ExportDocument[], issue: Issue): TDocumentDefinitions {
  const layout = { gap: gapMatrixContent, gbs: gbsContent, tor: torContent }[kind];
  return pdfFile(
    issue,
    TITLES[kind],
    kind === 'gap' ? 'landscape' : 'portrait',
    docs.map((d) => layout(d, issue)),
  );
}

/** "GBS 12 1.02.02.2.02.0001": numbered so that two sheets never share a name. */
function sheetName(kind: DocKind, doc: ExportDocument, index: number, count: number): string {
  const prefix = kind.toUpperCase();
  return safeSheetName(count === 1 ? prefix : `${prefix} ${index + 1} ${doc.subActivity.code}`);
}

function addSheets(book: Book, kind: DocKind, docs: ExportDocument[], issue: Issue, logoId?: number): void {
  if (kind === 'gap') return addGapMatrixSheet(book, issue, docs, logoId);
  const add = kind === 'gbs' ? addGbsSheet : addTorSheet;
  docs.forEach((d, i) => add(book, issue, d, sheetName(kind, d, i, docs.length), logoId));
}

function describe(book: Book, kind: DocKind, issue: Issue): void {
  book.creator = 'Setara';
  book.title = TITLES[kind];
  book.created = issue.date;
}

/** One document, in memory (small), with the letterhead's logo. */
export async function writeDocumentXlsx(
  kind: DocKind,
  doc: ExportDocument,
  issue: Issue,
  stream: Writable,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  describe(book, kind, issue);
  addSheets(book, kind, [doc], issue, addLogo(book, issue));
  await book.xlsx.write(stream);
  stream.end();
}

/** A set, streamed: each row leaves memory once written. */
export async function writeSetXlsx(
  kind: DocKind,
  docs: ExportDocument[],
  issue: Issue,
  stream: Writable,
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  describe(book, kind, issue);
  addSheets(book, kind, docs, issue);
  await book.commit();
}
