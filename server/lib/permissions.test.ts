import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../domain/roles.js';
import type { Actor } from './actor.js';
import { Forbidden, Unauthenticated } from './errors.js';
import { assertCanEditOpdData, assertCanReadAudit, canManageRegion, canReadRegion } from './permissions.js';

const actor = (role: Role, regionCode: string, opdId: string | null = null): Actor => ({
  userId: 'u',
  username: 'u',
  role,
  regionCode,
  opdId,
  ip: null,
});

test('reading regions follows the hierarchy', () => {
  assert.ok(canReadRegion(actor('superadmin', 'ID'), '91.01'));
  assert.ok(canReadRegion(actor('provinsi', '72'), '72.71'));
  assert.ok(canReadRegion(actor('provinsi', '72'), '72'));
  assert.ok(!canReadRegion(actor('provinsi', '72'), '73.71'));
  assert.ok(canReadRegion(actor('pokja', '72.71'), '72.71'));
  assert.ok(!canReadRegion(actor('admin_daerah', '72.71'), '72.01'));
  // A province's own admin does not reach into its kab/kota.
  assert.ok(!canReadRegion(actor('admin_daerah', '72'), '72.71'));
});

test('only the region admin and superadmin manage a region', () => {
  assert.ok(canManageRegion(actor('admin_daerah', '72.71'), '72.71'));
  assert.ok(!canManageRegion(actor('admin_daerah', '72.71'), '72.72'));
  assert.ok(!canManageRegion(actor('provinsi', '72'), '72.71'));
  assert.ok(!canManageRegion(actor('reviewer', '72.71'), '72.71'));
  assert.ok(canManageRegion(actor('superadmin', 'ID'), '72.71'));
});

test('an operator edits only their own OPD data', () => {
  const op = actor('operator_opd', '72.71', 'dinkes');
  assert.equal(assertCanEditOpdData(op, '72.71', 'dinkes'), op);
  assert.throws(() => assertCanEditOpdData(op, '72.71', 'dinsos'), Forbidden);
  assert.throws(() => assertCanEditOpdData(actor('reviewer', '72.71'), '72.71', 'dinkes'), Forbidden);
  assert.ok(assertCanEditOpdData(actor('admin_daerah', '72.71'), '72.71', 'dinkes'));
  assert.throws(() => assertCanEditOpdData(null, '72.71', 'dinkes'), Unauthenticated);
});

test('the all-regions audit view is superadmin only', () => {
  assert.ok(assertCanReadAudit(actor('superadmin', 'ID'), null));
  assert.throws(() => assertCanReadAudit(actor('admin_daerah', '72.71'), null), Forbidden);
  assert.ok(assertCanReadAudit(actor('admin_daerah', '72.71'), '72.71'));
  assert.throws(() => assertCanReadAudit(actor('pokja', '72.71'), '72.71'), Forbidden);
});
