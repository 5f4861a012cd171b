import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES, type Role } from './roles.js';
import {
  canGrant,
  canManageUser,
  canResetPassword,
  grantableRoles,
  roleByInvitationOnly,
  scopeCovers,
  type Placement,
} from './user-management.js';

const at = (role: Role, regionCode: string): Placement => ({ role, regionCode });
const superadmin = at('superadmin', 'ID');
const provinceAdmin = at('admin_daerah', '72');
const kotaAdmin = at('admin_daerah', '72.71');

test('an admin daerah of a province office cannot grant provinsi: it would read every kab/kota', () => {
  assert.equal(canGrant(provinceAdmin, at('provinsi', '72')), false);
  assert.deepEqual(grantableRoles(provinceAdmin, '72'), [
    'admin_daerah',
    'reviewer',
    'operator_opd',
    'pokja',
  ]);
});

test('an admin daerah grants the roles of their own region, never above it, below it or beside it', () => {
  for (const role of ['admin_daerah', 'reviewer', 'operator_opd', 'pokja'] as const) {
    assert.equal(canGrant(kotaAdmin, at(role, '72.71')), true, role);
    assert.equal(canGrant(provinceAdmin, at(role, '72')), true, role);
    // A kab/kota of the admin's own province is not the admin's region.
    assert.equal(canGrant(provinceAdmin, at(role, '72.71')), false, role);
    assert.equal(canGrant(kotaAdmin, at(role, '72.03')), false, role);
    assert.equal(canGrant(kotaAdmin, at(role, '72')), false, role);
  }
  assert.equal(canGrant(kotaAdmin, at('superadmin', 'ID')), false);
  assert.equal(canGrant(kotaAdmin, at('provinsi', '72')), false);
  assert.deepEqual(grantableRoles(kotaAdmin, '72.71'), ['admin_daerah', 'reviewer', 'operator_opd', 'pokja']);
  assert.deepEqual(grantableRoles(kotaAdmin, '72.03'), []);
  assert.deepEqual(grantableRoles(kotaAdmin, 'ID'), []);
});

test('superadmin grants every role wherever the role may sit', () => {
  assert.deepEqual(grantableRoles(superadmin, 'ID'), ['superadmin']);
  assert.deepEqual(
    grantableRoles(superadmin, '72'),
    ROLES.filter((r) => r !== 'superadmin' && r !== 'lembaga_layanan'),
  );
  assert.deepEqual(
    grantableRoles(superadmin, '72.71'),
    ROLES.filter((r) => r !== 'superadmin' && r !== 'provinsi' && r !== 'lembaga_layanan'),
  );
});

test('an institution account is never offered by the role picker: DP3A invites it from the registry', () => {
  assert.equal(roleByInvitationOnly('lembaga_layanan'), true);
  for (const role of ROLES.filter((r) => r !== 'lembaga_layanan'))
    assert.equal(roleByInvitationOnly(role), false);
  assert.ok(!grantableRoles(kotaAdmin, '72.71').includes('lembaga_layanan'));
  // …yet DP3A may manage one (deactivate, rename) once it exists: its rank is the lowest.
  assert.equal(canManageUser(kotaAdmin, at('lembaga_layanan', '72.71')), true);
  assert.equal(canManageUser(kotaAdmin, at('lembaga_layanan', '72.03')), false);
});

test('roles without user management grant nothing, whatever their scope', () => {
  for (const actor of [
    at('provinsi', '72'),
    at('reviewer', '72.71'),
    at('operator_opd', '72.71'),
    at('pokja', '72.71'),
    at('lembaga_layanan', '72.71'),
  ]) {
    for (const role of ROLES) {
      for (const region of ['ID', '72', '72.71']) {
        assert.equal(canGrant(actor, at(role, region)), false, `${actor.role} -> ${role}@${region}`);
      }
    }
  }
});

test('no grant is ever wider than the granter: exhaustive over roles and regions', () => {
  const regions = ['ID', '72', '72.71', '72.03', '31', '31.71'];
  const rank: Record<Role, number> = {
    superadmin: 3,
    provinsi: 2,
    admin_daerah: 1,
    reviewer: 0,
    operator_opd: 0,
    pokja: 0,
    lembaga_layanan: 0,
  };
  for (const actorRole of ROLES)
    for (const actorRegion of regions)
      for (const role of ROLES)
        for (const region of regions) {
          const actor = at(actorRole, actorRegion);
          const target = at(role, region);
          if (!canGrant(actor, target)) continue;
          const label = `${actorRole}@${actorRegion} -> ${role}@${region}`;
          assert.ok(rank[role] <= rank[actorRole], label);
          assert.ok(scopeCovers(actor, target), label);
        }
});

test('an account already wider than the actor is out of reach; resetting one’s own password is not an admin act', () => {
  assert.equal(canManageUser(provinceAdmin, at('provinsi', '72')), false);
  assert.equal(canManageUser(provinceAdmin, at('pokja', '72')), true);
  const me = { id: 'a', ...kotaAdmin };
  assert.equal(canResetPassword(me, { id: 'a', ...kotaAdmin }), false);
  assert.equal(canResetPassword(me, { id: 'b', ...kotaAdmin }), true);
  assert.equal(canResetPassword(me, { id: 'c', ...at('pokja', '72.71') }), true);
  assert.equal(canResetPassword({ id: 's', ...superadmin }, { id: 's', ...superadmin }), false);
});

test('scope: provinsi reads its kab/kota; a province office does not', () => {
  assert.equal(scopeCovers(at('provinsi', '72'), at('pokja', '72.71')), true);
  assert.equal(scopeCovers(at('admin_daerah', '72'), at('pokja', '72.71')), false);
  assert.equal(scopeCovers(at('admin_daerah', '72'), at('provinsi', '72')), false);
  assert.equal(scopeCovers(at('provinsi', '72'), at('provinsi', '31')), false);
  assert.equal(scopeCovers(superadmin, at('provinsi', '31')), true);
});
