/**
 * The GAP matrix as a sheet: the same grouped, numbered headings as the PDF, then one row per
 * analysed sub-kegiatan (a whole OPD's or region's set reads as one matrix, as Bappeda
 * compiles it), with the OPD beside each row.
 */
import type { ExportDocument, Issue } from './model.js';
import { GAP_GROUP_TITLES, GAP_STEP_TITLES, STATUS_LABELS, columnText, gapColumns } from './text.js';
import {
  THIN,
  WRAP,
  finishSheet,
  headerStyle,
  heightFor,
  openDocumentSheet,
  put,
  putLine,
  signatureRows,
  type Book,
} from './xlsx-common.js';

export const GAP_SHEET = 'Matriks GAP';
/** No, OPD, status, then steps 1–9. */
const FIRST_STEP_COL = 4;
const COLS = FIRST_STEP_COL + 8;
const STEP_WIDTH = 34;

export function addGapMatrixSheet(book: Book, issue: Issue, docs: ExportDocument[], logoId?: number): void {
  const opdIds = new Set(docs.map((d) => d.opd.id));
  const single = opdIds.size === 1 ? docs[0] : null;
  const sheet = openDocumentSheet(
    book,
    GAP_SHEET,
    { widths: [5, 22, 11, ...Array.from({ length: 9 }, () => STEP_WIDTH)], landscape: true },
    {
      issue,
      unitName: single?.opd.name ?? null,
      note: docs.some((d) => d.isDemo) ? 'DEMO — contoh, bukan dokumen resmi' : null,
      logoId,
    },
  );
  putLine(sheet, COLS, 'MATRIKS GENDER ANALYSIS PATHWAY (GAP)', {
    font: { bold: true, size: 12 },
    align: { horizontal: 'center' },
  });
  const years = [...new Set(docs.map((d) => d.year))].join(', ');
  putLine(sheet, COLS, `Tahun Anggaran ${years}`, { align: { horizontal: 'center' } });
  put(sheet, []);

  // Three heading rows: groups, step names, step numbers; merged like the official form, and
  // committed only once merged and styled (the streaming writer writes a committed row as is).
  const top = sheet.addRow([
    'No',
    'OPD',
    'Status',
    ...GAP_GROUP_TITLES.flatMap((g) => g.steps.map(() => g.title)),
  ]);
  const second = sheet.addRow(['', '', '', '', ...[2, 3, 4, 5, 6, 7, 8, 9].map((s) => GAP_STEP_TITLES[s])]);
  const numbers = sheet.addRow(['', '', '', ...Array.from({ length: 9 }, (_, i) => `(${i + 1})`)]);
  for (let c = 1; c <= FIRST_STEP_COL; c++) sheet.mergeCells(top.number, c, second.number, c);
  let col = FIRST_STEP_COL;
  for (const g of GAP_GROUP_TITLES) {
    if (g.steps.length > 1) sheet.mergeCells(top.number, col, top.number, col + g.steps.length - 1);
    col += g.steps.length;
  }
  for (const row of [top, second, numbers]) headerStyle(row, COLS);
  top.height = 20;
  second.height = 30;
  for (const row of [top, second, numbers]) row.commit();

  docs.forEach((doc, i) => {
    const texts = gapColumns(doc).map(columnText);
    const row = sheet.addRow([i + 1, doc.opd.name, STATUS_LABELS[doc.status], ...texts]);
    row.height = Math.max(...texts.map((t) => heightFor(t, STEP_WIDTH + 4, 12)));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.alignment = WRAP;
      cell.border = THIN;
      cell.font = { size: 9 };
    });
    row.commit();
  });
  if (single) signatureRows(sheet, issue, single.signatory, COLS - 2, COLS);
  finishSheet(sheet);
}
