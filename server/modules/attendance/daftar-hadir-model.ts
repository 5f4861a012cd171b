/**
 * What the daftar hadir (attendance list) prints, as plain data: the PDF builder runs on a
 * worker thread (structured-clonable input only), the XLSX writer on the server. The columns
 * are those of the attendance lists regional offices use: No, Nama, Jenis kelamin (L/P),
 * Instansi, Jabatan, No. HP/e-mail, Tanda tangan — numbers alternating left and right in the
 * signature column as on the paper forms. No national regulation fixes this form
 * (docs/api-attendance.md); the copy to publish leaves the contact and signature columns out.
 */
import type { Sex } from '../../../domain/indicators.js';

export interface DaftarHadirRow {
  no: number;
  fullName: string;
  sex: Sex;
  institution: string;
  position: string;
  /** "0812… / nama@…", empty in the copy to publish. */
  contact: string;
  /** PNG bytes, null when none (or in the copy to publish). */
  signature: Uint8Array | null;
  erased: boolean;
}

export interface DaftarHadirDay {
  day: string;
  /** "Rabu, 4 Desember 2024". */
  dayLabel: string;
  rows: DaftarHadirRow[];
  counts: { P: number; L: number; total: number };
}

export interface DaftarHadirModel {
  title: string;
  venue: string;
  time: string;
  /** The organising OPD, printed under the government's name in the letterhead. */
  unitName: string | null;
  isDemo: boolean;
  /** With contact and signatures (organisers), or the copy to publish. */
  personal: boolean;
  days: DaftarHadirDay[];
}

export const HEADINGS = {
  no: 'No',
  name: 'Nama',
  sex: 'L/P',
  sexLong: 'Jenis Kelamin (L/P)',
  institution: 'Instansi',
  position: 'Jabatan',
  contact: 'No. HP / E-mail',
  signature: 'Tanda Tangan',
} as const;

export const DEMO_NOTE = 'CONTOH — DATA DEMO, BUKAN DAFTAR HADIR SEBENARNYA';
export const PUBLIC_NOTE = 'Salinan untuk diumumkan: tanpa nomor HP, e-mail, dan tanda tangan (UU 27/2022).';
export const ERASED_NOTE = 'data pribadi dihapus atas permintaan';

export function summaryLine(c: { P: number; L: number; total: number }): string {
  return `Jumlah hadir: ${c.total} orang (perempuan ${c.P}, laki-laki ${c.L})`;
}
