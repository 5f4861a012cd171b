/**
 * The user guide's sections: their ids (the URL segment of /panduan/:section and the `help` of
 * each page's header), how they are grouped, and which tour fits which role. The words are in
 * content-id.ts and content-en.ts, one complete text per language.
 */
import type { Role } from '../../../../domain/roles.ts';

export const START_SECTIONS = ['mulai'] as const;

export const TOUR_SECTIONS = [
  'tur-operator',
  'tur-reviewer',
  'tur-admin',
  'tur-provinsi',
  'tur-pokja',
  'tur-superadmin',
] as const;

/** One section per page of the app; a page's "Bantuan" link opens its section. */
export const PAGE_SECTIONS = [
  'beranda',
  'notifikasi',
  'papan-wilayah',
  'isian',
  'verifikasi',
  'impor',
  'katalog',
  'jelajah',
  'kesenjangan',
  'profil',
  'sub-kegiatan',
  'gap',
  'review-pprg',
  'rekap-arg',
  'rpjmd',
  'monev',
  'dasbor-monev',
  'pengaturan-monev',
  'hasil-monev',
  'laporan-pug',
  'kop-surat',
  'opd',
  'pengguna',
  'audit',
  'akun',
  'tenggat',
  'kunci-api',
] as const;

export const GLOSSARY_SECTION = 'glosarium';

export const GUIDE_SECTIONS = [
  ...START_SECTIONS,
  ...TOUR_SECTIONS,
  ...PAGE_SECTIONS,
  GLOSSARY_SECTION,
] as const;

export type GuideSectionId = (typeof GUIDE_SECTIONS)[number];
export type PageSectionId = (typeof PAGE_SECTIONS)[number];

export function isGuideSection(value: string | undefined): value is GuideSectionId {
  return (GUIDE_SECTIONS as readonly string[]).includes(value ?? '');
}

/** The tour a signed-in user is offered first; an institution account's pages explain themselves. */
export const TOUR_OF_ROLE: Record<Role, (typeof TOUR_SECTIONS)[number] | null> = {
  operator_opd: 'tur-operator',
  reviewer: 'tur-reviewer',
  admin_daerah: 'tur-admin',
  provinsi: 'tur-provinsi',
  pokja: 'tur-pokja',
  superadmin: 'tur-superadmin',
  lembaga_layanan: null,
};

/** The demo account each tour signs in with (README, server/db/seed/demo-data.ts). */
export const DEMO_ACCOUNT_OF_TOUR: Record<(typeof TOUR_SECTIONS)[number], string> = {
  'tur-operator': 'demo.operator',
  'tur-reviewer': 'demo.reviewer',
  'tur-admin': 'demo.admin',
  'tur-provinsi': 'demo.provinsi',
  'tur-pokja': 'demo.pokja',
  'tur-superadmin': 'demo.superadmin',
};

export const DEMO_PASSWORD = 'Setara#Demo2026';
