/**
 * The words of the public sign-in page (/hadir/:token), Indonesian first with English. The
 * page is server-rendered for a phone on a slow network, so its texts live here rather than in
 * the web app's locale files; the error messages come from server/lib/messages/attendance.ts.
 */
export const PAGE_TEXT = {
  id: {
    htmlLang: 'id',
    switchTo: 'English',
    switchLang: 'en',
    heading: 'Daftar Hadir',
    demo: 'Contoh (data demo)',
    required: 'wajib',
    optional: 'opsional',
    fullName: 'Nama lengkap',
    fullNameHint: 'Tanpa gelar pun boleh.',
    sex: 'Jenis kelamin',
    female: 'Perempuan',
    male: 'Laki-laki',
    institution: 'Instansi / lembaga',
    institutionHint: 'Misalnya Dinas Kesehatan, Universitas Tadulako, LSM, atau "Masyarakat".',
    position: 'Jabatan',
    phone: 'Nomor HP',
    email: 'E-mail',
    contactHint: 'Isi salah satu: nomor HP atau e-mail.',
    disability: 'Disabilitas',
    disabilityHint: 'Bila ada, misalnya netra, rungu, daksa. Boleh dikosongkan.',
    signature: 'Tanda tangan',
    signatureHint:
      'Gambar tanda tangan di dalam kotak dengan jari atau pena. Bila Anda tidak dapat menandatangani karena disabilitas, isi kolom disabilitas dan kotak ini boleh kosong.',
    signatureBox: 'Kotak tanda tangan: gambar dengan jari, pena, atau tetikus',
    clearSignature: 'Hapus tanda tangan',
    privacy:
      'Data Anda dipakai panitia untuk daftar hadir dan tindak lanjut kegiatan ini. Nomor HP, e-mail, dan tanda tangan hanya dapat dilihat panitia, tidak diterbitkan, dan dapat dihapus atas permintaan Anda (UU 27/2022 tentang Pelindungan Data Pribadi).',
    submit: 'Kirim daftar hadir',
    sending: 'Mengirim…',
    fixErrors: 'Periksa isian yang ditandai.',
    networkError: 'Koneksi gagal. Data Anda masih di sini; coba kirim lagi.',
    doneTitle: 'Terima kasih',
    another: 'Isi untuk orang lain',
    noscript:
      'Halaman ini memerlukan JavaScript untuk kotak tanda tangan. Aktifkan JavaScript, atau minta panitia mencatat kehadiran Anda.',
    closedTitle: 'Daftar hadir tidak tersedia',
  },
  en: {
    htmlLang: 'en',
    switchTo: 'Bahasa Indonesia',
    switchLang: 'id',
    heading: 'Attendance list',
    demo: 'Example (demo data)',
    required: 'required',
    optional: 'optional',
    fullName: 'Full name',
    fullNameHint: 'Titles may be left out.',
    sex: 'Sex',
    female: 'Female',
    male: 'Male',
    institution: 'Institution / organisation',
    institutionHint: 'E.g. Dinas Kesehatan, a university, an NGO, or "Community member".',
    position: 'Position',
    phone: 'Phone number',
    email: 'E-mail',
    contactHint: 'Give one of them: phone number or e-mail.',
    disability: 'Disability',
    disabilityHint: 'If any, e.g. visual, hearing, physical. May be left blank.',
    signature: 'Signature',
    signatureHint:
      'Draw your signature inside the box with a finger or a pen. If a disability keeps you from signing, fill in the disability field and leave the box empty.',
    signatureBox: 'Signature box: draw with a finger, a pen or the mouse',
    clearSignature: 'Clear signature',
    privacy:
      'The organisers use your data for this event’s attendance list and follow-up. Your phone number, e-mail and signature are seen only by the organisers, never published, and erased on your request (Indonesian Personal Data Protection Law 27/2022).',
    submit: 'Send attendance',
    sending: 'Sending…',
    fixErrors: 'Please check the marked fields.',
    networkError: 'Connection failed. Your entries are still here; please send again.',
    doneTitle: 'Thank you',
    another: 'Fill in for someone else',
    noscript:
      'This page needs JavaScript for the signature box. Turn JavaScript on, or ask the organisers to record your attendance.',
    closedTitle: 'Attendance list not available',
  },
} as const;

export type PageLang = keyof typeof PAGE_TEXT;
export type PageText = (typeof PAGE_TEXT)[PageLang];

/** The texts the page's script needs (sent as JSON inside the page). */
export function scriptTexts(t: PageText) {
  return {
    sending: t.sending,
    submit: t.submit,
    fixErrors: t.fixErrors,
    networkError: t.networkError,
    doneTitle: t.doneTitle,
    another: t.another,
  };
}
