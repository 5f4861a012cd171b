/** Messages of the evidence repository (bukti dukung) of the Evaluasi PUG. */
export const evaluationEvidenceId = {
  evidence_not_found: 'Dokumen bukti dukung tidak ditemukan.',
  evidence_kind_unknown: 'Jenis bukti dukung ini tidak dikenal.',
  evidence_kind_live_only:
    'Jenis bukti ini dihitung Setara dari datanya sendiri dan tidak diunggah; pilih jenis lain.',
  evidence_date_invalid: 'Tanggal tidak valid (format TTTT-BB-HH).',
  evidence_validity_order: 'Berlaku sampai tidak boleh sebelum berlaku mulai.',
  evidence_title_formula: 'Judul tidak boleh diawali =, + atau @ (dibaca sebagai rumus oleh lembar kerja).',
  evidence_title_duplicate: 'Sudah ada dokumen berjudul sama untuk jenis dan tahun ini.',
  evidence_opd_unknown: 'OPD ini tidak ada di daerah ini.',
  evidence_opd_not_yours: 'Operator hanya mengunggah bukti untuk OPD-nya sendiri.',
  evidence_version_stale: 'Dokumen ini sudah diubah orang lain; muat ulang sebelum menyimpan.',
  evidence_field_invalid: 'Isian tidak valid.',
  evidence_file_missing: 'Pilih berkas yang akan diunggah.',
  evidence_file_empty: 'Berkasnya kosong.',
  evidence_file_too_large: 'Berkas lebih besar dari {max} MB.',
  evidence_file_type:
    'Jenis berkas ini tidak diterima. Unggah PDF, gambar (JPG, PNG), dokumen Word atau lembar kerja Excel; jenisnya dibaca dari isi berkas.',
};

export const evaluationEvidenceEn: Record<keyof typeof evaluationEvidenceId, string> = {
  evidence_not_found: 'Evidence document not found.',
  evidence_kind_unknown: 'Unknown evidence kind.',
  evidence_kind_live_only:
    'Setara computes this kind from its own data; it is not uploaded. Choose another kind.',
  evidence_date_invalid: 'Invalid date (format YYYY-MM-DD).',
  evidence_validity_order: 'Valid until cannot be before valid from.',
  evidence_title_formula: 'The title cannot start with =, + or @ (a spreadsheet reads it as a formula).',
  evidence_title_duplicate: 'A document with the same title already exists for this kind and year.',
  evidence_opd_unknown: 'This agency (OPD) is not in this region.',
  evidence_opd_not_yours: 'An operator uploads evidence for their own agency (OPD) only.',
  evidence_version_stale: 'Someone else changed this document; reload before saving.',
  evidence_field_invalid: 'Invalid value.',
  evidence_file_missing: 'Choose the file to upload.',
  evidence_file_empty: 'The file is empty.',
  evidence_file_too_large: 'The file is larger than {max} MB.',
  evidence_file_type:
    'This file type is not accepted. Upload a PDF, a picture (JPG, PNG), a Word document or an Excel workbook; the type is read from the content.',
};
