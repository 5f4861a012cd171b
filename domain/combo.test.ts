import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCombos, comboCount, MAX_COMBOS, TooManyCombinations } from './combo.js';

const sets = (...sizes: number[]) =>
  sizes.map((n, i) => ({ code: `s${i}`, members: Array.from({ length: n }, (_, j) => String(j)) }));

test('the size of a product is known without building it', () => {
  assert.equal(comboCount([]), 1);
  assert.equal(comboCount(sets(16, 7285, 2, 7)), 1_631_840);
  assert.equal(comboCount(sets(3, 0)), 0);
  assert.deepEqual(allCombos(sets(3, 0)), []);
});

test('a product larger than the bound is refused before any combination is made', () => {
  assert.throws(
    () => allCombos(sets(16, 7285, 2, 7)),
    (e: unknown) => e instanceof TooManyCombinations && e.count === 1_631_840 && e.max === MAX_COMBOS,
  );
  assert.throws(() => allCombos(sets(4, 4), 15), TooManyCombinations);
  assert.equal(allCombos(sets(4, 4), 16).length, 16);
});
