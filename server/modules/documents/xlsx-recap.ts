/**
 * The ARG recap as a workbook: a summary sheet (totals and categories), then one sheet each
 * for OPDs, programs, the trend and the OPDs not yet submitted. Amounts and shares are numbers
 * (formatted as Rupiah and percent) so they can be summed and charted.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ArgRecap } from '../planning/recap.js';
import type { Issue } from './model.js';
import {
  CATEGORY_LABELS,
  programShare,
  recapTitle,
  SUMMARY_FIGURES,
  type SummaryFigure,
} from './recap-text.js';
import {
  addLogo,
  BOLD,
  finishSheet,
  letterheadRows,
  put,
  putLine,
  rupiahFormat,
  rupiahValue,
  landscapeSheet,
  putTable,
  type Sheet,
} from './xlsx-common.js';

const PERCENT = '0.00"%"';

const amount = (v: string) => rupiahValue(v);
const share = (v: string) => Number(v);
const RP = rupiahFormat('1.00');

/*
 * The summary's figures are number cells, so that Excel can sum and chart them; the formats
 * carry no separators of their own, and Excel shows them in the reader's locale (Indonesian
 * Excel: Rp 1.234.567 and 12,50%).
 */
const figureFormat = (f: SummaryFigure): string =>
  f.kind === 'money' ? rupiahFormat(f.value) : f.kind === 'percent' ? PERCENT : '#,##0';
const figureValue = (f: SummaryFigure): number =>
  f.kind === 'money' ? amount(f.value) : f.kind === 'percent' ? share(f.value) : f.value;

function titled(
  book: ExcelJS.Workbook,
  name: string,
  cols: number,
  widths: number[],
  issue: Issue,
  r: ArgRecap,
  regionName: string,
  logoId?: number,
): Sheet {
  const sheet = landscapeSheet(book, name, widths);
  letterheadRows(sheet, issue, null, cols, logoId);
  const { title, subtitle } = recapTitle(regionName, r.year);
  putLine(sheet, cols, title, { font: { bold: true, size: 12 }, align: { horizontal: 'center' } });
  putLine(sheet, cols, subtitle, { align: { horizontal: 'center' } });
  put(sheet, []);
  return sheet;
}

export async function writeRecapXlsx(
  r: ArgRecap,
  regionName: string,
  issue: Issue,
  stream: Writable,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Setara';
  book.title = `Rekapitulasi ARG ${regionName} ${r.year}`;
  book.created = issue.date;
  const logoId = addLogo(book, issue);

  const summary = titled(book, 'Ringkasan', 4, [44, 14, 22, 22], issue, r, regionName, logoId);
  for (const [label, figure] of SUMMARY_FIGURES(r)) {
    put(summary, [label, figureValue(figure)], (row) => {
      row.getCell(1).font = BOLD;
      row.getCell(2).numFmt = figureFormat(figure);
    });
  }
  put(summary, []);
  putTable(
    summary,
    ['Kategori', 'Sub kegiatan', 'Pagu', 'Nilai ARG'],
    r.byCategory.map((c) => [CATEGORY_LABELS[c.category], c.count, amount(c.budget), amount(c.amount)]),
    [null, null, RP, RP],
  );
  finishSheet(summary);

  const opd = titled(book, 'Per OPD', 10, [5, 44, 12, 12, 20, 20, 9, 8, 10, 10], issue, r, regionName);
  putTable(
    opd,
    ['No', 'OPD', 'Sub kegiatan', 'Ditandai', 'Pagu', 'ARG', '% ARG', 'Draf', 'Diajukan', 'Disetujui'],
    r.byOpd.map((o, i) => [
      i + 1,
      o.opdName,
      o.subActivities,
      o.tagged,
      amount(o.budget),
      amount(o.responsive),
      share(o.share),
      o.gaps.draft + o.gaps.revision,
      o.gaps.submitted,
      o.gaps.approved,
    ]),
    [null, null, null, null, RP, RP, PERCENT, null, null, null],
  );
  finishSheet(opd);

  const program = titled(book, 'Per Program', 5, [14, 60, 20, 20, 10], issue, r, regionName);
  putTable(
    program,
    ['Kode', 'Program', 'Pagu', 'ARG', '% ARG'],
    r.byProgram.map((p) => [
      p.code,
      p.name ?? '',
      amount(p.budget),
      amount(p.responsive),
      share(programShare(p)),
    ]),
    [null, null, RP, RP, PERCENT],
  );
  finishSheet(program);

  const trend = titled(book, 'Tren', 4, [10, 22, 22, 10], issue, r, regionName);
  putTable(
    trend,
    ['Tahun', 'Pagu', 'ARG', '% ARG'],
    r.trend.map((t) => [t.year, amount(t.budget), amount(t.responsive), share(t.share)]),
    [null, RP, RP, PERCENT],
  );
  finishSheet(trend);

  const pending = titled(book, 'Belum Mengajukan', 2, [5, 60], issue, r, regionName);
  putTable(
    pending,
    ['No', 'OPD'],
    r.notSubmitted.map((o, i) => [i + 1, o.opdName]),
    [null, null],
  );
  finishSheet(pending);

  await book.xlsx.write(stream);
  stream.end();
}
