/**
 * Kegiatan and sub-kegiatan of the shipped nomenclature (see nomenclature-data.ts for sources).
 * The support program's kegiatan and sub-kegiatan are the same in every bidang, so they are
 * listed once, relative to `<bidang>.01`.
 */

/** Kegiatan of program 01, relative: `2.01` becomes `1.02.01.2.01` under bidang 1.02. */
export const SUPPORT_KEGIATAN: [string, string][] = [
  ['2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah'],
  ['2.02', 'Administrasi Keuangan Perangkat Daerah'],
  ['2.05', 'Administrasi Kepegawaian Perangkat Daerah'],
  ['2.06', 'Administrasi Umum Perangkat Daerah'],
  ['2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah'],
  ['2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah'],
  ['2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah'],
];

/** Sub-kegiatan of program 01, relative to the program. */
export const SUPPORT_SUB_KEGIATAN: [string, string][] = [
  ['2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah'],
  ['2.01.0002', 'Koordinasi dan Penyusunan Dokumen RKA-SKPD'],
  ['2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD'],
  ['2.01.0007', 'Evaluasi Kinerja Perangkat Daerah'],
  ['2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN'],
  ['2.02.0003', 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD'],
  ['2.05.0009', 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi'],
  ['2.06.0005', 'Penyediaan Barang Cetakan dan Penggandaan'],
  ['2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD'],
  ['2.07.0006', 'Pengadaan Peralatan dan Mesin Lainnya'],
  ['2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik'],
  ['2.08.0004', 'Penyediaan Jasa Pelayanan Umum Kantor'],
  [
    '2.09.0002',
    'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
  ],
  ['2.09.0009', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya'],
];

/** Kegiatan outside program 01 (kabupaten/kota, government digit 2). */
export const KEGIATAN: [string, string][] = [
  ['1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar'],
  ['1.01.02.2.02', 'Pengelolaan Pendidikan Sekolah Menengah Pertama'],
  ['1.01.02.2.03', 'Pengelolaan Pendidikan Anak Usia Dini (PAUD)'],
  ['1.01.02.2.04', 'Pengelolaan Pendidikan Nonformal/Kesetaraan'],
  [
    '1.02.02.2.01',
    'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
  ],
  ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota'],
  ['1.02.02.2.03', 'Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi'],
  ['1.02.05.2.02', 'Pelaksanaan Sehat dalam rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota'],
  ['1.06.02.2.03', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota'],
  [
    '1.06.04.2.01',
    'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
  ],
  [
    '1.06.04.2.02',
    'Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial',
  ],
  ['2.07.03.2.01', 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi'],
  ['2.07.03.2.02', 'Pembinaan Lembaga Pelatihan Kerja Swasta'],
  ['2.07.03.2.05', 'Pengukuran Produktivitas Tingkat Daerah Kabupaten/Kota'],
  ['2.07.04.2.01', 'Pelayanan Antarkerja di Daerah Kabupaten/Kota'],
  [
    '2.08.02.2.01',
    'Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.02.2.02',
    'Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi pada Organisasi Kemasyarakatan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.02.2.03',
    'Penguatan dan Pengembangan Lembaga Penyedia Layanan Pemberdayaan Perempuan Kewenangan Kabupaten/Kota',
  ],
  ['2.08.03.2.01', 'Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota'],
  [
    '2.08.03.2.02',
    'Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.03.2.03',
    'Penguatan dan Pengembangan Lembaga Penyedia Layanan Perlindungan Perempuan Tingkat Daerah Kabupaten/Kota',
  ],
  [
    '2.08.04.2.01',
    'Peningkatan Kualitas Keluarga dalam Mewujudkan Kesetaraan Gender (KG) dan Hak Anak Tingkat Daerah Kabupaten/Kota',
  ],
  [
    '2.08.04.2.02',
    'Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Keluarga dalam Mewujudkan KG dan Hak Anak yang Wilayah Kerjanya dalam Daerah Kabupaten/Kota',
  ],
  [
    '2.08.04.2.03',
    'Penyediaan Layanan bagi Keluarga dalam Mewujudkan KG dan Hak Anak yang Wilayah Kerjanya dalam Daerah Kabupaten/Kota',
  ],
  [
    '2.08.05.2.01',
    'Pengumpulan, Pengolahan Analisis dan Penyajian Data Gender dan Anak Dalam Kelembagaan Data di Tingkat Daerah Kabupaten/Kota',
  ],
  [
    '2.08.06.2.01',
    'Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.06.2.02',
    'Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.07.2.01',
    'Pencegahan Kekerasan Terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Kabupaten/Kota',
  ],
  [
    '2.08.07.2.02',
    'Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi Tingkat Daerah Kabupaten/Kota',
  ],
  [
    '2.08.07.2.03',
    'Penguatan dan Pengembangan Lembaga Penyedia Layanan bagi Anak yang Memerlukan Perlindungan Khusus Tingkat Daerah Kabupaten/Kota',
  ],
  ['2.12.02.2.01', 'Pelayanan Pendaftaran Penduduk'],
  ['2.12.03.2.01', 'Pelayanan Pencatatan Sipil'],
  ['2.12.04.2.01', 'Pengumpulan Data Kependudukan dan Pemanfaatan dan Penyajian Database Kependudukan'],
  [
    '2.14.02.2.01',
    'Pemaduan dan Sinkronisasi Kebijakan Pemerintah Daerah Provinsi dengan Pemerintah Daerah Kabupaten/Kota dalam rangka Pengendalian Kuantitas Penduduk',
  ],
];

/** Sub-kegiatan outside program 01. */
export const SUB_KEGIATAN: [string, string][] = [
  ['1.01.02.2.01.0054', 'Penyediaan Biaya Personil Peserta Didik Sekolah Dasar'],
  ['1.01.02.2.01.0055', 'Pengadaan Alat Praktik dan Peraga Peserta Didik'],
  ['1.01.02.2.02.0032', 'Penyediaan Biaya Personil Peserta Didik Sekolah Menengah Pertama'],
  [
    '1.01.02.2.02.0055',
    'Pemberian layanan pendampingan bagi satuan pendidikan untuk pencegahan perundungan, kekerasan, dan intoleransi',
  ],
  ['1.01.02.2.03.0047', 'Penyelenggaraan Proses Belajar PAUD'],
  ['1.01.02.2.04.0046', 'Penyelenggaraan Proses Belajar bagi Peserta Didik'],
  ['1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil'],
  ['1.02.02.2.02.0002', 'Pengelolaan Pelayanan Kesehatan Ibu Bersalin'],
  ['1.02.02.2.02.0003', 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir'],
  ['1.02.02.2.02.0004', 'Pengelolaan Pelayanan Kesehatan Balita'],
  ['1.02.02.2.02.0015', 'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat'],
  ['1.02.02.2.02.0043', 'Pengelolaan Kawasan Tanpa Rokok'],
  ['1.02.02.2.02.0048', 'Pengelolaan Layanan Imunisasi'],
  ['1.02.05.2.02.0001', 'Penyelenggaraan Promosi Kesehatan dan Perilaku Hidup Bersih dan Sehat'],
  [
    '1.06.02.2.03.0005',
    'Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)',
  ],
  ['1.06.04.2.01.0001', 'Penyediaan Permakanan'],
  ['1.06.04.2.01.0003', 'Penyediaan Alat Bantu'],
  ['1.06.04.2.01.0005', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial'],
  ['1.06.04.2.02.0002', 'Pemberian Layanan Kedaruratan'],
  [
    '2.07.03.2.01.0001',
    'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi',
  ],
  ['2.07.03.2.02.0001', 'Pembinaan Lembaga Pelatihan Kerja Swasta'],
  ['2.07.03.2.05.0001', 'Pengukuran Kompetensi dan Produktivitas Tenaga Kerja'],
  ['2.07.04.2.01.0002', 'Pelayanan antar Kerja'],
  ['2.08.02.2.01.0001', 'Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG'],
  ['2.08.02.2.01.0005', 'Penyusunan Kebijakan Penyelenggaraan PUG Kewenangan Kabupaten/Kota'],
  ['2.08.02.2.01.0006', 'Advokasi Kebijakan dan Pendampingan Penyelenggaraan PUG Kewenangan Kabupaten/Kota'],
  ['2.08.02.2.01.0008', 'Sosialisasi Kebijakan Penyelenggaraan PUG Kewenangan Kabupaten/Kota'],
  [
    '2.08.02.2.02.0001',
    'Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial, dan Ekonomi',
  ],
  [
    '2.08.02.2.02.0002',
    'Advokasi Kebijakan dan Pendampingan Peningkatan Partisipasi Perempuan dan Politik, Hukum, Sosial, dan Ekonomi',
  ],
  [
    '2.08.02.2.03.0001',
    'Advokasi Kebijakan dan Pendampingan kepada Lembaga Penyedia Layanan Pemberdayaan Perempuan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.02.2.03.0002',
    'Peningkatan Kapasitas Sumber Daya Lembaga Penyedia Layanan Pemberdayaan Perempuan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.02.2.03.0003',
    'Pengembangan Komunikasi, Informasi dan Edukasi (KIE) Pemberdayaan Perempuan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.03.2.01.0001',
    'Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan, Program dan Kegiatan Pencegahan Kekerasan Terhadap Perempuan Lingkup Daerah Kabupaten/Kota',
  ],
  [
    '2.08.03.2.01.0002',
    'Advokasi Kebijakan dan Pendampingan Layanan Perlindungan Perempuan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.03.2.02.0001',
    'Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.03.2.02.0002',
    'Koordinasi dan Sinkronisasi Pelaksanaan Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.03.2.03.0002',
    'Peningkatan Kapasitas Sumber Daya Lembaga Penyedia Layanan Penanganan bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.03.2.03.0003',
    'Penyediaan Kebutuhan Spesifik bagi Perempuan dalam Situasi Darurat dan Kondisi Khusus Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.04.2.01.0002',
    'Pelaksanaan Komunikasi, Informasi dan Edukasi KG dan Perlindungan Anak bagi Keluarga Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.04.2.01.0003',
    'Pengembangan Kegiatan Masyarakat untuk Peningkatan Kualitas Keluarga Kewenangan Kabupaten/Kota',
  ],
  ['2.08.05.2.01.0001', 'Penyediaan Data Gender dan Anak di Kewenangan Kabupaten/Kota'],
  [
    '2.08.05.2.01.0002',
    'Penyajian dan Pemanfaatan Data Gender dan Anak dalam Kelembagaan Data di Kewenangan Kabupaten/Kota',
  ],
  [
    '2.08.06.2.01.0002',
    'Koordinasi dan Sinkronisasi Pelembagaan Pemenuhan Hak Anak Kewenangan Kabupaten/Kota',
  ],
  ['2.08.06.2.02.0001', 'Penyediaan Layanan Peningkatan Kualitas Hidup Anak Kewenangan Kabupaten/Kota'],
  [
    '2.08.07.2.01.0003',
    'Penguatan Kerja Sama Lintas Perangkat Daerah untuk Mewujudkan Kabupaten/Kota Layak Anak, Kecamatan Layak Anak, Desa/Kelurahan Layak Anak, dan DRPPA',
  ],
  ['2.12.02.2.01.0001', 'Pendataan Penduduk Non Permanen dan Rentan Administrasi Kependudukan'],
  ['2.12.02.2.01.0004', 'Peningkatan Pelayanan Pendaftaran Penduduk'],
  ['2.12.03.2.01.0002', 'Peningkatan dalam Pelayanan Pencatatan Sipil'],
  ['2.12.04.2.01.0001', 'Pengolahan dan Penyajian Data Kependudukan'],
  [
    '2.14.02.2.01.0002',
    'Penyusunan dan Pemanfaatan Grand Design Pembangunan Kependudukan (GDPK) Tingkat Kabupaten/Kota',
  ],
];
