/**
 * The kinds of bukti dukung (supporting evidence) a region keeps for the yearly Evaluasi
 * Penyelenggaraan PUG (APE / PPE, research-2.md §2). KemenPPPA does not publish the exact
 * evidence per indicator (§2.2 UNVERIFIED), so these are the evidence the public reports
 * describe — pelembagaan (regulasi, Rencana Aksi Pokja PUG, data terpilah, SDM), the seven
 * processes and inovasi — and an instrument (helper A's `evidenceKinds: string[]`) refers to
 * them by code. A code unknown here is still accepted by the worksheet as an upload of
 * 'other_document' kind; a code once shipped is never renamed (worksheets store it).
 *
 * `source` says where the evidence comes from:
 * - 'live': Setara's own records supply it (a provider in
 *   server/modules/evaluation-evidence/providers/ reads `module`'s tables); a region may
 *   still not have the record, then nothing is proposed.
 * - 'upload': only an uploaded document (a Perda, a photo) can show it.
 * - 'both': Setara proposes its records, and a region may upload a scan as well (a signed
 *   decree whose record Setara holds, an outside publication).
 */

export const EVIDENCE_SOURCES = ['live', 'upload', 'both'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** The module (server/modules/<name>) whose records supply a live kind. */
export const EVIDENCE_MODULES = [
  'kelembagaan',
  'pokja-plans',
  'training',
  'gap',
  'planning',
  'profil',
  'indicators',
  'monev',
  'monev-results',
  'annual-report',
  'institution-standards',
  'agreements',
  'meetings',
] as const;
export type EvidenceModule = (typeof EVIDENCE_MODULES)[number];

/** The pelembagaan / process grouping the repository page shows kinds under. */
export const EVIDENCE_GROUPS = [
  'regulasi',
  'kelembagaan',
  'sdm',
  'data',
  'proses',
  'layanan',
  'lainnya',
] as const;
export type EvidenceGroup = (typeof EVIDENCE_GROUPS)[number];

export interface EvidenceKindDef {
  code: string;
  group: EvidenceGroup;
  label: { id: string; en: string };
  source: EvidenceSource;
  /** For 'live' and 'both': the module whose records are proposed. */
  module?: EvidenceModule;
  /** A computed indicator (a figure with its source line) rather than a list of records. */
  computed?: boolean;
}

export const EVIDENCE_KINDS = [
  {
    code: 'regulation_pug',
    group: 'regulasi',
    label: { id: 'Perda / Perkada PUG', en: 'Regional regulation on PUG (Perda / Perkada)' },
    source: 'upload',
  },
  {
    code: 'sk_pokja_pug',
    group: 'kelembagaan',
    label: { id: 'SK Pokja PUG dan anggotanya', en: 'PUG working group (Pokja PUG) decree and members' },
    source: 'both',
    module: 'kelembagaan',
  },
  {
    code: 'focal_point_sk',
    group: 'kelembagaan',
    label: { id: 'SK focal point PUG per OPD', en: 'PUG focal point decrees per agency (OPD)' },
    source: 'both',
    module: 'kelembagaan',
  },
  {
    code: 'focal_point_share',
    group: 'kelembagaan',
    label: { id: '% OPD dengan SK focal point PUG', en: '% of agencies with a focal point decree' },
    source: 'live',
    module: 'kelembagaan',
    computed: true,
  },
  {
    code: 'tim_driver_teknis',
    group: 'kelembagaan',
    label: { id: 'SK Tim Driver / Tim Teknis PUG', en: 'PUG driver / technical team decree' },
    source: 'both',
    module: 'kelembagaan',
  },
  {
    code: 'rencana_pokja_pug',
    group: 'kelembagaan',
    label: { id: 'Rencana Kerja / Rencana Aksi Pokja PUG', en: 'Pokja PUG work plan / action plan' },
    source: 'both',
    module: 'pokja-plans',
  },
  {
    code: 'training_certificates',
    group: 'sdm',
    label: { id: 'Pelatihan PUG/PPRG dan sertifikat', en: 'PUG/PPRG trainings and certificates' },
    source: 'both',
    module: 'training',
  },
  {
    code: 'staff_trained_share',
    group: 'sdm',
    label: { id: '% ASN terlatih PUG/PPRG', en: '% of staff (ASN) trained in PUG/PPRG' },
    source: 'live',
    module: 'kelembagaan',
    computed: true,
  },
  {
    code: 'gap_gbs_approved',
    group: 'proses',
    label: { id: 'GAP/GBS yang disahkan per OPD', en: 'Approved GAP/GBS per agency' },
    source: 'both',
    module: 'gap',
  },
  {
    code: 'gap_opd_share',
    group: 'proses',
    label: { id: '% OPD dengan GAP disetujui', en: '% of agencies with an approved GAP' },
    source: 'live',
    module: 'gap',
    computed: true,
  },
  {
    code: 'arg_share',
    group: 'proses',
    label: { id: '% ARG dalam APBD', en: '% gender-responsive budget (ARG) in the regional budget' },
    source: 'live',
    module: 'planning',
    computed: true,
  },
  {
    code: 'profil_gender',
    group: 'data',
    label: { id: 'Publikasi Profil Gender', en: 'Gender Profile publication' },
    source: 'both',
    module: 'profil',
  },
  {
    code: 'data_terpilah',
    group: 'data',
    label: { id: 'Kelengkapan data terpilah', en: 'Completeness of sex-disaggregated data' },
    source: 'live',
    module: 'indicators',
    computed: true,
  },
  {
    code: 'monev_results',
    group: 'proses',
    label: { id: 'Hasil monev PPRG', en: 'PPRG monitoring & evaluation results' },
    source: 'both',
    module: 'monev-results',
  },
  {
    code: 'annual_pug_report',
    group: 'proses',
    label: { id: 'Laporan Pelaksanaan PUG tahunan', en: 'Annual PUG implementation report' },
    source: 'both',
    module: 'annual-report',
  },
  {
    code: 'lplpp_standardisation',
    group: 'layanan',
    label: {
      id: 'Standardisasi LPLPP / Puspaga',
      en: 'Service institution (LPLPP / Puspaga) standardisation',
    },
    source: 'both',
    module: 'institution-standards',
  },
  {
    code: 'agreements',
    group: 'layanan',
    label: { id: 'Nota kesepahaman / perjanjian kerja sama', en: 'MoUs and cooperation agreements' },
    source: 'both',
    module: 'agreements',
  },
  {
    code: 'event_minutes',
    group: 'proses',
    label: {
      id: 'Notulen Rakor / Bimtek PUG',
      en: 'Minutes of PUG coordination meetings / technical trainings',
    },
    source: 'both',
    module: 'meetings',
  },
  {
    code: 'sarpras_photos',
    group: 'layanan',
    label: {
      id: 'Foto sarana prasarana responsif gender (mis. ruang laktasi)',
      en: 'Photos of gender-responsive facilities (e.g. lactation rooms)',
    },
    source: 'upload',
  },
  {
    code: 'innovation',
    group: 'lainnya',
    label: { id: 'Inovasi PUG', en: 'PUG innovation' },
    source: 'upload',
  },
  {
    code: 'other_document',
    group: 'lainnya',
    label: { id: 'Dokumen lainnya', en: 'Other document' },
    source: 'upload',
  },
] as const satisfies readonly EvidenceKindDef[];

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]['code'];
export const EVIDENCE_KIND_CODES = EVIDENCE_KINDS.map((k) => k.code) as readonly EvidenceKind[];

