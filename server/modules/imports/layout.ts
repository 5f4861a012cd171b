/**
 * Reads an import file's header: which column holds what, in one of two layouts.
 * - long: one value a row — indicator_code, region_code, period, sex, <dimension codes…>,
 *   value[, note][, status];
 * - wide: the template — indicator_code, indicator_name, period, <dimension codes…>, P, L.
 * Headers are matched ignoring case, spaces and dashes, in English or Indonesian. A column
 * without a header is ignored; an unknown header is refused, so a misspelt dimension column
 * never silently drops its members.
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
  ignored: ['indicator_name', 'nama_indikator', 'region_name', 'nama_wilayah', 'unit', 'satuan', 'status'],
};

const ROLE_OF = new Map(Object.entries(ALIASES).flatMap(([role, names]) => names.map((n) => [n, role])));

export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_');
}

/** Maps the header, or names what is wrong with it. `dimensionSets`: the codes the region sees. */
export function mapHeader(header: string[], dimensionSets: Set<string>): ColumnMap | HeaderProblem {
  const found = new Map<string, number>();
  const dimensions: ColumnMap['dimensions'] = [];
  const unknown: string[] = [];
  for (let index = 0; index < header.length; index++) {
    const name = normalizeHeader(header[index] ?? '');
    if (name === '') continue;
    const role = ROLE_OF.get(name) ?? (dimensionSets.has(name) ? `dim:${name}` : null);
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
    names: header.map((h) => (h ?? '').replace(/^\uFEFF/, '').trim()),
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
