import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from '../roles.js';
import { canReadRegion } from '../access.js';
import { mapScopesOf, seesMaps } from './access.js';

const actor = (role: (typeof ROLES)[number], regionCode: string) => ({ role, regionCode, opdId: null });

test('superadmin maps the nation and every province', () => {
  assert.deepEqual(mapScopesOf(actor('superadmin', 'ID')), { national: true, provinces: 'all' });
});

test('a provinsi account maps its own province only', () => {
  assert.deepEqual(mapScopesOf(actor('provinsi', '72')), { national: false, provinces: '72' });
});

test('every other role opens no map: it cannot read its neighbours', () => {
  for (const role of ROLES.filter((r) => r !== 'superadmin' && r !== 'provinsi')) {
    for (const region of ['72', '72.71']) {
      const a = actor(role, region);
      assert.equal(seesMaps(a), false, `${role} ${region}`);
      // The reason: a kab/kota of the province is not readable (the explore API refuses the map).
      assert.equal(canReadRegion(a, '72.10'), false);
    }
  }
});
