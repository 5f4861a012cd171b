import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessActor } from '../access.js';
import {
  canChangeInstitutionStatus,
  canEditInstitution,
  canManageInstitutions,
  canReadInstitution,
  canReadInstitutions,
  canSeeStaffContacts,
  isOwnInstitution,
} from './access.js';

const ACTORS = {
  superadmin: { role: 'superadmin', regionCode: 'ID', opdId: null },
  provinsi: { role: 'provinsi', regionCode: '72', opdId: null },
  admin: { role: 'admin_daerah', regionCode: '72.71', opdId: null },
  reviewer: { role: 'reviewer', regionCode: '72.71', opdId: null },
  pokja: { role: 'pokja', regionCode: '72.71', opdId: null },
  operator: { role: 'operator_opd', regionCode: '72.71', opdId: 'opd-a' },
  own: { role: 'lembaga_layanan', regionCode: '72.71', opdId: null, institutionId: 'inst-a' },
  unbound: { role: 'lembaga_layanan', regionCode: '72.71', opdId: null, institutionId: null },
  // An account whose id matches but sits in another region: never its institution.
  elsewhere: { role: 'lembaga_layanan', regionCode: '72.03', opdId: null, institutionId: 'inst-a' },
} satisfies Record<string, AccessActor>;
type Name = keyof typeof ACTORS;

const A = { regionCode: '72.71', id: 'inst-a' };
const B = { regionCode: '72.71', id: 'inst-b' };
const C = { regionCode: '72.03', id: 'inst-c' };

function table(
  name: string,
  rule: (a: AccessActor, i: typeof A) => boolean,
  allowed: Record<Name, string[]>,
) {
  test(`${name}: every actor × institution`, () => {
    for (const [who, actor] of Object.entries(ACTORS) as [Name, AccessActor][]) {
      for (const inst of [A, B, C]) {
        assert.equal(rule(actor, inst), allowed[who].includes(inst.id), `${who} ${inst.id}`);
      }
    }
  });
}

table('canReadInstitution', canReadInstitution, {
  superadmin: ['inst-a', 'inst-b', 'inst-c'],
  provinsi: ['inst-a', 'inst-b', 'inst-c'],
  admin: ['inst-a', 'inst-b'],
  reviewer: ['inst-a', 'inst-b'],
  pokja: ['inst-a', 'inst-b'],
  operator: [],
  own: ['inst-a'],
  unbound: [],
  elsewhere: [],
});

const EDITORS: Record<Name, string[]> = {
  superadmin: ['inst-a', 'inst-b', 'inst-c'],
  provinsi: [],
  admin: ['inst-a', 'inst-b'],
  reviewer: [],
  pokja: [],
  operator: [],
  own: ['inst-a'],
  unbound: [],
  elsewhere: [],
};
table('canEditInstitution', canEditInstitution, EDITORS);
table('canSeeStaffContacts', canSeeStaffContacts, EDITORS);
table('canChangeInstitutionStatus', canChangeInstitutionStatus, { ...EDITORS, own: [] });

test('the registry of a region: read by its readers, managed by DP3A; an institution account reaches neither', () => {
  for (const [who, actor] of Object.entries(ACTORS) as [Name, AccessActor][]) {
    const reads = ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja'].includes(who);
    assert.equal(canReadInstitutions(actor, '72.71'), reads, who);
    assert.equal(canManageInstitutions(actor, '72.71'), who === 'superadmin' || who === 'admin', who);
  }
});

test('isOwnInstitution needs the role, the id and the region', () => {
  assert.equal(isOwnInstitution(ACTORS.own, A), true);
  assert.equal(isOwnInstitution({ ...ACTORS.admin, institutionId: 'inst-a' }, A), false);
  assert.equal(isOwnInstitution(ACTORS.elsewhere, A), false);
  assert.equal(isOwnInstitution(ACTORS.unbound, A), false);
});
