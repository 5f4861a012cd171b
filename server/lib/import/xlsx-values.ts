/**
 * One exceljs cell -> the text and kind the import sees.
 *
 * Numbers: Excel keeps doubles and shows at most 15 significant digits, which is also all it
 * keeps of what a person types. Formatting with 15 significant digits therefore gives back
 * exactly what the user typed or saw (`=0.1+0.2` -> `0.3`, not `0.30000000000000004`), and the
 * digits then go through the decimal parser as text, never back through a float.
 * A number shown as a percentage (`45%`, stored as 0.45) becomes `45`, the number as shown,
 * which is also what the CSV path reads from the text `45%`.
 *
 * Formula cells give their cached result; exceljs drops falsy results from `cell.value`
 * (a cached 0 would look missing), so `cell.result` is read instead.
 */
import ExcelJS from 'exceljs';
import { parseDecimal } from '../../../domain/number-parse.js';
import type { CellIssueCode } from './errors.js';
import type { CellKind } from './types.js';

export interface CellReading {
  text: string;
  kind: CellKind;
  issue?: { code: CellIssueCode; detail: string };
}

const EMPTY: CellReading = { text: '', kind: 'empty' };

export function readCell(cell: ExcelJS.Cell, date1904: boolean): CellReading {
  const format = cell.numFmt;
  if (cell.type === ExcelJS.ValueType.Formula) {
    return formulaResult(cell.result, cell.formula, format, date1904);
  }
  const value: unknown = cell.value;
  // A shared-formula child has an empty formula text, so exceljs does not type it as a formula.
  if (isObject(value) && ('formula' in value || 'sharedFormula' in value)) {
    return formulaResult(value.result, String(value.formula ?? value.sharedFormula ?? ''), format, date1904);
  }
  return plainValue(value, format);
}

function formulaResult(result: unknown, formula: string, format: string, date1904: boolean): CellReading {
  if (result === undefined || result === null) {
    return { ...EMPTY, issue: { code: 'formula_without_value', detail: `=${formula}` } };
  }
  if (typeof result === 'number' && Number.isFinite(result) && isDateFormat(format)) {
    return plainValue(serialToDate(result, date1904), format);
  }
  return plainValue(result, format);
}

function plainValue(value: unknown, format: string): CellReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value === '' ? EMPTY : { text: value, kind: 'text' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  if (typeof value === 'number') {
    // exceljs turns a formula's cached error (#DIV/0!) into NaN.
    if (!Number.isFinite(value)) return errorCell('formula error');
    return { text: formatExcelNumber(value, isPercentFormat(format)), kind: 'number' };
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? errorCell('invalid date')
      : { text: formatExcelDate(value), kind: 'date' };
  }
  if (isObject(value)) {
    if (typeof value.error === 'string') return errorCell(value.error);
    if (Array.isArray(value.richText)) {
      const text = value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
      return text === '' ? EMPTY : { text, kind: 'text' };
    }
    if ('text' in value) return plainValue(String(value.text ?? ''), format);
  }
  return { text: String(value), kind: 'text' };
}

function errorCell(detail: string): CellReading {
  return { ...EMPTY, issue: { code: 'cell_error', detail } };
}

/** Canonical decimal text of an Excel number, to Excel's 15 significant digits. */
export function formatExcelNumber(value: number, percent = false): string {
  const parsed = parseDecimal(value.toPrecision(15), { style: 'machine' });
  if (!parsed.ok) throw new Error(`unexpected number ${value}`);
  return percent ? shiftPoint(parsed.value, 2) : parsed.value;
}

/** Multiplies a canonical decimal string by 10^places, as text. */
function shiftPoint(decimal: string, places: number): string {
  const parsed = parseDecimal(`${decimal}e${places}`, { style: 'machine' });
  return parsed.ok ? parsed.value : decimal;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when the cell has a time of day (no time zone). */
export function formatExcelDate(date: Date): string {
  // exceljs builds dates in UTC from the serial; round to whole seconds so 23:59:59.9996 does
  // not show as the previous second of a date.
  const iso = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function serialToDate(serial: number, date1904: boolean): Date {
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * 86_400_000));
}

/** Same test as exceljs: date/time tokens outside quoted text and [bracketed] parts. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

function isObject(value: unknown): value is Record<string, unknown> & { richText?: unknown } {
  return typeof value === 'object' && value !== null;
}
