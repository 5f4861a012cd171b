/**
 * Reads an import file's header: which column holds what, in one of two layouts.
 * - long: one value a row — indicator_code, region_code, period, sex, <dimension codes…>,
 *   value[, note][, status];
 * - wide: the template — indicator_code, indicator_name, period, <dimension codes…>, P, L.
 * Headers are matched ignoring case, spaces and dashes, in English or Indonesian: the codes
 * (`indicator_code`, `umur5`) and the headings the template writes (`Kode indikator`,
 * `Kelompok umur`, a dimension's name in either language). A template cell holds the heading
 * with the code beneath it (two lines) or `Heading (code)`: any of its lines, or the code in
 * brackets, may name the column. A column without a header is ignored; an unknown header is
 * refused, so a misspelt dimension column never silently drops its members.
 */
import type { MessageKey } from '../../lib/messages.js';

export type Sex = 'P' | 'L';

export interface ColumnMap {
  layout: 'long' | 'wide';
  indicator: number;
  region: number | null;
  period: number;
  /** Long layout. */
  sex: number | null;
  value: number | null;
  note: number | null;
  /** Wide layout: the value columns, one per sex. */
  sexColumns: { sex: Sex; index: number }[];
  dimensions: { set: string; index: number }[];
  /** The header texts as written, to name columns in errors. */
  names: string[];
}

export interface HeaderProblem {
  code: MessageKey;
  params: Record<string, string>;
}

/** The refused-rows file's reason column, in both languages (normalised). */
export const REASON_HEADERS = ['alasan_ditolak', 'reason_refused'];

const ALIASES: Record<string, string[]> = {
  indicator: ['indicator_code', 'indicator', 'kode_indikator', 'indikator'],
  region: ['region_code', 'region', 'kode_wilayah', 'wilayah', 'kode_daerah'],
  period: ['period', 'periode', 'tahun', 'year'],
  sex: ['sex', 'jenis_kelamin', 'jk', 'gender'],
  value: ['value', 'nilai', 'angka'],
  note: ['note', 'catatan', 'keterangan'],
  P: ['p', 'perempuan', 'wanita', 'f', 'female'],
  L: ['l', 'laki_laki', 'lakilaki', 'pria', 'm', 'male'],
  // Descriptive columns of the template and of exports: read by people, not by the import.
  ignored: [
    'indicator_name',
    'nama_indikator',
    'region_name',
    'nama_wilayah',
    'unit',
    'satuan',
    'status',
    // The reason column of a refused-rows file (refused-file.ts), so it can be fixed and re-uploaded.
    ...REASON_HEADERS,
  ],
};

const ROLE_OF = new Map(Object.entries(ALIASES).flatMap(([role, names]) => names.map((n) => [n, role])));

export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_');
}

/**
 * The texts a header cell may be known by: the whole cell, each of its lines (heading above,
 * code beneath) and a code in brackets at its end (`Kelompok umur (umur5)`); the code first.
 */
function candidates(cell: string): string[] {
  const lines = cell
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const bracketed = /\(([^()]+)\)\s*$/.exec(cell.trim())?.[1];
  return [...(bracketed ? [bracketed] : []), ...lines.reverse(), cell].map(normalizeHeader);
}

/**
 * Maps the header, or names what is wrong with it. `dimensionSets`: the codes the region sees;
 * `dimensionNames`: their names in either language (normalised) -> code.
 */
export function mapHeader(
  header: string[],
  dimensionSets: Set<string>,
  dimensionNames: Map<string, string> = new Map(),
): ColumnMap | HeaderProblem {
  const found = new Map<string, number>();
  const dimensions: ColumnMap['dimensions'] = [];
  const unknown: string[] = [];
  const roleOf = (name: string) => {
    const known = ROLE_OF.get(name);
    if (known) return known;
    if (dimensionSets.has(name)) return `dim:${name}`;
    const named = dimensionNames.get(name);
    return named ? `dim:${named}` : null;
  };
  for (let index = 0; index < header.length; index++) {
    const names = candidates(header[index] ?? '').filter((n) => n !== '');
    if (names.length === 0) continue;
    const role = names.map(roleOf).find((r) => r !== null) ?? null;
    if (role === null) {
      unknown.push(header[index].trim());
      continue;
    }
    if (role === 'ignored') continue;
    if (found.has(role)) return { code: 'import_duplicate_column', params: { column: header[index].trim() } };
    found.set(role, index);
    if (role.startsWith('dim:')) dimensions.push({ set: role.slice(4), index });
  }
  if (unknown.length) return { code: 'import_unknown_columns', params: { columns: unknown.join(', ') } };

  const hasValue = found.has('value');
  const sexColumns = (['P', 'L'] as const)
    .filter((sex) => found.has(sex))
    .map((sex) => ({ sex, index: found.get(sex)! }));
  if (hasValue && sexColumns.length) return { code: 'import_mixed_layout', params: {} };
  if (!hasValue && !sexColumns.length) return { code: 'import_no_value_columns', params: {} };

  const layout = hasValue ? 'long' : 'wide';
  const required = layout === 'long' ? ['indicator', 'period', 'sex'] : ['indicator', 'period'];
  const missing = required.filter((role) => !found.has(role)).map((role) => ALIASES[role][0]);
  if (missing.length) return { code: 'import_missing_columns', params: { columns: missing.join(', ') } };

  return {
    layout,
    indicator: found.get('indicator')!,
    region: found.get('region') ?? null,
    period: found.get('period')!,
    sex: found.get('sex') ?? null,
    value: found.get('value') ?? null,
    note: found.get('note') ?? null,
    sexColumns,
    dimensions,
    // Errors name a column by its first line: the heading the user reads.
    names: header.map((h) =>
      (h ?? '')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)[0]
        .trim(),
    ),
  };
}

export function isHeaderProblem(result: ColumnMap | HeaderProblem): result is HeaderProblem {
  return 'code' in result;
}

const SEX_WORDS = new Map<string, Sex | 'T'>([
  ...['p', 'f', 'w', 'perempuan', 'wanita', 'female', 'women'].map((w) => [w, 'P'] as const),
  ...['l', 'm', 'laki_laki', 'lakilaki', 'pria', 'male', 'men'].map((w) => [w, 'L'] as const),
  ...['t', 'total', 'jumlah', 'p_l', 'l_p', 'p+l'].map((w) => [w, 'T'] as const),
]);

/** P/L in any of the usual spellings; 'T' for a total (refused by the caller); null if unknown. */
export function parseSex(text: string): Sex | 'T' | null {
  return SEX_WORDS.get(normalizeHeader(text)) ?? null;
}
