/**
 * DEMO DATA — CONTOH: invented sample figures for Kota Palu's monev demo, not official records
 * and not anyone's real realisation. The quarterly reports of the demo's gender-responsive
 * sub-kegiatan (demo-planning-data.ts) for 2025 (triwulan I–IV) and 2026 (triwulan I–III):
 * how fast each line spends and delivers, whom it reaches, its kendala and tindak lanjut, and
 * the few reports that are late, behind, over the pagu, returned, waiting or still drafts.
 * The region's monev settings carry EXAMPLE_EXPECTED_SHARE (20/45/70/95 %), labelled CONTOH.
 */
import {
  EXAMPLE_LABEL,
  type MonevReportStatus,
  type Quarter,
  type TargetGroup,
} from '../../../domain/monev/constants.js';

/** The demo's monev years and the quarters reported in each. */
export const DEMO_MONEV_YEARS: readonly { year: number; quarters: readonly Quarter[] }[] = [
  { year: 2025, quarters: [1, 2, 3, 4] },
  { year: 2026, quarters: [1, 2, 3] },
];

/** Tells the demo's settings apart from a region's own (monev_settings has no is_demo). */
export const DEMO_MONEV_SOURCE_NOTE =
  `${EXAMPLE_LABEL}. Data contoh demo Setara (Kota Palu): ambang realisasi kumulatif 20/45/70/95 % ` +
  'dan tenggat laporan triwulan adalah angka ilustrasi, bukan ketentuan resmi; tidak ada peraturan ' +
  'yang ditemukan yang menetapkannya. Admin daerah menetapkan angkanya sendiri.';

/**
 * Report deadlines: mid-month after each quarter; the fourth early (20 December) because the
 * Rakor PUG is held at the end of December (seed 004's was on 23 December).
 */
export function demoMonevDeadlines(year: number): Record<Quarter, string> {
  return { 1: `${year}-04-15`, 2: `${year}-07-15`, 3: `${year}-10-15`, 4: `${year}-12-20` };
}

/**
 * Cumulative realisation by the end of each quarter, in basis points (1/100 %) of the pagu and
 * of the physical target. `behind` stays under the example thresholds (20/45/70/95).
 */
export const DEMO_PACES = {
  steady: { budget: [2085, 4620, 7180, 9640], physical: [2000, 4800, 7500, 10000] },
  early: { budget: [2630, 5110, 7650, 9880], physical: [2500, 5500, 8000, 10000] },
  behind: { budget: [820, 2450, 4930, 8870], physical: [500, 2200, 4600, 9200] },
  /** Ends above the pagu (confirmed by the operator with a reason). */
  overPagu: { budget: [2100, 4750, 7320, 10120], physical: [2400, 5200, 8100, 10000] },
} as const;
export type DemoPace = keyof typeof DEMO_PACES;

/** Whom a line reaches: shares of the people reached, by sex and by group. */
export interface DemoBeneficiaries {
  /** People reached at 100 % of the target: the target itself when it counts people, else a number. */
  people: 'target' | number;
  /** Percent of women among them. */
  femalePct: number;
  /** Per target group: percent of the women and of the men reached who belong to it. */
  groups?: Partial<Record<TargetGroup, [number, number]>>;
  /** Percent of the women and of the men who are anak (< 18) and lansia (60+); dewasa the rest. */
  ages?: { anak: [number, number]; lansia: [number, number] };
}

export interface DemoMonevLine {
  beneficiaries?: DemoBeneficiaries;
  /** Kendala and tindak lanjut, the first pair early in the year, the second later. */
  notes: [kendala: string, tindakLanjut: string][];
}

const ADMIN_NOTES: [string, string][] = [
  [
    'Jadwal rapat koordinasi menyesuaikan agenda pimpinan perangkat daerah.',
    'Undangan dikirim lebih awal dan rapat dijadwalkan ulang pada minggu berikutnya.',
  ],
  [
    'Sebagian perangkat daerah terlambat mengirim bahan.',
    'Sekretariat Pokja PUG menyurati perangkat daerah dan mendampingi pengisian bahan.',
  ],
];

