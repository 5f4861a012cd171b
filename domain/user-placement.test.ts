import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capabilitiesOf, ROLES } from './roles.js';
import { placementProblems } from './user-placement.js';

test('superadmin sits at the national level only', () => {
  assert.deepEqual(placementProblems('superadmin', 'nasional', false), {});
  assert.equal(placementProblems('superadmin', 'provinsi', false).regionCode, 'region_level_wrong_for_role');
  assert.equal(placementProblems('superadmin', 'kabkota', false).regionCode, 'region_level_wrong_for_role');
});

test('provinsi users sit at a province', () => {
  assert.deepEqual(placementProblems('provinsi', 'provinsi', false), {});
  assert.equal(placementProblems('provinsi', 'kabkota', false).regionCode, 'region_level_wrong_for_role');
});

test('regional roles sit at a province or kab/kota, never nationally', () => {
  for (const role of ['admin_daerah', 'reviewer', 'pokja'] as const) {
    assert.deepEqual(placementProblems(role, 'kabkota', false), {}, role);
    assert.deepEqual(placementProblems(role, 'provinsi', false), {}, role);
    assert.equal(placementProblems(role, 'nasional', false).regionCode, 'region_level_wrong_for_role', role);
  }
});

test('operators need exactly one OPD; nobody else may have one', () => {
  assert.deepEqual(placementProblems('operator_opd', 'kabkota', true), {});
  assert.equal(placementProblems('operator_opd', 'kabkota', false).opdId, 'opd_required_for_role');
  assert.equal(placementProblems('pokja', 'kabkota', true).opdId, 'opd_not_allowed_for_role');
});

test('only superadmin and admin daerah administer; superadmin and provinsi switch region', () => {
  const admins = ROLES.filter((r) => capabilitiesOf(r).manageUsers);
  assert.deepEqual(admins.sort(), ['admin_daerah', 'superadmin']);
  const switchers = ROLES.filter((r) => capabilitiesOf(r).switchRegion);
  assert.deepEqual(switchers.sort(), ['provinsi', 'superadmin']);
  assert.equal(capabilitiesOf('operator_opd').readAudit, false);
});
