/** Bahasa Indonesia messages of the annual PUG report (features/annual-report). */
export const idAnnualReport = {
  annualReport: {
    nav: 'Laporan Pelaksanaan PUG',
    title: 'Laporan Pelaksanaan PUG',
    subtitle:
      'Laporan tahunan pelaksanaan pengarusutamaan gender {{region}}: angka dari data terpilah, PPRG dan monev, ditambah narasi kendala, rekomendasi dan rencana tindak lanjut.',
    nationalHint: 'Laporan Pelaksanaan PUG disusun untuk provinsi dan kabupaten/kota. Pilih wilayah di atas.',
    notForOperator:
      'Laporan ini memuat angka seluruh OPD, sehingga dibuka oleh DP3A, Bappeda, Pokja PUG dan provinsi. Angka OPD Anda ada di Dasbor Monev dan Rekap ARG.',
    figures: 'Angka yang dirangkum (seperti tercetak)',
    narrativeTitle: 'Narasi',
    downloadDocx: 'Unduh DOCX (Word)',
    downloadPdf: 'Unduh PDF',
    downloaded: '{{name}} diunduh.',
    demo: 'CONTOH',
    demoNotice:
      'Draf ini CONTOH dari data demo, bukan laporan resmi daerah. Ganti narasinya sebelum dipakai.',
    sections: {
      data_terpilah: 'Data terpilah',
      pprg: 'PPRG dan ARG',
      monev: 'Monev',
      kelembagaan: 'Kelembagaan PUG',
    },
    narrative: {
      kendala: 'Kendala',
      kendalaHint: 'Hambatan pelaksanaan PUG tahun ini: data, anggaran, kelembagaan, SDM.',
      rekomendasi: 'Rekomendasi',
      rekomendasiHint: 'Saran perbaikan untuk OPD, Bappeda dan kepala daerah.',
      rencana_tindak_lanjut: 'Rencana tindak lanjut',
      rencana_tindak_lanjutHint: 'Langkah tahun berikutnya, siapa melaksanakan dan kapan.',
      none: '(belum diisi)',
    },
    signatory: {
      title: 'Penanda tangan',
      position: 'Jabatan',
      name: 'Nama',
      rank: 'Pangkat/golongan',
      nip: 'NIP',
    },
    editor: {
      save: 'Simpan draf',
      saved: 'Draf disimpan sebagai versi {{version}}.',
      unchanged: 'Tidak ada perubahan; versi terakhir tetap.',
      readOnly: 'Anda dapat membaca narasi ini; DP3A dan Bappeda yang menyuntingnya.',
      state: 'Versi {{version}}, disimpan {{at}} oleh {{name}}.',
      noDraft:
        'Belum ada draf narasi tahun ini. Tulis narasinya lalu simpan; setiap simpan menjadi versi baru.',
    },
    versions: {
      heading: 'Riwayat versi',
      empty: 'Belum ada versi tersimpan.',
      version: 'Versi',
      current: 'terakhir',
      at: 'Disimpan',
      by: 'Oleh',
      note: 'Keterangan',
      restoredFrom: 'Dipulihkan dari versi {{version}}',
      view: 'Buka',
      viewN: 'Buka versi {{version}}',
      title: 'Versi {{version}}',
      savedBy: 'Disimpan {{at}} oleh {{name}}.',
      close: 'Tutup',
      restore: 'Pulihkan versi {{version}}',
      dirty: 'Simpan atau batalkan perubahan di editor terlebih dahulu.',
      restored: 'Versi {{version}} dipulihkan sebagai versi {{next}}.',
    },
  },
};
