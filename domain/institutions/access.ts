/**
 * Who may do what with the registry of service institutions (issue 12): pure predicates asked
 * by the server (server/modules/institutions) and by the web's menus and buttons.
 *
 * - Reading a region's registry: its DP3A (admin daerah), reviewers and Pokja, the provinsi
 *   above (read only) and superadmin. Not an OPD operator, whose work is their own OPD's.
 * - Managing it (create, import, change status, invite an account, add a type): the region's
 *   admin daerah (DP3A) and superadmin.
 * - An institution account (lembaga_layanan) reads and edits its own institution — profile,
 *   staff, logo, public listing — and nothing else; it does not change its own status.
 * - Staff contacts (phone, e-mail) are personal data (UU PDP 27/2022): whoever may edit the
 *   institution sees them; readers see names and roles; the public directory never any.
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';
import { INSTITUTION_BOUND_ROLES } from '../roles.js';

/** An institution as the rules see it: where it is and which it is. */
export interface InstitutionRef {
  regionCode: string;
  id: string;
}

export function isInstitutionAccount(actor: AccessActor): boolean {
  return INSTITUTION_BOUND_ROLES.includes(actor.role);
}

/** The actor is the account of this very institution. */
export function isOwnInstitution(actor: AccessActor, institution: InstitutionRef): boolean {
  return (
    isInstitutionAccount(actor) &&
    !!actor.institutionId &&
    actor.institutionId === institution.id &&
    actor.regionCode === institution.regionCode
  );
}

export function canReadInstitutions(actor: AccessActor, regionCode: string): boolean {
  return actor.role !== 'operator_opd' && canReadRegion(actor, regionCode);
}

export function canManageInstitutions(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

export function canReadInstitution(actor: AccessActor, institution: InstitutionRef): boolean {
  return canReadInstitutions(actor, institution.regionCode) || isOwnInstitution(actor, institution);
}

/** Profile, staff, logo and the public listing. */
export function canEditInstitution(actor: AccessActor, institution: InstitutionRef): boolean {
  return canManageInstitutions(actor, institution.regionCode) || isOwnInstitution(actor, institution);
}

/** Activating, deactivating or closing an institution is DP3A's decision, never its own. */
export function canChangeInstitutionStatus(actor: AccessActor, institution: InstitutionRef): boolean {
  return canManageInstitutions(actor, institution.regionCode);
}

export function canSeeStaffContacts(actor: AccessActor, institution: InstitutionRef): boolean {
  return canEditInstitution(actor, institution);
}

/** The region's own institution types (the national defaults are the superadmin's). */
export function canManageInstitutionTypes(actor: AccessActor, regionCode: string): boolean {
  return canManageInstitutions(actor, regionCode);
}
