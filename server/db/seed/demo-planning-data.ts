/**
 * DEMO DATA — sample PPRG planning content for Kota Palu, not official records: sub-kegiatan
 * lines of most demo agencies for 2024–2026 with realistic but INVENTED budgets (pagu) and ARG
 * tags, and an RPJMD 2025–2029 with a few goals. Codes and names come from the shipped SIPD
 * nomenclature. The two lines of DEMO_GAP_LINES carry the demo GAP/GBS examples.
 */
export const DEMO_PLANNING_YEARS = [2024, 2025, 2026] as const;

/** Where the gap module seeds its demo GAP documents. */
export const DEMO_GAP_LINES = {
  dinkes: { opdShortName: 'Dinkes', year: 2026, code: '1.02.02.2.02.0001' },
  dp3a: { opdShortName: 'DP3A', year: 2026, code: '2.08.02.2.02.0001' },
} as const;

export type DemoTag = {
  category: 'khusus' | 'kesetaraan' | 'kelembagaan' | 'netral';
  /** Percent of the budget that counts (whole budget when absent). */
  percent?: number;
  /** First year the line carries the tag: tagging spreads over the years. */
  from: number;
};

export interface DemoLine {
  code: string;
  output: string;
  target: string;
  /** Budget of 2026 in Rupiah; earlier years are scaled down (see demo-planning.ts). */
  budget: number;
  tag?: DemoTag;
  /** Exact in every year (the GAP demo lines). */
  fixed?: boolean;
}

/** The support program's usual lines of an agency of `bidang`, sized by its staff. */
export function supportLines(bidang: string, staff: number, extra = false): DemoLine[] {
  const p = `${bidang}.01`;
  const lines: DemoLine[] = [
    {
      code: `${p}.2.02.0001`,
      output: 'Jumlah orang yang menerima gaji dan tunjangan ASN',
      target: `${staff} orang/bulan`,
      budget: staff * 58_800_000,
    },
    {
      code: `${p}.2.01.0001`,
      output: 'Jumlah dokumen perencanaan perangkat daerah',
      target: '3 dokumen',
      budget: 48_500_000 + staff * 350_000,
    },
    {
      code: `${p}.2.08.0002`,
      output: 'Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik',
      target: '12 laporan',
      budget: 96_000_000 + staff * 1_200_000,
    },
    {
      code: `${p}.2.09.0009`,
      output: 'Jumlah gedung kantor yang dipelihara/direhabilitasi',
      target: '1 unit',
      budget: 185_000_000 + staff * 2_500_000,
    },
  ];
  if (extra) {
    lines.push(
      {
        code: `${p}.2.06.0009`,
        output: 'Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi SKPD',
        target: '12 laporan',
        budget: 72_500_000,
      },
      {
        code: `${p}.2.05.0009`,
        output: 'Jumlah pegawai berdasarkan tugas dan fungsi yang mengikuti pendidikan dan pelatihan',
        target: `${Math.ceil(staff / 3)} orang`,
        budget: 38_000_000 + staff * 900_000,
      },
    );
  }
  return lines;
}

