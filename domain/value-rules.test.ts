import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkSingleValue,
  validateSnapshot,
  valueKey,
  type RuleIndicator,
  type Snapshot,
} from './value-rules.js';

const percent: RuleIndicator = {
  code: 'APS',
  unit: 'persen',
  aggregation: 'none',
  percentBounded: true,
  sexes: ['P', 'L'],
};
const count: RuleIndicator = {
  code: 'DPRD_P',
  unit: 'orang',
  aggregation: 'sum',
  percentBounded: false,
  sexes: ['P', 'L'],
};
const seats: RuleIndicator = {
  code: 'DPRD_ALL',
  unit: 'orang',
  aggregation: 'sum',
  percentBounded: false,
  sexes: ['P', 'L'],
};
const share: RuleIndicator = {
  code: 'DPRD_SHARE',
  unit: 'persen',
  aggregation: 'ratio',
  percentBounded: true,
  sexes: ['P', 'L'],
  numeratorCode: 'DPRD_P',
  denominatorCode: 'DPRD_ALL',
};
const maternal: RuleIndicator = {
  code: 'AKI',
  unit: 'kasus',
  aggregation: 'sum',
  percentBounded: false,
  sexes: ['P'],
};

const rules = (v: ReturnType<typeof checkSingleValue>) => v.map((x) => x.rule);

test('percents must lie within 0–100', () => {
  assert.deepEqual(rules(checkSingleValue(percent, 'P', '85.2')), []);
  assert.deepEqual(rules(checkSingleValue(percent, 'P', '100.5')), ['percent_range']);
  assert.deepEqual(rules(checkSingleValue(percent, 'L', '-1')), ['negative', 'percent_range']);
});

test('counts are non-negative whole numbers', () => {
  assert.deepEqual(rules(checkSingleValue(count, 'P', '5')), []);
  assert.deepEqual(rules(checkSingleValue(count, 'P', '5.5')), ['count_integer']);
  assert.deepEqual(rules(checkSingleValue(count, 'L', '-2')), ['negative']);
});

test('a female-only indicator refuses a male value', () => {
  assert.deepEqual(rules(checkSingleValue(maternal, 'L', '1')), ['sex_not_applicable']);
});

function snapshot(
  current: [string, 'P' | 'L', string][],
  previous: [string, 'P' | 'L', string][] = [],
): Snapshot {
  return {
    current: new Map(current.map(([c, s, v]) => [valueKey(c, s, ''), v])),
    previous: new Map(previous.map(([c, s, v]) => [valueKey(c, s, ''), v])),
  };
}

const catalog = new Map([count, seats, share, percent].map((i) => [i.code, i]));

test('a part above its total is an error, reported once', () => {
  const snap = snapshot([
    ['DPRD_P', 'P', '40'],
    ['DPRD_ALL', 'P', '35'],
    ['DPRD_SHARE', 'P', '11.4'],
  ]);
  const v = validateSnapshot(catalog, snap);
  assert.deepEqual(
    v.map((x) => [x.rule, x.indicatorCode, x.sex]),
    [['part_exceeds_total', 'DPRD_P', 'P']],
  );
});

test('a jump beyond the threshold warns; a small change does not', () => {
  const snap = snapshot([['APS', 'P', '60']], [['APS', 'P', '85']]);
  const v = validateSnapshot(catalog, snap, [], 20);
  assert.equal(v.length, 1);
  assert.equal(v[0].severity, 'warning');
  assert.equal(v[0].params.changePct, -29.4);
  assert.equal(validateSnapshot(catalog, snap, [], 50).length, 0);
});

test('custom rules compare totals or one sex, with a factor', () => {
  const snap = snapshot([
    ['DPRD_P', 'P', '5'],
    ['DPRD_P', 'L', '0'],
    ['DPRD_ALL', 'P', '20'],
    ['DPRD_ALL', 'L', '15'],
  ]);
  const rule = {
    id: 7,
    leftIndicator: 'DPRD_P',
    leftSex: 'P' as const,
    operator: '>=' as const,
    rightIndicator: 'DPRD_ALL',
    rightSex: 'T' as const,
    rightFactor: '0.3',
  };
  const v = validateSnapshot(catalog, snap, [rule]);
  assert.deepEqual(
    v.map((x) => [x.rule, x.params.left, x.params.right]),
    [['custom', 5, 10.5]],
  );
  assert.equal(validateSnapshot(catalog, snap, [{ ...rule, rightFactor: '0.1' }]).length, 0);
});
