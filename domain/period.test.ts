import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCombos, comboKey, membersOfKey } from './combo.js';
import { parsePeriod, periodFits, previousPeriod } from './period.js';

test('periods parse by periodicity and reject nonsense', () => {
  assert.deepEqual(parsePeriod('2024'), { year: 2024, periodicity: 'year', part: 0 });
  assert.deepEqual(parsePeriod('2024-S2'), { year: 2024, periodicity: 'semester', part: 2 });
  assert.deepEqual(parsePeriod('2024-Q3'), { year: 2024, periodicity: 'quarter', part: 3 });
  for (const bad of ['24', '2024-Q5', '2024-S3', '2024Q1', '1800', '2024-q1', '', 'tahun 2024']) {
    assert.equal(parsePeriod(bad), null, bad);
  }
  assert.ok(periodFits('2024', 'year'));
  assert.ok(!periodFits('2024-Q1', 'year'));
  assert.ok(periodFits('2024-Q1', 'quarter'));
});

test('previous periods roll over years', () => {
  assert.equal(previousPeriod('2024'), '2023');
  assert.equal(previousPeriod('2024-S1'), '2023-S2');
  assert.equal(previousPeriod('2024-S2'), '2024-S1');
  assert.equal(previousPeriod('2024-Q1'), '2023-Q4');
  assert.equal(previousPeriod('nope'), null);
});

test('combination keys are canonical whatever the member order', () => {
  assert.equal(comboKey({}), '');
  assert.equal(comboKey({ umur8: '15-24', disabilitas: 'ya' }), 'disabilitas=ya;umur8=15-24');
  assert.equal(comboKey({ disabilitas: 'ya', umur8: '15-24' }), 'disabilitas=ya;umur8=15-24');
  assert.equal(comboKey({ umur8: '', disabilitas: 'ya' }), 'disabilitas=ya');
  assert.deepEqual(membersOfKey('disabilitas=ya;umur8=15-24'), { disabilitas: 'ya', umur8: '15-24' });
  assert.deepEqual(membersOfKey(''), {});
});

test('all combinations are the cartesian product', () => {
  const combos = allCombos([
    { code: 'a', members: ['1', '2'] },
    { code: 'b', members: ['x', 'y', 'z'] },
  ]);
  assert.equal(combos.length, 6);
  assert.deepEqual(combos[0], { a: '1', b: 'x' });
  assert.deepEqual(allCombos([]), [{}]);
});
