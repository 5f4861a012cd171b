/** Messages of the open API's keys: registration, confirmation, use, revocation, the e-mail and the page. */
export const apiKeysId = {
  api_key_email_invalid: 'Alamat surel tidak sah.',
  api_key_name_formula: 'Nama tidak boleh diawali =, +, - atau @ (rumus).',
  api_key_purpose_formula: 'Keperluan tidak boleh diawali =, +, - atau @ (rumus).',
  api_key_prefix_format: 'Awalan kunci berbentuk setara_ diikuti 8 karakter.',
  api_key_confirmation_invalid:
    'Tautan konfirmasi tidak berlaku: sudah dipakai, kedaluwarsa, atau salah. Daftarkan lagi untuk mendapat tautan baru.',
  api_key_too_many_active:
    'Alamat surel ini sudah memegang {max} kunci aktif. Cabut salah satunya sebelum membuat kunci baru.',
  api_key_mail_unavailable: 'Pendaftaran kunci API belum tersedia: server ini belum dapat mengirim surel.',
  api_key_invalid:
    'Kunci API tidak dikenal atau sudah dicabut. Periksa header X-API-Key, atau kirim permintaan tanpa kunci untuk batas anonim.',
  api_key_not_yours: 'Kunci di header bukan kunci dengan awalan ini.',
  api_key_already_revoked: 'Kunci ini sudah dicabut.',
  api_key_mail_subject: '[Setara] Konfirmasi kunci API "{name}"',
  api_key_mail_body:
    'Seseorang (semoga Anda) meminta kunci API Setara atas nama "{name}" untuk alamat ini.\n\nBuka tautan berikut dalam {hours} jam untuk membuat kunci. Kunci hanya ditampilkan sekali.\n{url}\n\nJika Anda tidak memintanya, abaikan surel ini: tanpa konfirmasi tidak ada kunci yang dibuat.',
  api_key_page_title: 'Kunci API Setara',
  api_key_page_confirm_lead:
    'Tekan tombol di bawah untuk membuat kunci API Anda. Kunci hanya ditampilkan sekali.',
  api_key_page_confirm_button: 'Buat kunci API',
  api_key_page_created: 'Kunci API Anda',
  api_key_page_created_lead:
    'Salin dan simpan kunci ini sekarang: Setara hanya menyimpan sidiknya dan tidak dapat menampilkannya lagi.',
  api_key_page_usage:
    'Kirimkan di header X-API-Key pada permintaan ke /api/public/… (batas {limit} permintaan per menit).',
  api_key_page_failed: 'Kunci tidak dapat dibuat',
};

export const apiKeysEn: Record<keyof typeof apiKeysId, string> = {
  api_key_email_invalid: 'Not a valid e-mail address.',
  api_key_name_formula: 'The name must not start with =, +, - or @ (a formula).',
  api_key_purpose_formula: 'The purpose must not start with =, +, - or @ (a formula).',
  api_key_prefix_format: 'A key prefix is setara_ followed by 8 characters.',
  api_key_confirmation_invalid:
    'This confirmation link does not work: already used, expired or wrong. Register again for a new link.',
  api_key_too_many_active:
    'This e-mail address already holds {max} active keys. Revoke one before creating another.',
  api_key_mail_unavailable: 'API key registration is not available: this server cannot send e-mail yet.',
  api_key_invalid:
    'Unknown or revoked API key. Check the X-API-Key header, or send the request without a key for the anonymous limit.',
  api_key_not_yours: 'The key in the header is not the key with this prefix.',
  api_key_already_revoked: 'This key has been revoked already.',
  api_key_mail_subject: '[Setara] Confirm the API key "{name}"',
  api_key_mail_body:
    'Someone (we hope you) asked for a Setara API key named "{name}" for this address.\n\nOpen this link within {hours} hours to create the key. The key is shown only once.\n{url}\n\nIf you did not ask for it, ignore this e-mail: no key is made without confirmation.',
  api_key_page_title: 'Setara API key',
  api_key_page_confirm_lead: 'Press the button below to create your API key. The key is shown only once.',
  api_key_page_confirm_button: 'Create the API key',
  api_key_page_created: 'Your API key',
  api_key_page_created_lead:
    'Copy and keep this key now: Setara stores only its fingerprint and cannot show it again.',
  api_key_page_usage:
    'Send it in the X-API-Key header with requests to /api/public/… (limit {limit} requests a minute).',
  api_key_page_failed: 'The key could not be created',
};
