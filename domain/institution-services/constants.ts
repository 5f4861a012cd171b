/**
 * What a service institution reports per period (issue 12, "Services and beneficiaries"): the
 * kinds of service it delivered, its beneficiaries by sex and age group, the target groups
 * reached, and — for family-quality services — which of the five dimensions of Permen PPPA
 * 6/2013 (Pelaksanaan Pembangunan Keluarga; research-2.md §4.2) the service addressed.
 *
 * The kinds are the product's working list, grouped by the fields of service the issue names
 * (LPLPP: ekonomi, politik, hukum, sosial, budaya, lingkungan; family services: konsultasi,
 * konseling, edukasi pengasuhan). No official list of LPLPP service kinds is public
 * (research.md §6): these are CONTOH — bukan daftar resmi, kept as data so a region reads the
 * same codes in its reports and a later official list replaces the rows, not the code.
 */

import { FAMILY_FIELDS, type ServiceField } from '../institutions/constants.js';

export type { ServiceField };

export interface ServiceKindDef {
  code: string;
  field: ServiceField;
  labelId: string;
  labelEn: string;
}

export const SERVICE_KIND_DEFS = [
  {
    code: 'pelatihan_keterampilan',
    field: 'ekonomi',
    labelId: 'Pelatihan keterampilan usaha',
    labelEn: 'Business skills training',
  },
  {
    code: 'pendampingan_usaha',
    field: 'ekonomi',
    labelId: 'Pendampingan usaha',
    labelEn: 'Business mentoring',
  },
  {
    code: 'pendidikan_politik',
    field: 'politik',
    labelId: 'Pendidikan politik perempuan',
    labelEn: "Women's political education",
  },
  {
    code: 'penguatan_kepemimpinan',
    field: 'politik',
    labelId: 'Penguatan kepemimpinan perempuan',
    labelEn: "Women's leadership",
  },
  {
    code: 'konsultasi_hukum',
    field: 'hukum',
    labelId: 'Konsultasi dan pendampingan hukum',
    labelEn: 'Legal advice and assistance',
  },
  { code: 'penyuluhan_hukum', field: 'hukum', labelId: 'Penyuluhan hukum', labelEn: 'Legal awareness' },
  {
    code: 'pendampingan_sosial',
    field: 'sosial',
    labelId: 'Pendampingan sosial dan rujukan',
    labelEn: 'Social support and referral',
  },
  {
    code: 'kegiatan_budaya',
    field: 'budaya',
    labelId: 'Kegiatan seni dan budaya',
    labelEn: 'Arts and culture',
  },
  {
    code: 'edukasi_lingkungan',
    field: 'lingkungan',
    labelId: 'Edukasi lingkungan',
    labelEn: 'Environmental education',
  },
  {
    code: 'konsultasi_keluarga',
    field: 'konsultasi',
    labelId: 'Konsultasi keluarga',
    labelEn: 'Family consultation',
  },
  {
    code: 'konseling_keluarga',
    field: 'konseling',
    labelId: 'Konseling keluarga',
    labelEn: 'Family counselling',
  },
  {
    code: 'kelas_pengasuhan',
    field: 'edukasi_pengasuhan',
    labelId: 'Kelas pengasuhan',
    labelEn: 'Parenting class',
  },
] as const satisfies readonly ServiceKindDef[];

export const SERVICE_KINDS = SERVICE_KIND_DEFS.map((k) => k.code) as unknown as readonly [
  (typeof SERVICE_KIND_DEFS)[number]['code'],
  ...(typeof SERVICE_KIND_DEFS)[number]['code'][],
];
export type ServiceKind = (typeof SERVICE_KIND_DEFS)[number]['code'];

export function serviceKindDef(code: string): ServiceKindDef | undefined {
  return SERVICE_KIND_DEFS.find((k) => k.code === code);
}

export function isFamilyKind(code: string): boolean {
  const def = serviceKindDef(code);
  return !!def && (FAMILY_FIELDS as readonly string[]).includes(def.field);
}

/**
 * Age groups of beneficiaries (years at the service): children under 18 (UU 35/2014), older
 * persons from 60 (UU 13/1998), the working ages split as the BPS population tables are.
 */
export const AGE_GROUPS = ['0_17', '18_24', '25_44', '45_59', '60_plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Target groups counted where relevant (issue 12); each is at most the beneficiaries it belongs to. */
export const TARGET_GROUPS = ['perempuan', 'disabilitas', 'lansia', 'ibu_hamil', 'anak'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The five dimensions of family resilience, Permen PPPA 6/2013 (research.md §5). */
export const FAMILY_DIMENSIONS = [
  'legalitas_struktur',
  'ketahanan_fisik',
  'ketahanan_ekonomi',
  'sosial_psikologi',
  'sosial_budaya',
] as const;
export type FamilyDimension = (typeof FAMILY_DIMENSIONS)[number];

/** Largest count one record holds (a field beyond it is a typing slip, not a service). */
export const MAX_COUNT = 1_000_000;
