import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILTIN_DIMENSION_SETS } from '../indicators.js';
import {
  AGE_GROUPS,
  AGE_GROUP_BOUNDS,
  EXAMPLE_LABEL,
  MONEV_FIELDS,
  MONEV_FLAGS,
  MONEV_ISSUE_CODES,
  QUARTERS,
  TARGET_GROUPS,
  WOMEN_ONLY_GROUPS,
  genderIndicatorField,
  groupSexField,
  isMonevFieldKey,
  isQuarter,
  targetGroupField,
} from './constants.js';

test('quarters are 1 to 4 and nothing else', () => {
  assert.deepEqual([...QUARTERS], [1, 2, 3, 4]);
  for (const q of QUARTERS) assert.equal(isQuarter(q), true);
  for (const bad of [0, 5, '1', 1.5, null, undefined]) assert.equal(isQuarter(bad), false, String(bad));
});

test('age groups are the siklus_hidup breakdown of data terpilah, contiguous from 0 and open at the top', () => {
  const siklus = BUILTIN_DIMENSION_SETS.find((s) => s.code === 'siklus_hidup');
  assert.deepEqual(
    siklus?.members.map((m) => m.code),
    [...AGE_GROUPS],
  );
  let next = 0;
  for (const a of AGE_GROUPS) {
    assert.equal(AGE_GROUP_BOUNDS[a].from, next, a);
    const to = AGE_GROUP_BOUNDS[a].to;
    next = to === null ? Infinity : to + 1;
  }
  assert.equal(next, Infinity);
  // UU 35/2014: anak is under 18; UU 13/1998: lansia is 60 and over.
  assert.deepEqual(AGE_GROUP_BOUNDS.anak, { from: 0, to: 17 });
  assert.deepEqual(AGE_GROUP_BOUNDS.lansia, { from: 60, to: null });
});

test('the five target groups of seed 004; the women-only ones are among them', () => {
  assert.equal(TARGET_GROUPS.length, 5);
  for (const g of WOMEN_ONLY_GROUPS) assert.ok(TARGET_GROUPS.includes(g));
  assert.deepEqual([...WOMEN_ONLY_GROUPS].sort(), ['ibu_hamil', 'perempuan']);
});

test('every commentable field has one stable key', () => {
  assert.equal(new Set(MONEV_FIELDS).size, MONEV_FIELDS.length);
  for (const f of MONEV_FIELDS) assert.equal(isMonevFieldKey(f), true, f);
  for (const g of TARGET_GROUPS) assert.ok(MONEV_FIELDS.includes(targetGroupField(g)));
  for (const key of [
    'budgetRealised',
    'beneficiaries.P',
    'beneficiaries.group.ibu_hamil',
    'beneficiaries.group.lansia.L',
    'beneficiaries.age.dewasa.P',
    'genderIndicators.i1',
    'genderIndicators.Ab_9-x',
    'overReason',
  ]) {
    assert.equal(isMonevFieldKey(key), true, key);
  }
  for (const key of [
    '',
    'budget',
    'beneficiaries.X',
    'beneficiaries.P.P',
    'beneficiaries.group.pekka',
    'beneficiaries.group.pekka.P',
    'beneficiaries.group.lansia.X',
    'beneficiaries.age.balita.L',
    'genderIndicators.',
    'genderIndicators.a b',
    'genderIndicators.a.b',
    `genderIndicators.${'x'.repeat(65)}`,
    '__proto__',
  ]) {
    assert.equal(isMonevFieldKey(key), false, key);
  }
});

test('field key builders refuse what is not an id', () => {
  assert.equal(genderIndicatorField('i1'), 'genderIndicators.i1');
  assert.throws(() => genderIndicatorField('a.b'));
  assert.throws(() => genderIndicatorField(''));
  assert.equal(groupSexField(targetGroupField('anak'), 'L'), 'beneficiaries.group.anak.L');
});

test('issue codes are message keys of their own namespace; flags and the example label are stable', () => {
  assert.equal(new Set(MONEV_ISSUE_CODES).size, MONEV_ISSUE_CODES.length);
  for (const c of MONEV_ISSUE_CODES) assert.match(c, /^monev_[a-z_]+$/);
  assert.deepEqual(
    [...MONEV_FLAGS],
    ['behind_schedule', 'late', 'beneficiaries_contradict_plan', 'over_100', 'over_pagu'],
  );
  assert.equal(EXAMPLE_LABEL, 'CONTOH — bukan ketentuan resmi');
});
