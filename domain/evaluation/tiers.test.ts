import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIVE_TIERS } from './test-fixtures.js';
import { nextTierOf, tierOf } from './tiers.js';

describe('tierOf', () => {
  test('min inclusive, max exclusive', () => {
    assert.equal(tierOf(FIVE_TIERS, 10)?.name, 'Pratama');
    assert.equal(tierOf(FIVE_TIERS, 19.999)?.name, 'Pratama');
    assert.equal(tierOf(FIVE_TIERS, 20)?.name, 'Madya');
  });
  test('the top band includes its max; above it and below the lowest there is no tier', () => {
    assert.equal(tierOf(FIVE_TIERS, 64)?.name, 'Mentor');
    assert.equal(tierOf(FIVE_TIERS, 64.01), null);
    assert.equal(tierOf(FIVE_TIERS, 9.99), null);
    assert.equal(tierOf([], 50), null);
  });
  test('order of the bands given does not matter', () => {
    assert.equal(tierOf([...FIVE_TIERS].reverse(), 45)?.name, 'Utama');
  });
  test('a four-tier cycle', () => {
    const four = [
      { name: 'Pratama', min: 0, max: 50 },
      { name: 'Madya', min: 50, max: 70 },
      { name: 'Utama', min: 70, max: 90 },
      { name: 'Mentor', min: 90, max: 100 },
    ];
    assert.equal(tierOf(four, 0)?.name, 'Pratama');
    assert.equal(tierOf(four, 100)?.name, 'Mentor');
  });
});

describe('nextTierOf', () => {
  test('the band above the current one; the lowest when in none; null at the top', () => {
    assert.equal(nextTierOf(FIVE_TIERS, 25)?.name, 'Nindya');
    assert.equal(nextTierOf(FIVE_TIERS, 3)?.name, 'Pratama');
    assert.equal(nextTierOf(FIVE_TIERS, 55), null);
  });
});
