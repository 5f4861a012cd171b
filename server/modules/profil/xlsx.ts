/**
 * The Profil Gender as a workbook: a cover sheet, one sheet per chapter (each indicator a
 * block: name, unit, source, then years × Perempuan / Laki-laki / Total / Selisih / Rasio with
 * numbers stored as numbers) and a "Definisi" sheet. Written with exceljs' streaming writer,
 * row by row into the given stream, so the workbook is never held whole in memory.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  excelNumberFormat,
  formatDateId,
  safeSheetName,
  sheetNameOf,
  sourceLabel,
  unitLabel,
} from './format.js';
import type { Profil, ProfilChapter, ProfilIndicator } from './model.js';
import { profilTitle } from './pdf-document.js';
import { RATE_RULE_TEXT, rateNotes } from './rate-notes.js';

type Sheet = ExcelJS.Worksheet;
type Cell = string | number | null;

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const TITLE: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const DEMO: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFB71C1C' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFE4EA' } };
const RATIO_FORMAT = '0.00';

export const COVER_SHEET = 'Sampul';
export const DEFINITIONS_SHEET = 'Definisi';

/** Appends one row and commits it at once: the streaming writer then frees it. */
function put(sheet: Sheet, values: Cell[], style?: (row: ExcelJS.Row) => void): void {
  const row = sheet.addRow(values);
  style?.(row);
  row.commit();
}

const bold = (font: Partial<ExcelJS.Font>) => (row: ExcelJS.Row) => {
  row.font = font;
};

function header(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
  });
}

function numbers(formats: (string | null)[]) {
  return (row: ExcelJS.Row) =>
    formats.forEach((fmt, i) => {
      if (fmt) row.getCell(i + 1).numFmt = fmt;
    });
}

function addCover(wb: ExcelJS.stream.xlsx.WorkbookWriter, p: Profil): void {
  const sheet = wb.addWorksheet(COVER_SHEET);
  sheet.columns = [{ width: 28 }, { width: 60 }];
  put(sheet, [profilTitle(p)], bold(TITLE));
  put(sheet, []);
  put(sheet, ['Wilayah', p.region.name]);
  put(sheet, ['Kode wilayah', p.region.code]);
  put(sheet, ['Tahun', p.year]);
  put(sheet, ['Rentang data', `${p.fromYear}–${p.year}`]);
  put(sheet, ['Diterbitkan', formatDateId(p.generatedAt)]);
  put(sheet, ['Status angka', p.verifiedOnly ? 'Hanya terverifikasi' : 'Terverifikasi, diajukan dan draf']);
  put(sheet, ['Angka rasio', RATE_RULE_TEXT]);
  if (p.hasDemo)
    put(sheet, ['DEMO — angka contoh', 'Angka contoh untuk peragaan, bukan statistik resmi.'], bold(DEMO));
  if (p.hasUnverified) put(sheet, ['DRAF', 'Memuat angka yang belum diverifikasi.'], bold(DEMO));
  put(sheet, []);
  put(sheet, ['Daftar isi'], bold(BOLD));
  for (const c of p.chapters) {
    put(sheet, [
      `Bab ${c.number}. ${c.title}`,
      `Lembar "${sheetNameOf(c.group)}" — ${c.indicators.length} indikator`,
    ]);
  }
  put(sheet, ['Sumber dan definisi', `Lembar "${DEFINITIONS_SHEET}"`]);
  sheet.commit();
}

function addIndicator(sheet: Sheet, ind: ProfilIndicator, label: string, year: number): void {
  const fmt = excelNumberFormat(ind.decimals);
  put(sheet, [`${label} ${ind.name}`], bold(BOLD));
  put(sheet, ['Kode', ind.code]);
  put(sheet, ['Satuan', unitLabel(ind.unit)]);
  put(sheet, ['Sumber', ind.sourceNote || sourceLabel(ind.source)]);
  put(sheet, ['Tahun', 'Perempuan', 'Laki-laki', 'Total', 'Selisih P−L', 'Rasio P/L'], header);
  for (const r of ind.rows) {
    put(sheet, [r.year, r.p, r.l, r.t, r.diff, r.ratio], numbers(['0', fmt, fmt, fmt, fmt, RATIO_FORMAT]));
  }
  for (const note of rateNotes(ind)) put(sheet, [note], bold({ italic: true }));
  for (const b of ind.breakdowns) {
    put(sheet, []);
    put(sheet, [`Menurut ${b.dimensionName.toLowerCase()}, ${year}`], bold({ italic: true }));
    put(sheet, [b.dimensionName, 'Perempuan', 'Laki-laki', 'Total'], header);
    for (const r of b.rows) put(sheet, [r.label, r.p, r.l, r.t], numbers([null, fmt, fmt, fmt]));
  }
  put(sheet, []);
}

function addChapter(wb: ExcelJS.stream.xlsx.WorkbookWriter, p: Profil, c: ProfilChapter): void {
  const sheet = wb.addWorksheet(sheetNameOf(c.group));
  sheet.columns = [{ width: 34 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 12 }];
  put(sheet, [`Bab ${c.number}. ${c.title}`], bold(TITLE));
  put(sheet, [profilTitle(p)]);
  if (p.hasDemo) put(sheet, ['DEMO — angka contoh, bukan statistik resmi'], bold(DEMO));
  put(sheet, []);
  if (c.indicators.length === 0) {
    put(sheet, [`Belum ada data ${c.title.toLowerCase()} pada tahun ${p.fromYear}–${p.year}.`]);
  }
  c.indicators.forEach((ind, i) => addIndicator(sheet, ind, `${c.number}.${i + 1}`, p.year));
  sheet.commit();
}

function addDefinitions(wb: ExcelJS.stream.xlsx.WorkbookWriter, p: Profil): void {
  const sheet = wb.addWorksheet(safeSheetName(DEFINITIONS_SHEET));
  sheet.columns = [
    { width: 30 },
    { width: 30 },
    { width: 50 },
    { width: 14 },
    { width: 80 },
    { width: 18 },
    { width: 50 },
  ];
  put(sheet, ['Bab', 'Kode', 'Indikator', 'Satuan', 'Definisi', 'Jenis sumber', 'Sumber'], header);
  for (const c of p.chapters) {
    for (const ind of c.indicators) {
      put(sheet, [
        c.title,
        ind.code,
        ind.name,
        unitLabel(ind.unit),
        ind.definition,
        sourceLabel(ind.source),
        ind.sourceNote,
      ]);
    }
  }
  sheet.commit();
}

/** Writes the workbook into `stream` and resolves once it is complete. */
export async function writeProfilXlsx(p: Profil, stream: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Setara';
  wb.title = profilTitle(p);
  wb.created = p.generatedAt;
  addCover(wb, p);
  for (const c of p.chapters) addChapter(wb, p, c);
  addDefinitions(wb, p);
  await wb.commit();
}
