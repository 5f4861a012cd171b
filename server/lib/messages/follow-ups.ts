/** Messages of follow-ups (tindak lanjut) of meetings: their rules, evidence files and locking. */
export const followUpsId = {
  follow_up_due_date_invalid: 'Tanggal tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2026-03-31.',
  follow_up_owner_unknown: 'Penanggung jawab harus OPD aktif atau orang yang terdaftar di daerah ini.',
  follow_up_agenda_item_unknown: 'Butir agenda ini tidak ada pada kegiatan.',
  follow_up_transition_not_allowed: 'Status tindak lanjut tidak dapat diubah ke status ini oleh Anda.',
  follow_up_done_needs_proof:
    'Tindak lanjut selesai memerlukan bukti: lampirkan berkas atau tulis catatan penyelesaian.',
  follow_up_dropped_needs_note: 'Tuliskan alasan tindak lanjut tidak dilanjutkan.',
  follow_up_stale: 'Tindak lanjut ini sudah diubah orang lain; muat ulang sebelum menyimpan.',
  follow_up_duplicate: 'Tindak lanjut yang sama untuk penanggung jawab ini sudah ada pada kegiatan ini.',
  follow_up_file_missing: 'Pilih berkas bukti.',
  follow_up_file_empty: 'Berkas kosong.',
  follow_up_file_type: 'Jenis berkas tidak diterima: foto, PDF, XLSX atau DOCX.',
  follow_up_file_too_large: 'Berkas melebihi {max} MB.',
};

export const followUpsEn: Record<keyof typeof followUpsId, string> = {
  follow_up_due_date_invalid: 'Not a valid date; write it as YYYY-MM-DD, e.g. 2026-03-31.',
  follow_up_owner_unknown: 'The owner must be an active OPD or a registered person of this region.',
  follow_up_agenda_item_unknown: 'This agenda item is not on the meeting.',
  follow_up_transition_not_allowed: 'You cannot move this follow-up to that status.',
  follow_up_done_needs_proof: 'A done follow-up needs proof: attach a file or write a completion note.',
  follow_up_dropped_needs_note: 'Say why the follow-up is dropped.',
  follow_up_stale: 'Someone else changed this follow-up; reload it before saving.',
  follow_up_duplicate: 'The same follow-up for this owner is already on this event.',
  follow_up_file_missing: 'Choose an evidence file.',
  follow_up_file_empty: 'The file is empty.',
  follow_up_file_type: 'File type not accepted: photo, PDF, XLSX or DOCX.',
  follow_up_file_too_large: 'The file is larger than {max} MB.',
};
