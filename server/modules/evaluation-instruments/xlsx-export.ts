/**
 * Writing an instrument as XLSX in the template (xlsx-template.ts), and the empty template.
 * Every text cell is defused (server/lib/csv-writer.ts neutraliseCell), so a question text that
 * begins with "=" shows as text in a spreadsheet instead of running.
 */
import ExcelJS from 'exceljs';
import type { InstrumentDefinition } from '../../../api/evaluation-instruments.js';
import { neutraliseCell } from '../../lib/csv-writer.js';
import {
  ANSWER_TYPE_WORDS,
  AREA_COLUMNS,
  HELP_LINES,
  OPTION_COLUMNS,
  QUESTION_COLUMNS,
  SHEETS,
} from './xlsx-template.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | null | undefined;
const cellOf = (c: Cell) => (typeof c === 'string' ? neutraliseCell(c) : (c ?? null));

function sheetWith(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...header]).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map(cellOf));
  sheet.columns.forEach((c) => (c.width = 18));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

const conditionText = (equals: string | boolean | number) =>
  typeof equals === 'boolean' ? (equals ? 'ya' : 'tidak') : equals;

export async function instrumentWorkbook(def: InstrumentDefinition | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const help = workbook.addWorksheet(SHEETS.help);
  for (const line of HELP_LINES) help.addRow([line]);
  help.getColumn(1).width = 120;
  sheetWith(
    workbook,
    SHEETS.instrument,
    ['properti', 'nilai'],
    [
      ['kode', def?.code ?? ''],
      ['nama', def?.name ?? ''],
      ['catatan_sumber', def?.sourceNote ?? ''],
      ['contoh', def?.example ? 'ya' : 'tidak'],
    ],
  ).getColumn(2).width = 80;
  const areas = def?.areas ?? [];
  sheetWith(
    workbook,
    SHEETS.areas,
    AREA_COLUMNS,
    areas.map((a) => [a.code, a.name, a.nameEn]),
  );
  const questions = areas.flatMap((a) => a.questions.map((q) => ({ q, area: a.code })));
  const qs = sheetWith(
    workbook,
    SHEETS.questions,
    QUESTION_COLUMNS,
    questions.map(({ q, area }) => [
      q.code,
      area,
      q.text,
      q.textEn,
      q.help,
      ANSWER_TYPE_WORDS[q.answerType],
      q.maxScore,
      q.weight,
      (q.thresholds ?? []).map((t) => `${t.min}:${t.score}`).join('; '),
      q.target,
      q.evidenceKinds.join(', '),
      q.condition?.questionCode,
      q.condition ? conditionText(q.condition.equals) : null,
    ]),
  );
  qs.getColumn(3).width = 60;
  sheetWith(
    workbook,
    SHEETS.options,
    OPTION_COLUMNS,
    questions.flatMap(({ q }) => (q.options ?? []).map((o) => [q.code, o.code, o.label, o.labelEn, o.score])),
  ).getColumn(3).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
