/**
 * Indonesian presentation of the Profil Gender: numbers (1.234,5), dates (24 November 2026),
 * unit and chapter names, spreadsheet sheet names and number formats. Pure, shared by the
 * PDF and the XLSX so both print the same words and digits.
 */
import type { DomainGroup } from '../../../domain/indicators.js';

/** Printed for a cell without a value (an en dash, as BPS tables do). */
export const NO_VALUE = '–';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1234.5 with 1 decimal → "1.234,5"; null → "–". Decimals are the indicator's own. */
export function formatNumber(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const d = Math.max(0, Math.min(decimals, 6));
  let f = numberFormats.get(d);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d });
    numberFormats.set(d, f);
  }
  // Rounding can print "-0"; a gap of nothing is printed as 0.
  const out = f.format(value);
  return /^-0(,0*)?$/.test(out) ? out.slice(1) : out;
}

/** The P/L ratio is a parity index: two decimals whatever the indicator's unit. */
export const RATIO_DECIMALS = 2;

const longDate = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  // The publication date is a calendar date of the government issuing it; WIB is the
  // national reference time, and a date near midnight is the only place it could differ.
  timeZone: 'Asia/Jakarta',
});

/** "24 November 2026". */
export function formatDateId(date: Date): string {
  return longDate.format(date);
}

export const CHAPTER_TITLES: Record<DomainGroup, string> = {
  kependudukan: 'Kependudukan',
  pendidikan: 'Pendidikan',
  kesehatan: 'Kesehatan',
  ekonomi_ketenagakerjaan: 'Ekonomi dan Ketenagakerjaan',
  politik_pengambilan_keputusan: 'Politik dan Pengambilan Keputusan',
  hukum_sosial_budaya: 'Hukum, Sosial dan Budaya',
  kekerasan_perempuan_anak: 'Kekerasan terhadap Perempuan dan Anak',
  kebencanaan: 'Kebencanaan',
};

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

/** A valid Excel sheet name: no `[]:*?/\`, no leading/trailing apostrophe, ≤ 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return (cleaned.slice(0, 31).trim() || 'Sheet').replace(/'+$/, '');
}

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
