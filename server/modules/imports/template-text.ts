/**
 * The words of the import templates, in the language of the request: column headings (each
 * with its code, which the import reads too — layout.ts), the instructions sheet and how a
 * member is written in a cell. The import accepts the codes and these headings in either
 * language, so a template downloaded in English imports in an Indonesian session and back.
 */
import type { Language } from '../../lib/messages.js';

export type TemplateColumn =
  'indicator' | 'indicatorName' | 'region' | 'period' | 'sex' | 'value' | 'note' | 'P' | 'L';

/** The code of each column (what the import has always read) and its heading. */
export const COLUMN_CODES: Record<TemplateColumn, string> = {
  indicator: 'indicator_code',
  indicatorName: 'indicator_name',
  region: 'region_code',
  period: 'period',
  sex: 'sex',
  value: 'value',
  note: 'note',
  P: 'P',
  L: 'L',
};

const HEADINGS: Record<Language, Record<TemplateColumn, string>> = {
  id: {
    indicator: 'Kode indikator',
    indicatorName: 'Nama indikator',
    region: 'Kode wilayah',
    period: 'Periode',
    sex: 'Jenis kelamin',
    value: 'Nilai',
    note: 'Catatan',
    P: 'Perempuan',
    L: 'Laki-laki',
  },
  en: {
    indicator: 'Indicator code',
    indicatorName: 'Indicator name',
    region: 'Region code',
    period: 'Period',
    sex: 'Sex',
    value: 'Value',
    note: 'Note',
    P: 'Female',
    L: 'Male',
  },
};

/** XLSX: the heading with the code beneath it, in one cell (the file keeps one header row). */
export function stackedHeading(heading: string, code: string): string {
  return `${heading}\n${code}`;
}

/** CSV: one line, `Heading (code)`. */
export function inlineHeading(heading: string, code: string): string {
  return `${heading} (${code})`;
}

export function columnHeading(column: TemplateColumn, lang: Language): string {
  return HEADINGS[lang][column];
}

/** A member as a template cell shows it; the import reads the code in brackets (row-check.ts). */
export function memberCell(label: string | undefined, code: string): string {
  return label && label !== code ? `${label} (${code})` : code;
}

export function guideSheetName(lang: Language): string {
  return lang === 'en' ? 'Instructions' : 'Petunjuk';
}

export function guideLines(lang: Language): string[] {
  if (lang === 'en') {
    return [
      'How to fill in this template',
      'Fill the Female (P) and Male (L) columns; leave a cell blank when there is no figure.',
      'Decimals: 12,5 or 12.5; thousands: 1.234 or 1234. Totals are derived, never typed.',
      'Column headers: the import accepts the heading in Indonesian or English, the code beneath it (e.g. indicator_code, umur5), or both as written here.',
      'Dimension members: write the code, the label when no other member has it, or "label (code)" as in the list below (the cells offer the list).',
      'The indicator name is ignored on import. Do not merge cells. Grey cells: the sex does not apply.',
      'Rows with errors: choose "save only the rows without errors" to save the rest, then download the refused rows with their reason, fix them and upload that file again.',
    ];
  }
  return [
    'Cara mengisi templat ini',
    'Isi kolom Perempuan (P) dan Laki-laki (L); kosongkan sel bila tidak ada angka.',
    'Desimal: 12,5 atau 12.5; ribuan: 1.234 atau 1234. Total dihitung otomatis, jangan diketik.',
    'Judul kolom: impor menerima judul dalam bahasa Indonesia atau Inggris, kode di bawahnya (mis. indicator_code, umur5), atau keduanya seperti tertulis di sini.',
    'Anggota dimensi: tulis kodenya, labelnya bila tidak dipakai anggota lain, atau "label (kode)" seperti daftar di bawah (sel menawarkan daftarnya).',
    'Nama indikator diabaikan saat impor. Jangan menggabung sel. Sel abu-abu: jenis kelamin tidak berlaku.',
    'Baris yang salah: pilih "simpan hanya baris tanpa kesalahan" untuk menyimpan sisanya, lalu unduh baris yang ditolak beserta alasannya, perbaiki, dan unggah ulang file itu.',
  ];
}

export function memberTableHeader(lang: Language): string[] {
  return lang === 'en'
    ? ['dimension', 'member code', 'label', 'write in the cell']
    : ['dimensi', 'kode anggota', 'label', 'tulis di sel'];
}
