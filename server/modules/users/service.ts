/**
 * User management by admin daerah (their own region) and superadmin (anywhere).
 * Users are deactivated, never deleted: the audit trail and their work point at them.
 * Nobody creates, changes, resets or deactivates an account wider than their own role and
 * scope (domain/user-management.ts); the web's role picker asks the same predicates.
 */
import { and, eq, sql } from 'drizzle-orm';
import { canManageRegion } from '../../../domain/access.js';
import { regionLevelOf } from '../../../domain/region-code.js';
import type { Role } from '../../../domain/roles.js';
import {
  canGrant,
  canManageUser,
  canResetPassword,
  roleByInvitationOnly,
} from '../../../domain/user-management.js';
import { placementProblems } from '../../../domain/user-placement.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { activationAction, recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { assertPasswordAllowed, hashPassword } from '../../lib/passwords.js';
import { assertCanManageUsers, requireActor } from '../../lib/permissions.js';
import { deleteUserSessions } from '../../lib/sessions.js';
import { findUserRow, queryUser, queryUsers } from './queries.js';
import type { CreateUserInput, ListUsersQuery, UpdateUserInput } from '../../../api/users.js';

/** A taken username or e-mail (compared case aside), named on its field; also for one's own e-mail. */
export const uniqueErrors = {
  users_username_uq: () => new Conflict({ username: 'username_taken' }),
  users_email_uq: () => new Conflict({ email: 'email_taken' }),
};

/** Checks that role, region and OPD fit together; the OPD must be an active one of the region. */
async function assertPlacement(db: Db, role: Role, regionCode: string, opdId: string | null): Promise<void> {
  const level = regionLevelOf(regionCode);
  const fields: FieldErrors = level
    ? { ...placementProblems(role, level, opdId !== null) }
    : { regionCode: 'region_unknown' };
  if (opdId && !fields.opdId) {
    const [row] = await db
      .select({ active: opd.active })
      .from(opd)
      .where(and(eq(opd.regionCode, regionCode), eq(opd.id, opdId)));
    if (!row) fields.opdId = 'opd_unknown';
    else if (!row.active) fields.opdId = 'opd_inactive';
  }
  if (Object.keys(fields).length > 0) throw new Invalid(fields);
}

export async function listUsers(db: Db, actor: Actor | null, query: ListUsersQuery) {
  const a = requireActor(actor);
  // Without a region filter an admin daerah sees their own region; only superadmin sees all.
  const region = query.region ?? (a.role === 'superadmin' ? undefined : a.regionCode);
  if (region) assertCanManageUsers(a, region);
  else if (a.role !== 'superadmin') throw new Forbidden();
  return queryUsers(db, { ...query, region });
}

export async function createUser(db: Db, actor: Actor | null, input: CreateUserInput) {
  const a = assertCanManageUsers(actor, input.regionCode);
  if (!canGrant(a, input)) throw new Forbidden('user_grant_wider');
  if (roleByInvitationOnly(input.role)) throw new Invalid({ role: 'role_by_institution_invite' });
  const opdId = input.opdId ?? null;
  await assertPlacement(db, input.role, input.regionCode, opdId);
  await assertPasswordAllowed(input.password, input, 'password');
  const passwordHash = await hashPassword(input.password);
  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const { password: _password, ...rest } = input;
        const [row] = await tx
          .insert(users)
          .values({ ...rest, email: input.email || null, opdId, passwordHash })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'user',
          entityId: row.id,
          regionCode: row.regionCode,
          after: row,
        });
        return row.id;
      }),
    uniqueErrors,
  );
  return (await queryUser(db, id))!;
}

/**
 * Finds a user the caller may manage; one outside the caller's region is reported as missing,
 * one in it but wider than the caller (a provinsi user, for a province's admin daerah) is 403.
 */
async function manageableUser(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const existing = await findUserRow(db, id);
  if (!existing || !canManageRegion(a, existing.regionCode)) {
    if (existing && a.regionCode === existing.regionCode) throw new Forbidden();
    throw new NotFound();
  }
  const manager = assertCanManageUsers(a, existing.regionCode);
  if (!canManageUser(manager, existing)) throw new Forbidden('user_wider_than_actor');
  return { actor: manager, existing };
}

export async function updateUser(db: Db, actor: Actor | null, id: string, input: UpdateUserInput) {
  const { actor: a, existing } = await manageableUser(db, actor, id);
  if (existing.id === a.userId) {
    if (input.active === false) throw new Invalid({ active: 'cannot_deactivate_self' });
    if (input.role && input.role !== existing.role) throw new Invalid({ role: 'cannot_change_own_role' });
  }
  const role = input.role ?? existing.role;
  if (!canGrant(a, { role, regionCode: existing.regionCode })) throw new Forbidden('user_grant_wider');
  // An institution account stays bound to its institution: no role change into or out of it.
  if (role !== existing.role && (roleByInvitationOnly(role) || roleByInvitationOnly(existing.role))) {
    throw new Invalid({ role: 'role_by_institution_invite' });
  }
  // Changing away from operator drops the OPD unless a new one is named.
  const opdId = input.opdId !== undefined ? input.opdId : role === 'operator_opd' ? existing.opdId : null;
  await assertPlacement(db, role, existing.regionCode, opdId);
  const changes = { ...input, opdId, ...(input.email !== undefined ? { email: input.email || null } : {}) };
  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(users.id, id))
          .returning();
        if (input.active === false) await deleteUserSessions(tx, id);
        await recordAudit(tx, subjectOf(a), {
          action: activationAction(existing.active, input.active),
          entity: 'user',
          entityId: id,
          regionCode: existing.regionCode,
          before: existing,
          after: row,
        });
      }),
    uniqueErrors,
  );
  return (await queryUser(db, id))!;
}

export async function resetPassword(db: Db, actor: Actor | null, id: string, newPassword: string) {
  const { actor: a, existing } = await manageableUser(db, actor, id);
  if (!canResetPassword({ ...a, id: a.userId }, existing)) throw new Forbidden('reset_own_password');
  await assertPasswordAllowed(newPassword, existing, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
    await recordAudit(tx, subjectOf(a), {
      action: 'password_reset',
      entity: 'user',
      entityId: id,
      regionCode: existing.regionCode,
    });
  });
}
