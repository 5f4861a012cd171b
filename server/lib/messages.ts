/**
 * Server-side messages in Bahasa Indonesia (default) and English. Errors carry a key; the
 * error handler picks the language from Accept-Language.
 */
const id = {
  unauthenticated: 'Silakan masuk terlebih dahulu.',
  session_expired: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  invalid_credentials: 'Nama pengguna atau kata sandi salah.',
  too_many_attempts: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
  forbidden: 'Anda tidak berwenang melakukan tindakan ini.',
  csrf_rejected: 'Permintaan ditolak: asal permintaan tidak dikenal.',
  not_found: 'Data tidak ditemukan.',
  route_not_found: 'Alamat API tidak dikenal.',
  conflict: 'Data bertabrakan dengan data yang sudah ada.',
  invalid: 'Data tidak memenuhi aturan.',
  validation_failed: 'Isian tidak valid. Periksa kolom yang ditandai.',
  payload_too_large: 'Data yang dikirim terlalu besar.',
  malformed_json: 'Isi permintaan bukan JSON yang valid.',
  internal: 'Terjadi kesalahan pada server. Silakan coba lagi.',
  // field messages
  required: 'Wajib diisi.',
  wrong_type: 'Jenis isian salah.',
  too_short: 'Terlalu pendek (minimal {min} karakter).',
  too_long: 'Terlalu panjang (maksimal {max} karakter).',
  too_small: 'Nilai terlalu kecil (minimal {min}).',
  too_big: 'Nilai terlalu besar (maksimal {max}).',
  bad_format: 'Format tidak valid.',
  not_allowed_value: 'Nilai tidak termasuk pilihan yang tersedia.',
  unknown_field: 'Kolom tidak dikenal.',
  username_taken: 'Nama pengguna sudah dipakai.',
  email_taken: 'Email sudah dipakai.',
  opd_name_taken: 'Nama OPD sudah ada di daerah ini.',
  opd_short_name_taken: 'Singkatan OPD sudah ada di daerah ini.',
  region_unknown: 'Kode wilayah tidak dikenal.',
  region_level_wrong_for_role: 'Peran ini tidak dapat ditempatkan di tingkat wilayah tersebut.',
  region_outside_scope: 'Wilayah berada di luar kewenangan Anda.',
  opd_required_for_role: 'Operator OPD harus terhubung ke satu OPD.',
  opd_not_allowed_for_role: 'Hanya operator OPD yang terhubung ke OPD.',
  opd_unknown: 'OPD tidak ditemukan di wilayah pengguna.',
  opd_inactive: 'OPD ini sudah dinonaktifkan.',
  current_password_wrong: 'Kata sandi saat ini salah.',
  password_same_as_old: 'Kata sandi baru harus berbeda dari yang lama.',
  cannot_deactivate_self: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
  cannot_change_own_role: 'Anda tidak dapat mengubah peran Anda sendiri.',
  sipd_code_format: 'Kode unit SIPD hanya berisi angka dan titik, misalnya 2.08.0.00.0.00.01.0000.',
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  unauthenticated: 'Please sign in first.',
  session_expired: 'Your session has expired. Please sign in again.',
  invalid_credentials: 'Wrong username or password.',
  too_many_attempts: 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
  forbidden: 'You are not allowed to do this.',
  csrf_rejected: 'Request refused: it came from an unknown origin.',
  not_found: 'Not found.',
  route_not_found: 'Unknown API address.',
  conflict: 'This conflicts with existing data.',
  invalid: 'The data breaks a rule.',
  validation_failed: 'Invalid input. Check the marked fields.',
  payload_too_large: 'The request body is too large.',
  malformed_json: 'The request body is not valid JSON.',
  internal: 'Something went wrong on the server. Please try again.',
  required: 'Required.',
  wrong_type: 'Wrong type of value.',
  too_short: 'Too short (at least {min} characters).',
  too_long: 'Too long (at most {max} characters).',
  too_small: 'Too small (at least {min}).',
  too_big: 'Too large (at most {max}).',
  bad_format: 'Invalid format.',
  not_allowed_value: 'Not one of the allowed values.',
  unknown_field: 'Unknown field.',
  username_taken: 'This username is already taken.',
  email_taken: 'This email is already in use.',
  opd_name_taken: 'An OPD with this name already exists in this region.',
  opd_short_name_taken: 'An OPD with this short name already exists in this region.',
  region_unknown: 'Unknown region code.',
  region_level_wrong_for_role: 'This role cannot be placed at that region level.',
  region_outside_scope: 'This region is outside your authority.',
  opd_required_for_role: 'An OPD operator must belong to one OPD.',
  opd_not_allowed_for_role: 'Only OPD operators belong to an OPD.',
  opd_unknown: "No such OPD in the user's region.",
  opd_inactive: 'This OPD has been deactivated.',
  current_password_wrong: 'The current password is wrong.',
  password_same_as_old: 'The new password must differ from the old one.',
  cannot_deactivate_self: 'You cannot deactivate your own account.',
  cannot_change_own_role: 'You cannot change your own role.',
  sipd_code_format: 'A SIPD unit code holds only digits and dots, e.g. 2.08.0.00.0.00.01.0000.',
};

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(id, value);
}

export type Language = 'id' | 'en';

export function languageOf(acceptLanguage: string | undefined): Language {
  // The first listed language wins; anything but English falls back to Indonesian.
  const first = (acceptLanguage || '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

export function translate(
  key: MessageKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  const template = (lang === 'en' ? en : id)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
