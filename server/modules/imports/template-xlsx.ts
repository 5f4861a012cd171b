/**
 * The XLSX import template (wide): the Data sheet first (the import reads the first sheet) —
 * one header row of headings in the request's language with each column's code beneath, one
 * row per indicator × member combination with members written `label (code)`, P and L value
 * cells — then the instructions sheet ("Petunjuk") with how to fill it in and every member of
 * the template's dimensions, which the dimension cells offer as a drop-down list. No merged
 * cells (the reader refuses them).
 *
 * The validations cost a few ranges, not a rule per cell: exceljs writes one rule per address
 * given, and an address may be a whole column range.
 */
import ExcelJS from 'exceljs';
import { parseDecimal } from '../../../domain/number-parse.js';
import type { Language } from '../../lib/messages.js';
import { combosOf } from '../values/indicator-info.js';
import {
  COLUMN_CODES,
  columnHeading,
  guideLines,
  guideSheetName,
  memberCell,
  memberTableHeader,
  stackedHeading,
  type TemplateColumn,
} from './template-text.js';
import type { TemplateData } from './template.js';

/** Rows past the prefilled ones that still get the drop-down lists, for rows a user adds. */
const EXTRA_ROWS = 500;

const canonical = (value: string) => {
  const parsed = parseDecimal(value, { style: 'machine' });
  return parsed.ok ? parsed.value : value;
};

/** A number Excel keeps exactly (15 significant digits), else text with a decimal comma. */
function xlsxValue(value: string): number | string {
  const text = canonical(value);
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15 && String(Number(text)) === text ? Number(text) : text.replace('.', ',');
}

interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** 1 -> A, 27 -> AA. */
function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export async function xlsxTemplate(
  data: TemplateData,
  maxCells: number,
  period: string,
  lang: Language,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Setara';
  const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet(guideSheetName(lang));
  const lists = writeGuide(guide, data, lang);

  const head = (column: TemplateColumn) => stackedHeading(columnHeading(column, lang), COLUMN_CODES[column]);
  const header = sheet.addRow([
    head('indicator'),
    head('indicatorName'),
    head('period'),
    ...data.dimensions.map((d) => stackedHeading(data.setNames.get(d) ?? d, d)),
    head('P'),
    head('L'),
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 32;

  const firstValueColumn = 4 + data.dimensions.length;
  let rows = 1;
  for (const info of data.infos) {
    const name = lang === 'en' ? info.row.nameEn : info.row.nameId;
    for (const { key, members } of combosOf(info, maxCells)) {
      const values = (['P', 'L'] as const).map((sex) => {
        const found = data.stored.get(`${info.row.code}|${sex}|${key}`);
        return found ? xlsxValue(found.value) : null;
      });
      const row = sheet.addRow([
        info.row.code,
        name,
        period,
        ...data.dimensions.map((d) =>
          members[d] === undefined ? '' : memberCell(data.labels.get(d)?.get(members[d]), members[d]),
        ),
        ...values,
      ]);
      rows++;
      // Shade the sex an indicator does not have (e.g. L for maternal deaths): leave it blank.
      (['P', 'L'] as const).forEach((sex, i) => {
        if (info.row.sexes.includes(sex)) return;
        row.getCell(firstValueColumn + i).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFD9D9D9' },
        };
      });
    }
  }

  const last = rows + EXTRA_ROWS;
  // exceljs has range validations at run time but leaves them out of its types.
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  const guideRef = `'${guide.name}'`;
  data.dimensions.forEach((set, i) => {
    const range = lists.get(set);
    if (!range) return;
    const column = columnLetter(4 + i);
    validations.add(`${column}2:${column}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`${guideRef}!$D$${range.from}:$D$${range.to}`],
      // A warning, not a stop: a code or a bare label is accepted by the import too.
      errorStyle: 'warning',
      showErrorMessage: true,
    });
  });
  const values = `${columnLetter(firstValueColumn)}2:${columnLetter(firstValueColumn + 1)}${last}`;
  validations.add(values, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    errorStyle: 'warning',
    showErrorMessage: true,
  });

  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 60 : i === 0 ? 32 : 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the instructions and the member table; answers each set's rows in the table. */
function writeGuide(
  guide: ExcelJS.Worksheet,
  data: TemplateData,
  lang: Language,
): Map<string, { from: number; to: number }> {
  const [title, ...lines] = guideLines(lang);
  guide.addRow([title]).font = { bold: true, size: 13 };
  for (const line of lines) guide.addRow([line]);
  guide.addRow([]);
  guide.addRow(memberTableHeader(lang)).font = { bold: true };
  const lists = new Map<string, { from: number; to: number }>();
  for (const set of data.dimensions) {
    const members = data.memberOrder.get(set) ?? [];
    if (members.length === 0) continue;
    const from = guide.rowCount + 1;
    for (const code of members) {
      const label = data.labels.get(set)?.get(code);
      guide.addRow([data.setNames.get(set) ?? set, code, label ?? '', memberCell(label, code)]);
    }
    lists.set(set, { from, to: guide.rowCount });
  }
  guide.getColumn(1).width = 24;
  guide.getColumn(2).width = 18;
  guide.getColumn(3).width = 40;
  guide.getColumn(4).width = 48;
  return lists;
}
