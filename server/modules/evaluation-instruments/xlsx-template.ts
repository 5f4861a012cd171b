/**
 * The instrument's XLSX template, written by the export (an instrument's content) and read by
 * the import (xlsx-import.ts): one sheet per level, a column per field, Indonesian headers. The
 * JSON format (api/evaluation-instruments.ts instrumentDefinition) holds the same content.
 * docs/api-evaluation-instruments.md documents every column.
 */
import type { AnswerType } from '../../../domain/evaluation/instrument.js';
import type { InstrumentSheet } from '../../../domain/evaluation/validate-instrument.js';

export const SHEETS = {
  instrument: 'Instrumen',
  areas: 'Area',
  questions: 'Pertanyaan',
  options: 'Pilihan',
  help: 'Petunjuk',
} as const;

/** Instrumen: one row per property (kolom "properti", "nilai"). */
export const INSTRUMENT_PROPERTIES = ['kode', 'nama', 'catatan_sumber', 'contoh'] as const;
export const AREA_COLUMNS = ['kode', 'nama', 'nama_en'] as const;
export const QUESTION_COLUMNS = [
  'kode',
  'area',
  'teks',
  'teks_en',
  'bantuan',
  'jenis_jawaban',
  'nilai_maks',
  'bobot',
  'ambang',
  'target',
  'bukti_dukung',
  'syarat_pertanyaan',
  'syarat_nilai',
] as const;
export const OPTION_COLUMNS = ['pertanyaan', 'kode', 'label', 'label_en', 'nilai'] as const;

/** The Indonesian words of the answer types in the template. */
export const ANSWER_TYPE_WORDS: Record<AnswerType, string> = {
  choice: 'pilihan',
  yes_no: 'ya_tidak',
  number: 'angka',
  percentage: 'persentase',
  text: 'teks',
};

/** The sheet and column a validator problem's field is in. */
export function templateCell(sheet: InstrumentSheet, field: string): { sheet: string; column: string } {
  if (sheet === 'areas') return { sheet: SHEETS.areas, column: field === 'code' ? 'kode' : 'nama' };
  if (sheet === 'options') return { sheet: SHEETS.options, column: field === 'code' ? 'kode' : 'nilai' };
  const column: Record<string, string> = {
    code: 'kode',
    weight: 'bobot',
    maxScore: 'nilai_maks',
    options: 'jenis_jawaban',
    thresholds: 'ambang',
    target: 'target',
    evidenceKinds: 'bukti_dukung',
    'condition.questionCode': 'syarat_pertanyaan',
    'condition.equals': 'syarat_nilai',
  };
  return { sheet: SHEETS.questions, column: column[field] ?? field };
}

export const HELP_LINES = [
  'Templat instrumen Evaluasi PUG (APE/PPE) Setara. Satu lembar per tingkat: Instrumen, Area, Pertanyaan, Pilihan.',
  'Instrumen: kode (tetap antar versi), nama, catatan_sumber (dari mana isi instrumen dan apa yang tidak publik), contoh (ya/tidak).',
  'Area: kode unik, nama (Indonesia), nama_en (opsional). Urutan baris = urutan tampil.',
  'Pertanyaan: kode unik di seluruh instrumen; area = kode area; jenis_jawaban: pilihan, ya_tidak, angka, persentase, teks.',
  'nilai_maks: poin tertinggi sebelum bobot; bobot > 0. Nilai total = jumlah poin × bobot.',
  'ambang (angka/persentase): "min:nilai; min:nilai", mis. "25:1; 50:2; 100:4". Tanpa ambang, nilai = jawaban / target × nilai_maks (persentase: target 100).',
  'bukti_dukung: kode jenis bukti dipisah koma (mis. sk_pokja_pug, profil_gender); lihat docs/evaluation.md.',
  'syarat_pertanyaan + syarat_nilai: pertanyaan hanya tampil bila pertanyaan lebih awal itu dijawab dengan nilai tsb (kode pilihan, ya/tidak, atau angka).',
  'Pilihan: satu baris per pilihan jawaban: pertanyaan (kode), kode pilihan, label, label_en, nilai (0..nilai_maks).',
  'Berkas yang salah satu barisnya bermasalah ditolak seluruhnya; pesan menyebut lembar, baris dan kolomnya.',
];
