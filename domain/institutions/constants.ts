/**
 * The words of the service-institution registry (issue 12; ../shared/domain/research.md §6,
 * research-2.md §4): who owns an institution, its fields of service, its status, its staff's
 * roles and its social links. Stored as these codes; labelled in the web's locales
 * (`institutions.*`) and the public directory (server/modules/institutions/directory-*.ts).
 *
 * Institution *types* are not here: they are data (`institution_types`), seeded with
 * DEFAULT_INSTITUTION_TYPES, and an admin may add a region's own.
 */

/**
 * An LPLPP is "a government-owned unit or a legally incorporated community organisation"
 * (research.md §6): the owner kind decides whether a legal-entity number is expected.
 */
export const OWNER_KINDS = ['pemerintah', 'masyarakat'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/**
 * Fields of service. The first six are the LPLPP fields (politik, hukum, sosial, ekonomi from
 * KemenPPPA's socialisation, budaya from seed 001, lingkungan from HAPSARI's certificate);
 * the last three are the family services of a Puspaga or a lembaga peningkatan kualitas
 * keluarga (research-2.md §4.2). A new field is a code change on purpose: the standardisation
 * board counts by field and the import refuses an unknown one.
 */
export const EMPOWERMENT_FIELDS = ['ekonomi', 'politik', 'hukum', 'sosial', 'budaya', 'lingkungan'] as const;
export const FAMILY_FIELDS = ['konsultasi', 'konseling', 'edukasi_pengasuhan'] as const;
export const SERVICE_FIELDS = [...EMPOWERMENT_FIELDS, ...FAMILY_FIELDS] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];

export function isServiceField(code: string): code is ServiceField {
  return (SERVICE_FIELDS as readonly string[]).includes(code);
}

/** Whether an institution still operates. `bubar`: dissolved, kept for its history. */
export const INSTITUTION_STATUSES = ['aktif', 'nonaktif', 'bubar'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

/** Leaders (ketua, direktur, kepala UPTD) and staff (konselor, psikolog, admin). */
export const STAFF_ROLES = ['pimpinan', 'staf'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const SOCIAL_KINDS = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'whatsapp',
  'lainnya',
] as const;
export type SocialKind = (typeof SOCIAL_KINDS)[number];

/**
 * The types every region starts with (global rows of `institution_types`). Codes are stable;
 * the names are what DP3A staff call them.
 */
export const DEFAULT_INSTITUTION_TYPES = [
  {
    code: 'lplpp',
    nameId: 'Lembaga Penyedia Layanan Pemberdayaan Perempuan (LPLPP)',
    nameEn: "Women's empowerment service provider (LPLPP)",
  },
  {
    code: 'puspaga',
    nameId: 'Pusat Pembelajaran Keluarga (Puspaga)',
    nameEn: 'Family learning centre (Puspaga)',
  },
  {
    code: 'lpkk',
    nameId: 'Lembaga penyedia layanan peningkatan kualitas keluarga',
    nameEn: 'Family-quality service provider',
  },
  {
    code: 'uptd_ppa',
    nameId: 'UPTD Perlindungan Perempuan dan Anak (UPTD PPA)',
    nameEn: "Women's and children's protection unit (UPTD PPA)",
  },
  { code: 'lainnya', nameId: 'Lainnya', nameEn: 'Other' },
] as const;
