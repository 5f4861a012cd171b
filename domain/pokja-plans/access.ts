/**
 * Who may read and manage a region's Pokja PUG plans: the plans belong to the region's PUG
 * institutions, so they follow the kelembagaan rules (domain/kelembagaan/access.ts) — read by
 * every role of the region, a province above it and the superadmin; drawn up, adopted, revised
 * and given progress by the region's admin daerah (DP3A, secretariat of the Pokja) and the
 * superadmin.
 */
import type { AccessActor } from '../access.js';
import { canManageKelembagaan, canReadKelembagaan } from '../kelembagaan/access.js';

export function canReadPokjaPlans(actor: AccessActor, regionCode: string): boolean {
  return canReadKelembagaan(actor, regionCode);
}

export function canManagePokjaPlans(actor: AccessActor, regionCode: string): boolean {
  return canManageKelembagaan(actor, regionCode);
}
