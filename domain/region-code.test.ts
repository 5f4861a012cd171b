import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidRegionCode, isWithinRegion, parentRegionCode, regionLevelOf } from './region-code.js';

test('region levels follow the Kemendagri code shapes', () => {
  assert.equal(regionLevelOf('ID'), 'nasional');
  assert.equal(regionLevelOf('72'), 'provinsi');
  assert.equal(regionLevelOf('72.71'), 'kabkota');
  for (const bad of ['', '7', '727', '72.7', '72.71.01', '72-71', 'xx', ' 72', 'id']) {
    assert.equal(regionLevelOf(bad), null, bad);
    assert.equal(isValidRegionCode(bad), false, bad);
  }
});

test('parents chain up to the national root', () => {
  assert.equal(parentRegionCode('72.71'), '72');
  assert.equal(parentRegionCode('72'), 'ID');
  assert.equal(parentRegionCode('ID'), null);
  assert.equal(parentRegionCode('nope'), null);
});

test('a region lies within itself, its province and the nation, not in a neighbour', () => {
  assert.ok(isWithinRegion('72.71', '72.71'));
  assert.ok(isWithinRegion('72.71', '72'));
  assert.ok(isWithinRegion('72.71', 'ID'));
  assert.ok(isWithinRegion('72', 'ID'));
  assert.ok(!isWithinRegion('73.71', '72'));
  assert.ok(!isWithinRegion('72', '72.71'));
  // '72' must not match '7' style prefixes of other provinces like '72' vs '7'.
  assert.ok(!isWithinRegion('12.71', '1'));
  assert.ok(!isWithinRegion('bogus', 'ID'));
});
