/** Bahasa Indonesia messages of the choropleth maps (features/maps). */
export const idMaps = {
  maps: {
    nav: 'Peta',
    navGroup: 'Indeks & Peta',
    title: 'Peta',
    subtitle:
      'Sebaran satu indikator per provinsi atau kabupaten/kota: total, per jenis kelamin, selisih P − L atau rasio P/L. Klik wilayah untuk membuka datanya.',
    kind: 'Jenis',
    kinds: { indicator: 'Indikator', index: 'Indeks gender' },
    index: 'Indeks',
    year: 'Tahun',
    measure: 'Ukuran',
    measures: {
      total: 'Total',
      female: 'Perempuan',
      male: 'Laki-laki',
      gap: 'Selisih P − L',
      ratio: 'Rasio P/L',
    },
    scope: 'Cakupan',
    national: 'Nasional',
    level: 'Tingkat',
    levels: { provinsi: 'Provinsi', kabkota: 'Kabupaten/kota' },
    legend: 'Kelas',
    method: 'Cara membagi kelas',
    methods: { quantile: 'Kuantil', 'equal-interval': 'Interval sama' },
    methodHelp: {
      quantile: 'Kuantil: jumlah wilayah di setiap kelas kira-kira sama.',
      'equal-interval': 'Interval sama: rentang nilai terendah sampai tertinggi dibagi sama lebar.',
    },
    regionCount: '{{count}} wilayah',
    noData: 'Tidak ada nilai',
    pickIndicator: 'Pilih indikator untuk menampilkan petanya.',
    emptyYear: 'Belum ada nilai {{indicator}} tahun {{year}} untuk {{scope}}.',
    emptyYearHint:
      'Tidak ada wilayah yang mengisi atau mengimpor nilai indikator ini untuk tahun tersebut. Pilih tahun lain, atau lihat isian data wilayahnya.',
    emptyMeasureHint:
      'Ukuran ini membutuhkan nilai perempuan dan laki-laki; tidak ada wilayah yang memiliki keduanya untuk tahun ini. Pilih ukuran Total atau tahun lain.',
    aria: 'Peta {{indicator}}, {{measure}} tahun {{year}}, {{scope}}. Angkanya ada di tabel data di bawah peta.',
    withoutShape: 'Wilayah tanpa batas peta',
    withoutShapeHint:
      'Berkas batas wilayah (BIG) tidak memuat poligon untuk wilayah ini, sehingga nilainya ditampilkan di sini.',
    region: 'Wilayah',
    rank: 'Peringkat',
    source: 'Sumber angka',
    sources: {
      stored: 'Diisi wilayah',
      rolled_up: 'Dihitung dari kab/kota',
      published: 'Rilis BPS',
      computed: 'Dihitung Setara dari komponen',
    },
    dataTable: 'Tabel data ({{count}} wilayah)',
    notAllowed:
      'Peta membandingkan wilayah-wilayah: terbuka bagi akun provinsi (kabupaten/kota di provinsinya) dan superadmin.',
  },
};
