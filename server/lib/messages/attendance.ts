/**
 * Messages of attendance: the public sign-in page (people on a phone, often in a hurry: short,
 * plain, saying what to do) and the organiser's daftar hadir.
 */
export const attendanceId = {
  attendance_link_unknown:
    'Tautan daftar hadir tidak dikenal. Pindai kembali kode QR atau minta tautan kepada panitia.',
  attendance_closed: 'Daftar hadir untuk hari ini sudah ditutup. Hubungi panitia bila Anda hadir.',
  attendance_not_open: 'Daftar hadir belum dibuka. Dibuka {opensAt}.',
  attendance_cancelled: 'Kegiatan ini dibatalkan; daftar hadir tidak dibuka.',
  attendance_recorded: 'Terima kasih, kehadiran Anda tercatat.',
  attendance_already_recorded: 'Kehadiran Anda sudah tercatat hari ini; data Anda diperbarui.',
  attendance_contact_required: 'Isi nomor HP atau alamat e-mail (salah satu).',
  attendance_phone_invalid: 'Nomor HP tidak dikenali. Tulis misalnya 0812 3456 7890 atau +62 812 3456 7890.',
  attendance_email_invalid: 'Alamat e-mail tidak valid, misalnya nama@contoh.go.id.',
  attendance_markup: 'Tidak boleh memuat tanda < atau > atau kode.',
  attendance_signature_required: 'Bubuhkan tanda tangan Anda di kotak tanda tangan.',
  attendance_signature_too_large:
    'Gambar tanda tangan terlalu besar (paling besar {max} KB). Hapus lalu ulangi.',
  attendance_signature_invalid: 'Tanda tangan harus berupa gambar PNG dari kotak tanda tangan.',
  attendance_day_invalid: 'Tanggal ditulis TAHUN-BULAN-HARI, misalnya 2024-12-04.',
  attendance_day_unknown: 'Tanggal ini bukan hari kegiatan.',
  attendance_not_found: 'Data kehadiran tidak ditemukan.',
  attendance_already_erased: 'Data pribadi peserta ini sudah dihapus.',
  attendance_not_invitee: 'Orang ini bukan undangan kegiatan ini.',
  attendance_no_signature: 'Peserta ini tidak membubuhkan tanda tangan (atau sudah dihapus).',
  attendance_scan_missing: 'Pilih berkas pindaian daftar hadir (kolom "file").',
  attendance_scan_empty: 'Berkas kosong.',
  attendance_scan_type: 'Pindaian harus berupa gambar (PNG, JPEG, WebP) atau PDF.',
  attendance_scan_too_large: 'Berkas terlalu besar (paling besar {max} MB).',
  attendance_scan_not_found: 'Pindaian daftar hadir tidak ditemukan.',
};

export const attendanceEn: Record<keyof typeof attendanceId, string> = {
  attendance_link_unknown:
    'Unknown attendance link. Scan the QR code again or ask the organisers for the link.',
  attendance_closed: 'Attendance for today is closed. Please tell the organisers if you are present.',
  attendance_not_open: 'Attendance is not open yet. It opens {opensAt}.',
  attendance_cancelled: 'This event was cancelled; attendance is not open.',
  attendance_recorded: 'Thank you, your attendance is recorded.',
  attendance_already_recorded: 'Your attendance was already recorded today; your details were updated.',
  attendance_contact_required: 'Give a phone number or an e-mail address (one of them).',
  attendance_phone_invalid: 'Phone number not recognised. Write e.g. 0812 3456 7890 or +62 812 3456 7890.',
  attendance_email_invalid: 'Not a valid e-mail address, e.g. name@example.go.id.',
  attendance_markup: 'Must not contain < or > or code.',
  attendance_signature_required: 'Please sign in the signature box.',
  attendance_signature_too_large:
    'The signature image is too large (at most {max} KB). Clear it and sign again.',
  attendance_signature_invalid: 'The signature must be a PNG image from the signature box.',
  attendance_day_invalid: 'Write the date as YEAR-MONTH-DAY, e.g. 2024-12-04.',
  attendance_day_unknown: 'This date is not a day of the event.',
  attendance_not_found: 'Attendance record not found.',
  attendance_already_erased: 'This attendee’s personal data has already been erased.',
  attendance_not_invitee: 'This person is not invited to this event.',
  attendance_no_signature: 'This attendee did not sign (or the signature was erased).',
  attendance_scan_missing: 'Choose the scanned attendance list (field "file").',
  attendance_scan_empty: 'The file is empty.',
  attendance_scan_type: 'A scan must be an image (PNG, JPEG, WebP) or a PDF.',
  attendance_scan_too_large: 'The file is too large (at most {max} MB).',
  attendance_scan_not_found: 'Scanned attendance list not found.',
};
