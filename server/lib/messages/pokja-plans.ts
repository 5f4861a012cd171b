/**
 * Messages of the Pokja PUG's plans (Rencana Pokja PUG, Rencana Aksi PUG Daerah). The issue codes
 * of domain/pokja-plans/constants.ts (POKJA_ISSUE_CODES) are their own keys.
 */
import type { PokjaIssueCode } from '../../../domain/pokja-plans/constants.js';

const issuesId: Record<PokjaIssueCode, string> = {
  pokja_required: 'Wajib diisi.',
  pokja_sipd_code_invalid:
    'Kode SIPD tidak sesuai: tulis kode sesuai tingkatnya (program 2.08.02, kegiatan 2.08.02.2.01, sub kegiatan 2.08.02.2.01.0001).',
  pokja_code_duplicate: 'Kode ini sudah dipakai pada baris lain di bagian yang sama.',
  pokja_id_duplicate: 'Baris ini tercantum dua kali.',
  pokja_year_outside_period: 'Tahun berada di luar periode rencana.',
  pokja_year_duplicate: 'Tahun ini sudah diisi pada baris yang sama.',
  pokja_money_invalid: 'Tulis anggaran dalam Rupiah, misalnya 25.000.000.',
  pokja_money_negative: 'Anggaran tidak boleh negatif.',
  pokja_money_too_large: 'Anggaran terlalu besar.',
  pokja_percent_invalid: 'Capaian berupa persen 0 sampai 9.999,99 dengan paling banyak dua desimal.',
  pokja_row_unknown: 'Baris ini tidak ada pada rencana.',
  pokja_opd_unknown: 'Perangkat daerah ini tidak terdaftar di daerah ini.',
  pokja_period_invalid:
    'Periode tidak sesuai: tahun 2000–2100; Rencana Aksi paling lama 10 tahun dan tahun akhir tidak sebelum tahun awal.',
  pokja_progress_empty: 'Isi realisasi, capaian, status atau catatan.',
  pokja_not_for_kind: 'Isian ini tidak berlaku untuk jenis rencana ini.',
};

const issuesEn: Record<PokjaIssueCode, string> = {
  pokja_required: 'Required.',
  pokja_sipd_code_invalid:
    'Not a SIPD code of this level (program 2.08.02, kegiatan 2.08.02.2.01, sub-kegiatan 2.08.02.2.01.0001).',
  pokja_code_duplicate: 'This code is already used by another row of the same section.',
  pokja_id_duplicate: 'This row is listed twice.',
  pokja_year_outside_period: 'The year is outside the plan’s period.',
  pokja_year_duplicate: 'This year is already filled in on the same row.',
  pokja_money_invalid: 'Write the budget in Rupiah, e.g. 25.000.000.',
  pokja_money_negative: 'The budget cannot be negative.',
  pokja_money_too_large: 'The budget is too large.',
  pokja_percent_invalid: 'Achievement is a percentage from 0 to 9,999.99 with at most two decimals.',
  pokja_row_unknown: 'This row is not in the plan.',
  pokja_opd_unknown: 'This agency is not registered in this region.',
  pokja_period_invalid:
    'Invalid period: years 2000–2100; a Rencana Aksi spans at most 10 years and cannot end before it starts.',
  pokja_progress_empty: 'Fill in a realisation, achievement, status or note.',
  pokja_not_for_kind: 'This field does not apply to this kind of plan.',
};

export const pokjaPlansId = {
  ...issuesId,
  pokja_invalid: 'Rencana belum benar: {count} isian perlu diperbaiki.',
  pokja_version_stale: 'Rencana sudah diubah orang lain; muat ulang sebelum menyimpan.',
  pokja_not_draft: 'Rencana yang sudah ditetapkan tidak dapat diubah; buat rencana perubahan.',
  pokja_not_adopted: 'Hanya rencana yang sudah ditetapkan yang dapat diubah melalui rencana perubahan.',
  pokja_revision_open: 'Rencana perubahan untuk rencana ini sedang disusun; lanjutkan draf tersebut.',
  pokja_progress_not_adopted: 'Kemajuan dicatat setelah rencana ditetapkan.',
  pokja_empty_plan: 'Rencana tanpa baris tidak dapat ditetapkan.',
};

export const pokjaPlansEn: Record<keyof typeof pokjaPlansId, string> = {
  ...issuesEn,
  pokja_invalid: 'The plan is not right yet: {count} fields need fixing.',
  pokja_version_stale: 'Someone else changed the plan; reload it before saving.',
  pokja_not_draft: 'An adopted plan cannot be changed; draw up a revision plan.',
  pokja_not_adopted: 'Only an adopted plan can be revised.',
  pokja_revision_open: 'A revision of this plan is being drawn up; continue that draft.',
  pokja_progress_not_adopted: 'Progress is recorded once the plan is adopted.',
  pokja_empty_plan: 'A plan without rows cannot be adopted.',
};