/** By sub-kegiatan code; a responsive line without an entry reports money and output only. */
export const DEMO_MONEV_LINES: Record<string, DemoMonevLine> = {
  '1.02.02.2.02.0001': {
    beneficiaries: {
      people: 'target',
      femalePct: 88,
      groups: { ibu_hamil: [100, 0], perempuan: [100, 0], anak: [3, 0], penyandang_disabilitas: [1, 0] },
      ages: { anak: [3, 0], lansia: [0, 0] },
    },
    notes: [
      [
        'Kunjungan K1 di dua puskesmas rendah karena ibu hamil baru memeriksakan diri pada trimester kedua.',
        'Kader posyandu melakukan kunjungan rumah dan mengajak suami hadir pada kelas ibu hamil.',
      ],
      [
        'Kehadiran suami pada sesi pasangan masih rendah pada jam kerja.',
        'Sesi pasangan dipindah ke Sabtu pagi; puskesmas berkoordinasi dengan lurah.',
      ],
    ],
  },
  '1.02.02.2.02.0002': {
    beneficiaries: {
      people: 'target',
      femalePct: 100,
      groups: { ibu_hamil: [100, 0], perempuan: [100, 0], anak: [2, 0] },
      ages: { anak: [2, 0], lansia: [0, 0] },
    },
    notes: [
      [
        'Sebagian persalinan masih ditolong di rumah di kelurahan pesisir.',
        'Bidan kelurahan memetakan ibu hamil trimester ketiga dan menyiapkan rujukan ke puskesmas.',
      ],
      [
        'Ketersediaan ambulans rujukan terbatas pada malam hari.',
        'Kerja sama dengan PMI dan kelurahan untuk kendaraan siaga persalinan.',
      ],
    ],
  },
  '1.02.02.2.02.0015': {
    beneficiaries: {
      people: 'target',
      femalePct: 71,
      groups: { ibu_hamil: [58, 0], perempuan: [100, 0], anak: [42, 100] },
      ages: { anak: [42, 100], lansia: [0, 0] },
    },
    notes: [
      [
        'Pengadaan bahan makanan tambahan lokal menunggu penetapan penyedia.',
        'Distribusi sementara memakai stok PMT dari provinsi.',
      ],
      [
        'Kepatuhan konsumsi PMT balita belum terpantau di semua posyandu.',
        'Kader mencatat konsumsi harian di buku KIA dan dilaporkan tiap minggu.',
      ],
    ],
  },
  '1.02.05.2.02.0001': {
    beneficiaries: {
      people: 'target',
      femalePct: 56,
      groups: { perempuan: [100, 0], anak: [81, 84], penyandang_disabilitas: [1, 1] },
      ages: { anak: [81, 84], lansia: [0, 0] },
    },
    notes: [
      [
        'Jadwal KIE di sekolah bergeser karena ujian semester.',
        'KIE dilaksanakan melalui karang taruna dan posyandu remaja di luar jam sekolah.',
      ],
      [
        'Remaja laki-laki kurang hadir pada sesi kesehatan reproduksi.',
        'Fasilitator laki-laki dilibatkan dan sesi dipisah per kelompok.',
      ],
    ],
  },
  '2.08.02.2.01.0001': { notes: ADMIN_NOTES },
  '2.08.02.2.01.0006': {
    beneficiaries: { people: 54, femalePct: 63 },
    notes: [
      [
        'Focal point PUG di beberapa perangkat daerah berganti karena mutasi.',
        'Pendampingan ulang bagi focal point baru dan pembaruan SK Pokja PUG.',
      ],
      ADMIN_NOTES[1],
    ],
  },
  '2.08.02.2.02.0001': {
    beneficiaries: {
      people: 'target',
      femalePct: 100,
      groups: { perempuan: [100, 0], penyandang_disabilitas: [4, 0], lansia: [3, 0] },
      ages: { anak: [0, 0], lansia: [3, 0] },
    },
    notes: [
      [
        'Peserta dari kelurahan pinggiran terkendala biaya transportasi.',
        'Uang transport peserta dianggarkan dan pelatihan digelar di kecamatan.',
      ],
      [
        'Sebagian alumni belum mendapat mentor.',
        'DP3A menggandeng organisasi perempuan untuk menambah mentor.',
      ],
    ],
  },
  '2.08.02.2.03.0002': {
    beneficiaries: { people: 32, femalePct: 78 },
    notes: [
      [
        'Pengurus lembaga layanan banyak yang bekerja sukarela dan sulit hadir penuh.',
        'Pelatihan dibagi dalam beberapa sesi pendek di akhir pekan.',
      ],
      ADMIN_NOTES[0],
    ],
  },
  '2.08.03.2.02.0001': {
    beneficiaries: {
      people: 'target',
      femalePct: 100,
      groups: { perempuan: [100, 0], anak: [27, 0], penyandang_disabilitas: [4, 0], lansia: [3, 0] },
      ages: { anak: [27, 0], lansia: [3, 0] },
    },
    notes: [
      [
        'Korban enggan melapor karena takut stigma dan tekanan keluarga.',
        'Sosialisasi layanan pengaduan melalui majelis taklim dan PKK, serta hotline UPTD PPA.',
      ],
      [
        'Rumah aman sementara penuh pada bulan tertentu.',
        'Kerja sama dengan lembaga layanan berbasis masyarakat untuk penampungan sementara.',
      ],
    ],
  },
  '2.08.05.2.01.0001': { notes: ADMIN_NOTES },
  '1.06.04.2.01.0005': {
    beneficiaries: {
      people: 'target',
      femalePct: 54,
      groups: { perempuan: [100, 0], lansia: [46, 41], penyandang_disabilitas: [22, 27] },
      ages: { anak: [6, 8], lansia: [46, 41] },
    },
    notes: [
      [
        'Penerima manfaat lansia sulit dijangkau di rumah masing-masing.',
        'Bimbingan dilaksanakan di balai kelurahan dengan penjemputan.',
      ],
      ['Pendamping sosial terbatas.', 'Relawan Tagana dan karang taruna dilibatkan sebagai pendamping.'],
    ],
  },
  '1.06.02.2.03.0005': {
    beneficiaries: { people: 210, femalePct: 67, ages: { anak: [18, 12], lansia: [9, 11] } },
    notes: [
      [
        'Konselor LK3 hanya dua orang untuk seluruh kota.',
        'Pengajuan tambahan konselor dan jadwal layanan keliling ke kecamatan.',
      ],
      [
        'Pencatatan kasus konseling belum terpilah menurut jenis kelamin dan usia.',
        'Format pencatatan baru dengan data terpilah mulai dipakai.',
      ],
    ],
  },
  '2.07.03.2.01.0001': {
    beneficiaries: {
      people: 'target',
      femalePct: 44,
      groups: { perempuan: [100, 0], penyandang_disabilitas: [3, 4] },
      ages: { anak: [0, 0], lansia: [0, 0] },
    },
    notes: [
      [
        'Minat perempuan pada kejuruan las dan otomotif rendah.',
        'Kejuruan tata boga, menjahit dan digital marketing ditambah; kuota perempuan 50 %.',
      ],
      [
        'Peserta ibu rumah tangga terkendala pengasuhan anak.',
        'Ruang penitipan anak disediakan di BLK selama pelatihan.',
      ],
    ],
  },
  '2.12.02.2.01.0001': {
    beneficiaries: {
      people: 'target',
      femalePct: 52,
      groups: { perempuan: [100, 0], lansia: [24, 21], penyandang_disabilitas: [7, 8], anak: [31, 34] },
      ages: { anak: [31, 34], lansia: [24, 21] },
    },
    notes: [
      [
        'Penduduk rentan di hunian tetap pascabencana belum memiliki dokumen asal.',
        'Jemput bola perekaman KTP-el dan KK di huntap bersama kelurahan.',
      ],
      [
        'Penyandang disabilitas sulit datang ke kantor Disdukcapil.',
        'Layanan perekaman di rumah dan di panti dengan alat perekaman keliling.',
      ],
    ],
  },
  '2.14.02.2.01.0002': { notes: ADMIN_NOTES },
  '5.01.01.2.05.0009': {
    beneficiaries: { people: 'target', femalePct: 58 },
    notes: [
      [
        'Kuota diklat PPRG dari provinsi terbatas untuk perencana.',
        'Diklat PPRG internal bagi perencana dengan narasumber dari DP3A dan Bapperida.',
      ],
      ADMIN_NOTES[0],
    ],
  },
  '5.03.01.2.05.0009': {
    beneficiaries: { people: 'target', femalePct: 61 },
    notes: [
      [
        'Pegawai perempuan dengan anak balita sulit mengikuti diklat di luar kota.',
        'Diklat daring dan klasikal di Palu diutamakan; jadwal diumumkan sebulan sebelumnya.',
      ],
      ADMIN_NOTES[1],
    ],
  },
  '1.01.02.2.02.0055': {
    beneficiaries: { people: 2250, femalePct: 51, ages: { anak: [100, 100], lansia: [0, 0] } },
    notes: [
      [
        'Sebagian sekolah belum membentuk tim pencegahan kekerasan.',
        'Pendampingan pembentukan TPPK dan pelatihan guru BK.',
      ],
      [
        'Laporan perundungan dari sekolah belum seragam.',
        'Format pelaporan bersama disepakati dengan pengawas sekolah.',
      ],
    ],
  },
  '1.01.02.2.04.0046': {
    beneficiaries: {
      people: 'target',
      femalePct: 47,
      groups: { perempuan: [100, 0], anak: [38, 42] },
      ages: { anak: [38, 42], lansia: [0, 0] },
    },
    notes: [
      [
        'Warga belajar perempuan banyak yang bekerja pada jam belajar.',
        'Jadwal belajar malam dan tutor kunjung di PKBM.',
      ],
      [
        'Angka putus belajar paket C cukup tinggi.',
        'Tutor memantau kehadiran dan menghubungi warga belajar yang absen.',
      ],
    ],
  },
};

