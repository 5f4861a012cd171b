/** Bahasa Indonesia messages of the Publikasi menu group and the superadmin's API keys page (features/api-keys). */
export const idApiKeys = {
  publication: {
    navGroup: 'Publikasi',
    portal: 'Portal data terbuka',
    newTab: '(membuka tab baru)',
  },
  apiKeys: {
    nav: 'Kunci API',
    title: 'Kunci API',
    subtitle:
      'Kunci untuk API data terbuka (/api/public): siapa memegangnya, untuk apa, kapan terakhir dipakai, dan pencabutannya.',
    intro:
      'Peneliti, media dan portal lain yang membaca API data terbuka lebih sering daripada batas tanpa kunci meminta kunci sendiri dengan e-mail, tanpa akun Setara: mereka mengonfirmasi tautan yang dikirim ke e-mailnya, lalu kunci ditampilkan sekali saja. Setara hanya menyimpan sidik jarinya, jadi kunci tidak dapat ditampilkan lagi. Pemegang atau superadmin dapat mencabut kunci; kunci yang dicabut ditolak dalam 10 detik.',
    docs: 'Cara meminta dan memakai kunci (dokumentasi API)',
    filters: 'Saringan kunci API',
    status: 'Status',
    statuses: { active: 'Aktif', revoked: 'Dicabut', all: 'Semua' },
    search: 'Cari kunci API',
    searchPlaceholder: 'E-mail, nama atau awalan kunci',
    columns: {
      prefix: 'Awalan',
      holder: 'Pemegang (nama, e-mail)',
      purpose: 'Keperluan',
      createdAt: 'Dibuat',
      lastUsedAt: 'Terakhir dipakai',
      status: 'Status',
      actions: 'Aksi',
    },
    neverUsed: 'Belum pernah',
    state: {
      active: 'Aktif',
      holder: 'Dicabut oleh pemegang',
      superadmin: 'Dicabut oleh superadmin',
    },
    revokedAt: 'Dicabut {{at}}',
    revoke: 'Cabut',
    revokeLabel: 'Cabut kunci {{prefix}}',
    alreadyRevoked: 'Kunci {{prefix}} sudah dicabut',
    confirmRevoke: 'Cabut kunci {{prefix}} milik {{name}}?',
    confirmRevokeDetail:
      'Permintaan dengan kunci ini ditolak dalam 10 detik. Pencabutan tidak dapat dibatalkan; pemegangnya dapat meminta kunci baru.',
    revoked: 'Kunci {{prefix}} dicabut.',
    empty:
      'Belum ada kunci API yang terdaftar. Kunci muncul di sini setelah peminta mengonfirmasi tautan yang dikirim ke e-mailnya.',
    emptyFiltered:
      'Tidak ada kunci yang cocok dengan saringan ini. Ubah pencarian atau pilih status "Semua".',
  },
};
