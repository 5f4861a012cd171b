import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessActor } from '../access.js';
import { canManageKelembagaan, canReadKelembagaan, canSeePersonContacts } from './access.js';

const A = (role: AccessActor['role'], regionCode: string): AccessActor => ({ role, regionCode, opdId: null });

test('every role of the region, provinsi above and superadmin read', () => {
  for (const role of ['admin_daerah', 'reviewer', 'pokja', 'operator_opd'] as const) {
    assert.equal(canReadKelembagaan(A(role, '72.71'), '72.71'), true, role);
    assert.equal(canReadKelembagaan(A(role, '72.03'), '72.71'), false, role);
  }
  assert.equal(canReadKelembagaan(A('provinsi', '72'), '72.71'), true);
  assert.equal(canReadKelembagaan(A('provinsi', '73'), '72.71'), false);
  assert.equal(canReadKelembagaan(A('superadmin', 'ID'), '72.71'), true);
});

test('only the region admin and superadmin manage and see contacts', () => {
  assert.equal(canManageKelembagaan(A('admin_daerah', '72.71'), '72.71'), true);
  assert.equal(canManageKelembagaan(A('admin_daerah', '72.03'), '72.71'), false);
  assert.equal(canManageKelembagaan(A('superadmin', 'ID'), '72.71'), true);
  for (const role of ['reviewer', 'pokja', 'operator_opd', 'provinsi'] as const) {
    assert.equal(canManageKelembagaan(A(role, '72.71'), '72.71'), false, role);
    assert.equal(canSeePersonContacts(A(role, '72.71'), '72.71'), false, role);
  }
});
