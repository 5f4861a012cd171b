/** Bahasa Indonesia messages of the home page, the region board and the menu's groups (web/src/features/home); merged into `id` in id.ts. */
export const idHome = {
  home: {
    nav: {
      home: 'Beranda',
      dataGroup: 'Data terpilah',
      settingsGroup: 'Pengaturan',
      badge: '{{count}} menunggu',
    },
    title: 'Beranda',
    subtitle: 'Yang menunggu Anda di {{region}}.',
    tasksTitle: 'Yang menunggu Anda',
    nothingWaiting: 'Tidak ada yang menunggu Anda.',
    nothingWaitingHint:
      'Semua tugas Anda di wilayah ini sudah selesai. Tugas baru muncul di sini begitu ada.',
    readerHint:
      'Peran Anda membaca data wilayah ini tanpa tugas isian atau verifikasi. Kemajuan OPD ada di bawah.',
    open: 'Buka',
    dataYear: 'Tahun data',
    tasks: {
      values_to_submit: {
        title: 'Nilai draf untuk diajukan',
        hint: 'Nilai yang sudah diisi tetapi belum diajukan ke DP3A, terakhir periode {{period}}.',
        none: 'Tidak ada nilai draf.',
      },
      values_returned: {
        title: 'Nilai dikembalikan untuk diperbaiki',
        hint: 'DP3A mengembalikan isian periode {{period}} dengan catatan; perbaiki lalu ajukan lagi.',
        none: 'Tidak ada isian yang dikembalikan.',
      },
      gaps_returned: {
        title: 'GAP perlu revisi',
        hint: 'Dokumen GAP yang diminta direvisi oleh reviewer, tahun anggaran {{period}}.',
        none: 'Tidak ada GAP yang perlu direvisi.',
      },
      submissions_to_verify: {
        title: 'Isian menunggu verifikasi',
        hint: 'Isian OPD per periode yang sudah diajukan, terakhir periode {{period}}.',
        none: 'Tidak ada isian yang menunggu verifikasi.',
      },
      opds_behind: {
        title: 'OPD belum mengajukan data {{period}}',
        hint: 'OPD yang belum mengisi atau belum mengajukan semua nilainya untuk tahun data ini.',
        none: 'Semua OPD sudah mengajukan data {{period}}.',
      },
      imports_waiting: {
        title: 'Impor menunggu disimpan',
        hint: 'Berkas yang sudah diperiksa tetapi belum disimpan ke basis data.',
        none: 'Tidak ada impor yang menunggu.',
      },
      gaps_to_review: {
        title: 'GAP menunggu review',
        hint: 'Dokumen GAP/GBS yang diajukan OPD, terakhir tahun anggaran {{period}}.',
        none: 'Tidak ada GAP yang menunggu review.',
      },
      monev_due: {
        title: 'Laporan monev triwulan jatuh tempo',
        hint: 'Laporan triwulan sub-kegiatan responsif gender yang belum diajukan dan tenggatnya belum lewat, mulai {{period}}.',
        none: 'Tidak ada laporan monev yang jatuh tempo.',
      },
      monev_overdue: {
        title: 'Laporan monev terlambat',
        hint: 'Laporan triwulan yang belum diajukan padahal tenggatnya sudah lewat, mulai {{period}}.',
        none: 'Tidak ada laporan monev yang terlambat.',
      },
      monev_returned: {
        title: 'Laporan monev dikembalikan',
        hint: 'Reviewer mengembalikan laporan dengan catatan, mulai {{period}}; perbaiki lalu ajukan lagi.',
        none: 'Tidak ada laporan monev yang dikembalikan.',
      },
      monev_to_verify: {
        title: 'Laporan monev menunggu verifikasi',
        hint: 'Laporan triwulan yang diajukan OPD, mulai {{period}}.',
        none: 'Tidak ada laporan monev yang menunggu verifikasi.',
      },
      monev_opds_missing: {
        title: 'OPD belum melapor monev',
        hint: 'OPD yang belum mengajukan laporan triwulan yang tenggatnya sudah lewat, mulai {{period}}.',
        none: 'Semua OPD sudah melapor monev triwulan yang tenggatnya lewat.',
      },
      follow_ups_open: {
        title: 'Tindak lanjut untuk OPD Anda',
        hint: 'Tindak lanjut hasil kegiatan PUG yang OPD Anda tanggung dan belum selesai; perbarui statusnya dan lampirkan bukti.',
        none: 'Tidak ada tindak lanjut yang belum selesai untuk OPD Anda.',
      },
      dossiers_to_review: {
        title: 'Berkas standardisasi untuk diperiksa',
        hint: 'Berkas standardisasi lembaga layanan yang menunggu pemeriksaan atau keputusan Anda.',
        none: 'Tidak ada berkas standardisasi yang menunggu Anda.',
      },
    },
    progress: {
      title: 'Kemajuan isian OPD tahun {{year}}',
      opd: 'OPD',
      state: 'Status',
      values: 'Nilai (draf / diajukan / terverifikasi)',
      empty: 'Belum ada OPD yang ditugaskan indikator. DP3A menugaskannya di Katalog indikator.',
      states: {
        no_values: 'Belum mengisi',
        draft: 'Masih draf',
        submitted: 'Diajukan',
        verified: 'Terverifikasi',
      },
    },
    deadlines: {
      title: 'Tenggat terdekat',
      none: 'Tidak ada tenggat dalam waktu dekat.',
    },
    board: {
      titleProvince: 'Kabupaten/kota di {{region}}',
      titleNational: 'Provinsi di Indonesia',
      subtitleProvince:
        'Kelengkapan data terpilah, status verifikasi, ARG dan GAP setiap kabupaten/kota. Pilih satu untuk membukanya.',
      subtitleNational:
        'Kelengkapan data terpilah, status verifikasi, ARG dan GAP setiap provinsi, dijumlahkan dari kabupaten/kotanya.',
      year: 'Tahun',
      region: 'Wilayah',
      completeness: 'Kelengkapan data',
      completenessHint: '{{filled}} dari {{cells}} sel indikator yang ditugaskan berisi nilai',
      statuses: 'Draf / diajukan / terverifikasi',
      argShare: 'Porsi ARG',
      argShareHint: 'Anggaran responsif gender dari pagu {{budget}}',
      gaps: 'GAP (draf / diajukan / revisi / disetujui)',
      reporting: 'Melapor',
      reported: 'Sudah melapor',
      notReported: 'Belum melapor',
      kabkotaReporting: '{{n}} dari {{of}} kab/kota',
      notReportedTitle: 'Belum melapor data {{year}}',
      notReportedAll: 'Semua wilayah sudah melapor data {{year}}.',
      total: 'Jumlah {{name}}',
      partialTotal:
        'Jumlah {{name}} dihitung dari {{n}} dari {{of}} kabupaten/kota yang melapor; ini bukan angka provinsi yang lengkap.',
      fullTotal: 'Jumlah {{name}} mencakup seluruh {{of}} kabupaten/kota.',
      open: 'Buka {{name}}',
      none: '—',
    },
  },
};
