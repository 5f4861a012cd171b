/**
 * Importing an instrument from the XLSX template (xlsx-template.ts), read sheet by sheet through
 * server/lib/import (zip guard, size limits, formula cells). Every cell is checked — required,
 * number, answer type, thresholds, formula-like or control text, unknown area or question — and
 * each problem is named `<sheet>.<row>.<column>`; then the content goes through the same
 * validator and store as a JSON import (instruments.ts), its problems located on the same
 * sheet/row/column. A file with any problem stores nothing.
 */
import { open, rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import { instrumentDefinition, type InstrumentDefinition } from '../../../api/evaluation-instruments.js';
import { ANSWER_TYPES, type AnswerType } from '../../../domain/evaluation/instrument.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { restoreCell } from '../../lib/csv-writer.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { receiveUpload, fileTooLarge } from '../../lib/file-store/receive.js';
import { cellDecimal, ImportFileError, openTabularFile, type TabularRow } from '../../lib/import/index.js';
import { isMessageKey, type MessageKey } from '../../lib/messages.js';
import { assertManager, importDefinition, type Locate } from './instruments.js';
import {
  ANSWER_TYPE_WORDS,
  AREA_COLUMNS,
  OPTION_COLUMNS,
  QUESTION_COLUMNS,
  SHEETS,
  templateCell,
} from './xlsx-template.js';

export const XLSX_IMPORT_MAX_MB = 5;
const MAX_ROWS = 5000;
const MAX_CELL = 4000;
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A formula: = or @ first, or + / - not followed by a digit or space (as the institutions import). */
const FORMULA = /^(?:[=@\t]|[+-](?![\d\s]))/;
const ZIP_MAGIC = 'PK';

interface Row {
  n: number;
  get(column: string): string;
  number(column: string): number | null | 'bad';
}

class RowProblems {
  readonly fields: FieldErrors = {};
  add(sheet: string, row: number | string, column: string, key: MessageKey) {
    this.fields[`${sheet}.${row}.${column}`] ??= key;
  }
  get count() {
    return Object.keys(this.fields).length;
  }
}

async function readSheet(
  path: string,
  fileName: string,
  sheet: string,
  columns: readonly string[],
  bad: RowProblems,
) {
  let opened;
  try {
    opened = await openTabularFile(path, fileName, {
      sheet,
      limits: { maxColumns: 40, maxCellLength: MAX_CELL, maxRows: MAX_ROWS + 1 },
    });
  } catch (error) {
    throw fileError(error, sheet);
  }
  const header = opened.header.cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) {
    await opened.close();
    throw new Invalid(
      Object.fromEntries(missing.map((c) => [`${sheet}.columns.${c}`, 'evaluation_import_column_missing'])),
      'evaluation_import_column_missing',
      { sheet, column: missing[0]! },
    );
  }
  const rows: Row[] = [];
  try {
    for await (const raw of opened.rows) {
      if (raw.cells.every((c) => c.trim() === '')) continue;
      rows.push(rowOf(raw, header, sheet, bad));
    }
  } catch (error) {
    throw fileError(error, sheet);
  }
  return rows;
}

function rowOf(raw: TabularRow, header: string[], sheet: string, bad: RowProblems): Row {
  for (const issue of raw.issues) {
    bad.add(
      sheet,
      raw.rowNumber,
      header[issue.column - 1] ?? `kolom${issue.column}`,
      'evaluation_import_unreadable',
    );
  }
  const text = (column: string) => {
    const i = header.indexOf(column);
    const value = (raw.cells[i] ?? '').trim();
    if (value.charCodeAt(0) === 0x27) return restoreCell(value);
    if (raw.kinds[i] === 'text' && FORMULA.test(value)) {
      bad.add(sheet, raw.rowNumber, column, 'evaluation_import_formula');
      return '';
    }
    if (CONTROL.test(value)) {
      bad.add(sheet, raw.rowNumber, column, 'evaluation_import_control_char');
      return '';
    }
    return value;
  };
  return {
    n: raw.rowNumber,
    get: text,
    number(column) {
      const i = header.indexOf(column);
      if ((raw.cells[i] ?? '').trim() === '') return null;
      const parsed = cellDecimal(raw, i, { loneSeparator: 'indonesian' });
      if (!parsed.ok || !Number.isFinite(Number(parsed.value))) {
        bad.add(sheet, raw.rowNumber, column, 'evaluation_import_not_number');
        return 'bad';
      }
      return Number(parsed.value);
    },
  };
}

