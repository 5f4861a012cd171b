import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../roles.js';
import { canManageTraining, canReadTraining } from './access.js';

const actor = (role: Role, regionCode = '72.71') => ({ role, regionCode, opdId: null });

test('the region’s organisers keep training records; its readers see them', () => {
  assert.ok(canManageTraining(actor('admin_daerah'), '72.71'));
  assert.ok(canManageTraining(actor('superadmin', '00'), '72.71'));
  for (const role of ['reviewer', 'pokja', 'operator_opd'] as const) {
    assert.ok(!canManageTraining(actor(role), '72.71'), role);
    assert.ok(canReadTraining(actor(role), '72.71'), role);
  }
  assert.ok(canReadTraining(actor('provinsi', '72'), '72.71'));
  assert.ok(!canManageTraining(actor('provinsi', '72'), '72.71'));
  assert.ok(!canReadTraining(actor('admin_daerah', '72.03'), '72.71'));
  assert.ok(!canManageTraining(actor('admin_daerah', '72.03'), '72.71'));
});