const BY_CODE = new Map<string, EvidenceKindDef>(EVIDENCE_KINDS.map((k) => [k.code, k]));

export function isEvidenceKind(code: string): code is EvidenceKind {
  return BY_CODE.has(code);
}

export function evidenceKind(code: string): EvidenceKindDef | undefined {
  return BY_CODE.get(code);
}

/** Kinds a region can upload a document for (every kind but the purely live ones). */
export function uploadableKinds(): EvidenceKind[] {
  return EVIDENCE_KINDS.filter((k) => k.source !== 'live').map((k) => k.code);
}

/** Kinds a provider proposes records or a figure for. */
export function liveKinds(): EvidenceKind[] {
  return EVIDENCE_KINDS.filter((k) => k.source !== 'upload').map((k) => k.code);
}

// ---------------------------------------------------------------------------------------------
// The link a worksheet answer stores (helper C, `evaluation`): it names the record, never copies
// it, so it always resolves to the record's current state; title and year are what the operator
// saw when confirming (shown if the record was since removed).

/** A live record: the module and the record's id in it (a figure's id is its kind code). */
export interface LiveEvidenceRef {
  module: EvidenceModule | (string & {});
  id: string;
}

/** An uploaded evidence document (evaluation_evidence_documents.id). */
export interface UploadEvidenceRef {
  documentId: string;
}

export type EvidenceLink =
  | { kind: string; source: 'live'; ref: LiveEvidenceRef; title: string; year: number }
  | { kind: string; source: 'upload'; ref: UploadEvidenceRef; title: string; year: number };

/**
 * One proposal of proposeEvidence: the link to store if the operator confirms, and what the
 * screen shows — where the record opens (a web route path), its date (ISO), its status in its
 * module ('approved', 'published', 'valid', 'expired' …, the module's own word) and, for
 * computed kinds, the figure with its source line.
 */
export interface EvidenceCandidate {
  link: EvidenceLink;
  /** The web route the record opens at (uploads: the download URL of the API). */
  href: string;
  date: string | null;
  status: string | null;
  /** For computed kinds: the figure ("12 dari 30 OPD (40,0%)") and where it comes from. */
  figure?: { value: number | null; display: string; source: string };
}

/*
 * Signature (implemented in server/modules/evaluation-evidence/propose.ts):
 *
 *   proposeEvidence(tx: Db, regionCode: string, year: number, kinds: readonly string[])
 *     : Promise<EvidenceCandidate[]>
 *
 * Every candidate of the region for the year of the given kinds — live records from the
 * registered providers and uploaded documents valid in that year — newest first within a kind.
 * It does not check permissions: the caller (the worksheet service) has checked that its actor
 * may read the region. Unknown kinds yield uploads of that kind only.
 */
