/**
 * A GBS as a sheet (one per document in a set): label and value rows of the form, the action
 * plan's components with their budgets as numbers and the allocation as their SUM (with the
 * exact total stored as its result), then the signature block.
 */
import { copyNoteText } from './text-notes.js';
import type { ExportDocument, Issue } from './model.js';
import { codeName, gbsBudget } from './text.js';
import {
  BOLD,
  THIN,
  WRAP,
  finishSheet,
  headerStyle,
  heightFor,
  openDocumentSheet,
  putLine,
  rupiahFormat,
  rupiahValue,
  signatureRows,
  type Book,
  type Sheet,
} from './xlsx-common.js';

const COLS = 4;
const VALUE_CHARS = 90;

function labelled(sheet: Sheet, label: string, value: string, bold = false): void {
  const row = sheet.addRow([label, value]);
  sheet.mergeCells(row.number, 2, row.number, COLS);
  row.getCell(1).font = BOLD;
  if (bold) row.getCell(2).font = BOLD;
  for (let c = 1; c <= COLS; c++) {
    row.getCell(c).alignment = WRAP;
    row.getCell(c).border = THIN;
  }
  row.height = heightFor(value, VALUE_CHARS);
  row.commit();
}

export function addGbsSheet(
  book: Book,
  issue: Issue,
  doc: ExportDocument,
  name: string,
  logoId?: number,
): void {
  const gbs = doc.gbs!;
  const sheet = openDocumentSheet(
    book,
    name,
    { widths: [30, 6, 62, 22] },
    { issue, unitName: doc.opd.name, note: copyNoteText(doc), logoId },
  );
  putLine(sheet, COLS, 'GENDER BUDGET STATEMENT', {
    font: { bold: true, size: 12 },
    align: { horizontal: 'center' },
  });
  putLine(sheet, COLS, '(Pernyataan Anggaran Gender)', { align: { horizontal: 'center' } });
  sheet.addRow([]).commit();

  labelled(sheet, 'Nama OPD', doc.opd.name);
  labelled(sheet, 'Tahun Anggaran', String(doc.year));
  labelled(sheet, 'Program', codeName(doc.program));
  labelled(sheet, 'Kegiatan', codeName(doc.kegiatan));
  labelled(sheet, 'Sub Kegiatan', `${doc.subActivity.code} — ${doc.subActivity.name}`);
  labelled(
    sheet,
    'Indikator dan Target Keluaran',
    `${gbs.outputIndicator || doc.subActivity.outputIndicator}\nTarget: ${gbs.outputTarget || doc.subActivity.target}`,
  );
  labelled(sheet, 'Analisa Situasi', gbs.situationAnalysis);

  const { rows, total } = gbsBudget(doc);
  const head = sheet.addRow(['Rencana Aksi', 'No', 'Komponen / Tahapan Kegiatan', 'Anggaran']);
  headerStyle(head, COLS);
  head.getCell(1).alignment = { horizontal: 'left', vertical: 'top' };
  head.commit();
  const first = head.number + 1;
  rows.forEach((r, i) => {
    const row = sheet.addRow(['', i + 1, r.name, rupiahValue(r.budget)]);
    row.getCell(4).numFmt = rupiahFormat(r.budget);
    for (let c = 1; c <= COLS; c++) {
      row.getCell(c).border = THIN;
      row.getCell(c).alignment = WRAP;
    }
    row.height = heightFor(r.name, 60);
    row.commit();
  });
  const last = head.number + rows.length;
  const sum = sheet.addRow([
    'Alokasi Anggaran',
    '',
    'Jumlah',
    rows.length ? { formula: `SUM(D${first}:D${last})`, result: rupiahValue(total) } : 0,
  ]);
  sum.font = BOLD;
  sum.getCell(4).numFmt = rupiahFormat(total);
  for (let c = 1; c <= COLS; c++) sum.getCell(c).border = THIN;
  sum.commit();
  labelled(sheet, 'Dampak/Hasil Keluaran', gbs.outcome);
  signatureRows(sheet, issue, doc.signatory, 3, 4);
  finishSheet(sheet);
}
