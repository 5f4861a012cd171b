/**
 * The vocabulary of sex-disaggregated data (data terpilah): indicator units, domain groups,
 * periodicity, sources, aggregation rules, and the built-in disaggregation dimensions.
 * Shared by server (validation, seed) and web (forms, labels).
 */

export const UNITS = [
  'orang',
  'persen',
  'rasio',
  'indeks',
  'rupiah',
  'tahun',
  'kasus',
  'jiwa_per_km2',
  'per_1000',
  'per_100000',
  'unit',
] as const;
export type Unit = (typeof UNITS)[number];

/** Domain groups: the chapters of a Profil Gender publication, in publication order. */
export const DOMAIN_GROUPS = [
  'kependudukan',
  'pendidikan',
  'kesehatan',
  'ekonomi_ketenagakerjaan',
  'politik_pengambilan_keputusan',
  'hukum_sosial_budaya',
  'kekerasan_perempuan_anak',
  'kebencanaan',
] as const;
export type DomainGroup = (typeof DOMAIN_GROUPS)[number];

/**
 * The groups' titles in the documents and pages the server writes (the Profil Gender's chapters,
 * the public portal's sections); the web app's labels live in its locales.
 */
export const DOMAIN_GROUP_TITLES: Record<DomainGroup, { id: string; en: string }> = {
  kependudukan: { id: 'Kependudukan', en: 'Population' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  ekonomi_ketenagakerjaan: { id: 'Ekonomi dan Ketenagakerjaan', en: 'Economy and Employment' },
  politik_pengambilan_keputusan: {
    id: 'Politik dan Pengambilan Keputusan',
    en: 'Politics and Decision-Making',
  },
  hukum_sosial_budaya: { id: 'Hukum, Sosial dan Budaya', en: 'Law, Society and Culture' },
  kekerasan_perempuan_anak: {
    id: 'Kekerasan terhadap Perempuan dan Anak',
    en: 'Violence against Women and Children',
  },
  kebencanaan: { id: 'Kebencanaan', en: 'Disasters' },
};

export const PERIODICITIES = ['year', 'semester', 'quarter'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const SOURCES = ['bps', 'administrative', 'survey'] as const;
export type SourceKind = (typeof SOURCES)[number];

/**
 * How values combine across regions and disaggregations:
 * - `sum`: counts; kab/kota add up to their province, age groups to the total;
 * - `ratio`: a rate recomputed from a numerator and a denominator indicator (both `sum`);
 * - `none`: a rate or index that cannot be combined (published as is).
 */
export const AGGREGATIONS = ['sum', 'ratio', 'none'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Sex is always a dimension: P (perempuan, female) and L (laki-laki, male). Totals are derived. */
export const SEXES = ['P', 'L'] as const;
export type Sex = (typeof SEXES)[number];

/** A stored value's review status: entered as a draft, submitted by its OPD, verified by the region. */
export const VALUE_STATUSES = ['draft', 'submitted', 'verified'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export interface DimensionMemberDef {
  code: string;
  labelId: string;
  labelEn: string;
}

export interface DimensionSetDef {
  code: string;
  nameId: string;
  nameEn: string;
  members: DimensionMemberDef[];
}

function ageBand(from: number, to: number | null): DimensionMemberDef {
  const code = to === null ? `${from}+` : `${from}-${to}`;
  const label = to === null ? `${from} tahun ke atas` : `${from}–${to} tahun`;
  const labelEn = to === null ? `${from} years and over` : `${from}–${to} years`;
  return { code, labelId: label, labelEn };
}

/** The built-in dimension sets; admins may add their own (stored in the database). */
export const BUILTIN_DIMENSION_SETS: DimensionSetDef[] = [
  {
    code: 'umur5',
    nameId: 'Kelompok umur lima tahunan',
    nameEn: 'Five-year age groups',
    members: [...Array.from({ length: 15 }, (_, i) => ageBand(i * 5, i * 5 + 4)), ageBand(75, null)],
  },
  {
    code: 'umur8',
    nameId: 'Kelompok umur (8 kelompok)',
    nameEn: 'Age groups (8 groups)',
    members: [
      ageBand(0, 4),
      ageBand(5, 14),
      ageBand(15, 24),
      ageBand(25, 34),
      ageBand(35, 44),
      ageBand(45, 54),
      ageBand(55, 64),
      ageBand(65, null),
    ],
  },
  {
    code: 'siklus_hidup',
    nameId: 'Siklus hidup',
    nameEn: 'Life stage',
    members: [
      { code: 'anak', labelId: 'Anak (0–17 tahun)', labelEn: 'Children (0–17 years)' },
      { code: 'dewasa', labelId: 'Dewasa (18–59 tahun)', labelEn: 'Adults (18–59 years)' },
      {
        code: 'lansia',
        labelId: 'Lanjut usia (60 tahun ke atas)',
        labelEn: 'Older persons (60 years and over)',
      },
    ],
  },
  {
    code: 'disabilitas',
    nameId: 'Status disabilitas',
    nameEn: 'Disability status',
    members: [
      { code: 'ya', labelId: 'Penyandang disabilitas', labelEn: 'Persons with disabilities' },
      { code: 'tidak', labelId: 'Bukan penyandang disabilitas', labelEn: 'Persons without disabilities' },
    ],
  },
  {
    code: 'kelompok_sasaran',
    nameId: 'Kelompok sasaran',
    nameEn: 'Target group',
    members: [
      { code: 'pekka', labelId: 'Perempuan kepala keluarga', labelEn: 'Female heads of household' },
      { code: 'lansia', labelId: 'Lanjut usia', labelEn: 'Older persons' },
      { code: 'ibu_hamil', labelId: 'Ibu hamil', labelEn: 'Pregnant women' },
      { code: 'anak', labelId: 'Anak', labelEn: 'Children' },
      { code: 'disabilitas', labelId: 'Penyandang disabilitas', labelEn: 'Persons with disabilities' },
    ],
  },
  {
    code: 'jenis_kekerasan',
    nameId: 'Jenis kekerasan',
    nameEn: 'Type of violence',
    members: [
      { code: 'fisik', labelId: 'Fisik', labelEn: 'Physical' },
      { code: 'psikis', labelId: 'Psikis', labelEn: 'Psychological' },
      { code: 'seksual', labelId: 'Seksual', labelEn: 'Sexual' },
      { code: 'eksploitasi', labelId: 'Eksploitasi', labelEn: 'Exploitation' },
      { code: 'trafficking', labelId: 'Perdagangan orang', labelEn: 'Trafficking' },
      { code: 'penelantaran', labelId: 'Penelantaran', labelEn: 'Neglect' },
      { code: 'lainnya', labelId: 'Lainnya', labelEn: 'Other' },
    ],
  },
  {
    code: 'jenjang_pendidikan',
    nameId: 'Jenjang pendidikan',
    nameEn: 'Level of education',
    members: [
      { code: 'sd', labelId: 'SD/sederajat', labelEn: 'Primary' },
      { code: 'smp', labelId: 'SMP/sederajat', labelEn: 'Junior secondary' },
      { code: 'sma', labelId: 'SMA/SMK/sederajat', labelEn: 'Senior secondary' },
      { code: 'pt', labelId: 'Perguruan tinggi', labelEn: 'Tertiary' },
    ],
  },
];

/**
 * Kecamatan (districts) form a dimension of their own whose members depend on the region;
 * they come from the region list (idn-area-data), not from a fixed set.
 */
export const KECAMATAN_DIMENSION = 'kecamatan';

/** Whether a set's members depend on the region (kecamatan), rather than being one fixed list. */
export function isRegionBound(setCode: string): boolean {
  return setCode === KECAMATAN_DIMENSION;
}

/** What the codes of a region's own kecamatan begin with (`72.71.` for Kota Palu). */
export function regionMemberPrefix(regionCode: string): string {
  return `${regionCode}.`;
}

/** A kecamatan member (code `72.71.01`) belongs to its own kab/kota (and province) only. */
export function memberBelongsToRegion(setCode: string, member: string, regionCode: string): boolean {
  return !isRegionBound(setCode) || member.startsWith(regionMemberPrefix(regionCode));
}
