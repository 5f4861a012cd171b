import {
  canManageKelembagaan,
  canReadKelembagaan,
  canSeePersonContacts,
} from '../../../../domain/kelembagaan/access.ts';
import type { AccessActor } from '../../../../domain/access.ts';

/**
 * Whether the kelembagaan pages are for this user in a region (domain/kelembagaan/access.ts:
 * every role of the region, provinsi above it and superadmin read; the region's admin daerah
 * and superadmin manage). The same predicates decide on the server.
 */
export function seesKelembagaan(actor: AccessActor, regionCode: string): boolean {
  return canReadKelembagaan(actor, regionCode);
}

export function managesKelembagaan(actor: AccessActor, regionCode: string): boolean {
  return canManageKelembagaan(actor, regionCode);
}

export function seesPersonContacts(actor: AccessActor, regionCode: string): boolean {
  return canSeePersonContacts(actor, regionCode);
}
