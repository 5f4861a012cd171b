/**
 * Messages of monev: quarterly reports, their review, evidence files and the region's monev
 * settings. The issue codes of domain/monev/constants.ts (MONEV_ISSUE_CODES) are their own keys.
 */
import type { MonevIssueCode } from '../../../domain/monev/constants.js';

const issuesId: Record<MonevIssueCode, string> = {
  monev_required: 'Wajib diisi sebelum laporan diajukan.',
  monev_not_a_number: 'Harus berupa angka.',
  monev_ambiguous: 'Angka ini bisa dibaca dua cara; tulis tanpa pemisah ribuan, misalnya 1250 atau 1,25.',
  monev_too_many_decimals: 'Paling banyak dua angka desimal.',
  monev_too_large: 'Angka terlalu besar.',
  monev_not_whole_number: 'Jumlah orang harus bilangan bulat.',
  monev_negative: 'Tidak boleh negatif.',
  monev_below_previous_cumulative: 'Total kumulatif tidak boleh lebih kecil dari total triwulan sebelumnya.',
  monev_group_exceeds_total:
    'Kelompok sasaran melebihi jumlah penerima manfaat dengan jenis kelamin yang sama.',
  monev_group_women_only: 'Kelompok ini hanya perempuan: laki-laki tidak dihitung di sini.',
  monev_ages_exceed_total:
    'Jumlah kelompok umur melebihi jumlah penerima manfaat dengan jenis kelamin yang sama.',
  monev_over_target_unconfirmed:
    'Realisasi fisik melebihi 100% target: centang konfirmasi dan tuliskan alasannya.',
  monev_over_pagu_unconfirmed: 'Realisasi anggaran melebihi pagu: centang konfirmasi dan tuliskan alasannya.',
  monev_over_reason_missing: 'Tuliskan alasan realisasi melebihi target atau pagu.',
  monev_evidence_missing: 'Lampirkan bukti dukung untuk realisasi triwulan ini.',
  monev_indicator_unknown: 'Indikator ini tidak ada pada langkah 9 GAP sub kegiatan.',
};

const issuesEn: Record<MonevIssueCode, string> = {
  monev_required: 'Required before the report is submitted.',
  monev_not_a_number: 'Must be a number.',
  monev_ambiguous: 'This number reads two ways; write it without thousands separators, e.g. 1250 or 1.25.',
  monev_too_many_decimals: 'At most two decimals.',
  monev_too_large: 'The number is too large.',
  monev_not_whole_number: 'A number of people must be a whole number.',
  monev_negative: 'Must not be negative.',
  monev_below_previous_cumulative: 'A cumulative total cannot be below the previous quarter’s total.',
  monev_group_exceeds_total: 'The target group exceeds the beneficiaries of the same sex.',
  monev_group_women_only: 'This group is women only: men are not counted here.',
  monev_ages_exceed_total: 'The age groups together exceed the beneficiaries of the same sex.',
  monev_over_target_unconfirmed:
    'Physical realisation is above 100 % of the target: confirm it and give a reason.',
  monev_over_pagu_unconfirmed: 'Budget realisation is above the pagu: confirm it and give a reason.',
  monev_over_reason_missing: 'Give the reason for realisation above the target or the pagu.',
  monev_evidence_missing: 'Attach evidence for this quarter’s realisation.',
  monev_indicator_unknown: 'This indicator is not in step 9 of the sub-kegiatan’s GAP.',
};