/** Lines beyond the support program, per agency short name. */
export const DEMO_PROGRAM_LINES: Record<string, DemoLine[]> = {
  Dinkes: [
    {
      code: '1.02.02.2.02.0001',
      output: 'Ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
      target: '4.850 orang',
      budget: 486_750_000,
      tag: { category: 'khusus', from: 2024 },
      fixed: true,
    },
    {
      code: '1.02.02.2.02.0002',
      output: 'Ibu bersalin yang mendapatkan pelayanan kesehatan sesuai standar',
      target: '4.700 orang',
      budget: 312_500_000,
      tag: { category: 'khusus', from: 2024 },
    },
    {
      code: '1.02.02.2.02.0003',
      output: 'Bayi baru lahir yang mendapatkan pelayanan kesehatan sesuai standar',
      target: '4.650 bayi',
      budget: 198_400_000,
    },
    {
      code: '1.02.02.2.02.0004',
      output: 'Balita yang mendapatkan pelayanan kesehatan sesuai standar',
      target: '21.300 balita',
      budget: 245_600_000,
    },
    {
      code: '1.02.02.2.02.0015',
      output: 'Jumlah ibu hamil KEK dan balita gizi kurang yang mendapatkan makanan tambahan',
      target: '1.250 orang',
      budget: 380_000_000,
      tag: { category: 'kesetaraan', percent: 40, from: 2025 },
    },
    {
      code: '1.02.02.2.02.0048',
      output: 'Jumlah bayi yang mendapatkan imunisasi dasar lengkap',
      target: '4.600 bayi',
      budget: 420_000_000,
      tag: { category: 'netral', from: 2025 },
    },
    {
      code: '1.02.05.2.02.0001',
      output: 'Jumlah remaja yang mendapatkan KIE kesehatan reproduksi',
      target: '3.600 orang',
      budget: 265_000_000,
      tag: { category: 'kesetaraan', from: 2024 },
    },
  ],
  DP3A: [
    {
      code: '2.08.02.2.01.0001',
      output: 'Jumlah dokumen hasil koordinasi dan sinkronisasi perumusan kebijakan pelaksanaan PUG',
      target: '2 dokumen',
      budget: 145_000_000,
      tag: { category: 'kelembagaan', from: 2024 },
    },
    {
      code: '2.08.02.2.01.0006',
      output: 'Jumlah perangkat daerah yang didampingi dalam penyelenggaraan PUG',
      target: '27 perangkat daerah',
      budget: 98_250_000,
      tag: { category: 'kelembagaan', from: 2024 },
    },
    {
      code: '2.08.02.2.02.0001',
      output: 'Perempuan yang mengikuti pelatihan kepemimpinan',
      target: '120 orang',
      budget: 215_400_000,
      tag: { category: 'kesetaraan', from: 2024 },
      fixed: true,
    },
    {
      code: '2.08.02.2.03.0002',
      output: 'Jumlah lembaga penyedia layanan pemberdayaan perempuan yang ditingkatkan kapasitasnya',
      target: '8 lembaga',
      budget: 87_500_000,
      tag: { category: 'kesetaraan', from: 2024 },
    },
    {
      code: '2.08.03.2.02.0001',
      output: 'Jumlah perempuan korban kekerasan yang mendapatkan layanan pengaduan',
      target: '140 orang',
      budget: 176_000_000,
      tag: { category: 'khusus', from: 2024 },
    },
    {
      code: '2.08.05.2.01.0001',
      output: 'Jumlah dokumen data gender dan anak',
      target: '1 dokumen',
      budget: 92_000_000,
      tag: { category: 'kelembagaan', from: 2024 },
    },
    {
      code: '2.08.07.2.01.0003',
      output: 'Jumlah kelurahan yang didampingi menuju kelurahan layak anak',
      target: '12 kelurahan',
      budget: 125_000_000,
    },
  ],
  Disdikbud: [
    {
      code: '1.01.02.2.01.0054',
      output: 'Jumlah peserta didik SD yang mendapatkan biaya personil',
      target: '31.400 siswa',
      budget: 2_350_000_000,
      tag: { category: 'netral', from: 2026 },
    },
    {
      code: '1.01.02.2.02.0032',
      output: 'Jumlah peserta didik SMP yang mendapatkan biaya personil',
      target: '14.900 siswa',
      budget: 1_950_000_000,
    },
    {
      code: '1.01.02.2.03.0047',
      output: 'Jumlah peserta didik PAUD',
      target: '6.200 anak',
      budget: 420_000_000,
    },
    {
      code: '1.01.02.2.02.0055',
      output: 'Jumlah satuan pendidikan yang didampingi dalam pencegahan perundungan dan kekerasan',
      target: '45 sekolah',
      budget: 85_000_000,
      tag: { category: 'kesetaraan', percent: 50, from: 2026 },
    },
    {
      code: '1.01.02.2.04.0046',
      output: 'Jumlah peserta didik pendidikan kesetaraan',
      target: '640 orang',
      budget: 160_000_000,
      tag: { category: 'kesetaraan', percent: 60, from: 2026 },
    },
  ],
  Dinsos: [
    {
      code: '1.06.04.2.01.0001',
      output: 'Jumlah lanjut usia dan penyandang disabilitas terlantar yang mendapatkan permakanan',
      target: '850 orang',
      budget: 540_000_000,
      tag: { category: 'netral', from: 2026 },
    },
    {
      code: '1.06.04.2.01.0003',
      output: 'Jumlah alat bantu yang disediakan',
      target: '180 unit',
      budget: 210_000_000,
    },
    {
      code: '1.06.04.2.01.0005',
      output: 'Jumlah penerima bimbingan fisik, mental, spiritual, dan sosial',
      target: '300 orang',
      budget: 120_000_000,
      tag: { category: 'kesetaraan', from: 2026 },
    },
    {
      code: '1.06.02.2.03.0005',
      output: 'Jumlah LK3 yang diperkuat',
      target: '1 lembaga',
      budget: 75_000_000,
      tag: { category: 'kesetaraan', from: 2024 },
    },
  ],
  Disnakerin: [
    {
      code: '2.07.03.2.01.0001',
      output: 'Jumlah pencari kerja yang mengikuti pelatihan berbasis kompetensi',
      target: '400 orang',
      budget: 860_000_000,
      tag: { category: 'kesetaraan', percent: 50, from: 2024 },
    },
    {
      code: '2.07.03.2.05.0001',
      output: 'Jumlah tenaga kerja yang diukur kompetensi dan produktivitasnya',
      target: '150 orang',
      budget: 70_000_000,
    },
    {
      code: '2.07.04.2.01.0002',
      output: 'Jumlah pencari kerja yang ditempatkan',
      target: '600 orang',
      budget: 88_000_000,
    },
  ],
  Disdukcapil: [
    {
      code: '2.12.02.2.01.0001',
      output: 'Jumlah penduduk rentan administrasi kependudukan yang didata',
      target: '2.500 orang',
      budget: 135_000_000,
      tag: { category: 'kesetaraan', from: 2024 },
    },
    {
      code: '2.12.02.2.01.0004',
      output: 'Jumlah dokumen pendaftaran penduduk yang diterbitkan',
      target: '65.000 dokumen',
      budget: 310_000_000,
    },
    {
      code: '2.12.03.2.01.0002',
      output: 'Jumlah dokumen pencatatan sipil yang diterbitkan',
      target: '28.000 dokumen',
      budget: 260_000_000,
    },
  ],
  DPPKB: [
    {
      code: '2.14.02.2.01.0002',
      output: 'Jumlah dokumen Grand Design Pembangunan Kependudukan',
      target: '1 dokumen',
      budget: 115_000_000,
      tag: { category: 'kelembagaan', percent: 50, from: 2024 },
    },
  ],
};

