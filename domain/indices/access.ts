/**
 * Who may do what with the gender indices: pure predicates asked by the server
 * (server/modules/indices) and the web.
 *
 * - Reading a region's index values: every role that reads the region (provinsi above it).
 * - Entering or importing them: the region's admin daerah (DP3A), the province's user for its
 *   province and its kab/kota (BPS publishes a province's kab/kota in one table, and the
 *   province's DP3A is who copies it today), and superadmin.
 * - Methods (goalposts, weights, cut-points): superadmin only; a change is a new version.
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';
import { isWithinRegion } from '../region-code.js';

export function canReadIndexValues(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

export function canManageIndexValues(actor: AccessActor, regionCode: string): boolean {
  if (actor.role === 'provinsi') return isWithinRegion(regionCode, actor.regionCode);
  return canManageRegion(actor, regionCode);
}

export function canManageIndexMethods(actor: AccessActor): boolean {
  return actor.role === 'superadmin';
}
