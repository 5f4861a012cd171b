/**
 * The plans of the Pokja PUG and their words.
 *
 * Rencana Pokja PUG (Permen PPPA 5/2025, Lampiran I, "Tabel 1 Matriks Rencana Pokja PUG 5 (lima)
 * Tahunan"): 5-tahunan, tahunan, perubahan (a revision of either); rows grouped by pelembagaan PUG
 * and the seven development processes (KemenPPPA B-522/SETMEN/HM.02.04/12/2025). Rencana Aksi PUG
 * Daerah (Permendagri 67/2011 as quoted in ../shared/domain/research-2.md §3.2): four content areas.
 * Sources and what is not official: docs/api-pokja-plans.md.
 */

/** `rencana_aksi` is the Rencana Aksi PUG Daerah; the others are kinds of the Rencana Pokja PUG. */
export const POKJA_PLAN_KINDS = ['lima_tahunan', 'tahunan', 'perubahan', 'rencana_aksi'] as const;
export type PokjaPlanKind = (typeof POKJA_PLAN_KINDS)[number];

/** Kinds a plan is created with; a `perubahan` is made from an adopted plan (revise). */
export const CREATABLE_KINDS = ['lima_tahunan', 'tahunan', 'rencana_aksi'] as const;
export type CreatableKind = (typeof CREATABLE_KINDS)[number];

/** The two lists: the matrix (Rencana Pokja PUG) and the action plan (Rencana Aksi). */
export const POKJA_PLAN_FAMILIES = ['matriks', 'aksi'] as const;
export type PokjaPlanFamily = (typeof POKJA_PLAN_FAMILIES)[number];

export function familyOf(kind: PokjaPlanKind): PokjaPlanFamily {
  return kind === 'rencana_aksi' ? 'aksi' : 'matriks';
}

/**
 * draft → ditetapkan (adopted; content frozen, progress entered) → diganti (a revision of it was
 * adopted). Changing an adopted plan takes a revision plan.
 */
export const POKJA_PLAN_STATUSES = ['draft', 'ditetapkan', 'diganti'] as const;
export type PokjaPlanStatus = (typeof POKJA_PLAN_STATUSES)[number];

/** Pelembagaan PUG and the seven processes, in the order of the official matrix. */
export const POKJA_SECTIONS = [
  'pelembagaan',
  'perencanaan',
  'penganggaran',
  'pelaksanaan',
  'pemantauan',
  'evaluasi',
  'pengawasan',
  'pelaporan',
] as const;
export type PokjaSection = (typeof POKJA_SECTIONS)[number];

/** Section titles as the matrix prints them (Indonesian: the document's language). */
export const POKJA_SECTION_TITLES: Record<PokjaSection, string> = {
  pelembagaan: 'Pelembagaan PUG',
  perencanaan: 'PUG dalam Perencanaan',
  penganggaran: 'PUG dalam Penganggaran',
  pelaksanaan: 'PUG dalam Pelaksanaan',
  pemantauan: 'PUG dalam Pemantauan',
  evaluasi: 'PUG dalam Evaluasi',
  pengawasan: 'PUG dalam Pengawasan',
  pelaporan: 'PUG dalam Pelaporan',
};

export const ROW_LEVELS = ['program', 'kegiatan', 'sub_kegiatan'] as const;
export type RowLevel = (typeof ROW_LEVELS)[number];

export const ROW_LEVEL_TITLES: Record<RowLevel, string> = {
  program: 'Program',
  kegiatan: 'Kegiatan',
  sub_kegiatan: 'Sub Kegiatan',
};

/** The four content areas of the Rencana Aksi PUG Daerah, (a)–(d). */
export const ACTION_AREAS = ['peraturan', 'siklus_pembangunan', 'kelembagaan', 'peran_serta'] as const;
export type ActionArea = (typeof ACTION_AREAS)[number];

export const ACTION_AREA_TITLES: Record<ActionArea, string> = {
  peraturan: 'PUG dalam peraturan perundang-undangan di daerah',
  siklus_pembangunan: 'PUG dalam siklus pembangunan di daerah',
  kelembagaan: 'Penguatan kelembagaan PUG di daerah',
  peran_serta: 'Penguatan peran serta masyarakat di daerah',
};

export const ACTION_STATUSES = ['belum', 'berjalan', 'selesai'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_TITLES: Record<ActionStatus, string> = {
  belum: 'Belum dimulai',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
};

/** Bounds that keep one plan a document people can read, and a request small. */
export const POKJA_LIMITS = {
  rows: 400,
  progressEntries: 2000,
  shortText: 300,
  longText: 2000,
  minYear: 2000,
  maxYear: 2100,
  /** A Rencana Aksi spans at most this many years. */
  actionPlanYears: 10,
} as const;

/** Codes of the rules the domain checks; each is also a server message key. */
export const POKJA_ISSUE_CODES = [
  'pokja_required',
  'pokja_sipd_code_invalid',
  'pokja_code_duplicate',
  'pokja_id_duplicate',
  'pokja_year_outside_period',
  'pokja_year_duplicate',
  'pokja_money_invalid',
  'pokja_money_negative',
  'pokja_money_too_large',
  'pokja_percent_invalid',
  'pokja_row_unknown',
  'pokja_opd_unknown',
  'pokja_period_invalid',
  'pokja_progress_empty',
  'pokja_not_for_kind',
] as const;
export type PokjaIssueCode = (typeof POKJA_ISSUE_CODES)[number];

export interface PokjaIssue {
  field: string;
  code: PokjaIssueCode;
}