/**
 * Agencies with demo lines: short name, bidang of their support program, staff (sizes the
 * support lines), and whether they get the two extra support lines.
 */
export const DEMO_PLANNING_OPD: [string, string, number, boolean][] = [
  ['Setda', '4.01', 28, true],
  ['Setwan', '4.02', 22, true],
  ['Inspektorat', '6.01', 16, false],
  ['Bapperida', '5.01', 18, true],
  ['BPKAD', '5.02', 26, true],
  ['Bapenda', '5.02', 20, false],
  ['BKPSDM', '5.03', 17, true],
  ['BPBD', '1.05', 14, false],
  ['Kesbangpol', '8.01', 12, false],
  ['DP3A', '2.08', 14, false],
  ['Dinkes', '1.02', 24, false],
  ['Disdikbud', '1.01', 27, false],
  ['Dinsos', '1.06', 15, false],
  ['Disnakerin', '2.07', 15, false],
  ['DPPKB', '2.14', 13, true],
  ['Disdukcapil', '2.12', 16, false],
  ['Diskop UKM', '2.17', 12, true],
  ['Dinas PUPR', '1.03', 26, true],
  ['Disperkim', '1.04', 18, true],
  ['Distanpan', '3.27', 19, true],
  ['DKP', '3.25', 13, true],
  ['Diskominfo', '2.16', 15, true],
  ['Dispora', '2.19', 12, true],
  ['Dispar', '3.26', 12, true],
  ['Satpol PP', '1.05', 21, true],
];

/** Bapperida's staff training carries the PUG capacity building of the planners. */
export const DEMO_EXTRA_TAGS: Record<string, Record<string, DemoTag>> = {
  Bapperida: { '5.01.01.2.05.0009': { category: 'kelembagaan', percent: 50, from: 2025 } },
  BKPSDM: { '5.03.01.2.05.0009': { category: 'kelembagaan', percent: 25, from: 2026 } },
};
