/**
 * The yearly monev result as a workbook: "Hasil" (OPDs by rank with each criterion's value,
 * score and grade, and the signature), "Rincian" (every OPD's criteria: value, weight, weight
 * after leaving out criteria without data, contribution, points lost) and "Pengaturan" (the
 * configuration version, its source, weights and grade bands). Figures are number cells, so
 * they can be sorted and charted; Excel shows them in the reader's locale.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { MonevResultsDto } from '../../../api/monev-results.js';
import type { SignatoryView } from '../letterhead/service.js';
import type { Issue } from './model.js';
import { basisLine, exampleWarning, leftOutNote, resultsTitle, valueOf } from './monev-results-text.js';
import {
  addLogo,
  BOLD,
  finishSheet,
  letterheadRows,
  put,
  putLine,
  signatureRows,
  landscapeSheet,
  putTable,
  type Sheet,
} from './xlsx-common.js';

const POINTS = '0.00';
/** Formats of a table's columns: points (two decimals) where true, text where false. */
const points = (numeric: boolean[]) => numeric.map((isNumber) => (isNumber ? POINTS : null));

function titled(
  book: ExcelJS.Workbook,
  name: string,
  widths: number[],
  issue: Issue,
  r: MonevResultsDto,
  logoId?: number,
): Sheet {
  const sheet = landscapeSheet(book, name, widths);
  const cols = widths.length;
  letterheadRows(sheet, issue, null, cols, logoId);
  const { title, subtitle } = resultsTitle(r);
  putLine(sheet, cols, title, { font: { bold: true, size: 12 }, align: { horizontal: 'center' } });
  putLine(sheet, cols, subtitle, { align: { horizontal: 'center' } });
  const warning = exampleWarning(r);
  if (warning) putLine(sheet, cols, warning, { font: { bold: true, color: { argb: 'FFB71C1C' } } });
  putLine(sheet, cols, basisLine(r), { font: { size: 9 }, height: 28 });
  put(sheet, []);
  return sheet;
}

export async function writeMonevResultsXlsx(
  r: MonevResultsDto,
  issue: Issue,
  signatory: SignatoryView | null,
  stream: Writable,
): Promise<void> {
  const config = r.config!;
  const book = new ExcelJS.Workbook();
  book.creator = 'Setara';
  book.title = `Hasil Pengendalian dan Evaluasi ${r.regionName} ${r.year}`;
  book.created = issue.date;
  const logoId = addLogo(book, issue);

  const widths = [10, 44, ...config.criteria.map(() => 14), 10, 14];
  const result = titled(book, 'Hasil', widths, issue, r, logoId);
  putTable(
    result,
    ['Peringkat', 'OPD', ...config.criteria.map((c) => `${c.label} (%)`), 'Nilai', 'Predikat'],
    r.opds.map((o) => [
      o.rank,
      o.opd.name,
      ...config.criteria.map((c) => valueOf(o, c.key)),
      o.score,
      o.grade ?? '',
    ]),
    points([false, false, ...config.criteria.map(() => true), true, false]),
  );
  const leftOut = leftOutNote(r);
  if (leftOut) putLine(result, widths.length, leftOut, { font: { size: 9 } });
  signatureRows(
    result,
    issue,
    signatory ?? { name: '', nip: '', position: '.......................................', rank: '' },
    widths.length - 2,
    widths.length,
  );
  finishSheet(result);

  const detail = titled(book, 'Rincian', [44, 36, 12, 10, 14, 14, 14, 16], issue, r);
  putTable(
    detail,
    ['OPD', 'Kriteria', 'Nilai (%)', 'Bobot', 'Bobot dipakai', 'Sumbangan', 'Poin hilang', 'Keterangan'],
    r.opds.flatMap((o) =>
      o.criteria.map((c) => [
        o.opd.name,
        c.label,
        c.value,
        c.weight,
        c.effectiveWeight,
        c.contribution,
        c.lost,
        c.excluded ? 'tanpa data, tidak dihitung' : c.capped ? 'di atas 100%, dihitung 100%' : '',
      ]),
    ),
    points([false, false, true, true, true, true, true, false]),
  );
  finishSheet(detail);

  const rules = titled(book, 'Pengaturan', [50, 14], issue, r);
  put(rules, ['Versi', config.version], (row) => (row.getCell(1).font = BOLD));
  put(rules, ['Sumber', config.sourceNote], (row) => (row.getCell(1).font = BOLD));
  put(rules, []);
  putTable(
    rules,
    ['Kriteria', 'Bobot'],
    config.criteria.map((c) => [c.label, c.weight]),
    points([false, true]),
  );
  put(rules, []);
  putTable(
    rules,
    ['Predikat', 'Nilai minimum'],
    config.grades.map((g) => [g.name, g.min]),
    points([false, true]),
  );
  finishSheet(rules);

  await book.xlsx.write(stream);
  stream.end();
}
