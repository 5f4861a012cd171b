/**
 * DEMO DATA — sample content for trying Setara, not official records. Kota Palu's agencies
 * follow the city's published structure (names as commonly used in 2024–2025); the users are
 * invented, one per role. Everything written from here is marked `is_demo`.
 */
import type { OpdKind } from '../../../domain/opd.js';
import type { Role } from '../../../domain/roles.js';

export const DEMO_REGION = '72.71'; // Kota Palu
export const DEMO_PROVINCE = '72'; // Sulawesi Tengah

/** One password for every demo account, printed in README.md. */
export const DEMO_PASSWORD = 'Setara#Demo2026';

export const DEMO_OPD: { name: string; shortName: string; kind: OpdKind }[] = [
  { name: 'Sekretariat Daerah', shortName: 'Setda', kind: 'sekretariat' },
  { name: 'Sekretariat DPRD', shortName: 'Setwan', kind: 'sekretariat' },
  { name: 'Inspektorat Daerah', shortName: 'Inspektorat', kind: 'inspektorat' },
  { name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', shortName: 'Bapperida', kind: 'badan' },
  { name: 'Badan Pengelolaan Keuangan dan Aset Daerah', shortName: 'BPKAD', kind: 'badan' },
  { name: 'Badan Pendapatan Daerah', shortName: 'Bapenda', kind: 'badan' },
  { name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', shortName: 'BKPSDM', kind: 'badan' },
  { name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD', kind: 'badan' },
  { name: 'Badan Kesatuan Bangsa dan Politik', shortName: 'Kesbangpol', kind: 'badan' },
  { name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', shortName: 'DP3A', kind: 'dinas' },
  { name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas' },
  { name: 'Dinas Pendidikan dan Kebudayaan', shortName: 'Disdikbud', kind: 'dinas' },
  { name: 'Dinas Sosial', shortName: 'Dinsos', kind: 'dinas' },
  { name: 'Dinas Tenaga Kerja dan Perindustrian', shortName: 'Disnakerin', kind: 'dinas' },
  { name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', shortName: 'DPPKB', kind: 'dinas' },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', kind: 'dinas' },
  { name: 'Dinas Koperasi dan Usaha Kecil Menengah', shortName: 'Diskop UKM', kind: 'dinas' },
  { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'Dinas PUPR', kind: 'dinas' },
  { name: 'Dinas Perumahan dan Kawasan Permukiman', shortName: 'Disperkim', kind: 'dinas' },
  { name: 'Dinas Pertanian dan Ketahanan Pangan', shortName: 'Distanpan', kind: 'dinas' },
  { name: 'Dinas Kelautan dan Perikanan', shortName: 'DKP', kind: 'dinas' },
  { name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik', shortName: 'Diskominfo', kind: 'dinas' },
  { name: 'Dinas Pemuda dan Olahraga', shortName: 'Dispora', kind: 'dinas' },
  { name: 'Dinas Pariwisata', shortName: 'Dispar', kind: 'dinas' },
  { name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', kind: 'other' },
  { name: 'Kecamatan Palu Barat', shortName: 'Kec. Palu Barat', kind: 'kecamatan' },
  { name: 'Kecamatan Mantikulore', shortName: 'Kec. Mantikulore', kind: 'kecamatan' },
];

export interface DemoUser {
  username: string;
  fullName: string;
  email: string;
  role: Role;
  regionCode: string;
  /** Short name of the demo OPD, for OPD-bound roles. */
  opdShortName?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'demo.superadmin',
    fullName: 'Demo Superadmin Nasional',
    email: 'superadmin@demo.setara.invalid',
    role: 'superadmin',
    regionCode: 'ID',
  },
  {
    username: 'demo.provinsi',
    fullName: 'Demo Verifikator DP3A Sulawesi Tengah',
    email: 'provinsi@demo.setara.invalid',
    role: 'provinsi',
    regionCode: DEMO_PROVINCE,
  },
  {
    username: 'demo.admin',
    fullName: 'Demo Admin DP3A Kota Palu',
    email: 'admin@demo.setara.invalid',
    role: 'admin_daerah',
    regionCode: DEMO_REGION,
  },
  {
    username: 'demo.reviewer',
    fullName: 'Demo Tim Driver Bapperida Kota Palu',
    email: 'reviewer@demo.setara.invalid',
    role: 'reviewer',
    regionCode: DEMO_REGION,
  },
  {
    username: 'demo.operator',
    fullName: 'Demo Focal Point Dinas Kesehatan',
    email: 'operator@demo.setara.invalid',
    role: 'operator_opd',
    regionCode: DEMO_REGION,
    opdShortName: 'Dinkes',
  },
  {
    username: 'demo.pokja',
    fullName: 'Demo Anggota Pokja PUG Kota Palu',
    email: 'pokja@demo.setara.invalid',
    role: 'pokja',
    regionCode: DEMO_REGION,
  },
];
