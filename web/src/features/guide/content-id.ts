/** Panduan in Bahasa Indonesia: getting started, a 10-minute tour per role, the glossary. */
import { pagesId } from './content-id-pages.ts';
import type { GuideContent } from './types.ts';

export const guideId: GuideContent = {
  sections: {
    mulai: {
      title: 'Mulai di sini',
      summary:
        'Setara menggantikan berkas Excel, dokumen Word dan grup WhatsApp untuk pekerjaan PUG daerah: data terpilah, perencanaan dan penganggaran responsif gender (PPRG), dan koordinasi di antara OPD, DP3A, Bapperida dan provinsi.',
      steps: [
        'Masuk dengan nama pengguna atau email dan kata sandi dari admin daerah (DP3A). Lupa kata sandi? Minta DP3A mengatur ulang.',
        'Server percobaan berisi wilayah demo Kota Palu (72.71) dengan akun demo untuk setiap peran; kata sandi semua akun demo: Setara#Demo2026. Data demo adalah angka karangan dan boleh diubah.',
        'Pilih bahasa (Bahasa Indonesia atau English) di kanan atas; pilihan diingat peramban.',
        'Menu di kiri hanya menampilkan halaman yang boleh dibuka peran Anda. Pada layar kecil menu terlipat: buka dengan tombol di kiri atas.',
        'Nama wilayah kerja tampil di atas halaman. Superadmin dan pengguna provinsi dapat memilih wilayah lain dengan pemilih wilayah.',
        'Setiap halaman punya tautan "Bantuan" di samping judulnya menuju bagian panduan halaman itu; tanda "?" di kepala halaman membuka panduan ini.',
      ],
      tips: [
        'Angka ditulis cara Indonesia: 1.234.567 untuk ribuan dan 12,5 untuk desimal.',
        'Setiap perubahan tercatat di log audit: siapa, kapan, apa yang berubah.',
      ],
    },
    'tur-operator': {
      title: 'Tur 10 menit: Operator OPD (focal point)',
      summary:
        'Focal point PUG di sebuah OPD mengisi data terpilah OPD-nya dan menyusun GAP, GBS dan KAK untuk sub-kegiatannya. Akun demo: demo.operator (Dinas Kesehatan Kota Palu).',
      steps: [
        [
          'Masuk sebagai demo.operator. Beranda menampilkan yang menunggu Anda: nilai yang perlu diajukan, revisi yang diminta, GAP yang dikembalikan dan tenggat.',
          '/',
        ],
        [
          'Buka "Isian data terpilah". Tabel hanya memuat indikator yang ditugaskan ke Dinas Kesehatan. Pilih periode 2024: nilainya masih draf.',
          '/data/isian',
        ],
        'Klik sebuah sel dan ketik angka. Pemeriksaan langsung menandai nilai yang melanggar aturan (mis. persentase di atas 100) dan lonjakan dibanding tahun sebelumnya.',
        'Punya angka di Excel? Salin blok sel di Excel atau LibreOffice, klik sel awal di tabel, tekan Ctrl+V. Ringkasan menyebut berapa nilai ditempel dan mana yang ditolak beserta alasannya.',
        'Bekerja tanpa tetikus: panah dan Enter berpindah sel, Ctrl+Alt+N melompat ke sel kosong berikutnya, Ctrl+Z/Ctrl+Y mengurungkan dan mengulang, Ctrl+S menyimpan draf.',
        'Klik "Simpan draf", lalu "Ajukan". Nilai yang diajukan terkunci sampai DP3A memverifikasi atau mengembalikannya; bila dikembalikan, catatan DP3A tampil di atas tabel dan di notifikasi.',
        [
          'Buka "Sub-kegiatan & ARG", tahun 2026. Pada sub-kegiatan kesehatan ibu klik "Buka GAP": contoh GAP yang sudah disetujui.',
          '/perencanaan/sub-kegiatan',
        ],
        'Pada sub-kegiatan lain klik "Mulai GAP". Isi sembilan langkah; setiap langkah punya panduan dan contoh, dan tersimpan otomatis. GBS dan KAK/TOR terisi dari GAP.',
        'Bila "Yang masih perlu dilengkapi" kosong, klik "Ajukan". Tim Driver akan mereview; komentarnya muncul di langkah yang bersangkutan dan di lonceng notifikasi.',
      ],
      tips: [
        'Unduh matriks GAP, GBS dan KAK sebagai PDF atau XLSX dengan kop surat daerah lewat tombol "Unduh".',
      ],
    },
    'tur-reviewer': {
      title: 'Tur 10 menit: Tim Driver / reviewer',
      summary:
        'Tim Driver (Bapperida, BPKAD, Inspektorat, DP3A) mereview dokumen PPRG OPD: memberi komentar, meminta revisi atau menyetujui — tanpa mengubah isinya. Akun demo: demo.reviewer (Bapperida Kota Palu).',
      steps: [
        ['Masuk sebagai demo.reviewer. Beranda menampilkan GAP yang menunggu review Anda.', '/'],
        [
          'Buka "Review PPRG": antrean dokumen yang diajukan. GAP DP3A tentang kepemimpinan perempuan (2026) menunggu review.',
          '/perencanaan/review',
        ],
        'Buka dokumen itu. Baca langkah demi langkah; angka di langkah 2 diambil langsung dari data terpilah.',
        'Tulis komentar pada langkah, GBS atau KAK yang perlu diperbaiki. OPD melihatnya di tempat yang sama.',
        'Klik "Minta revisi" dengan catatan yang jelas, atau "Setujui" bila dokumen sudah baik. Dokumen yang disetujui dikunci dan dihitung dalam rekap ARG.',
        'Yang mengajukan sebuah dokumen tidak dapat menyetujuinya sendiri; reviewer lain atau DP3A yang menyetujui.',
        'Buka "Riwayat & Perbandingan" untuk melihat apa yang berubah di antara versi yang diajukan.',
        [
          'Lihat "Rekap ARG" untuk porsi anggaran responsif gender per OPD dan kategori.',
          '/perencanaan/rekap-arg',
        ],
      ],
    },
    'tur-admin': {
      title: 'Tur 10 menit: Admin daerah (DP3A)',
      summary:
        'DP3A sebagai sekretariat Pokja PUG mengatur wilayah: OPD, pengguna, indikator, verifikasi data, impor dan dokumen PPRG. Akun demo: demo.admin (DP3A Kota Palu).',
      steps: [
        [
          'Masuk sebagai demo.admin. Beranda menampilkan pengajuan yang perlu diverifikasi, OPD yang tertinggal dan impor yang menunggu.',
          '/',
        ],
        [
          'Buka "Verifikasi data", periode 2024: status isian setiap OPD. "Buka isian" untuk memeriksa nilainya.',
          '/data/verifikasi',
        ],
        'Klik "Verifikasi" bila nilai sudah benar, atau "Kembalikan" dengan catatan untuk OPD. Tab "Laporan validasi" mendaftar pelanggaran aturan.',
        [
          'Buka "Impor data": unduh templat, isi di Excel, unggah. File diperiksa dulu; tidak ada yang tersimpan sebelum Anda menyimpannya.',
          '/data/impor',
        ],
        [
          'Di "Katalog indikator" tetapkan OPD penanggung jawab setiap indikator, dan tambahkan indikator daerah sendiri bila perlu.',
          '/indikator',
        ],
        ['Buat "Profil Gender" tahunan sebagai PDF atau XLSX dalam satu klik.', '/data/profil'],
        [
          'Di "Sub-kegiatan & ARG" impor file anggaran dari sistem perencanaan, tandai ARG dan pantau GAP setiap OPD.',
          '/perencanaan/sub-kegiatan',
        ],
        [
          'Di "Pengguna" buat akun operator (focal point) untuk setiap OPD, reviewer untuk Tim Driver dan anggota Pokja.',
          '/users',
        ],
        [
          'Isi "Kop surat & penandatangan" agar dokumen PPRG tercetak dengan kop daerah.',
          '/pengaturan/kop-surat',
        ],
        [
          'Di "Tenggat" tetapkan batas waktu pengajuan data dan GAP; yang belum selesai diingatkan lewat notifikasi.',
          '/pengaturan/tenggat',
        ],
      ],
    },
    'tur-provinsi': {
      title: 'Tur 10 menit: Provinsi',
      summary:
        'DP3A atau Bappeda provinsi melihat dan membandingkan semua kabupaten/kota di bawahnya. Akun demo: demo.provinsi (Sulawesi Tengah, 72).',
      steps: [
        [
          'Masuk sebagai demo.provinsi. Papan provinsi mendaftar setiap kab/kota: kelengkapan data terpilah dan status verifikasi per tahun, porsi ARG, jumlah GAP, dan siapa yang belum melapor.',
          '/',
        ],
        'Angka provinsi yang dijumlahkan dari kab/kota selalu menyebut berapa yang sudah melapor, mis. "1 dari 13 kab/kota": jumlah sebagian tidak disajikan sebagai angka provinsi.',
        'Pilih Kota Palu pada pemilih wilayah di kepala halaman untuk membuka data dan dokumen kota itu; pilih "Seluruh provinsi" untuk kembali.',
        [
          'Di "Jelajah data" tab "Perbandingan kab/kota" membandingkan satu indikator di semua kab/kota.',
          '/data/jelajah',
        ],
        [
          '"Kesenjangan gender" mengurutkan indikator menurut selisih perempuan dan laki-laki.',
          '/data/kesenjangan',
        ],
        [
          '"Rekap ARG" dan "Review PPRG" kab/kota dapat dibaca setelah memilih kab/kota itu.',
          '/perencanaan/rekap-arg',
        ],
      ],
    },
    'tur-pokja': {
      title: 'Tur 10 menit: Anggota Pokja PUG',
      summary:
        'Anggota Pokja PUG membaca semua data dan dokumen PUG wilayahnya, mis. untuk bahan Rakor. Akun demo: demo.pokja (Kota Palu).',
      steps: [
        ['Masuk sebagai demo.pokja. Beranda merangkum kemajuan wilayah.', '/'],
        [
          '"Verifikasi data" menunjukkan OPD mana yang sudah mengisi, mengajukan dan diverifikasi.',
          '/data/verifikasi',
        ],
        [
          '"Jelajah data": tren satu indikator, rinciannya, dan perbandingan antarwilayah, dengan unduhan CSV/XLSX.',
          '/data/jelajah',
        ],
        ['"Kesenjangan gender": indikator dengan selisih perempuan–laki-laki terbesar.', '/data/kesenjangan'],
        ['"Profil Gender": publikasi tahunan untuk dibagikan di Rakor.', '/data/profil'],
        [
          '"Rekap ARG" dan "Review PPRG": berapa anggaran yang responsif gender dan status GAP setiap OPD.',
          '/perencanaan/rekap-arg',
        ],
        ['"RPJMD & Renstra": tujuan, sasaran dan indikator gender jangka menengah.', '/perencanaan/rpjmd'],
      ],
    },
    'tur-superadmin': {
      title: 'Tur 10 menit: Superadmin',
      summary:
        'Superadmin (tingkat nasional) mengelola katalog indikator nasional dan membuka semua wilayah. Akun demo: demo.superadmin.',
      steps: [
        ['Masuk sebagai demo.superadmin. Papan nasional mendaftar provinsi beserta kemajuannya.', '/'],
        'Pilih provinsi dan kabupaten/kota pada pemilih wilayah untuk bekerja di wilayah itu, mis. Sulawesi Tengah lalu Kota Palu.',
        [
          '"Katalog indikator": 60 indikator gender nasional dalam delapan kelompok, dimensi rincian dan aturan validasi. Perubahan berlaku untuk semua daerah.',
          '/indikator',
        ],
        ['"Pengguna": buat akun admin daerah (DP3A) untuk wilayah yang mulai memakai Setara.', '/users'],
        ['"OPD": perangkat daerah setiap wilayah.', '/opd'],
        ['"Log Audit": jejak semua perubahan di semua wilayah.', '/audit'],
        [
          '"Kunci API" (menu Publikasi): kunci API data terbuka yang diminta peneliti dan media; cabut kunci yang disalahgunakan.',
          '/publikasi/kunci-api',
        ],
      ],
    },
    ...pagesId,
    glosarium: {
      title: 'Glosarium istilah PUG',
      summary:
        'Istilah yang dipakai di Setara, dirumuskan ulang dari peraturan dan pedoman yang disebut di kolom sumber.',
      steps: [],
    },
  },
  glossary: [
    {
      term: 'PUG (Pengarusutamaan Gender)',
      meaning:
        'Strategi memasukkan gender sebagai bagian tak terpisahkan dari perencanaan, penyusunan, pelaksanaan, pemantauan dan evaluasi kebijakan, program dan kegiatan pembangunan.',
      source: 'Inpres 9/2000; Permendagri 15/2008 jo. 67/2011',
    },
    {
      term: 'Kesenjangan gender',
      meaning:
        'Perbedaan kondisi perempuan dan laki-laki dalam akses, partisipasi, kontrol dan manfaat (APKM) pembangunan. Di Setara: selisih dan rasio nilai perempuan dan laki-laki suatu indikator.',
      source: 'Permendagri 67/2011; pedoman GAP KemenPPPA',
    },
    {
      term: 'Data terpilah',
      meaning:
        'Data yang dirinci menurut jenis kelamin — dan bila perlu umur, disabilitas atau kelompok sasaran — untuk melihat posisi, kondisi dan kebutuhan perempuan dan laki-laki.',
      source: 'Permendagri 67/2011; Permen PPPA 5/2014 (sistem data gender dan anak)',
    },
    {
      term: 'Indikator',
      meaning:
        'Ukuran yang diisi setiap tahun, mis. "Angka Partisipasi Sekolah SMA", dengan satuan, sumber dan aturan validasinya. Katalog Setara memuat 60 indikator awal nasional.',
      source: 'Katalog Setara (docs/indicators.md)',
    },
    {
      term: 'PPRG',
      meaning:
        'Perencanaan dan Penganggaran yang Responsif Gender: perencanaan dan anggaran yang memperhitungkan pengalaman, aspirasi, kebutuhan dan permasalahan perempuan dan laki-laki. Alatnya GAP, GBS dan KAK/TOR.',
      source: 'Stranas PPRG (SE Bersama 4 menteri, 2012)',
    },
    {
      term: 'GAP (Gender Analysis Pathway)',
      meaning:
        'Alur analisis gender dalam 9 langkah: kebijakan/kegiatan dan tujuannya, data pembuka wawasan, faktor kesenjangan, sebab internal dan eksternal, reformulasi tujuan, rencana aksi, data dasar, indikator gender.',
      source: 'Pedoman PPRG Bappenas/KemenPPPA',
    },
    {
      term: 'GBS (Gender Budget Statement)',
      meaning:
        'Pernyataan Anggaran Gender: dokumen yang menyatakan bahwa keluaran suatu kegiatan menjawab isu gender dan berapa anggaran dialokasikan untuk itu; disusun dari hasil GAP.',
      source: 'Stranas PPRG; Permendagri 67/2011',
    },
    {
      term: 'KAK/TOR responsif gender',
      meaning:
        'Kerangka Acuan Kegiatan (Terms of Reference) yang membawa analisis GAP ke latar belakang, tujuan, penerima manfaat menurut jenis kelamin, cara pelaksanaan, jadwal dan biaya kegiatan.',
      source: 'Pedoman PPRG; PMK 104/2010 (format K/L)',
    },
    {
      term: 'ARG (Anggaran Responsif Gender)',
      meaning:
        'Anggaran yang menjawab kebutuhan, permasalahan dan pengalaman perempuan dan laki-laki untuk mewujudkan kesetaraan gender. Tiga kategori: khusus/spesifik gender, kesetaraan gender (afirmasi), penguatan kelembagaan PUG.',
      source: 'Permendagri 67/2011; Stranas PPRG',
    },
    {
      term: 'OPD',
      meaning: 'Organisasi Perangkat Daerah (dulu SKPD): dinas, badan, sekretariat, inspektorat, kecamatan.',
      source: 'UU 23/2014; PP 18/2016',
    },
    {
      term: 'DP3A',
      meaning:
        'Dinas Pemberdayaan Perempuan dan Perlindungan Anak (namanya berbeda bila digabung, mis. DP2KBPMP2A): penggerak PUG dan sekretariat Pokja PUG.',
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Bappeda / Bapperida',
      meaning:
        'Badan Perencanaan Pembangunan (dan Riset dan Inovasi) Daerah. Kepalanya memimpin Pokja PUG; stafnya sering menjadi Tim Driver PPRG.',
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Pokja PUG',
      meaning:
        'Kelompok Kerja PUG: wadah konsultasi para pelaksana dan penggerak PUG dari berbagai instansi di daerah, ditetapkan dengan keputusan kepala daerah.',
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Focal point PUG',
      meaning:
        'Aparatur OPD yang mampu menjalankan PUG di unit kerjanya; di Setara biasanya pemegang akun Operator OPD.',
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Tim Driver / Tim Teknis PPRG',
      meaning:
        'Tim dari Bappeda, BPKAD, Inspektorat dan DP3A yang mereview dan menyetujui dokumen PPRG OPD; di Setara peran "Tim Driver / reviewer".',
      source: 'Praktik daerah (pedoman PPRG daerah)',
    },
    {
      term: 'RKPD / Renja',
      meaning:
        'Rencana Kerja Pemerintah Daerah (rencana tahunan daerah) dan Rencana Kerja OPD (rencana tahunan OPD). Jangka menengah: RPJMD (daerah, 5 tahun) dan Renstra (OPD).',
      source: 'UU 25/2004; Permendagri 86/2017',
    },
    {
      term: 'SIPD',
      meaning:
        'Sistem Informasi Pemerintahan Daerah (Kemendagri). Nomenklaturnya mengode urusan.bidang.program.kegiatan.sub-kegiatan, mis. 2.08.02.2.01.0001.',
      source: 'Kepmendagri 050-5889/2021 dan perubahannya',
    },
  ],
};
