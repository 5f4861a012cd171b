/**
 * A plan as a workbook: the matrix sheet as the official table (two header rows — "Target
 * Tahunan" over one column per year — sections as merged rows, the budget as Rupiah number cells
 * with a total), then a progress sheet. A Rencana Aksi: one table grouped by its four areas.
 * Text goes into cells as text, so a value typed as "=…" is never a formula.
 */
import ExcelJS from 'exceljs';
import { addMoney } from '../../../domain/planning/money.js';
import {
  addLogo,
  BOLD,
  HEADER_FILL,
  landscapeSheet,
  letterheadRows,
  noteRow,
  put,
  putLine,
  putTable,
  rupiahFormat,
  rupiahValue,
  THIN,
  WRAP,
  type Sheet,
} from '../documents/xlsx-common.js';
import {
  areasOf,
  copyNote,
  exportTitle,
  headerLines,
  latestStatus,
  LEVEL_PREFIX,
  progressLines,
  sectionsOf,
  targetOf,
  unitOf,
  yearsOfExport,
  type PlanExport,
} from './export-model.js';

const RP = '"Rp "#,##0';

function head(sheet: Sheet, p: PlanExport, cols: number, logoId?: number) {
  letterheadRows(sheet, p.issue, null, cols, logoId);
  noteRow(sheet, cols, copyNote(p));
  for (const line of exportTitle(p))
    putLine(sheet, cols, line, { font: { bold: true, size: 12 }, align: { horizontal: 'center' } });
  put(sheet, []);
  for (const [label, value] of headerLines(p))
    put(sheet, [label, `: ${value}`], (row) => {
      row.getCell(1).font = BOLD;
    });
  put(sheet, []);
}

function styleHeader(row: ExcelJS.Row, cols: number) {
  for (let c = 1; c <= cols; c++) {
    const cell = row.getCell(c);
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

function sectionRow(sheet: Sheet, cols: number, label: string) {
  const row = sheet.addRow([label]);
  sheet.mergeCells(row.number, 1, row.number, cols);
  for (let c = 1; c <= cols; c++) {
    row.getCell(c).border = THIN;
    row.getCell(c).font = BOLD;
    row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } };
  }
}

function matrixSheet(book: ExcelJS.Workbook, p: PlanExport, logoId?: number) {
  const years = yearsOfExport(p);
  // No | Uraian | Data dasar | Target 5 th | years… | Indikator | Anggaran | Unit pelaksana
  const widths = [5, 46, 18, 18, ...years.map(() => 12), 28, 18, 24];
  const cols = widths.length;
  const sheet = landscapeSheet(book, 'Matriks', widths);
  head(sheet, p, cols, logoId);
  const y0 = 5;
  const yN = y0 + years.length - 1;
  const h1 = sheet.addRow([
    'No',
    'Uraian Program/Kegiatan/Sub Kegiatan',
    'Data Dasar (Baseline)',
    'Target Capaian 5 Tahun',
    'Target Tahunan',
    ...years.slice(1).map(() => ''),
    'Indikator Kinerja',
    'Alokasi Anggaran (Rp)',
    'Unit Pelaksana',
  ]);
  const h2 = sheet.addRow(['', '', '', '', ...years.map(String), '', '', '']);
  for (const c of [1, 2, 3, 4, yN + 1, yN + 2, yN + 3]) sheet.mergeCells(h1.number, c, h2.number, c);
  if (yN > y0) sheet.mergeCells(h1.number, y0, h1.number, yN);
  styleHeader(h1, cols);
  styleHeader(h2, cols);
  const numbers = sheet.addRow(widths.map((_, i) => `(${i + 1})`));
  styleHeader(numbers, cols);
  sheet.views = [{ state: 'frozen', ySplit: numbers.number }];

  for (const section of sectionsOf(p)) {
    sectionRow(sheet, cols, section.label);
    section.rows.forEach((r, i) => {
      const row = sheet.addRow([
        i + 1,
        `${LEVEL_PREFIX[r.level]}${r.code ? `${r.code} ` : ''}${r.description}`,
        r.baseline,
        r.target5y,
        ...years.map((y) => targetOf(r, y)),
        r.indicator,
        r.budget === null ? null : rupiahValue(r.budget),
        unitOf(p, r),
      ]);
      for (let c = 1; c <= cols; c++) {
        row.getCell(c).border = THIN;
        row.getCell(c).alignment = WRAP;
      }
      if (r.budget !== null) row.getCell(yN + 2).numFmt = rupiahFormat(r.budget);
    });
  }
  const total = addMoney('0.00', ...p.rows.map((r) => r.budget ?? '0.00'));
  const totalRow = sheet.addRow(['', 'Jumlah', ...Array(cols - 4).fill(''), rupiahValue(total), '']);
  sheet.mergeCells(totalRow.number, 2, totalRow.number, yN + 1);
  for (let c = 1; c <= cols; c++) {
    totalRow.getCell(c).border = THIN;
    totalRow.getCell(c).font = BOLD;
  }
  totalRow.getCell(yN + 2).numFmt = RP;
}

function actionSheet(book: ExcelJS.Workbook, p: PlanExport, logoId?: number) {
  const widths = [5, 50, 36, 20, 28, 22];
  const cols = widths.length;
  const sheet = landscapeSheet(book, 'Rencana Aksi', widths);
  head(sheet, p, cols, logoId);
  const h = sheet.addRow(['No', 'Rencana Aksi', 'Target', 'Waktu', 'Penanggung Jawab', 'Status']);
  styleHeader(h, cols);
  for (const area of areasOf(p)) {
    sectionRow(sheet, cols, area.label);
    area.items.forEach((it, i) => {
      const row = sheet.addRow([
        i + 1,
        it.action,
        it.target,
        it.timeline,
        unitOf(p, it),
        latestStatus(p, it.id),
      ]);
      for (let c = 1; c <= cols; c++) {
        row.getCell(c).border = THIN;
        row.getCell(c).alignment = WRAP;
      }
    });
  }
}

function progressSheet(book: ExcelJS.Workbook, p: PlanExport) {
  const lines = progressLines(p);
  const sheet = landscapeSheet(book, 'Kemajuan', [46, 8, 24, 30, 12, 14, 36]);
  putLine(sheet, 7, `Kemajuan pelaksanaan — ${p.title}`, { font: { bold: true, size: 12 } });
  put(sheet, []);
  putTable(
    sheet,
    ['Uraian', 'Tahun', 'Target', 'Realisasi', 'Capaian (%)', 'Status', 'Catatan'],
    lines.map((l) => [
      l.label,
      l.year,
      l.target,
      l.realisation,
      l.achievement === null ? null : Number(l.achievement),
      l.status ?? '',
      l.note,
    ]),
    [null, null, null, null, '0.00', null, null],
  );
  if (!lines.length) putLine(sheet, 7, 'Belum ada kemajuan yang dicatat.', { font: { italic: true } });
}

export async function planWorkbook(p: PlanExport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Setara';
  book.title = p.title;
  book.created = p.issue.date;
  const logoId = addLogo(book, p.issue);
  if (p.kind === 'rencana_aksi') actionSheet(book, p, logoId);
  else matrixSheet(book, p, logoId);
  progressSheet(book, p);
  return Buffer.from(await book.xlsx.writeBuffer());
}
