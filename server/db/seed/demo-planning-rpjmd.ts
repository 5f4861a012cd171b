/**
 * DEMO DATA — an INVENTED RPJMD 2025–2029 for Kota Palu with a few goals and indicators (some
 * gender indicators linked to the data terpilah catalog), and the Renstra of DP3A and Dinkes.
 * Targets are plausible sample figures, not the city's official plan.
 */
export const DEMO_RPJMD = {
  startYear: 2025,
  endYear: 2029,
  vision: 'Palu kota yang tangguh, sejahtera, dan setara bagi perempuan, laki-laki, dan anak (contoh demo)',
};

type Years = Record<string, string>;
const years = (values: string[]): Years => Object.fromEntries(values.map((v, i) => [String(2025 + i), v]));

export const DEMO_RPJMD_TARGETS: {
  opdShortName: string | null;
  kind: 'tujuan' | 'sasaran';
  statement: string;
  indicatorName: string;
  indicatorCode: string | null;
  isGender: boolean;
  unit: string;
  yearTargets: Years;
}[] = [
  {
    opdShortName: null,
    kind: 'tujuan',
    statement: 'Meningkatnya kualitas sumber daya manusia yang berkeadilan gender',
    indicatorName: 'Rata-rata lama sekolah',
    indicatorCode: 'PDD_RLS',
    isGender: true,
    unit: 'tahun',
    yearTargets: years(['11,52', '11,60', '11,68', '11,76', '11,85']),
  },
  {
    opdShortName: null,
    kind: 'sasaran',
    statement: 'Meningkatnya derajat kesehatan ibu',
    indicatorName: 'Persentase persalinan ditolong tenaga kesehatan',
    indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN',
    isGender: true,
    unit: '%',
    yearTargets: years(['96,5', '97,0', '97,5', '98,0', '98,5']),
  },
  {
    opdShortName: null,
    kind: 'sasaran',
    statement: 'Meningkatnya keterwakilan perempuan dalam pengambilan keputusan',
    indicatorName: 'Persentase perempuan anggota DPRD',
    indicatorCode: 'POL_DPRD_PEREMPUAN_PERSEN',
    isGender: true,
    unit: '%',
    yearTargets: years(['20,0', '20,0', '20,0', '20,0', '30,0']),
  },
  {
    opdShortName: null,
    kind: 'sasaran',
    statement: 'Meningkatnya partisipasi angkatan kerja',
    indicatorName: 'Tingkat partisipasi angkatan kerja',
    indicatorCode: 'EKO_TPAK',
    isGender: true,
    unit: '%',
    yearTargets: years(['66,8', '67,2', '67,6', '68,0', '68,4']),
  },
  {
    opdShortName: null,
    kind: 'sasaran',
    statement: 'Meningkatnya kualitas infrastruktur jalan kota',
    indicatorName: 'Persentase jalan kota dalam kondisi mantap',
    indicatorCode: null,
    isGender: false,
    unit: '%',
    yearTargets: years(['78', '80', '82', '84', '86']),
  },
  {
    opdShortName: 'DP3A',
    kind: 'sasaran',
    statement: 'Meningkatnya pelembagaan pengarusutamaan gender di perangkat daerah',
    indicatorName: 'Persentase perangkat daerah yang menyusun GAP dan GBS',
    indicatorCode: null,
    isGender: true,
    unit: '%',
    yearTargets: years(['40', '55', '70', '85', '100']),
  },
  {
    opdShortName: 'DP3A',
    kind: 'sasaran',
    statement: 'Meningkatnya layanan bagi perempuan korban kekerasan',
    indicatorName: 'Persentase perempuan korban kekerasan yang mendapat layanan komprehensif',
    indicatorCode: 'KEK_KORBAN_DILAYANI',
    isGender: true,
    unit: '%',
    yearTargets: years(['80', '85', '90', '95', '100']),
  },
  {
    opdShortName: 'Dinkes',
    kind: 'sasaran',
    statement: 'Menurunnya kematian ibu',
    indicatorName: 'Angka kematian ibu per 100.000 kelahiran hidup',
    indicatorCode: 'KES_AKI',
    isGender: true,
    unit: 'per 100.000 KH',
    yearTargets: years(['98', '92', '86', '80', '75']),
  },
  {
    opdShortName: 'Dinkes',
    kind: 'sasaran',
    statement: 'Meningkatnya cakupan jaminan kesehatan',
    indicatorName: 'Cakupan kepesertaan JKN',
    indicatorCode: 'KES_JKN_CAKUPAN',
    isGender: true,
    unit: '%',
    yearTargets: years(['95', '96', '97', '98', '98']),
  },
];