export const monevId = {
  ...issuesId,
  monev_invalid: 'Laporan belum benar: {count} isian perlu diperbaiki.',
  monev_period_format: 'Triwulan ditulis TAHUN-Q1 sampai TAHUN-Q4, misalnya 2026-Q1.',
  monev_period_outside_year: 'Triwulan harus berada dalam tahun anggaran sub kegiatan ({year}).',
  monev_not_responsive:
    'Sub kegiatan ini bukan kegiatan responsif gender (belum ditandai ARG dan belum memiliki GAP yang disetujui).',
  monev_field_unknown: 'Isian laporan tidak dikenal.',
  monev_version_stale: 'Laporan sudah diubah orang lain; muat ulang sebelum menyimpan.',
  monev_not_editable: 'Laporan hanya dapat diubah saat berstatus draf atau dikembalikan.',
  monev_already_submitted: 'Laporan triwulan ini sudah diajukan.',
  monev_not_submitted: 'Keputusan hanya dapat diberikan pada laporan yang sudah diajukan.',
  monev_verify_own_submission:
    'Anda yang mengajukan laporan ini, jadi verifikasinya diberikan oleh peninjau lain (pemisahan tugas).',
  monev_not_verified: 'Hanya laporan yang sudah diverifikasi yang dapat dibuka kembali.',
  monev_return_comment_required: 'Tuliskan paling sedikit satu catatan pada isian yang perlu diperbaiki.',
  monev_file_missing: 'Pilih berkas bukti untuk diunggah.',
  monev_file_empty: 'Berkas kosong.',
  monev_file_too_large: 'Berkas melebihi batas {max} MB.',
  monev_file_type:
    'Jenis berkas tidak diterima. Unggah foto (JPG, PNG, GIF, WebP), PDF, XLSX atau DOCX; jenis berkas dikenali dari isinya, bukan dari namanya.',
  monev_share_out_of_range: 'Persentase 0 sampai 100 dengan paling banyak dua desimal.',
  monev_share_decreasing:
    'Tidak boleh lebih kecil dari target triwulan sebelumnya (realisasi bersifat kumulatif).',
  monev_deadline_invalid: 'Tanggal tidak valid.',
  monev_settings_invalid: 'Pengaturan monev belum benar: {count} isian perlu diperbaiki.',
  monev_dashboard_level: 'Dasbor monev untuk kabupaten/kota (mis. 72.71) atau provinsi (mis. 72).',
};

export const monevEn: Record<keyof typeof monevId, string> = {
  ...issuesEn,
  monev_invalid: 'The report is not right yet: {count} fields need fixing.',
  monev_period_format: 'A quarter is written YEAR-Q1 to YEAR-Q4, e.g. 2026-Q1.',
  monev_period_outside_year: 'The quarter must fall in the sub-kegiatan’s budget year ({year}).',
  monev_not_responsive: 'This sub-kegiatan is not gender-responsive (it has no ARG tag and no approved GAP).',
  monev_field_unknown: 'Unknown report field.',
  monev_version_stale: 'Someone else changed the report; reload it before saving.',
  monev_not_editable: 'A report can be changed only as a draft or when returned.',
  monev_already_submitted: 'This quarter’s report has been submitted already.',
  monev_not_submitted: 'Only a submitted report can be verified or returned.',
  monev_verify_own_submission:
    'You submitted this report, so another reviewer verifies it (separation of duties).',
  monev_not_verified: 'Only a verified report can be reopened.',
  monev_return_comment_required: 'Write at least one comment on a field that needs fixing.',
  monev_file_missing: 'Choose an evidence file to upload.',
  monev_file_empty: 'The file is empty.',
  monev_file_too_large: 'The file is larger than {max} MB.',
  monev_file_type:
    'This kind of file is not accepted. Upload a photo (JPG, PNG, GIF, WebP), PDF, XLSX or DOCX; the kind is read from the content, not the name.',
  monev_share_out_of_range: 'A percentage from 0 to 100 with at most two decimals.',
  monev_share_decreasing: 'Must not be lower than an earlier quarter’s (realisation is cumulative).',
  monev_deadline_invalid: 'Not a valid date.',
  monev_settings_invalid: 'The monev settings are not right yet: {count} fields need fixing.',
  monev_dashboard_level: 'The monev dashboard is for a kab/kota (e.g. 72.71) or a province (e.g. 72).',
};
