/**
 * Indonesian presentation of the Profil Gender: numbers (1.234,5), dates (24 November 2026),
 * unit and chapter names, spreadsheet sheet names and number formats. Pure, shared by the
 * PDF and the XLSX so both print the same words and digits.
 */
import { DOMAIN_GROUP_TITLES, DOMAIN_GROUPS, type DomainGroup } from '../../../domain/indicators.js';
import { safeSheetName } from '../../lib/xlsx/sheet-name.js';

// Shared with the other printed documents; re-exported so the Profil's files keep one import.
export { formatDateId, formatNumber, NO_VALUE } from '../../lib/pdf/format.js';
export { safeSheetName };

/** The P/L ratio is a parity index: two decimals whatever the indicator's unit. */
export const RATIO_DECIMALS = 2;

export const CHAPTER_TITLES = Object.fromEntries(
  DOMAIN_GROUPS.map((g) => [g, DOMAIN_GROUP_TITLES[g].id]),
) as Record<DomainGroup, string>;

/** Excel allows 31 characters per sheet name; the long titles get a fixed short form. */
const SHEET_NAMES: Record<DomainGroup, string> = {
  kependudukan: 'Kependudukan',
  pendidikan: 'Pendidikan',
  kesehatan: 'Kesehatan',
  ekonomi_ketenagakerjaan: 'Ekonomi dan Ketenagakerjaan',
  politik_pengambilan_keputusan: 'Politik & Pengambilan Keputusan',
  hukum_sosial_budaya: 'Hukum, Sosial dan Budaya',
  kekerasan_perempuan_anak: 'Kekerasan thd Perempuan & Anak',
  kebencanaan: 'Kebencanaan',
};

export function sheetNameOf(group: DomainGroup): string {
  return safeSheetName(SHEET_NAMES[group]);
}

const UNIT_LABELS: Record<string, string> = {
  orang: 'orang',
  persen: 'persen',
  rasio: 'rasio',
  indeks: 'indeks',
  rupiah: 'rupiah',
  tahun: 'tahun',
  kasus: 'kasus',
  jiwa_per_km2: 'jiwa per km²',
  per_1000: 'per 1.000',
  per_100000: 'per 100.000',
  unit: 'unit',
};

/** Region-defined units outside the list print as stored. */
export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit.replace(/_/g, ' ');
}

const SOURCE_LABELS: Record<string, string> = {
  bps: 'BPS',
  administrative: 'Data administratif',
  survey: 'Survei',
};

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

/** Excel number format for an indicator's decimals: '#,##0' or '#,##0.0…'. */
export function excelNumberFormat(decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 6));
  return d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`;
}

/** `profil-gender-72.71-2024.pdf`: the region code keeps its dots, as people quote it. */
export function profilFileName(regionCode: string, year: number, ext: 'pdf' | 'xlsx'): string {
  return `profil-gender-${regionCode.replace(/[^0-9A-Za-z.]/g, '')}-${year}.${ext}`;
}
