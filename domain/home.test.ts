import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  homeTaskKinds,
  isBehind,
  monevQuarterState,
  opdProgressState,
  percentOf,
  seesRegionProgress,
} from './home.js';
import type { AccessActor } from './access.js';

const palu = '72.71';
const as = (role: AccessActor['role'], regionCode = palu, opdId: string | null = null): AccessActor => ({
  role,
  regionCode,
  opdId,
});

test('task kinds follow the access rules, not the role names', () => {
  assert.deepEqual(homeTaskKinds(as('operator_opd', palu, 'dinkes'), palu), [
    'values_to_submit',
    'values_returned',
    'gaps_returned',
    'imports_waiting',
    'monev_due',
    'monev_overdue',
    'monev_returned',
    'follow_ups_open',
  ]);
  // An operator without an OPD has nothing to do, and nothing in another region.
  assert.deepEqual(homeTaskKinds(as('operator_opd'), palu), []);
  assert.deepEqual(homeTaskKinds(as('operator_opd', palu, 'dinkes'), '72.03'), []);
  assert.deepEqual(homeTaskKinds(as('admin_daerah'), palu), [
    'submissions_to_verify',
    'opds_behind',
    'imports_waiting',
    'gaps_to_review',
    'monev_to_verify',
    'monev_opds_missing',
    'dossiers_to_review',
  ]);
  assert.deepEqual(homeTaskKinds(as('admin_daerah', '72.03'), palu), []);
  assert.deepEqual(homeTaskKinds(as('superadmin', 'ID'), palu), homeTaskKinds(as('admin_daerah'), palu));
  assert.deepEqual(homeTaskKinds(as('reviewer'), palu), [
    'gaps_to_review',
    'monev_to_verify',
    'monev_opds_missing',
  ]);
  assert.deepEqual(homeTaskKinds(as('pokja'), palu), []);
  assert.deepEqual(homeTaskKinds(as('provinsi', '72'), palu), ['dossiers_to_review']);
});

test('a quarter not submitted: not asked before it begins, due through its deadline, overdue after', () => {
  assert.equal(monevQuarterState('2026-06-30', 2026, 3, '2026-10-15'), null);
  assert.equal(monevQuarterState('2026-07-01', 2026, 3, '2026-10-15'), 'due');
  // The deadline day itself is still on time, as the report's "late" flag counts it.
  assert.equal(monevQuarterState('2026-10-15', 2026, 3, '2026-10-15'), 'due');
  assert.equal(monevQuarterState('2026-10-16', 2026, 3, '2026-10-15'), 'overdue');
  assert.equal(monevQuarterState('2026-01-01', 2026, 1, '2026-04-15'), 'due');
  assert.equal(monevQuarterState('2025-12-31', 2026, 1, '2026-04-15'), null);
  // A fourth-quarter deadline before the quarter ends (a December Rakor) passes within it.
  assert.equal(monevQuarterState('2026-12-21', 2026, 4, '2026-12-20'), 'overdue');
  assert.equal(monevQuarterState('2027-02-01', 2026, 4, '2027-01-15'), 'overdue');
  // A year after its deadline a quarter leaves the home page.
  assert.equal(monevQuarterState('2027-10-15', 2026, 3, '2026-10-15'), 'overdue');
  assert.equal(monevQuarterState('2027-10-16', 2026, 3, '2026-10-15'), null);
});

test('region progress is for whoever follows every OPD', () => {
  assert.equal(seesRegionProgress(as('operator_opd', palu, 'dinkes'), palu), false);
  for (const role of ['admin_daerah', 'reviewer', 'pokja'] as const)
    assert.ok(seesRegionProgress(as(role), palu));
  assert.ok(seesRegionProgress(as('provinsi', '72'), palu));
  assert.equal(seesRegionProgress(as('provinsi', '73'), palu), false);
});

test('an OPD is behind until every value is submitted', () => {
  assert.equal(opdProgressState({ draft: 0, submitted: 0, verified: 0 }), 'no_values');
  assert.equal(opdProgressState({ draft: 1, submitted: 5, verified: 9 }), 'draft');
  assert.equal(opdProgressState({ draft: 0, submitted: 1, verified: 9 }), 'submitted');
  assert.equal(opdProgressState({ draft: 0, submitted: 0, verified: 9 }), 'verified');
  assert.deepEqual((['no_values', 'draft', 'submitted', 'verified'] as const).map(isBehind), [
    true,
    true,
    false,
    false,
  ]);
});

test('percentOf: one decimal, half up, capped, null without a whole', () => {
  assert.equal(percentOf(1, 3), 33.3);
  assert.equal(percentOf(2, 3), 66.7);
  assert.equal(percentOf(1, 8), 12.5);
  assert.equal(percentOf(5, 4), 100);
  assert.equal(percentOf(0, 0), null);
  assert.equal(percentOf(0, 10), 0);
});
