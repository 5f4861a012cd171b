/**
 * The roles of Setara (see PRODUCT.md "Who uses it"). Shared by server and web so that the
 * UI hides exactly what the server refuses.
 */
export const ROLES = [
  'superadmin',
  'provinsi',
  'admin_daerah',
  'reviewer',
  'operator_opd',
  'pokja',
  'lembaga_layanan',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to one OPD (agency) as well as to one region. */
export const OPD_BOUND_ROLES: readonly Role[] = ['operator_opd'];

/**
 * The account of a service institution (LPLPP, Puspaga, …; issue 12): bound to one
 * institution of its region (`institution_accounts`), it reads and edits that institution
 * only (domain/institutions/access.ts) and nothing else of the region. Created by DP3A's
 * invitation from the registry, never through the user form.
 */
export const INSTITUTION_ACCOUNT_ROLE = 'lembaga_layanan' satisfies Role;
export const INSTITUTION_BOUND_ROLES: readonly Role[] = [INSTITUTION_ACCOUNT_ROLE];

/** The region level a role's user must sit at. */
export function requiredRegionLevel(role: Role): 'nasional' | 'provinsi' | 'daerah' {
  if (role === 'superadmin') return 'nasional';
  if (role === 'provinsi') return 'provinsi';
  // admin daerah, reviewer, pokja, operator, institution: a province's own offices or a kab/kota.
  return 'daerah';
}

/** What a role may do anywhere at all; where (which region, which OPD) is domain/access.ts. */
export interface Capabilities {
  manageOpd: boolean;
  manageUsers: boolean;
  readAudit: boolean;
  switchRegion: boolean;
}

export function capabilitiesOf(role: Role): Capabilities {
  return {
    manageOpd: role === 'superadmin' || role === 'admin_daerah',
    manageUsers: role === 'superadmin' || role === 'admin_daerah',
    readAudit: role === 'superadmin' || role === 'admin_daerah',
    switchRegion: role === 'superadmin' || role === 'provinsi',
  };
}