function fileError(error: unknown, sheet: string): unknown {
  if (!(error instanceof ImportFileError)) return error;
  if (error.code === 'sheet_not_found')
    return new Invalid(
      { [`${sheet}`]: 'evaluation_import_sheet_missing' },
      'evaluation_import_sheet_missing',
      { sheet },
    );
  if ((error.code === 'cell_too_long' || error.code === 'row_too_long') && error.row)
    return new Invalid(
      { [`${sheet}.${error.row}.kolom${error.column ?? ''}`]: 'evaluation_import_too_long' },
      'evaluation_instrument_invalid',
      { count: 1 },
    );
  if (error.code === 'too_many_rows')
    return new Invalid({ [sheet]: 'evaluation_import_too_many_rows' }, 'evaluation_import_too_many_rows');
  return new Invalid({ file: 'evaluation_import_not_xlsx' }, 'evaluation_import_not_xlsx');
}

const ANSWER_TYPE_OF = new Map<string, AnswerType>(ANSWER_TYPES.map((t) => [ANSWER_TYPE_WORDS[t], t]));
for (const t of ANSWER_TYPES) ANSWER_TYPE_OF.set(t, t);

function yesNo(text: string): boolean | null {
  const t = text.toLowerCase();
  if (['ya', 'y', 'yes', 'true', '1'].includes(t)) return true;
  if (['tidak', 't', 'no', 'false', '0'].includes(t)) return false;
  return null;
}

