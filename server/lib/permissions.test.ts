import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../domain/roles.js';
import type { Actor } from './actor.js';
import { Forbidden, Unauthenticated } from './errors.js';
import {
  assertCanEditOpdData,
  assertCanImport,
  assertCanManageRegion,
  assertCanReadAudit,
  assertCanReadRegion,
} from './permissions.js';

// The rules themselves are tabled in domain/access.test.ts; these check what the wrappers throw.

const actor = (role: Role, regionCode: string, opdId: string | null = null): Actor => ({
  userId: 'u',
  username: 'u',
  role,
  regionCode,
  opdId,
  ip: null,
});

test('a wrapper answers the actor when the rule allows, Forbidden when it refuses', () => {
  const provinsi = actor('provinsi', '72');
  assert.equal(assertCanReadRegion(provinsi, '72.71'), provinsi);
  assert.throws(() => assertCanReadRegion(provinsi, '73.71'), Forbidden);
  const admin = actor('admin_daerah', '72.71');
  assert.equal(assertCanManageRegion(admin, '72.71'), admin);
  assert.throws(() => assertCanManageRegion(admin, '72.72'), Forbidden);
});

test('the anonymous public is Unauthenticated, never Forbidden', () => {
  assert.throws(() => assertCanReadRegion(null, '72.71'), Unauthenticated);
  assert.throws(() => assertCanEditOpdData(null, '72.71', 'dinkes'), Unauthenticated);
  assert.throws(() => assertCanImport(null, '72.71'), Unauthenticated);
  assert.throws(() => assertCanReadAudit(null, null), Unauthenticated);
});

test('an operator edits only their own OPD data', () => {
  const op = actor('operator_opd', '72.71', 'dinkes');
  assert.equal(assertCanEditOpdData(op, '72.71', 'dinkes'), op);
  assert.throws(() => assertCanEditOpdData(op, '72.71', 'dinsos'), Forbidden);
  assert.throws(() => assertCanEditOpdData(actor('reviewer', '72.71'), '72.71', 'dinkes'), Forbidden);
  assert.ok(assertCanEditOpdData(actor('admin_daerah', '72.71'), '72.71', 'dinkes'));
});

test('the all-regions audit view is superadmin only', () => {
  assert.ok(assertCanReadAudit(actor('superadmin', 'ID'), null));
  assert.throws(() => assertCanReadAudit(actor('admin_daerah', '72.71'), null), Forbidden);
  assert.ok(assertCanReadAudit(actor('admin_daerah', '72.71'), '72.71'));
  assert.throws(() => assertCanReadAudit(actor('pokja', '72.71'), '72.71'), Forbidden);
});

test('an operator without an OPD imports nothing', () => {
  assert.throws(() => assertCanImport(actor('operator_opd', '72.71'), '72.71'), Forbidden);
  assert.ok(assertCanImport(actor('operator_opd', '72.71', 'dinkes'), '72.71'));
});
