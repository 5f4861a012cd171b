/**
 * Who may hand out which account. The rule: nobody creates, changes, resets or deactivates an
 * account whose role or reading scope is wider than their own. Otherwise an admin daerah of a
 * province's own offices (region `72`) could create a `provinsi` user — who reads every kab/kota
 * `72.xx` — and sign in as it. The server's user service and the web's role picker both ask
 * these predicates, so the form offers exactly what the server accepts.
 */
import { isWithinRegion, regionLevelOf } from './region-code.js';
import { capabilitiesOf, INSTITUTION_BOUND_ROLES, OPD_BOUND_ROLES, ROLES, type Role } from './roles.js';
import { placementProblems } from './user-placement.js';

/** A role held in a region: an actor, an existing account, or the account it would become. */
export interface Placement {
  role: Role;
  regionCode: string;
}

/**
 * The order of powers: superadmin > provinsi > admin daerah > the rest. Reviewer, operator OPD
 * and pokja share the lowest rank: an admin daerah may do everything each of them does in the
 * region (review, edit any OPD's data, read), so none is wider than an admin daerah.
 */
export const ROLE_RANK: Readonly<Record<Role, number>> = {
  superadmin: 3,
  provinsi: 2,
  admin_daerah: 1,
  reviewer: 0,
  operator_opd: 0,
  pokja: 0,
  lembaga_layanan: 0,
};

/** The regions a placement reads: its own, and for superadmin and provinsi every region below. */
export function readScopeOf(p: Placement): { root: string; below: boolean } {
  return { root: p.regionCode, below: p.role === 'superadmin' || p.role === 'provinsi' };
}

/** True when `outer` reads every region `inner` reads (access.ts canReadRegion). */
export function scopeCovers(outer: Placement, inner: Placement): boolean {
  const o = readScopeOf(outer);
  const i = readScopeOf(inner);
  if (o.below) return isWithinRegion(i.root, o.root);
  return !i.below && i.root === o.root;
}

/** Whose accounts an actor administers at all: superadmin anywhere, admin daerah their own region. */
export function administersUsersOf(actor: Placement, regionCode: string): boolean {
  if (!capabilitiesOf(actor.role).manageUsers) return false;
  if (actor.role === 'superadmin') return regionLevelOf(regionCode) !== null;
  return actor.regionCode === regionCode;
}

/**
 * May `actor` give an account the placement `target` — by creating it, or by changing an
 * account into it? Also the test for touching an existing account at all (`canManageUser`):
 * an account already wider than the actor is out of reach, whatever the change.
 */
export function canGrant(actor: Placement, target: Placement): boolean {
  return (
    administersUsersOf(actor, target.regionCode) &&
    ROLE_RANK[target.role] <= ROLE_RANK[actor.role] &&
    scopeCovers(actor, target)
  );
}

/** May `actor` edit, deactivate or reset the password of the existing account `user`? */
export function canManageUser(actor: Placement, user: Placement): boolean {
  return canGrant(actor, user);
}

/**
 * The admin reset sets a password without knowing the current one; for one's own account that
 * would let a stolen session take the account over for good, so it is refused and the
 * change-password path (which asks for the current password) is the way.
 */
export function canResetPassword(
  actor: Placement & { id: string },
  user: Placement & { id: string },
): boolean {
  return actor.id !== user.id && canManageUser(actor, user);
}

/**
 * The roles `actor` may give an account in `regionCode`, in the usual order; for the role
 * picker. An institution account is not among them: it is created by DP3A's invitation from
 * the institution's page, which binds it to the institution (roleByInvitationOnly).
 */
export function grantableRoles(actor: Placement, regionCode: string): Role[] {
  const level = regionLevelOf(regionCode);
  if (!level) return [];
  return ROLES.filter(
    (role) =>
      !roleByInvitationOnly(role) &&
      !placementProblems(role, level, OPD_BOUND_ROLES.includes(role)).regionCode &&
      canGrant(actor, { role, regionCode }),
  );
}

/** Roles the user form neither creates nor changes an account into or out of (issue 12). */
export function roleByInvitationOnly(role: Role): boolean {
  return INSTITUTION_BOUND_ROLES.includes(role);
}
