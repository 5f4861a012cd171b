/** Who may land imported values submitted or verified (domain/access.ts canLandImportAs). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canLandImportAs } from './access.js';
import { landingRank } from './import-batch.js';
import type { Role } from './roles.js';

const actor = (role: Role, regionCode = '72.71', opdId: string | null = null) => ({
  role,
  regionCode,
  opdId,
});

test('drafts for whoever imports; submitted and verified only for who verifies the region', () => {
  const admin = actor('admin_daerah');
  const operator = actor('operator_opd', '72.71', 'dinkes');
  for (const status of ['draft', 'submitted', 'verified'] as const) {
    assert.equal(canLandImportAs(admin, '72.71', status), true, status);
    assert.equal(canLandImportAs(actor('superadmin', 'ID'), '72.71', status), true, status);
    assert.equal(canLandImportAs(operator, '72.71', status), status === 'draft', status);
    // Another region's admin, a reviewer, pokja and provinsi do not import here at all.
    assert.equal(canLandImportAs(actor('admin_daerah', '72.03'), '72.71', status), false, status);
    for (const role of ['reviewer', 'pokja', 'provinsi'] as const)
      assert.equal(
        canLandImportAs(actor(role, role === 'provinsi' ? '72' : '72.71'), '72.71', status),
        false,
      );
  }
});

test('statuses move forward only: draft < submitted < verified', () => {
  assert.deepEqual(['verified', 'draft', 'submitted'].map(landingRank), [2, 0, 1]);
});
