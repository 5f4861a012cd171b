import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessActor } from '../access.js';
import { canListAgreements, canManageAgreements, canReadAgreement } from './access.js';
import {
  canEnterServices,
  canMapServiceIndicators,
  canReadInstitutionServices,
} from '../institution-services/access.js';

const admin: AccessActor = { role: 'admin_daerah', regionCode: '72.71', opdId: null };
const pokja: AccessActor = { role: 'pokja', regionCode: '72.71', opdId: null };
const lembaga: AccessActor = {
  role: 'lembaga_layanan',
  regionCode: '72.71',
  opdId: null,
  institutionId: 'i1',
};
const unbound: AccessActor = {
  role: 'lembaga_layanan',
  regionCode: '72.71',
  opdId: null,
  institutionId: null,
};

test('agreements: DP3A manages, pokja reads all, an institution reads those it is party to', () => {
  assert.equal(canManageAgreements(admin, '72.71'), true);
  assert.equal(canManageAgreements(pokja, '72.71'), false);
  assert.equal(canManageAgreements(lembaga, '72.71'), false);
  assert.equal(canReadAgreement(pokja, '72.71', []), true);
  assert.equal(canReadAgreement(pokja, '72.03', []), false);
  assert.equal(canReadAgreement(lembaga, '72.71', ['i1']), true);
  assert.equal(canReadAgreement(lembaga, '72.71', ['i2']), false);
  assert.equal(canReadAgreement(lembaga, '72.03', ['i1']), false);
  assert.equal(canListAgreements(lembaga, '72.71'), true);
  assert.equal(canListAgreements(unbound, '72.71'), false);
});

test('services: an institution enters and reads its own only; DP3A maps indicators', () => {
  assert.equal(canEnterServices(lembaga, '72.71', 'i1'), true);
  assert.equal(canEnterServices(lembaga, '72.71', 'i2'), false);
  assert.equal(canEnterServices(admin, '72.71', 'i2'), true);
  assert.equal(canEnterServices(pokja, '72.71', 'i2'), false);
  assert.equal(canReadInstitutionServices(pokja, '72.71', 'i2'), true);
  assert.equal(canReadInstitutionServices(lembaga, '72.71', 'i2'), false);
  assert.equal(canMapServiceIndicators(admin, '72.71'), true);
  assert.equal(canMapServiceIndicators(lembaga, '72.71'), false);
  assert.equal(canMapServiceIndicators(pokja, '72.71'), false);
});
