/**
 * Bahasa Indonesia messages of exploring data (web/src/features/explore: Jelajah data,
 * Kesenjangan gender, Profil Gender); merged into `id` in id.ts.
 */
export const idExplore = {
  explore: {
    nav: 'Jelajah data',
    title: 'Jelajah data',
    subtitle: 'Tren, rincian dan perbandingan satu indikator terpilah di {{region}}.',
    nationalHint:
      'Tingkat nasional belum memiliki data terpilah sendiri. Pilih provinsi atau kabupaten/kota pada pemilih wilayah di atas.',
    indicator: 'Indikator',
    indicatorPlaceholder: 'Pilih atau cari indikator (nama atau kode)',
    pickIndicator:
      'Pilih indikator di atas untuk melihat trennya menurut jenis kelamin, kesenjangan P−L dan rasio P/L. Belum tahu mulai dari mana? Lihat indikator dengan kesenjangan terlebar.',
    toGaps: 'Lihat peringkat kesenjangan',
    unknownIndicator: 'Indikator {{code}} tidak ada dalam katalog wilayah ini. Pilih indikator lain.',
    tabTrend: 'Tren',
    tabBreakdown: 'Rincian',
    tabCompare: 'Perbandingan kab/kota',
    tabRegions: 'Perbandingan wilayah',
    regions: {
      scopeProvince: 'Kab/kota di provinsi',
      scopeNationalProvinces: 'Provinsi se-Indonesia',
      scopeNationalKabkota: 'Kab/kota se-Indonesia',
      year: 'Tahun',
      rank: 'Peringkat',
      region: 'Wilayah',
      previous: 'Total {{year}}',
      change: 'Perubahan',
      source: 'Sumber angka',
      sourceStored: 'Tersimpan',
      sourceRolledUp: 'Dijumlahkan dari kab/kota',
      reporting:
        '{{n}} dari {{of}} wilayah memiliki nilai tahun {{year}}. Peringkat 1 = total tertinggi; nilai sama berbagi peringkat.',
      rollup: '{{scope}} menurut penjumlahan {{n}} dari {{of}} wilayah: {{rolledUp}}',
      stored:
        'Angka tersimpan untuk wilayah itu sendiri: {{stored}} (selisih tersimpan − penjumlahan: {{difference}}).',
      noStored: 'Tidak ada angka tersimpan untuk {{scope}} sendiri, jadi tidak ada yang dibandingkan.',
      noRollup:
        'Indikator ini tidak dapat dijumlahkan antarwilayah (agregasi "none", mis. angka survei atau indeks); angka tersimpan {{scope}}: {{stored}}.',
      empty: 'Belum ada nilai {{indicator}} tahun {{year}} di {{scope}}. Pilih tahun lain.',
    },
    range: 'Rentang periode',
    rangeFrom: 'Dari tahun',
    rangeTo: 'Sampai tahun',
    diff: 'Selisih P−L',
    ratio: 'Rasio P/L',
    relative: 'Kesenjangan relatif',
    trendChart: 'Grafik tren {{indicator}} menurut jenis kelamin, dengan selisih dan rasio P/L',
    breakdownChart: 'Grafik rincian {{indicator}} periode {{period}} menurut jenis kelamin',
    compareChart: 'Grafik perbandingan kabupaten/kota untuk {{indicator}} periode {{period}}',
    noValues:
      'Belum ada nilai {{indicator}} untuk {{region}}. Nilai muncul di sini setelah diisi pada Isian data terpilah atau diimpor.',
    noValuesInRange:
      'Tidak ada nilai {{indicator}} untuk {{region}} dalam rentang periode ini. Perlebar rentang atau kosongkan untuk melihat semua periode.',
    womenOnly: 'Indikator ini hanya berlaku untuk perempuan, sehingga tidak ada selisih atau rasio P/L.',
    noDimensions:
      'Indikator ini hanya terpilah menurut jenis kelamin; tidak ada rincian lain (umur, disabilitas, kelompok sasaran, kecamatan).',
    dimension: 'Rincian menurut',
    kabkota: 'Kabupaten/Kota',
    provinceRow: '{{name}} (provinsi)',
    provinceRowPartial:
      '{{name}}: jumlah {{n}} dari {{of}} kab/kota yang melapor, bukan angka provinsi lengkap',
    reporting: '{{n}} dari {{of}} kabupaten/kota memiliki nilai untuk periode {{period}}.',
    compareNoValues: 'Belum ada kabupaten/kota yang memiliki nilai {{indicator}} pada tahun {{from}}–{{to}}.',
    export: 'Unduh data',
    exportFormats: {
      csv: 'CSV format impor panjang (dapat diimpor kembali)',
      xlsx: 'Excel (XLSX) dengan kolom yang sama',
      json: 'JSON dengan metadata indikator',
      'sdmx-csv': 'SDMX-CSV (SDMX 2.1)',
      dhis2: 'DHIS2 dataValueSets (JSON)',
    },
  },
  gaps: {
    nav: 'Kesenjangan gender',
    title: 'Kesenjangan gender',
    subtitle: 'Indikator {{region}} diurutkan menurut kesenjangan antara perempuan dan laki-laki.',
    why: 'Peringkat ini adalah bukti untuk langkah 2 Gender Analysis Pathway (GAP), data pembuka wawasan: indikator dengan kesenjangan terlebar atau yang paling cepat melebar menunjukkan di mana program perlu responsif gender.',
    sortLabel: 'Urutan',
    sortWidest: 'Kesenjangan terlebar',
    sortWidening: 'Paling cepat melebar',
    indicator: 'Indikator',
    p: 'Perempuan',
    l: 'Laki-laki',
    diff: 'Selisih P−L',
    relativeHint: '|P − L| dibagi rata-rata P dan L pada periode terakhir: 0% berarti setara.',
    trend: 'Tren kesenjangan',
    trendHint: 'Perubahan kesenjangan relatif per periode (garis tren kuadrat terkecil atas semua periode).',
    widening: 'melebar {{points}} poin/periode',
    narrowing: 'menyempit {{points}} poin/periode',
    perPeriod: '{{points}} poin/periode',
    steady: 'stabil ({{points}} poin/periode)',
    trendUnknown: 'belum ada tren (kurang dari 2 periode)',
    empty:
      'Belum ada indikator {{region}} dengan nilai perempuan dan laki-laki. Isi atau impor data terpilah terlebih dahulu.',
    emptyProvince:
      'Belum ada nilai tingkat provinsi untuk {{region}}. Pilih salah satu kabupaten/kota pada pemilih wilayah, atau bandingkan kabupaten/kota di Jelajah data.',
    emptyGroup: 'Tidak ada indikator dengan nilai perempuan dan laki-laki pada kelompok {{group}}.',
  },
  profil: {
    nav: 'Profil Gender',
    title: 'Profil Gender',
    subtitle: 'Publikasi tahunan data terpilah {{region}} dalam satu klik.',
    make: 'Buat publikasi',
    counts:
      '{{values}} nilai tahun {{year}}, {{verified}} di antaranya terverifikasi. Publikasi memuat tahun {{year}} dan lima tahun sebelumnya ({{first}}–{{year}}).',
    edition: 'Edisi',
    editionAll: 'Semua nilai (draf dan diajukan ikut; sampul diberi tanda DRAF)',
    editionVerified: 'Hanya nilai terverifikasi (edisi resmi)',
    noneVerified: 'Belum ada nilai terverifikasi tahun {{year}}; edisi resmi akan kosong.',
    pdf: 'Unduh PDF',
    xlsx: 'Unduh XLSX',
    busy: 'Menyusun publikasi… ini dapat memakan waktu beberapa detik.',
    downloaded: '{{name}} diunduh.',
    empty:
      'Belum ada nilai data terpilah untuk {{region}}, jadi Profil Gender belum dapat disusun. Isi atau impor data terlebih dahulu.',
    emptyProvince:
      'Belum ada nilai tingkat provinsi untuk {{region}}; Profil Gender disusun dari nilai wilayah itu sendiri. Pilih salah satu kabupaten/kota pada pemilih wilayah.',
    toEntry: 'Ke isian data terpilah',
    contentsTitle: 'Isi publikasi',
    contentsIntro:
      'PDF berukuran A4 dengan angka format Indonesia. Setiap indikator disajikan sebagai tabel tahun × perempuan, laki-laki, total, selisih P−L dan rasio P/L, beserta grafik trennya.',
    cover: 'Sampul',
    toc: 'Daftar isi',
    introduction: 'Pendahuluan',
    chapter: 'Bab {{name}}',
    sources: 'Sumber dan definisi setiap indikator',
    xlsxNote:
      'XLSX: satu lembar kerja per bab dengan angka sebagai angka (siap diolah), ditambah lembar Sampul dan Definisi.',
  },
};
