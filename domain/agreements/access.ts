/**
 * Who may do what with a region's cooperation agreements (MoU / PKS): pure predicates asked by
 * the server (server/modules/agreements) and the web.
 *
 * - Managing (create, edit, sign, terminate, document, activities): the region's admin daerah
 *   (DP3A) and superadmin.
 * - Reading: every role that reads the region (reviewers, pokja, operators; provinsi above
 *   it); an institution account reads the agreements its institution is a party to, and no
 *   other.
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';
import { INSTITUTION_ACCOUNT_ROLE } from '../roles.js';

export function canManageAgreements(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/** Every agreement of the region. */
export function canReadAllAgreements(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

/** The institution whose agreements only the actor reads (an institution account of the region). */
export function agreementInstitutionScope(actor: AccessActor, regionCode: string): string | null {
  if (actor.role !== INSTITUTION_ACCOUNT_ROLE || actor.regionCode !== regionCode) return null;
  return actor.institutionId ?? null;
}

/** The list page at all: readers of the region, or an institution account of it. */
export function canListAgreements(actor: AccessActor, regionCode: string): boolean {
  return canReadAllAgreements(actor, regionCode) || agreementInstitutionScope(actor, regionCode) !== null;
}

/** One agreement, given the institutions among its parties. */
export function canReadAgreement(
  actor: AccessActor,
  regionCode: string,
  partyInstitutionIds: readonly string[],
): boolean {
  if (canReadAllAgreements(actor, regionCode)) return true;
  const own = agreementInstitutionScope(actor, regionCode);
  return own !== null && partyInstitutionIds.includes(own);
}
