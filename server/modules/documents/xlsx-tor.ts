/**
 * A KAK/TOR as a sheet: the activity's identity, the numbered sections as merged paragraphs,
 * the schedule as a month grid (shaded months), the cost, and the signature block.
 */
import type ExcelJS from 'exceljs';
import type { ExportDocument, Issue } from './model.js';
import { beneficiary, codeName, gbsBudget, MONTHS, rupiah } from './text.js';
import { copyNoteText } from './text-notes.js';
import {
  BOLD,
  THIN,
  finishSheet,
  headerStyle,
  heightFor,
  openDocumentSheet,
  put,
  signatureRows,
  type Book,
  type Sheet,
} from './xlsx-common.js';

/** No, text (wide), then the twelve months. */
const COLS = 14;
const TEXT_CHARS = 95;
const MONTH_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF6A1B4D' } };

function paragraph(sheet: Sheet, label: string, text: string, bold = false): void {
  const row = sheet.addRow([label, text || '–']);
  sheet.mergeCells(row.number, 2, row.number, COLS);
  row.getCell(1).alignment = { vertical: 'top' };
  row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  if (bold) row.font = BOLD;
  row.height = heightFor(text || '–', TEXT_CHARS);
  row.commit();
}

export function addTorSheet(
  book: Book,
  issue: Issue,
  doc: ExportDocument,
  name: string,
  logoId?: number,
): void {
  const tor = doc.tor!;
  const sheet = openDocumentSheet(
    book,
    name,
    { widths: [5, 40, ...MONTHS.map(() => 5.5)] },
    { issue, unitName: doc.opd.name, note: copyNoteText(doc), logoId },
  );
  for (const [text, font] of [
    ['KERANGKA ACUAN KEGIATAN (KAK) RESPONSIF GENDER', { bold: true, size: 12 }],
    ['(Term of Reference)', {}],
  ] as const) {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, COLS);
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(1).font = font;
    row.commit();
  }
  put(sheet, []);
  const output = [
    doc.gbs?.outputIndicator || doc.subActivity.outputIndicator,
    doc.gbs?.outputTarget || doc.subActivity.target,
  ]
    .filter(Boolean)
    .join(' — ');
  for (const [label, value] of [
    ['OPD', doc.opd.name],
    ['Program', codeName(doc.program)],
    ['Kegiatan', codeName(doc.kegiatan)],
    ['Sub Kegiatan', `${doc.subActivity.code} — ${doc.subActivity.name}`],
    ['Indikator Kinerja Keluaran', output],
    ['Tahun Anggaran', String(doc.year)],
  ]) {
    // Identity rows: the label spans No and the wide column, the value the month columns.
    const row = sheet.addRow([label, '', value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, COLS);
    row.getCell(1).font = BOLD;
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    row.height = heightFor(value, 60);
    row.commit();
  }
  put(sheet, []);

  paragraph(sheet, '1.', 'Latar Belakang', true);
  paragraph(sheet, 'a.', 'Dasar Hukum', true);
  paragraph(sheet, '', tor.legalBasis);
  paragraph(sheet, 'b.', 'Gambaran Umum', true);
  paragraph(sheet, '', tor.background);
  paragraph(sheet, '2.', 'Penerima Manfaat', true);
  paragraph(sheet, '', beneficiary('Perempuan', tor.beneficiaries.women));
  paragraph(sheet, '', beneficiary('Laki-laki', tor.beneficiaries.men));
  if (tor.beneficiaries.description) paragraph(sheet, '', tor.beneficiaries.description);
  paragraph(sheet, '3.', 'Maksud dan Tujuan', true);
  paragraph(sheet, '', tor.objective);
  paragraph(sheet, '4.', 'Cara Pelaksanaan', true);
  paragraph(sheet, '', tor.method);
  paragraph(sheet, '5.', 'Lokasi Pelaksanaan', true);
  paragraph(sheet, '', tor.location);
  paragraph(sheet, '6.', 'Pelaksana dan Penanggung Jawab', true);
  paragraph(sheet, '', tor.implementer);
  paragraph(sheet, '7.', 'Jadwal Pelaksanaan', true);

  const head = sheet.addRow(['No', 'Kegiatan', ...MONTHS]);
  headerStyle(head, COLS);
  head.commit();
  tor.schedule.forEach((item, i) => {
    const row = sheet.addRow([
      i + 1,
      item.activity,
      ...MONTHS.map((_, m) => (item.months.includes(m + 1) ? '■' : null)),
    ]);
    for (let c = 1; c <= COLS; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: c > 2 ? 'center' : undefined };
      if (c > 2 && item.months.includes(c - 2)) cell.fill = MONTH_FILL;
    }
    row.height = heightFor(item.activity, 40);
    row.commit();
  });

  paragraph(sheet, '8.', 'Biaya', true);
  const { rows, total } = gbsBudget(doc);
  paragraph(
    sheet,
    '',
    `Biaya yang diperlukan untuk pelaksanaan kegiatan ini sebesar ${rupiah(rows.length ? total : doc.subActivity.budget)}.`,
  );
  rows.forEach((r, i) => paragraph(sheet, '', `${i + 1}. ${r.name}: ${rupiah(r.budget)}`));
  signatureRows(sheet, issue, doc.signatory, 3, COLS);
  finishSheet(sheet);
}
