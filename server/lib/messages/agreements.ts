/** Messages of cooperation agreements (MoU / PKS): parties, dates, document, activities, reminders. */
export const agreementsId = {
  agreement_not_found: 'Kerja sama tidak ditemukan.',
  agreement_version_stale: 'Kerja sama ini sudah diubah orang lain; muat ulang sebelum menyimpan.',
  agreement_ends_before_start: 'Tanggal berakhir tidak boleh sebelum tanggal mulai.',
  agreement_parties_too_few: 'Kerja sama paling sedikit dua pihak.',
  agreement_party_duplicate: 'Pihak ini sudah ada di atas.',
  agreement_party_ref_required: 'Pilih pihaknya dari daftar.',
  agreement_party_name_required: 'Tulis nama pihak.',
  agreement_party_number_required: 'Kerja sama yang sudah ditandatangani: isi nomor dokumen pihak ini.',
  agreement_party_date_required: 'Kerja sama yang sudah ditandatangani: isi tanggal tanda tangan pihak ini.',
  agreement_party_unknown: 'Pihak ini tidak ada di daerah ini.',
  agreement_party_ref_not_for_kind: 'Pihak daerah dan pihak lain tidak memakai rujukan daftar.',
  agreement_meeting_unknown: 'Kegiatan ini tidak ada di daerah ini.',
  agreement_terminated: 'Kerja sama ini sudah diakhiri dan tidak dapat diubah.',
  agreement_not_signed:
    'Hanya kerja sama yang sudah ditandatangani yang dapat diakhiri atau dicatat kegiatannya.',
  agreement_terminated_before_start: 'Tanggal pengakhiran tidak boleh sebelum tanggal mulai.',
  agreement_file_missing: 'Pilih berkas yang akan diunggah.',
  agreement_file_empty: 'Berkasnya kosong.',
  agreement_file_too_large: 'Berkas lebih besar dari {max} MB.',
  agreement_file_type:
    'Jenis berkas ini tidak diterima. Unggah PDF atau gambar (JPG, PNG); jenisnya dibaca dari isi berkas.',
  agreement_no_document: 'Dokumen yang ditandatangani belum diunggah.',
  agreement_activity_not_found: 'Kegiatan pelaksanaan tidak ditemukan.',
  agreement_no_evidence: 'Kegiatan ini belum punya bukti.',
  notify_agreement_expiring_title: 'Kerja sama berakhir dalam {days} hari: {title}',
  notify_agreement_expiring_body:
    '"{title}" berakhir pada {endsOn}. Putuskan apakah diperpanjang dan siapkan dokumen barunya.',
};

export const agreementsEn: Record<keyof typeof agreementsId, string> = {
  agreement_not_found: 'Agreement not found.',
  agreement_version_stale: 'Someone else changed this agreement; reload before saving.',
  agreement_ends_before_start: 'The end date may not be before the start date.',
  agreement_parties_too_few: 'An agreement has at least two parties.',
  agreement_party_duplicate: 'This party is already listed above.',
  agreement_party_ref_required: 'Choose the party from the list.',
  agreement_party_name_required: "Write the party's name.",
  agreement_party_number_required: "Signed agreement: enter this party's document number.",
  agreement_party_date_required: "Signed agreement: enter this party's signing date.",
  agreement_party_unknown: 'This party is not in this region.',
  agreement_party_ref_not_for_kind: 'The region and other bodies take no list reference.',
  agreement_meeting_unknown: 'This event is not in this region.',
  agreement_terminated: 'This agreement was terminated and cannot be changed.',
  agreement_not_signed: 'Only a signed agreement can be terminated or have activities recorded.',
  agreement_terminated_before_start: 'The termination date may not be before the start date.',
  agreement_file_missing: 'Choose the file to upload.',
  agreement_file_empty: 'The file is empty.',
  agreement_file_too_large: 'The file is larger than {max} MB.',
  agreement_file_type:
    'This file type is not accepted. Upload a PDF or an image (JPG, PNG); the type is read from the content.',
  agreement_no_document: 'The signed document has not been uploaded.',
  agreement_activity_not_found: 'Activity not found.',
  agreement_no_evidence: 'This activity has no evidence.',
  notify_agreement_expiring_title: 'Agreement ends in {days} days: {title}',
  notify_agreement_expiring_body:
    '"{title}" ends on {endsOn}. Decide whether to renew it and prepare the new document.',
};
