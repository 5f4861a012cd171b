/** Messages of training records (Bimtek scores and certificates). */
export const trainingId = {
  training_not_training:
    'Kegiatan ini tidak mencatat pelatihan: hanya Bimtek atau kegiatan dengan jam pelajaran yang memiliki nilai dan sertifikat.',
  training_score_not_a_number: 'Nilai harus berupa angka 0 sampai 100.',
  training_score_out_of_range: 'Nilai harus antara 0 dan 100.',
  training_score_decimals: 'Nilai paling banyak dua angka desimal.',
  training_scores_invalid: 'Nilai belum benar: {count} isian perlu diperbaiki.',
  training_participant_unknown: 'Peserta ini tidak tercatat hadir pada kegiatan ini.',
  training_participant_twice: 'Peserta ini disebut dua kali.',
  training_participants_invalid: 'Daftar peserta belum benar.',
  training_nip_format: 'NIP terdiri dari 18 angka.',
  training_pattern_empty: 'Tuliskan pola nomor sertifikat.',
  training_pattern_too_long: 'Pola nomor terlalu panjang.',
  training_pattern_no_seq: 'Pola nomor harus memuat nomor urut (seq dalam kurung kurawal).',
  training_pattern_seq_twice: 'Pola nomor hanya boleh memuat satu nomor urut (seq).',
  training_pattern_no_year:
    'Pola nomor harus memuat tahun (year dalam kurung kurawal): nomor urut dimulai lagi setiap tahun.',
  training_pattern_unknown_placeholder:
    'Pola nomor memuat isian yang tidak dikenal. Isian yang dikenal, masing-masing dalam kurung kurawal: seq, seq:3, year, month, romawi, org, region.',
  training_pattern_bad_char: 'Pola nomor tidak boleh memuat baris baru atau karakter kendali.',
  training_org_code_required: 'Pola nomor memuat org: isikan kode penyelenggara (mis. DP3A).',
  training_settings_missing:
    'Simpan pengaturan sertifikat (penanda tangan, pola nomor, tanggal) terlebih dahulu.',
  training_hours_missing:
    'Isikan jam pelajaran kegiatan ini terlebih dahulu; jam pelajaran dicetak pada sertifikat.',
  training_no_participants: 'Belum ada peserta: sertifikat diberikan kepada yang tercatat hadir.',
  training_certificate_exists: 'Peserta ini sudah memiliki sertifikat yang berlaku.',
  training_number_taken:
    'Nomor sertifikat ini sudah dipakai di daerah ini. Ubah pola nomor (mis. tambahkan kode kegiatan).',
  training_already_revoked: 'Sertifikat ini sudah dicabut.',
  training_no_certificates: 'Belum ada sertifikat yang berlaku untuk diunduh.',
  training_import_formula: 'Rumus tidak diterima: tuliskan nilainya saja.',
  training_import_name_ambiguous: 'Ada beberapa peserta dengan nama ini: gunakan kolom id peserta.',
  training_import_duplicate: 'Peserta ini sudah ada pada baris {row}.',
  training_import_too_many_rows: 'Berkas melebihi {max} baris.',
  training_import_empty: 'Berkas tidak memuat nilai peserta.',
};

export const trainingEn: Record<keyof typeof trainingId, string> = {
  training_not_training:
    'This event keeps no training records: only a Bimtek or an event with lesson hours has scores and certificates.',
  training_score_not_a_number: 'A score is a number from 0 to 100.',
  training_score_out_of_range: 'A score is between 0 and 100.',
  training_score_decimals: 'A score has at most two decimals.',
  training_scores_invalid: 'The scores are not right yet: {count} fields need fixing.',
  training_participant_unknown: 'This person is not recorded as attending this event.',
  training_participant_twice: 'This participant is named twice.',
  training_participants_invalid: 'The list of participants is not right.',
  training_nip_format: 'A NIP has 18 digits.',
  training_pattern_empty: 'Write the certificate number pattern.',
  training_pattern_too_long: 'The number pattern is too long.',
  training_pattern_no_seq: 'The number pattern must contain the running number (seq in curly braces).',
  training_pattern_seq_twice: 'The number pattern may contain the running number (seq) only once.',
  training_pattern_no_year:
    'The number pattern must contain the year (year in curly braces): numbers start again each year.',
  training_pattern_unknown_placeholder:
    'The number pattern has an unknown placeholder. Known ones, each in curly braces: seq, seq:3, year, month, romawi, org, region.',
  training_pattern_bad_char: 'The number pattern must not contain line breaks or control characters.',
  training_org_code_required: 'The pattern contains org: fill in the organiser code (e.g. DP3A).',
  training_settings_missing: 'Save the certificate settings (signatory, number pattern, date) first.',
  training_hours_missing: 'Set the event’s lesson hours first; they are printed on the certificate.',
  training_no_participants: 'No participants yet: certificates go to those recorded as attending.',
  training_certificate_exists: 'This participant already holds a valid certificate.',
  training_number_taken:
    'This certificate number is already used in the region. Change the pattern (e.g. add an event code).',
  training_already_revoked: 'This certificate has been revoked already.',
  training_no_certificates: 'There is no valid certificate to download yet.',
  training_import_formula: 'Formulas are not accepted: write the value only.',
  training_import_name_ambiguous: 'Several participants have this name: use the participant id column.',
  training_import_duplicate: 'This participant is already on row {row}.',
  training_import_too_many_rows: 'The file has more than {max} rows.',
  training_import_empty: 'The file holds no participant scores.',
};
