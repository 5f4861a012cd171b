/**
 * Who may do what with the services and beneficiaries of a region's institutions: pure
 * predicates asked by the server (server/modules/institution-services) and by the web.
 *
 * - Reading a region's records and aggregates: every role that reads the region (provinsi
 *   above it, superadmin); an institution account reads its own institution's records only.
 * - Entering records: DP3A (admin daerah) for any institution of its region, superadmin, and
 *   an institution account for its own institution.
 * - Mapping data terpilah indicators to the records and pulling their values: who verifies the
 *   region's values (DP3A), since a pull writes values of indicators no OPD entered.
 */
import { canManageRegion, canReadRegion, canVerifyData, type AccessActor } from '../access.js';
import { INSTITUTION_ACCOUNT_ROLE } from '../roles.js';

/** The institution an institution account of `regionCode` is bound to, else null. */
export function ownInstitutionIn(actor: AccessActor, regionCode: string): string | null {
  if (actor.role !== INSTITUTION_ACCOUNT_ROLE || actor.regionCode !== regionCode) return null;
  return actor.institutionId ?? null;
}

export function canReadServices(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode) || ownInstitutionIn(actor, regionCode) !== null;
}

/** Reading one institution's records. */
export function canReadInstitutionServices(
  actor: AccessActor,
  regionCode: string,
  institutionId: string,
): boolean {
  return canReadRegion(actor, regionCode) || ownInstitutionIn(actor, regionCode) === institutionId;
}

/** Whether the actor enters records for some institution of the region (the "add" button). */
export function canEnterServicesIn(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode) || ownInstitutionIn(actor, regionCode) !== null;
}

export function canEnterServices(actor: AccessActor, regionCode: string, institutionId: string): boolean {
  return canManageRegion(actor, regionCode) || ownInstitutionIn(actor, regionCode) === institutionId;
}

/** Indicator mappings and "tarik dari layanan". */
export function canMapServiceIndicators(actor: AccessActor, regionCode: string): boolean {
  return canVerifyData(actor, regionCode);
}
