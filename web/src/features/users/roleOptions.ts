import type { Role } from '../../../../domain/roles.ts';
import {
  canManageUser,
  canResetPassword,
  grantableRoles,
  type Placement,
} from '../../../../domain/user-management.ts';
import type { Me, User } from '../../app/types.ts';

/**
 * What the users page offers, asked of the same predicates the server's user service checks
 * (domain/user-management.ts): never a role or region wider than the signed-in user's own.
 */
const placementOf = (me: Me): Placement => ({ role: me.role, regionCode: me.region.code });

/** Roles `me` may give an account in `regionCode` (also fitting the region's level). */
export function rolesForRegion(regionCode: string, me: Me): Role[] {
  return grantableRoles(placementOf(me), regionCode);
}

/** Edit (and deactivate): not for an account wider than `me`, e.g. the provinsi user for a province's admin. */
export function mayEditUser(me: Me, user: User): boolean {
  return canManageUser(placementOf(me), user);
}

/** The admin reset; one's own password is changed on the account page instead. */
export function mayResetPassword(me: Me, user: User): boolean {
  return canResetPassword({ id: me.id, ...placementOf(me) }, user);
}
