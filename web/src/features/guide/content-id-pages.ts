/** Panduan in Bahasa Indonesia: one section per page of the app (each page's "Bantuan"). */
import type { PageSectionId } from './sections.ts';
import type { GuideSection } from './types.ts';

export const pagesId: Record<PageSectionId, GuideSection> = {
  beranda: {
    title: 'Beranda',
    summary: 'Halaman pertama setelah masuk: yang menunggu Anda di wilayah ini, sesuai peran.',
    steps: [
      'Operator OPD: nilai draf untuk diajukan, nilai yang dikembalikan untuk diperbaiki, GAP yang perlu revisi.',
      'Reviewer: GAP yang menunggu review.',
      'DP3A: isian yang menunggu verifikasi, OPD yang belum mengajukan data, impor yang menunggu disimpan.',
      'Klik "Buka" pada sebuah tugas untuk langsung mengerjakannya. Jumlah tugas juga tampil sebagai lencana di menu.',
      'Di bawahnya: kemajuan isian setiap OPD tahun ini dan tenggat terdekat. Pokja dan peran baca lainnya melihat kemajuan ini tanpa tugas.',
      'Provinsi dan superadmin melihat papan kab/kota atau provinsi di bawahnya (lihat "Papan provinsi").',
    ],
  },
  notifikasi: {
    title: 'Notifikasi',
    summary:
      'Lonceng di kepala halaman memberi tahu bila ada yang perlu Anda lakukan atau terjadi pada pekerjaan Anda; e-mail menyusul bila server mengirim e-mail.',
    steps: [
      [
        'Angka pada lonceng adalah notifikasi yang belum dibaca. Klik lonceng untuk membuka halaman Notifikasi.',
        '/notifikasi',
      ],
      'Klik sebuah notifikasi untuk membuka data atau dokumen yang dimaksud; "Tandai dibaca" atau "Tandai semua sudah dibaca" mengosongkan angka lonceng. "Belum dibaca" menyaring yang baru.',
      'Jenisnya: data terpilah diajukan untuk verifikasi, data Anda dikembalikan dengan catatan atau diverifikasi, GAP diajukan untuk reviu, GAP Anda dikembalikan, disetujui atau diminta revisi, laporan monev diajukan, dikembalikan, diverifikasi atau dibuka kembali, tenggat yang mendekat, tenggat laporan monev yang mendekat atau terlewati, dan (bagi DP3A) ringkasan OPD yang belum melapor monev.',
      [
        'E-mail dikirim bila admin server mengatur SMTP. Di "Akun saya" pilih bahasa e-mail dan jenis notifikasi yang juga dikirim ke e-mail Anda.',
        '/account',
      ],
    ],
  },
  'papan-wilayah': {
    title: 'Papan provinsi',
    summary:
      'Untuk provinsi (dan superadmin untuk semua provinsi): kemajuan setiap kab/kota dalam satu tabel.',
    steps: [
      'Setiap baris satu kab/kota: kelengkapan data terpilah dan status verifikasi per tahun, porsi ARG, jumlah GAP.',
      'Kab/kota yang belum melapor ditandai.',
      'Angka provinsi yang dijumlahkan dari kab/kota menyebut berapa yang melapor, mis. "1 dari 13 kab/kota".',
      'Pilih sebuah kab/kota pada pemilih wilayah untuk membuka datanya.',
    ],
  },
  isian: {
    title: 'Isian data terpilah',
    summary:
      'Tabel isian nilai indikator menurut jenis kelamin (dan rincian lain) per OPD dan periode, yang bekerja seperti lembar kerja.',
    steps: [
      'Pilih periode (tahun). DP3A memilih OPD; operator langsung melihat indikator OPD-nya.',
      'Ketik angka di sel: 1.234 untuk ribuan, 12,5 untuk desimal. Sel bertanda merah melanggar aturan; kuning adalah peringatan (mis. lonjakan dibanding tahun lalu).',
      'Tempel dari Excel atau LibreOffice: salin blok, klik sel awal, Ctrl+V. Setiap nilai diperiksa dengan aturan yang sama seperti mengetik; ringkasan menyebut yang ditempel dan yang ditolak.',
      'Keyboard: panah, Enter/Shift+Enter, Tab, Home/End, Ctrl+Alt+N (sel kosong berikutnya), Ctrl+Z/Ctrl+Y (urungkan/ulangi), Ctrl+S (simpan draf). Tautan "Lewati ke tabel isian" langsung ke sel pertama.',
      '"Simpan draf" menyimpan; "Ajukan" mengirim nilai draf ke DP3A untuk diverifikasi. Nilai yang diajukan atau terverifikasi terkunci sampai dikembalikan.',
      '"Batalkan semua perubahan" mengembalikan sel ke nilai tersimpan.',
      'Komentar per nilai (mis. sumber angka): tombol di sudut sel atau Shift+F2. Definisi, satuan, sumber dan rumus indikator tampil saat tetikus atau fokus berada di nama indikator.',
    ],
    tips: [
      'Bila Anda meninggalkan halaman dengan perubahan yang belum disimpan, Setara bertanya dulu.',
      'Untuk angka rasio atau persentase yang dapat dihitung dari jumlahnya, Setara memberi tahu bila angka yang diketik berbeda dari hasil hitungan, di tabel dan di laporan validasi; yang diterbitkan adalah hasil hitungan dari jumlahnya, dan hal itu disebutkan.',
    ],
  },
  verifikasi: {
    title: 'Verifikasi data',
    summary: 'Status isian data terpilah setiap OPD per periode; DP3A memverifikasi atau mengembalikan.',
    steps: [
      'Tab "Status per OPD": jumlah nilai draf, diajukan dan terverifikasi setiap OPD, dan langkah terakhirnya.',
      '"Buka isian" membuka tabel OPD itu untuk diperiksa.',
      '"Verifikasi" mengesahkan nilai yang diajukan. "Kembalikan" membuka kembali nilai untuk diperbaiki, dengan catatan yang dibaca OPD.',
      'Tab "Laporan validasi": semua pelanggaran aturan pada periode itu, dapat disaring menurut tingkat.',
    ],
    tips: [
      'Reviewer, Pokja dan provinsi dapat melihat status ini; yang memverifikasi adalah DP3A (admin daerah).',
    ],
  },
  impor: {
    title: 'Impor data',
    summary: 'Memasukkan banyak nilai sekaligus dari file CSV atau XLSX, diperiksa dulu sebelum disimpan.',
    steps: [
      '1. Unduh templat: pilih tahun, OPD dan (opsional) indikator. Templat XLSX memuat satu baris per indikator dan rincian, dengan nilai tersimpan, judul kolom berbahasa Indonesia dan lembar "Petunjuk".',
      '2. Unggah file (sampai 200 MB). Desimal 12,5 dan ribuan 1.234 diterima.',
      '3. Periksa: jumlah nilai baru, berubah dan tidak berubah; pratinjau; kesalahan per baris dengan kolom dan alasannya.',
      'Simpan: semua sekaligus, atau hanya baris yang benar sambil mengunduh baris yang ditolak beserta alasannya untuk diperbaiki.',
      'DP3A yang mengimpor atas nama OPD dapat memilih status nilai: draf, diajukan, atau terverifikasi (tercatat di log audit).',
      '"Riwayat impor" mendaftar impor sebelumnya.',
    ],
    tips: [
      'Centang "Simpan langsung sebagai draf bila tidak ada baris yang ditolak" sebelum mengunggah file besar yang sudah Anda yakini benar: nilai disimpan sambil diperiksa. Bila satu baris saja ditolak, tidak ada yang disimpan dan laporan pemeriksaan tampil seperti biasa.',
      'Pada database bawaan (PGlite) satu impor paling banyak 20.000 nilai; bagi file besar, atau pakai server PostgreSQL.',
    ],
  },
  katalog: {
    title: 'Katalog indikator',
    summary:
      'Indikator data terpilah yang berlaku di wilayah: katalog nasional dan indikator daerah sendiri.',
    steps: [
      'Tab indikator: cari dan saring menurut kelompok; klik sebuah indikator untuk definisi, satuan, sumber, rincian dan rujukan (mis. TPB/SDG).',
      'DP3A: "Tetapkan OPD penanggung jawab" — indikator itu lalu tampil di isian OPD tersebut.',
      'DP3A dapat menambah indikator daerah, dimensi rincian (mis. kelompok umur) dan aturan validasi.',
      'Superadmin mengelola katalog nasional untuk semua daerah.',
    ],
  },
  jelajah: {
    title: 'Jelajah data',
    summary: 'Grafik satu indikator: tren, rincian, dan perbandingan kab/kota.',
    steps: [
      'Pilih indikator. Tab "Tren": perempuan dan laki-laki per tahun.',
      'Tab "Rincian": nilai menurut kelompok umur, disabilitas, kecamatan, dan lainnya.',
      'Tab "Perbandingan kab/kota": satu tahun di semua kab/kota sebuah provinsi.',
      'Tab "Perbandingan wilayah": peringkat kab/kota (atau, bagi superadmin, provinsi se-Indonesia) dengan perubahan sejak tahun lalu, dan angka provinsi hasil penjumlahan kab/kota di samping angka yang tersimpan.',
      'Unduh datanya sebagai CSV, XLSX, JSON, SDMX-CSV atau DHIS2.',
    ],
  },
  kesenjangan: {
    title: 'Kesenjangan gender',
    summary: 'Indikator wilayah diurutkan menurut selisih antara perempuan dan laki-laki.',
    steps: [
      'Pilih kelompok indikator dan urutan: kesenjangan terlebar, atau yang paling cepat melebar.',
      'Setiap baris: nilai perempuan, laki-laki, selisih P−L, kesenjangan relatif (0% berarti setara) dan trennya: melebar, menyempit atau stabil.',
      'Peringkat ini adalah bukti untuk langkah 2 GAP (data pembuka wawasan): di sinilah program perlu responsif gender.',
    ],
  },
  profil: {
    title: 'Profil Gender',
    summary: 'Publikasi tahunan data terpilah wilayah dalam satu klik, PDF atau XLSX.',
    steps: [
      'Pilih tahun. Publikasi memuat tahun itu dan lima tahun sebelumnya.',
      'Pilih edisi: semua nilai (sampul bertanda DRAF) atau hanya nilai terverifikasi (edisi resmi).',
      'Klik "Unduh PDF" atau "Unduh XLSX".',
    ],
  },
  'sub-kegiatan': {
    title: 'Sub-kegiatan & ARG',
    summary: 'Sub-kegiatan setiap OPD dengan pagu per tahun, penandaan ARG, dan pintu ke GAP.',
    steps: [
      'Pilih tahun anggaran (dan OPD). Operator hanya melihat sub-kegiatan OPD-nya.',
      '"Tambah sub-kegiatan": cari di nomenklatur SIPD untuk kode dan nama resmi, isi pagu dan indikator keluaran.',
      'DP3A: "Impor anggaran" dari file ekspor sistem perencanaan; baris dengan kode atau jumlah yang salah ditolak satu per satu.',
      '"Tandai ARG": pilih kategori (khusus gender, kesetaraan/afirmasi, kelembagaan PUG, atau netral) dan nilainya.',
      '"Mulai GAP" atau "Buka GAP" pada sebuah sub-kegiatan.',
    ],
  },
  gap: {
    title: 'GAP, GBS dan KAK/TOR',
    summary: 'Lembar kerja Gender Analysis Pathway 9 langkah, lalu GBS dan KAK/TOR yang diturunkan darinya.',
    steps: [
      'Isi langkah demi langkah dari daftar di kiri. Setiap langkah punya panduan dan contoh; tersimpan otomatis.',
      'Langkah 2 mengambil data terpilah wilayah langsung dari Setara.',
      '"Yang masih perlu dilengkapi" menyebut isian yang kurang; dokumen dapat diajukan bila daftar itu kosong.',
      'GBS dan KAK/TOR terisi dari GAP; lengkapi bagian yang khusus.',
      '"Ajukan" mengirim ke Tim Driver. Komentar reviewer tampil pada langkah yang dimaksud; setelah "Perlu revisi", perbaiki lalu ajukan lagi.',
      '"Riwayat & Perbandingan": setiap versi yang diajukan tersimpan dan dapat dibandingkan. "Unduh": matriks GAP, GBS, KAK sebagai PDF atau XLSX.',
    ],
    tips: [
      'Bila dua orang mengubah GAP yang sama, Setara mencegah saling menimpa dan menunjukkan perbedaannya.',
    ],
  },
  'review-pprg': {
    title: 'Review PPRG',
    summary: 'Antrean dokumen GAP/GBS/KAK yang diajukan OPD.',
    steps: [
      'Saring menurut tahun, status dan OPD. Bawaannya: dokumen yang menunggu review.',
      'Buka sebuah dokumen, beri komentar per langkah, lalu "Minta revisi" atau "Setujui".',
      'Yang mengajukan tidak dapat menyetujui dokumennya sendiri.',
    ],
  },
  'rekap-arg': {
    title: 'Rekap ARG',
    summary: 'Berapa bagian pagu APBD yang responsif gender, per OPD, kategori, program dan tahun.',
    steps: [
      'Pilih tahun. Ringkasan: total pagu, nilai ARG, persentase ARG, dan ARG yang GAP-nya sudah disetujui.',
      'Grafik pagu menurut kategori ARG dan tren antartahun; tabel menurut OPD dan menurut program.',
      'OPD yang punya sub-kegiatan tetapi belum mengajukan GAP ditandai "Belum mengajukan".',
      '"Unduh PDF" atau "Unduh XLSX": rekap dengan kop surat daerah.',
    ],
  },
  rpjmd: {
    title: 'RPJMD & Renstra',
    summary: 'Rencana jangka menengah daerah dan rencana strategis OPD, dengan indikator gender.',
    steps: [
      'DP3A: "Tambah periode RPJMD" (lima tahun) dengan visinya.',
      'Tab "Tujuan & sasaran RPJMD": tambah tujuan/sasaran dengan indikator dan target per tahun; centang "Ini indikator gender" bila berlaku.',
      'Tab "Renstra OPD": pilih OPD untuk melihat Renstra-nya; operator OPD mengisi Renstra OPD-nya sendiri.',
    ],
  },
  monev: {
    title: 'Monev triwulanan',
    summary:
      'Laporan realisasi setiap triwulan untuk sub-kegiatan responsif gender (ditandai ARG atau GAP-nya disetujui): anggaran, fisik, penerima manfaat dan indikator gender.',
    steps: [
      [
        'Pilih tahun (dan OPD bagi DP3A atau reviewer). Setiap sub-kegiatan menampilkan status Triwulan I–IV, tanda yang dihitung Setara (tertinggal, terlambat, melebihi pagu, penerima manfaat tidak sesuai rencana) dan realisasi kumulatif.',
        '/monev',
      ],
      'Operator OPD: buka sebuah triwulan. Pagu, target dan satuan terisi dari rencana, begitu pula kumulatif triwulan sebelumnya. Pilih cara mengisi angka — tambahan triwulan ini atau total kumulatif — Setara menampilkan keduanya.',
      'Isi realisasi anggaran (Rupiah, format 1.250.000), realisasi fisik, penerima manfaat perempuan dan laki-laki, kelompok sasaran dan kelompok umur yang dihitung kegiatan, capaian indikator gender, kendala dan tindak lanjut.',
      '"Simpan draf", lalu unggah bukti dukung (foto, daftar hadir, PDF). "Ajukan untuk verifikasi" memeriksa seluruh isian; kesalahan tampil di isian yang bersangkutan.',
      'Realisasi di atas 100% target atau di atas pagu hanya diterima dengan konfirmasi dan alasan, lalu ditandai.',
      'Reviewer: beri catatan di samping isian yang perlu diperbaiki lalu "Kembalikan", atau "Verifikasi". Catatan tampil di samping isian bagi operator. Laporan terverifikasi terkunci; DP3A dapat "Buka kembali" dengan alasan.',
    ],
    tips: ['Perubahan yang belum disimpan dijaga: Setara bertanya sebelum Anda meninggalkan halaman.'],
  },
  'dasbor-monev': {
    title: 'Dasbor Monev',
    summary:
      'Ringkasan monev setahun: realisasi anggaran responsif gender terhadap pagu, kemajuan fisik, penerima manfaat menurut jenis kelamin dan kelompok, capaian indikator gender, status laporan per triwulan dan tanda.',
    steps: [
      [
        'Pilih tahun. Kartu di atas menampilkan total wilayah; grafiknya dapat dialihkan ke "Tabel" untuk angka persisnya.',
        '/monev/dasbor',
      ],
      'Kabupaten/kota: tabel "Per OPD" membandingkan setiap OPD. Klik nama OPD untuk membuka daftar sub-kegiatannya di Monev triwulanan, lalu laporan triwulan dan bukti dukungnya.',
      'Provinsi: setiap kabupaten/kota tampil berdampingan dengan total provinsi. Klik nama kabupaten/kota untuk membuka dasbornya.',
      'Grafik "Tren antartahun" membandingkan pagu dan realisasi setiap tahun.',
      'Operator OPD hanya melihat angka OPD-nya sendiri.',
    ],
    tips: [
      'Selama DP3A belum mengisi Pengaturan Monev tahun itu, tidak ada laporan yang ditandai "terlambat" atau "tertinggal"; dasbor menyebutkannya dengan tautan ke pengaturan.',
    ],
  },
  'pengaturan-monev': {
    title: 'Pengaturan Monev',
    summary:
      'Target realisasi kumulatif dan tenggat laporan setiap triwulan, per tahun, dengan sumber angkanya. Setara tidak menetapkan angka resmi.',
    steps: [
      ['Pilih tahun.', '/pengaturan/monev'],
      'DP3A: isi target realisasi kumulatif (%) untuk Triwulan I–IV — tidak boleh turun dari triwulan sebelumnya — dan tenggat laporan setiap triwulan, lalu tulis sumbernya (peraturan, keputusan Pokja).',
      'Tombol "Isi contoh 20/45/70/95 %" hanya mengisi formulir dengan angka ilustrasi (CONTOH — bukan ketentuan resmi); periksa lalu "Simpan".',
      'Laporan di bawah target triwulannya ditandai "tertinggal"; laporan yang diajukan setelah tenggat ditandai "terlambat".',
      'Operator OPD diingatkan lewat notifikasi dan e-mail seminggu dan sehari sebelum tenggat, dan sekali sesudahnya bila laporannya belum diajukan; DP3A menerima ringkasan OPD yang belum melapor.',
      'Peran lain dapat membaca pengaturan ini.',
    ],
  },
  'hasil-monev': {
    title: 'Hasil Pengendalian dan Evaluasi',
    summary:
      'Nilai, predikat dan peringkat setiap OPD setahun, dari kriteria dan bobot yang ditetapkan daerah, untuk dipaparkan pada Rakor PUG.',
    steps: [
      [
        'Pilih tahun. Tabel mengurutkan OPD menurut nilai; OPD dengan nilai sama berbagi peringkat.',
        '/monev/hasil',
      ],
      'Buka baris OPD (tombol + di kiri) untuk melihat capaian setiap kriteria, bobotnya, sumbangannya pada nilai dan poin yang hilang, serta angka laporan yang mendasarinya.',
      'Nilai kriteria dihitung dari laporan yang sudah diajukan atau diverifikasi: kelengkapan dan ketepatan waktu dari tenggat di Pengaturan Monev, realisasi anggaran dan fisik dari laporan terakhir setiap sub-kegiatan, capaian indikator gender, dan GAP yang disetujui.',
      'Kriteria tanpa data (mis. pelatihan PPRG) tidak dihitung; bobot kriteria lain disesuaikan sehingga berjumlah 100.',
      'DP3A: di "Pengaturan penilaian" pilih kriteria, isi bobot (berjumlah 100), predikat dari 0 ke atas dan sumbernya, lalu simpan. Setiap penyimpanan menjadi versi baru. "Muat contoh" hanya mengisi formulir dengan contoh yang berlabel CONTOH — bukan ketentuan resmi.',
      'Unduh dokumen Rakor (PDF dengan kop, tabel, grafik dan tanda tangan; XLSX) atau paparan lanskap satu grafik per halaman.',
      'Operator OPD melihat baris OPD-nya sendiri beserta peringkatnya.',
    ],
  },
  'laporan-pug': {
    title: 'Laporan Pelaksanaan PUG',
    summary:
      'Laporan tahunan pelaksanaan PUG daerah: angka data terpilah, PPRG/ARG dan monev dirangkum otomatis, ditambah narasi kendala, rekomendasi dan rencana tindak lanjut, lalu diunduh sebagai DOCX (disunting dan ditandatangani di Word) atau PDF.',
    steps: [
      [
        'Pilih tahun. Bagian "Angka yang dirangkum" menampilkan setiap bab persis seperti tercetak.',
        '/monev/laporan-pug',
      ],
      'Data terpilah: indikator yang ditugaskan ke setiap OPD, yang sudah berisi nilai tahun itu dan yang terverifikasi. PPRG: pagu, ARG dan porsinya, status GAP serta GBS dan KAK yang disetujui. Monev: realisasi anggaran dan fisik, penerima manfaat menurut jenis kelamin, kelompok sasaran dan umur, laporan per triwulan dan tanda peringatan.',
      'Bab yang kosong menjelaskan sebabnya dan di menu mana datanya diisi.',
      'DP3A dan Bappeda: tulis kendala, rekomendasi dan rencana tindak lanjut serta penanda tangan, lalu "Simpan draf". Setiap simpan menjadi versi baru dengan nama penyimpan dan waktunya; bila orang lain menyimpan lebih dulu, Setara meminta Anda memuat ulang.',
      'Riwayat versi: buka versi lama untuk membacanya, atau "Pulihkan" untuk menyimpannya lagi sebagai versi terbaru.',
      'Unduh DOCX atau PDF: kop surat, tabel, narasi versi terakhir, nomor halaman dan blok tanda tangan.',
    ],
    tips: [
      'Perubahan yang belum disimpan dijaga: Setara bertanya sebelum Anda meninggalkan halaman.',
      'Draf demo Kota Palu bertanda CONTOH; ganti narasinya sebelum dipakai.',
    ],
  },
  'kop-surat': {
    title: 'Kop surat & penandatangan',
    summary: 'Kop surat daerah dan penandatangan dokumen PPRG setiap OPD.',
    steps: [
      'Isi nama pemerintah daerah, alamat, kontak dan tempat penandatanganan; unggah logo (PNG atau JPEG, sampai 512 KB).',
      'Isi penandatangan setiap OPD (nama, jabatan, NIP). Operator dapat mengisi penandatangan OPD-nya sendiri.',
    ],
  },
  opd: {
    title: 'OPD / Perangkat Daerah',
    summary: 'Daftar organisasi perangkat daerah wilayah.',
    steps: [
      'Cari menurut nama atau singkatan; saring aktif/nonaktif.',
      'DP3A: "Tambah OPD" dengan nama, singkatan, jenis dan kode SIPD (opsional).',
      'OPD yang tidak dipakai lagi dinonaktifkan, bukan dihapus: datanya tetap tersimpan.',
    ],
  },
  pengguna: {
    title: 'Pengguna',
    summary: 'Akun pengguna wilayah dan perannya.',
    steps: [
      '"Tambah pengguna": nama pengguna, nama lengkap, email, peran dan — untuk operator — OPD-nya.',
      'Kata sandi awal minimal 10 karakter; sampaikan langsung kepada pengguna.',
      '"Atur ulang kata sandi" untuk pengguna yang lupa.',
      'Tidak ada yang dapat memberi peran yang lebih luas dari perannya sendiri.',
      '"Pemisahan tugas": daerah kecil tanpa reviewer kedua dapat mengizinkan pengaju menyetujui dokumennya sendiri (tercatat di log audit).',
    ],
  },
  audit: {
    title: 'Log Audit',
    summary: 'Jejak setiap perubahan: siapa, kapan, apa yang berubah.',
    steps: [
      'Saring menurut rentang tanggal, pengguna, entitas dan aksi. Aktivitas masuk dan keluar disembunyikan kecuali Anda memintanya.',
      'Buka sebuah entri untuk melihat nilai sebelum dan sesudah.',
    ],
  },
  akun: {
    title: 'Akun saya',
    summary: 'Data akun Anda dan kata sandi.',
    steps: [
      'Ganti kata sandi: masukkan kata sandi lama dan yang baru (minimal 10 karakter, bukan kata sandi umum).',
      'Ganti email: tulis alamat baru dan kata sandi Anda saat ini; notifikasi e-mail dikirim ke alamat ini, yang tidak boleh dipakai akun lain.',
      'Notifikasi e-mail: pilih bahasa e-mail dan jenis notifikasi yang juga dikirim ke e-mail Anda.',
    ],
  },
  tenggat: {
    title: 'Tenggat',
    summary:
      'Batas waktu pengajuan data terpilah dan dokumen GAP/GBS wilayah; yang pekerjaannya belum selesai diingatkan sebelumnya.',
    steps: [
      'DP3A: "Tambah tenggat" — pilih jenis (data terpilah atau pengajuan GAP/GBS), tahun, tanggal dan catatan.',
      'Pengguna yang pekerjaannya belum selesai mendapat notifikasi (dan e-mail) beberapa hari sebelum tenggat.',
      'Tenggat terdekat juga tampil di Beranda.',
    ],
  },
  'kunci-api': {
    title: 'Kunci API',
    summary:
      'Superadmin: kunci API data terbuka (/api/public) yang diminta peneliti, media dan portal lain untuk membaca lebih sering daripada batas tanpa kunci.',
    steps: [
      'Kunci diminta sendiri dengan e-mail, tanpa akun Setara (cara memintanya ada di dokumentasi API, /api/docs). Peminta mengonfirmasi tautan di e-mailnya dan melihat kuncinya sekali saja: Setara hanya menyimpan sidik jarinya.',
      'Daftar menampilkan awalan kunci, nama pemegang, e-mail, keperluan, kapan dibuat dan kapan terakhir dipakai. Saring menurut status (aktif, dicabut, semua) atau cari menurut e-mail, nama atau awalan; tautan halaman menyimpan saringannya.',
      '"Cabut" menghentikan sebuah kunci setelah konfirmasi: permintaan dengan kunci itu ditolak dalam 10 detik. Pencabutan tercatat di log audit dan tidak dapat dibatalkan; pemegangnya dapat meminta kunci baru.',
      'Status menunjukkan siapa yang mencabut: pemegangnya sendiri atau superadmin.',
    ],
  },
};