function thresholdsOf(text: string): { min: number; score: number }[] | null | 'bad' {
  if (text === '') return null;
  const out = [];
  for (const part of text
    .split(/[;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(-?\d+(?:[.,]\d+)?)\s*:\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    if (!m) return 'bad';
    out.push({ min: Number(m[1].replace(',', '.')), score: Number(m[2].replace(',', '.')) });
  }
  return out;
}

/** The workbook's content as a definition, and where each area/question/option row is. */
export async function parseWorkbook(path: string, fileName: string) {
  const bad = new RowProblems();
  const meta = await readSheet(path, fileName, SHEETS.instrument, ['properti', 'nilai'], bad);
  const areaRows = await readSheet(path, fileName, SHEETS.areas, AREA_COLUMNS, bad);
  const questionRows = await readSheet(path, fileName, SHEETS.questions, QUESTION_COLUMNS, bad);
  const optionRows = await readSheet(path, fileName, SHEETS.options, OPTION_COLUMNS, bad);
  const rowOfKey = new Map<string, number>();
  const rowOfObject = new WeakMap<object, { sheet: string; row: number }>();
  const property = (name: string) => meta.find((r) => r.get('properti').toLowerCase() === name);
  const required = (sheet: string, r: Row, column: string) => {
    const v = r.get(column);
    if (v === '') bad.add(sheet, r.n, column, 'evaluation_import_required');
    return v;
  };
  const codeRow = property('kode');
  const nameRow = property('nama');
  const def: InstrumentDefinition = {
    code: codeRow ? required(SHEETS.instrument, codeRow, 'nilai') : '',
    name: nameRow ? required(SHEETS.instrument, nameRow, 'nilai') : '',
    sourceNote: property('catatan_sumber')?.get('nilai') ?? '',
    example: yesNo(property('contoh')?.get('nilai') ?? '') ?? false,
    areas: [],
  };
  if (!codeRow) bad.add(SHEETS.instrument, 'kode', 'nilai', 'evaluation_import_required');
  if (!nameRow) bad.add(SHEETS.instrument, 'nama', 'nilai', 'evaluation_import_required');
  const areaByCode = new Map<string, InstrumentDefinition['areas'][number]>();
  for (const r of areaRows) {
    const area = {
      code: required(SHEETS.areas, r, 'kode'),
      name: required(SHEETS.areas, r, 'nama'),
      nameEn: r.get('nama_en') || null,
      questions: [],
    };
    def.areas.push(area);
    if (!areaByCode.has(area.code.toUpperCase())) areaByCode.set(area.code.toUpperCase(), area);
    rowOfKey.set(`areas:${area.code}`, r.n);
    rowOfObject.set(area, { sheet: SHEETS.areas, row: r.n });
  }
  type Question = InstrumentDefinition['areas'][number]['questions'][number];
  const questionByCode = new Map<string, Question>();
  const conditions: { q: Question; r: Row; code: string; equals: string }[] = [];
  for (const r of questionRows) {
    const S = SHEETS.questions;
    const typeWord = required(S, r, 'jenis_jawaban').toLowerCase();
    const answerType = ANSWER_TYPE_OF.get(typeWord);
    if (typeWord && !answerType) bad.add(S, r.n, 'jenis_jawaban', 'evaluation_import_bad_answer_type');
    const maxScore = r.number('nilai_maks');
    const weight = r.number('bobot');
    if (maxScore === null) bad.add(S, r.n, 'nilai_maks', 'evaluation_import_required');
    if (weight === null) bad.add(S, r.n, 'bobot', 'evaluation_import_required');
    const thresholds = thresholdsOf(r.get('ambang'));
    if (thresholds === 'bad') bad.add(S, r.n, 'ambang', 'evaluation_import_bad_thresholds');
    const target = r.number('target');
    const q: Question = {
      code: required(S, r, 'kode'),
      text: required(S, r, 'teks'),
      textEn: r.get('teks_en') || null,
      help: r.get('bantuan') || null,
      answerType: answerType ?? 'text',
      maxScore: typeof maxScore === 'number' ? maxScore : 0,
      weight: typeof weight === 'number' ? weight : 1,
      options: answerType === 'choice' ? [] : null,
      thresholds: thresholds === 'bad' ? null : thresholds,
      target: typeof target === 'number' ? target : null,
      evidenceKinds: r
        .get('bukti_dukung')
        .split(/[,;\n]+/)
        .map((k) => k.trim())
        .filter(Boolean),
      condition: null,
    };
    const areaCode = required(S, r, 'area');
    const area = areaByCode.get(areaCode.toUpperCase());
    if (areaCode && !area) bad.add(S, r.n, 'area', 'evaluation_import_unknown_area');
    area?.questions.push(q);
    if (!questionByCode.has(q.code.toUpperCase())) questionByCode.set(q.code.toUpperCase(), q);
    rowOfKey.set(`questions:${q.code}`, r.n);
    rowOfObject.set(q, { sheet: SHEETS.questions, row: r.n });
    const condCode = r.get('syarat_pertanyaan');
    if (condCode) conditions.push({ q, r, code: condCode, equals: r.get('syarat_nilai') });
  }
  // A condition's value is typed by the question it names ("ya" for yes/no, a number, a code).
  for (const { q, r, code, equals } of conditions) {
    const parent = questionByCode.get(code.toUpperCase());
    let value: string | boolean | number = equals;
    if (parent?.answerType === 'yes_no') value = yesNo(equals) ?? equals;
    else if (
      (parent?.answerType === 'number' || parent?.answerType === 'percentage') &&
      equals !== '' &&
      Number.isFinite(Number(equals.replace(',', '.')))
    )
      value = Number(equals.replace(',', '.'));
    if (equals === '') bad.add(SHEETS.questions, r.n, 'syarat_nilai', 'evaluation_import_required');
    q.condition = { questionCode: code, equals: value };
  }
  for (const r of optionRows) {
    const S = SHEETS.options;
    const qCode = required(S, r, 'pertanyaan');
    const score = r.number('nilai');
    if (score === null) bad.add(S, r.n, 'nilai', 'evaluation_import_required');
    const option = {
      code: required(S, r, 'kode'),
      label: required(S, r, 'label'),
      labelEn: r.get('label_en') || null,
      score: typeof score === 'number' ? score : 0,
    };
    const q = questionByCode.get(qCode.toUpperCase());
    if (qCode && !q) bad.add(S, r.n, 'pertanyaan', 'evaluation_import_unknown_question');
    // Options of a question that is not a choice are kept, so the validator names them.
    if (q) q.options = [...(q.options ?? []), option];
    rowOfKey.set(`options:${q?.code ?? qCode}/${option.code}`, r.n);
    rowOfObject.set(option, { sheet: SHEETS.options, row: r.n });
  }
  if (bad.count) throw new Invalid(bad.fields, 'evaluation_instrument_invalid', { count: bad.count });
  const locate: Locate = (p) => {
    const cell = templateCell(p.sheet, p.field);
    const row = rowOfKey.get(`${p.sheet}:${p.key}`);
    return `${cell.sheet}.${row ?? cell.column}.${cell.column}`;
  };
  return { def: checkShape(def, rowOfObject), locate };
}

async function magicOf(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(2);
    await handle.read(buffer, 0, 2, 0);
    return buffer.toString('latin1');
  } finally {
    await handle.close();
  }
}

/**
 * The JSON schema's checks (lengths, names without invisible characters, ranges) on the parsed
 * content, each issue located on the row it came from.
 */
function checkShape(def: InstrumentDefinition, rowOf: WeakMap<object, { sheet: string; row: number }>) {
  const parsed = instrumentDefinition.safeParse(def);
  if (parsed.success) return parsed.data;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    let node: unknown = def;
    let at: { sheet: string; row: number | string } = { sheet: SHEETS.instrument, row: 'nilai' };
    let field = '';
    for (const key of issue.path) {
      node = (node as Record<PropertyKey, unknown>)?.[key as PropertyKey];
      if (node && typeof node === 'object' && rowOf.has(node)) at = rowOf.get(node)!;
      if (typeof key === 'string') field = key;
    }
    const column = COLUMN_OF_FIELD[field] ?? field;
    fields[`${at.sheet}.${at.row}.${column}`] ??= isMessageKey(issue.message)
      ? issue.message
      : typeof node === 'number'
        ? 'evaluation_import_not_number'
        : 'evaluation_import_too_long';
  }
  throw new Invalid(fields, 'evaluation_instrument_invalid', { count: Object.keys(fields).length });
}