/** Pace of a line by year (by code); lines not listed are steady, or early when their index says so. */
export const DEMO_MONEV_PACE: Record<number, Record<string, DemoPace>> = {
  2025: {
    '2.12.02.2.01.0001': 'overPagu',
    '1.06.02.2.03.0005': 'behind',
    '2.14.02.2.01.0002': 'behind',
    '1.02.02.2.02.0015': 'early',
  },
  2026: {
    '1.02.02.2.02.0015': 'behind',
    '2.07.03.2.01.0001': 'behind',
    '2.08.05.2.01.0001': 'behind',
    '1.02.02.2.02.0001': 'early',
  },
};

/** Why the over-pagu line spent more than its pagu (the operator's confirmation). */
export const DEMO_OVER_REASON =
  'Tambahan jemput bola perekaman di huntap Tondo dan Balaroa setelah pergeseran anggaran yang disetujui TAPD; ' +
  'realisasi melebihi pagu awal sebesar selisih pergeseran, dokumen pergeseran terlampir.';

/** A report that is not verified on time: its state and when it was (or was not) submitted. */
export interface DemoMonevException {
  code: string;
  year: number;
  quarter: Quarter;
  /** Verified when absent. */
  status?: Exclude<MonevReportStatus, 'verified'>;
  /** Days after the deadline it was submitted (late). */
  lateDays?: number;
  /** No report at all: the OPD has not reported this quarter. */
  missing?: true;
  /** The reviewer's comment when returned. */
  comment?: { field: string; body: string };
}

