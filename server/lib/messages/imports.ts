/**
 * Messages of the imports module (server/modules/imports) added with issue 9: landing status,
 * the "valid rows" commit mode, the refused-rows file and the template's headings. The older
 * import messages live in data.ts.
 */
export const importsId = {
  import_landing_forbidden:
    'Hanya DP3A yang memverifikasi data daerah ini yang dapat menyimpan nilai impor sebagai diajukan atau terverifikasi; simpan sebagai draf.',
  import_nothing_valid:
    'Tidak ada baris tanpa kesalahan yang dapat disimpan; perbaiki file lalu unggah ulang.',
  row_member_ambiguous:
    'Label "{member}" dipakai lebih dari satu anggota dimensi {dimension}; tulis kodenya, mis. "label (kode)".',
  refused_reason_column: 'Baris {row}, kolom {column}: {message}',
  refused_reason_row: 'Baris {row}: {message}',
  refused_reason_header: 'Alasan ditolak',
  refused_sheet_name: 'Baris ditolak',
} as const;

export const importsEn: Record<keyof typeof importsId, string> = {
  import_landing_forbidden:
    "Only the DP3A that verifies this region's data may save imported values as submitted or verified; save them as drafts.",
  import_nothing_valid: 'No row without errors is left to save; fix the file and upload it again.',
  row_member_ambiguous:
    'The label "{member}" belongs to more than one member of dimension {dimension}; write its code, e.g. "label (code)".',
  refused_reason_column: 'Row {row}, column {column}: {message}',
  refused_reason_row: 'Row {row}: {message}',
  refused_reason_header: 'Reason refused',
  refused_sheet_name: 'Refused rows',
};