const COLUMN_OF_FIELD: Record<string, string> = {
  code: 'kode',
  name: 'nama',
  nameEn: 'nama_en',
  text: 'teks',
  textEn: 'teks_en',
  help: 'bantuan',
  maxScore: 'nilai_maks',
  weight: 'bobot',
  thresholds: 'ambang',
  target: 'target',
  evidenceKinds: 'bukti_dukung',
  questionCode: 'syarat_pertanyaan',
  equals: 'syarat_nilai',
  label: 'label',
  labelEn: 'label_en',
  score: 'nilai',
  sourceNote: 'catatan_sumber',
};

export async function importInstrumentXlsx(
  deps: { db: Db; scratchDir: string },
  actor: Actor | null,
  request: FastifyRequest,
) {
  assertManager(actor);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: XLSX_IMPORT_MAX_MB,
    missing: 'evaluation_import_empty',
    tooLarge: fileTooLarge('evaluation_import_too_large'),
    prefix: '.evaluation-instrument-',
  });
  try {
    if ((await magicOf(file.tempPath)) !== ZIP_MAGIC)
      throw new Invalid({ file: 'evaluation_import_not_xlsx' }, 'evaluation_import_not_xlsx');
    const { def, locate } = await parseWorkbook(file.tempPath, file.fileName);
    return await importDefinition(deps.db, actor, def, { locate, source: file.fileName });
  } finally {
    await rm(file.tempPath, { force: true });
  }
}