export const DEMO_MONEV_EXCEPTIONS: DemoMonevException[] = [
  { code: '1.06.02.2.03.0005', year: 2025, quarter: 1, lateDays: 12 },
  { code: '2.12.02.2.01.0001', year: 2025, quarter: 2, lateDays: 3 },
  { code: '2.14.02.2.01.0002', year: 2025, quarter: 3, lateDays: 21 },
  { code: '5.01.01.2.05.0009', year: 2025, quarter: 4, lateDays: 9 },
  { code: '1.02.02.2.02.0002', year: 2026, quarter: 1, lateDays: 5 },
  { code: '1.01.02.2.04.0046', year: 2026, quarter: 2, lateDays: 8 },
  { code: '1.02.05.2.02.0001', year: 2026, quarter: 3, lateDays: 6 },
  { code: '1.02.02.2.02.0001', year: 2026, quarter: 3, status: 'submitted' },
  {
    code: '1.02.02.2.02.0002',
    year: 2026,
    quarter: 3,
    status: 'returned',
    comment: {
      field: 'beneficiaries.age.anak',
      body: 'Jumlah ibu bersalin usia anak (< 18 tahun) naik tajam dibanding triwulan II. Mohon dicek ulang dengan register persalinan puskesmas.',
    },
  },
  { code: '1.02.02.2.02.0015', year: 2026, quarter: 3, status: 'draft' },
  { code: '2.08.02.2.02.0001', year: 2026, quarter: 3, status: 'submitted', lateDays: 4 },
  {
    code: '2.08.03.2.02.0001',
    year: 2026,
    quarter: 3,
    status: 'returned',
    comment: {
      field: 'budgetRealised',
      body: 'Realisasi anggaran belum sesuai SP2D triwulan III di SIPD. Mohon disesuaikan dan lampirkan rekap SP2D.',
    },
  },
  { code: '1.01.02.2.02.0055', year: 2026, quarter: 3, status: 'submitted' },
  { code: '1.06.04.2.01.0005', year: 2026, quarter: 3, status: 'draft' },
  { code: '2.07.03.2.01.0001', year: 2026, quarter: 3, missing: true },
  { code: '2.14.02.2.01.0002', year: 2026, quarter: 3, missing: true },
];
