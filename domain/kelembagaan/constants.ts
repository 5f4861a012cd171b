/**
 * The words of the PUG institutions (issue 11; ../shared/domain/research-2.md §3): roles in the
 * Pokja PUG, the training status of focal points, the kinds of team and partner, and the
 * echelons of officials. Stored as these codes; labelled in the web's locales.
 */

/**
 * Roles in the Pokja PUG: the ketua is usually the head of Bappeda/Bapperida, the sekretaris the
 * head of the women's-empowerment agency (DP3A), anggota are agency heads; others are invited
 * (undangan) without being members.
 */
export const POKJA_ROLES = ['ketua', 'sekretaris', 'anggota', 'undangan'] as const;
export type PokjaRole = (typeof POKJA_ROLES)[number];

/** Roles that one person only may hold in one decree. */
export const SINGLE_POKJA_ROLES: readonly PokjaRole[] = ['ketua'];

/** Whether a focal point has been trained, and in what: PUG, PPRG (planning and budgeting), both. */
export const TRAINING_STATUSES = ['belum', 'pug', 'pprg', 'keduanya'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Trained in PUG (the PUG training or both). */
export function trainedInPug(status: TrainingStatus): boolean {
  return status === 'pug' || status === 'keduanya';
}
/** Trained in PPRG (the PPRG training or both). */
export function trainedInPprg(status: TrainingStatus): boolean {
  return status === 'pprg' || status === 'keduanya';
}
export function trainedAtAll(status: TrainingStatus): boolean {
  return status !== 'belum';
}

/** Teams of the region besides the Pokja: Tim Driver PPRG, Tim Teknis PPRG, or another named team. */
export const TEAM_KINDS = ['tim_driver', 'tim_teknis', 'lainnya'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const TEAM_ROLES = ['ketua', 'wakil_ketua', 'sekretaris', 'anggota'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * Partners of the PUG institutions: Pusat Studi Wanita / Gender dan Anak of a university, NGOs
 * (LSM), the Forum PUSPA (Partisipasi Publik untuk Kesejahteraan Perempuan dan Anak), vertical
 * agencies of the central government in the region (e.g. Pengadilan Agama), others.
 */
export const PARTNER_KINDS = ['psw_psga', 'lsm', 'forum_puspa', 'instansi_vertikal', 'lainnya'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * Groups of the registry an organiser invites at once: the members of the Pokja PUG decree in
 * force, the focal points still serving, the partners' contacts.
 */
export const PEOPLE_GROUPS = ['pokja', 'focal_points', 'partners'] as const;
export type PeopleGroup = (typeof PEOPLE_GROUPS)[number];

/**
 * Echelons of structural officials, by their names under UU ASN: JPT Madya (eselon I, e.g. the
 * provincial sekda), JPT Pratama (eselon II), administrator (eselon III), pengawas (eselon IV).
 */
export const ECHELONS = ['jpt_madya', 'jpt_pratama', 'administrator', 'pengawas'] as const;
export type Echelon = (typeof ECHELONS)[number];

/** The old echelon numbers, for imports that write "II", "III", "IV" or "eselon II". */
export const ECHELON_ALIASES: Record<string, Echelon> = {
  i: 'jpt_madya',
  'i.a': 'jpt_madya',
  'i.b': 'jpt_madya',
  ia: 'jpt_madya',
  ib: 'jpt_madya',
  'jpt madya': 'jpt_madya',
  jpt_madya: 'jpt_madya',
  ii: 'jpt_pratama',
  'ii.a': 'jpt_pratama',
  'ii.b': 'jpt_pratama',
  iia: 'jpt_pratama',
  iib: 'jpt_pratama',
  'jpt pratama': 'jpt_pratama',
  jpt_pratama: 'jpt_pratama',
  iii: 'administrator',
  'iii.a': 'administrator',
  'iii.b': 'administrator',
  iiia: 'administrator',
  iiib: 'administrator',
  administrator: 'administrator',
  'jabatan administrator': 'administrator',
  iv: 'pengawas',
  'iv.a': 'pengawas',
  'iv.b': 'pengawas',
  iva: 'pengawas',
  ivb: 'pengawas',
  pengawas: 'pengawas',
  'jabatan pengawas': 'pengawas',
};

/** The echelon named by an imported cell, or null. */
export function parseEchelon(cell: string): Echelon | null {
  const key = cell
    .trim()
    .toLowerCase()
    .replace(/^eselon\s+/, '')
    .replace(/\s+/g, ' ');
  return ECHELON_ALIASES[key] ?? null;
}

/** Limits the API and the imports share. */
export const KELEMBAGAAN_LIMITS = {
  membersPerDecree: 200,
  membersPerTeam: 200,
  contactsPerPartner: 50,
  maxCount: 100_000,
  minYear: 2000,
  maxYear: 2100,
  pdfMaxMb: 20,
} as const;
