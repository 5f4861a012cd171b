import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessActor } from '../access.js';
import {
  canManageEvidence,
  canReadEvidence,
  canUploadEvidenceIn,
  canWriteEvidence,
} from './evidence-access.js';

const A = (role: AccessActor['role'], regionCode: string, opdId: string | null = null): AccessActor => ({
  role,
  regionCode,
  opdId,
});

test('the region, its province and the superadmin read; another kab/kota and institutions do not', () => {
  for (const role of ['admin_daerah', 'reviewer', 'pokja', 'operator_opd'] as const) {
    assert.equal(canReadEvidence(A(role, '72.71', 'o1'), '72.71'), true, role);
    assert.equal(canReadEvidence(A(role, '72.03', 'o1'), '72.71'), false, role);
  }
  assert.equal(canReadEvidence(A('provinsi', '72'), '72.71'), true);
  assert.equal(canReadEvidence(A('provinsi', '73'), '72.71'), false);
  assert.equal(canReadEvidence(A('superadmin', 'ID'), '72.71'), true);
  assert.equal(canReadEvidence({ ...A('lembaga_layanan', '72.71'), institutionId: 'i1' }, '72.71'), false);
});

test('only DP3A of the region and the superadmin manage every document', () => {
  assert.equal(canManageEvidence(A('admin_daerah', '72.71'), '72.71'), true);
  assert.equal(canManageEvidence(A('admin_daerah', '72.03'), '72.71'), false);
  assert.equal(canManageEvidence(A('superadmin', 'ID'), '72.71'), true);
  for (const role of ['provinsi', 'reviewer', 'pokja', 'operator_opd'] as const) {
    assert.equal(
      canManageEvidence(A(role, role === 'provinsi' ? '72' : '72.71', 'o1'), '72.71'),
      false,
      role,
    );
  }
});

test("an operator writes its own OPD's documents only", () => {
  const op = A('operator_opd', '72.71', 'o1');
  assert.equal(canUploadEvidenceIn(op, '72.71'), true);
  assert.equal(canUploadEvidenceIn(A('operator_opd', '72.71', null), '72.71'), false);
  assert.equal(canUploadEvidenceIn(op, '72.03'), false);
  assert.equal(canWriteEvidence(op, '72.71', 'o1'), true);
  assert.equal(canWriteEvidence(op, '72.71', 'o2'), false);
  assert.equal(canWriteEvidence(op, '72.71', null), false);
  assert.equal(canWriteEvidence(op, '72.03', 'o1'), false);
  assert.equal(canWriteEvidence(A('admin_daerah', '72.71'), '72.71', null), true);
  assert.equal(canWriteEvidence(A('admin_daerah', '72.71'), '72.71', 'o2'), true);
  for (const role of ['reviewer', 'pokja'] as const) {
    assert.equal(canUploadEvidenceIn(A(role, '72.71', 'o1'), '72.71'), false, role);
    assert.equal(canWriteEvidence(A(role, '72.71', 'o1'), '72.71', 'o1'), false, role);
  }
  assert.equal(canWriteEvidence(A('provinsi', '72'), '72.71', null), false);
});
