/**
 * Who may do what with a region's PUG institutions (Pokja PUG and its SK, focal points, Tim
 * Driver / Tim Teknis PPRG, partners, officials by echelon, the people registry): pure
 * predicates asked by the server (server/modules/kelembagaan) and by the web's buttons, so
 * both agree.
 *
 * - Reading: every role of the region, provinsi above it (read only), superadmin.
 * - Managing (SKs, members, focal points, teams, partners, echelon figures, editing and merging
 *   people): the region's admin daerah (DP3A, the secretariat of the Pokja PUG) and superadmin.
 * - Personal contacts (phone, e-mail) of the people: managers only (UU PDP 27/2022).
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';

export function canReadKelembagaan(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

export function canManageKelembagaan(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/** Phone numbers and e-mail addresses of the registry's people. */
export function canSeePersonContacts(actor: AccessActor, regionCode: string): boolean {
  return canManageKelembagaan(actor, regionCode);
}
