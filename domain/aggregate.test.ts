import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combine, combineRatio, rateOf, roundTo } from './aggregate.js';

const count = { aggregation: 'sum', multiplier: null, decimals: 0 };
const percent = { aggregation: 'ratio', multiplier: '100', decimals: 2 };
const index = { aggregation: 'none', multiplier: null, decimals: 2 };

test('counts add up', () => {
  assert.equal(combine(count, ['12', '30', 8]), 50);
  assert.equal(combine(count, []), null);
});

test('rates are recomputed from summed parts, not averaged', () => {
  // Two kab/kota: 9 of 35 seats and 2 of 25 seats held by women -> 11 of 60, not mean(25.71, 8).
  assert.equal(combineRatio(percent, ['9', '2'], ['35', '25']), 18.33);
  assert.equal(rateOf(1, 0, percent), null);
  assert.equal(rateOf(null, 10, percent), null);
});

test('non-combinable indicators only pass a single value through', () => {
  assert.equal(combine(index, ['0.91']), 0.91);
  assert.equal(combine(index, ['0.91', '0.88']), null);
});

test('a ratio is never combined as if it were a count', () => {
  assert.throws(() => combine(percent, ['1']));
});

test('rounding to decimals', () => {
  assert.equal(roundTo(18.3333, 2), 18.33);
  assert.equal(roundTo(2.5, 0), 3);
});
