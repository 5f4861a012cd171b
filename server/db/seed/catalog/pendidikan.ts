import type { IndicatorDef } from '../catalog-data.js';

/** APS and APM share everything but the age group, the level and the wording. */
function susenasRate(
  code: string,
  nameId: string,
  nameEn: string,
  definitionId: string,
  definitionEn: string,
): IndicatorDef {
  return {
    code,
    nameId,
    nameEn,
    definitionId,
    definitionEn,
    unit: 'persen',
    group: 'pendidikan',
    periodicity: 'year',
    source: 'survey',
    sourceNote: 'BPS, Susenas Maret',
    aggregation: 'none',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 2,
    responsibleOpd: 'Disdikbud',
    percentBounded: true,
  };
}

const APS = (code: string, ages: string, agesEn: string) =>
  susenasRate(
    code,
    `Angka Partisipasi Sekolah (APS) umur ${ages} tahun`,
    `School participation rate, ages ${agesEn}`,
    `Persentase penduduk umur ${ages} tahun yang masih bersekolah di jenjang pendidikan apa pun (termasuk pendidikan kesetaraan Paket A/B/C) terhadap seluruh penduduk umur ${ages} tahun.`,
    `Percentage of the population aged ${agesEn} attending school at any level (including the Paket A/B/C equivalency programmes) among all people aged ${agesEn}.`,
  );

const APM = (code: string, level: string, levelEn: string, paket: string, ages: string, agesEn: string) =>
  susenasRate(
    code,
    `Angka Partisipasi Murni (APM) ${level}`,
    `Net enrolment rate, ${levelEn}`,
    `Persentase penduduk umur ${ages} tahun yang sedang bersekolah di jenjang ${level} (termasuk ${paket}) terhadap seluruh penduduk umur ${ages} tahun.`,
    `Percentage of the population aged ${agesEn} attending ${levelEn} education (including ${paket}) among all people aged ${agesEn}.`,
  );

export const PENDIDIKAN: IndicatorDef[] = [
  APS('PDD_APS_SD', '7–12', '7–12'),
  APS('PDD_APS_SMP', '13–15', '13–15'),
  APS('PDD_APS_SMA', '16–18', '16–18'),
  APM('PDD_APM_SD', 'SD/sederajat', 'primary', 'Paket A', '7–12', '7–12'),
  APM('PDD_APM_SMP', 'SMP/sederajat', 'junior secondary', 'Paket B', '13–15', '13–15'),
  APM('PDD_APM_SMA', 'SMA/SMK/sederajat', 'senior secondary', 'Paket C', '16–18', '16–18'),
  {
    code: 'PDD_AMH',
    nameId: 'Angka melek huruf penduduk umur 15 tahun ke atas',
    nameEn: 'Literacy rate, population aged 15 and over',
    definitionId:
      'Persentase penduduk umur 15 tahun ke atas yang dapat membaca dan menulis kalimat sederhana dalam huruf latin atau huruf lainnya terhadap seluruh penduduk umur 15 tahun ke atas.',
    definitionEn:
      'Percentage of the population aged 15 and over who can read and write a simple sentence in Latin or other script, among all people aged 15 and over.',
    unit: 'persen',
    group: 'pendidikan',
    periodicity: 'year',
    source: 'survey',
    sourceNote: 'BPS, Susenas Maret',
    aggregation: 'none',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 2,
    responsibleOpd: 'Disdikbud',
    percentBounded: true,
  },
  {
    code: 'PDD_RLS',
    nameId: 'Rata-rata lama sekolah (RLS) penduduk umur 25 tahun ke atas',
    nameEn: 'Mean years of schooling, population aged 25 and over',
    definitionId:
      'Rata-rata jumlah tahun yang telah dijalani penduduk umur 25 tahun ke atas di pendidikan formal, dihitung dari ijazah tertinggi dan kelas terakhir tanpa menghitung tahun mengulang kelas; komponen IPM dan IPG.',
    definitionEn:
      'Average number of years of formal education completed by the population aged 25 and over, derived from the highest certificate and last grade attended, not counting repeated years; a component of the HDI (IPM) and the GDI (IPG).',
    unit: 'tahun',
    group: 'pendidikan',
    periodicity: 'year',
    source: 'bps',
    sourceNote: 'BPS, Susenas Maret (komponen IPM/IPG)',
    aggregation: 'none',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 2,
    responsibleOpd: 'Disdikbud',
  },
  {
    code: 'PDD_HLS',
    nameId: 'Harapan lama sekolah (HLS)',
    nameEn: 'Expected years of schooling',
    definitionId:
      'Lamanya sekolah (dalam tahun) yang diharapkan akan dirasakan oleh anak umur 7 tahun di masa mendatang, dihitung sebagai jumlah angka partisipasi sekolah menurut umur tunggal mulai umur 7 tahun; komponen IPM dan IPG.',
    definitionEn:
      'Number of years of schooling a child aged 7 can expect to receive, computed as the sum of single-age school participation rates from age 7 upward; a component of the HDI (IPM) and the GDI (IPG).',
    unit: 'tahun',
    group: 'pendidikan',
    periodicity: 'year',
    source: 'bps',
    sourceNote: 'BPS, Susenas Maret (komponen IPM/IPG)',
    aggregation: 'none',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 2,
    responsibleOpd: 'Disdikbud',
  },
  {
    code: 'PDD_KEPALA_SEKOLAH',
    nameId: 'Jumlah kepala sekolah SD dan SMP',
    nameEn: 'Primary and junior secondary school principals',
    definitionId:
      'Banyaknya kepala sekolah pada satuan pendidikan SD dan SMP negeri dan swasta di wilayah kabupaten/kota pada semester ganjil tahun ajaran yang dimulai tahun tersebut, menurut jenis kelamin.',
    definitionEn:
      'Number of principals of public and private primary and junior secondary schools in the regency/city in the odd (first) semester of the school year starting that year, by sex.',
    unit: 'orang',
    group: 'pendidikan',
    periodicity: 'year',
    source: 'administrative',
    sourceNote: 'Disdikbud, Data Pokok Pendidikan (Dapodik)',
    aggregation: 'sum',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 0,
    responsibleOpd: 'Disdikbud',
  },
];
