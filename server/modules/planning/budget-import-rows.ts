/**
 * Reads the rows of a budget file (the planning system's export of sub-kegiatan with their
 * pagu) into checked lines, collecting every row error instead of stopping at the first. No
 * database here: OPDs come in as a lookup map.
 */
import type { RowError } from '../../lib/upload.js';
import {
  addMoney,
  compareMoney,
  formatRupiah,
  isNegativeMoney,
  parseRupiah,
} from '../../../domain/planning/money.js';
import type { CellKind, TabularRow } from '../../lib/import/index.js';
import type { MessageKey } from '../../lib/messages.js';
import { subKegiatanCode } from './sub-activities.js';

export type ImportColumn = 'opd' | 'code' | 'name' | 'indicator' | 'target' | 'budget';

/** Header spellings of regional exports, compared after normalising (lower case, letters only). */
const HEADERS: Record<ImportColumn, string[]> = {
  opd: ['opd', 'perangkat daerah', 'nama perangkat daerah', 'skpd', 'nama skpd', 'nama opd', 'unit kerja'],
  code: ['kode', 'kode sub kegiatan', 'kode subkegiatan', 'kode rekening', 'kode sipd'],
  name: ['nama', 'nama sub kegiatan', 'nama subkegiatan', 'uraian', 'sub kegiatan', 'uraian sub kegiatan'],
  indicator: ['indikator', 'indikator keluaran', 'indikator kinerja', 'keluaran', 'output'],
  target: ['target', 'target keluaran', 'volume', 'target kinerja'],
  budget: [
    'pagu',
    'anggaran',
    'pagu anggaran',
    'pagu indikatif',
    'nilai',
    'jumlah anggaran',
    'pagu rp',
    'anggaran rp',
  ],
};
export const REQUIRED_COLUMNS: ImportColumn[] = ['opd', 'code', 'name', 'budget'];

function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

export interface ColumnMap {
  index: Partial<Record<ImportColumn, number>>;
  label: Partial<Record<ImportColumn, string>>;
}

export function mapColumns(header: TabularRow): ColumnMap {
  const map: ColumnMap = { index: {}, label: {} };
  header.cells.forEach((cell, i) => {
    const text = normaliseHeader(cell);
    for (const column of Object.keys(HEADERS) as ImportColumn[]) {
      if (map.index[column] === undefined && HEADERS[column].includes(text)) {
        map.index[column] = i;
        map.label[column] = cell.trim();
      }
    }
  });
  return map;
}

export interface ImportLine {
  row: number;
  opdId: string;
  code: string;
  name: string;
  outputIndicator: string;
  target: string;
  budget: string;
}

/** OPD name or short name (lower case, single spaces) -> id. */
export type OpdLookup = Map<string, string>;

export function opdKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const TOTAL_ROW = /^(jumlah|total)\b/i;

function cellOf(row: TabularRow, index: number | undefined): { text: string; kind: CellKind } {
  if (index === undefined) return { text: '', kind: 'empty' };
  return { text: (row.cells[index] ?? '').trim(), kind: row.kinds[index] ?? 'empty' };
}

function amountOf(cell: { text: string; kind: CellKind }) {
  // A numeric XLSX cell is already a machine number: `1.5` is one and a half, not 15.
  return parseRupiah(cell.kind === 'number' ? Number(cell.text) : cell.text);
}

/**
 * Checks the rows: every line names a known OPD, a sub-kegiatan code (normalised), a name and
 * an exact non-negative budget; a code appears once per OPD; a total row ("Jumlah…"/"Total…"
 * with no code) equals the sum of the lines since the previous total row.
 */
export async function readImportRows(
  rows: AsyncIterable<TabularRow>,
  columns: ColumnMap,
  opds: OpdLookup,
): Promise<{ lines: ImportLine[]; errors: RowError[] }> {
  const lines: ImportLine[] = [];
  const errors: RowError[] = [];
  const firstRow = new Map<string, number>();
  let sinceTotal = '0.00';
  const label = (c: ImportColumn) => columns.label[c] ?? c;

  for await (const row of rows) {
    const get = (c: ImportColumn) => cellOf(row, columns.index[c]);
    const [opdCell, codeCell, nameCell, budgetCell] = [get('opd'), get('code'), get('name'), get('budget')];
    if (row.cells.every((c) => c.trim() === '')) continue;
    const fail = (column: ImportColumn | null, key: MessageKey, params?: Record<string, string | number>) =>
      errors.push({ row: row.rowNumber, column: column && label(column), key, params });

    if (codeCell.text === '' && (TOTAL_ROW.test(nameCell.text) || TOTAL_ROW.test(opdCell.text))) {
      const found = amountOf(budgetCell);
      if (!found.ok) fail('budget', 'import_budget_invalid', { value: budgetCell.text });
      else if (compareMoney(found.value, sinceTotal) !== 0) {
        fail('budget', 'import_total_mismatch', {
          expected: formatRupiah(sinceTotal),
          found: formatRupiah(found.value),
        });
      }
      sinceTotal = '0.00';
      continue;
    }

    const before = errors.length;
    const opdId = opds.get(opdKey(opdCell.text));
    if (!opdId) fail('opd', 'import_opd_unknown', { value: opdCell.text });
    const code = subKegiatanCode(codeCell.text);
    if ('error' in code) {
      fail(
        'code',
        code.error === 'sipd_code_invalid' ? 'import_code_invalid' : 'import_code_not_sub_kegiatan',
        {
          value: codeCell.text,
        },
      );
    }
    if (nameCell.text === '') fail('name', 'import_name_missing');
    const budget = amountOf(budgetCell);
    if (!budget.ok) fail('budget', 'import_budget_invalid', { value: budgetCell.text });
    else if (isNegativeMoney(budget.value)) fail('budget', 'import_budget_negative');
    else sinceTotal = addMoney(sinceTotal, budget.value);

    if (opdId && 'code' in code) {
      const key = `${opdId}|${code.code}`;
      const first = firstRow.get(key);
      if (first !== undefined) fail('code', 'import_code_duplicate', { first });
      else firstRow.set(key, row.rowNumber);
    }
    if (errors.length === before && opdId && 'code' in code && budget.ok) {
      lines.push({
        row: row.rowNumber,
        opdId,
        code: code.code,
        name: nameCell.text,
        outputIndicator: get('indicator').text,
        target: get('target').text,
        budget: budget.value,
      });
    }
  }
  return { lines, errors };
}
