/**
 * The daftar hadir as a workbook: one sheet per day with the letterhead, the event and the
 * table (with the signature pictures for the organisers). Typed text is written as text, and
 * text a spreadsheet could take for a formula gets the CSV writer's leading quote
 * (neutraliseCell), so a name like "=HYPERLINK(…)" typed on the public page stays inert.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../lib/csv-writer.js';
import { safeSheetName } from '../../lib/xlsx/sheet-name.js';
import type { Issue } from '../documents/model.js';
import {
  addLogo,
  BOLD,
  finishSheet,
  headerStyle,
  letterheadRows,
  put,
  putLine,
  THIN,
} from '../documents/xlsx-common.js';
import {
  DEMO_NOTE,
  ERASED_NOTE,
  HEADINGS,
  PUBLIC_NOTE,
  summaryLine,
  type DaftarHadirDay,
  type DaftarHadirModel,
} from './daftar-hadir-model.js';

const text = (v: string) => neutraliseCell(v);

function daySheet(
  book: ExcelJS.Workbook,
  model: DaftarHadirModel,
  issue: Issue,
  day: DaftarHadirDay,
  logoId?: number,
) {
  const personal = model.personal;
  const widths = personal ? [5, 30, 8, 28, 22, 26, 22] : [5, 34, 10, 34, 28];
  const cols = widths.length;
  const sheet = book.addWorksheet(safeSheetName(day.day), {
    pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  letterheadRows(sheet, issue, model.unitName, cols, logoId);
  if (model.isDemo) putLine(sheet, cols, DEMO_NOTE, { font: { bold: true, color: { argb: 'FFB71C1C' } } });
  putLine(sheet, cols, 'DAFTAR HADIR', { font: { bold: true, size: 12 }, align: { horizontal: 'center' } });
  putLine(sheet, cols, text(model.title), { align: { horizontal: 'center' } });
  put(sheet, ['', 'Hari/tanggal', ':', day.dayLabel]);
  put(sheet, ['', 'Waktu', ':', text(model.time || '–')]);
  put(sheet, ['', 'Tempat', ':', text(model.venue || '–')]);
  if (!personal) putLine(sheet, cols, PUBLIC_NOTE, { font: { italic: true, size: 9 } });
  put(sheet, []);
  const head = sheet.addRow([
    HEADINGS.no,
    HEADINGS.name,
    HEADINGS.sexLong,
    HEADINGS.institution,
    HEADINGS.position,
    ...(personal ? [HEADINGS.contact, HEADINGS.signature] : []),
  ]);
  headerStyle(head, cols);
  for (const r of day.rows) {
    const row = sheet.addRow([
      r.no,
      text(r.erased ? `${r.fullName} (${ERASED_NOTE})` : r.fullName),
      r.sex,
      text(r.institution),
      text(r.position),
      ...(personal ? [text(r.contact), r.signature ? '' : `${r.no}.`] : []),
    ]);
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        horizontal: c === 1 || c === 3 ? 'center' : 'left',
      };
    }
    if (personal && r.signature) {
      row.height = 34;
      const id = book.addImage({
        buffer: Buffer.from(r.signature) as unknown as ExcelJS.Buffer,
        extension: 'png',
      });
      sheet.addImage(id, {
        tl: { col: cols - 1 + 0.05, row: row.number - 1 + 0.05 },
        ext: { width: 120, height: 40 },
        editAs: 'oneCell',
      });
    }
  }
  put(sheet, []);
  const sum = put(sheet, ['', summaryLine(day.counts)]);
  sum.getCell(2).font = BOLD;
  finishSheet(sheet);
}

export async function writeDaftarHadirXlsx(
  model: DaftarHadirModel,
  issue: Issue,
  out: Writable,
): Promise<void> {
  // In memory, not streamed: the streaming writer cannot place the signature pictures.
  const book = new ExcelJS.Workbook();
  book.creator = 'Setara';
  const logoId = addLogo(book, issue);
  for (const day of model.days) daySheet(book, model, issue, day, logoId);
  if (model.days.length === 0) book.addWorksheet('Daftar hadir').addRow(['Belum ada kehadiran.']);
  await book.xlsx.write(out);
  out.end();
}
