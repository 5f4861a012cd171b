import assert from 'node:assert/strict';
import { test } from 'node:test';
import { competitionRanks, differenceOf } from './rollup.js';

test('ranks: highest first, ties share a rank and the next rank skips', () => {
  assert.deepEqual(competitionRanks([5, 9, null, 9, 1, 5]), [3, 1, null, 1, 5, 3]);
  assert.deepEqual(competitionRanks([]), []);
  assert.deepEqual(competitionRanks([null, null]), [null, null]);
  assert.deepEqual(competitionRanks([-2, 0]), [2, 1]);
});

test('differences carry no binary noise and need both sides', () => {
  assert.equal(differenceOf(97.45, 96.13), 1.32);
  assert.equal(differenceOf(0.3, 0.1), 0.2);
  assert.equal(differenceOf(null, 3), null);
  assert.equal(differenceOf(3, null), null);
});
