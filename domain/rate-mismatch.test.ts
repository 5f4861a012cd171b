import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  exactRate,
  isRateMismatch,
  publishedRate,
  rateMismatches,
  roundingTolerance,
  writtenDecimals,
  type RateFacts,
} from './rate-mismatch.js';
import { validateSnapshot, valueKey, type RuleIndicator } from './value-rules.js';

const rate: RateFacts = {
  code: 'PERSALINAN_PERSEN',
  aggregation: 'ratio',
  numeratorCode: 'PERSALINAN_NAKES',
  denominatorCode: 'IBU_BERSALIN',
  multiplier: '100',
  decimals: 2,
};
const catalog = new Map<string, RateFacts>([[rate.code, rate]]);

function current(entries: [string, 'P' | 'L', string, string][]) {
  return new Map(entries.map(([code, sex, combo, v]) => [valueKey(code, sex, combo), v]));
}

test('written decimals ignore trailing zeros; exponents count as precise', () => {
  assert.equal(writtenDecimals('99.50'), 1);
  assert.equal(writtenDecimals('99'), 0);
  assert.equal(writtenDecimals('99.00'), 0);
  assert.equal(writtenDecimals(99.47), 2);
  assert.equal(writtenDecimals('1e-7'), 10);
});

test('the tolerance is half a unit of the coarser of the typed and the indicator decimals', () => {
  assert.equal(roundingTolerance('99.47', 2), 0.005);
  assert.equal(roundingTolerance('99.5', 2), 0.05);
  assert.equal(roundingTolerance('99', 2), 0.5);
  assert.equal(roundingTolerance('99.4736', 2), 0.005);
  assert.equal(roundingTolerance('99.47', 0), 0.5);
});

test('the issue’s case: typed 99,5 against 99,00 computed from the counts is a mismatch', () => {
  const exact = exactRate(198, 200, '100')!;
  assert.equal(exact, 99);
  assert.equal(isRateMismatch('99.5', exact, 2), true);
});

test('a rounding-level difference is not a mismatch, one unit past it is', () => {
  const exact = exactRate(1894, 1904, 100)!; // 99.4747…
  assert.equal(isRateMismatch('99.47', exact, 2), false);
  assert.equal(isRateMismatch('99.5', exact, 2), false, 'typed to one decimal: 99,5 rounds 99,47');
  assert.equal(isRateMismatch('99', exact, 2), false, 'typed as a whole number');
  assert.equal(isRateMismatch('99.48', exact, 2), true, 'two decimals typed, 0,005 off');
  assert.equal(isRateMismatch('99.4', exact, 2), true);
  assert.equal(isRateMismatch('98', exact, 2), true);
  // Exactly on the rounding bound, with binary noise in the quotient, still agrees.
  assert.equal(isRateMismatch('0.3', exactRate(0.1 + 0.2, 1, 1)!, 1), false);
  assert.equal(isRateMismatch('12.5', 12.45, 1), false);
});

test('no rate without a usable denominator', () => {
  assert.equal(exactRate(5, 0, 100), null);
  assert.equal(exactRate(5, Number.NaN, 100), null);
});

test('the publish rule: computed when both parts exist, the typed one set aside only when it differs', () => {
  const computed = { rounded: 99, exact: 99 };
  assert.deepEqual(publishedRate(99.5, computed, 2), { value: 99, origin: 'computed', setAside: 99.5 });
  assert.deepEqual(publishedRate(99, computed, 2), { value: 99, origin: 'computed', setAside: null });
  assert.deepEqual(publishedRate(null, computed, 2), { value: 99, origin: 'computed', setAside: null });
  assert.deepEqual(publishedRate(97.25, null, 2), { value: 97.25, origin: 'typed', setAside: null });
  assert.deepEqual(publishedRate(null, null, 2), { value: null, origin: null, setAside: null });
});

test('mismatches per sex and combination, with the figures the message needs', () => {
  const v = rateMismatches(
    catalog,
    current([
      ['PERSALINAN_PERSEN', 'P', '', '99.5'],
      ['PERSALINAN_NAKES', 'P', '', '198'],
      ['IBU_BERSALIN', 'P', '', '200'],
    ]),
  );
  assert.equal(v.length, 1);
  assert.deepEqual(v[0], {
    severity: 'warning',
    rule: 'rate_mismatch',
    indicatorCode: 'PERSALINAN_PERSEN',
    sex: 'P',
    comboKey: '',
    params: {
      value: '99.5',
      computed: '99.00',
      part: '198',
      total: '200',
      numeratorIndicator: 'PERSALINAN_NAKES',
      denominatorIndicator: 'IBU_BERSALIN',
    },
  });
});

test('no warning without both parts, with a zero denominator, or for the other sex', () => {
  assert.equal(
    rateMismatches(
      catalog,
      current([
        ['PERSALINAN_PERSEN', 'P', '', '99.5'],
        ['PERSALINAN_NAKES', 'P', '', '198'],
      ]),
    ).length,
    0,
  );
  assert.equal(
    rateMismatches(
      catalog,
      current([
        ['PERSALINAN_PERSEN', 'P', '', '99.5'],
        ['PERSALINAN_NAKES', 'P', '', '0'],
        ['IBU_BERSALIN', 'P', '', '0'],
      ]),
    ).length,
    0,
  );
  assert.equal(
    rateMismatches(
      catalog,
      current([
        ['PERSALINAN_PERSEN', 'L', '', '99.5'],
        ['PERSALINAN_NAKES', 'P', '', '198'],
        ['IBU_BERSALIN', 'P', '', '200'],
      ]),
    ).length,
    0,
  );
});

test('parts with more dimensions are summed over the extra ones; a rate by age uses its own age', () => {
  const parts = [
    ['PERSALINAN_NAKES', 'P', 'umur8=15-24', '98'],
    ['PERSALINAN_NAKES', 'P', 'umur8=25-34', '100'],
    ['IBU_BERSALIN', 'P', 'umur8=15-24', '100'],
    ['IBU_BERSALIN', 'P', 'umur8=25-34', '100'],
  ] as [string, 'P', string, string][];
  // The rate without dimensions: 198 ÷ 200.
  assert.equal(rateMismatches(catalog, current([['PERSALINAN_PERSEN', 'P', '', '99'], ...parts])).length, 0);
  assert.equal(
    rateMismatches(catalog, current([['PERSALINAN_PERSEN', 'P', '', '99.5'], ...parts])).length,
    1,
  );
  // A rate by age group: 98 ÷ 100 for 15–24.
  const byAge = rateMismatches(catalog, current([['PERSALINAN_PERSEN', 'P', 'umur8=15-24', '99'], ...parts]));
  assert.equal(byAge.length, 1);
  assert.equal(byAge[0].params.computed, '98.00');
});

test('counts and `none` rates are never checked', () => {
  const none: RateFacts = { ...rate, aggregation: 'none' };
  const v = rateMismatches(
    new Map([[none.code, none]]),
    current([
      ['PERSALINAN_PERSEN', 'P', '', '99.5'],
      ['PERSALINAN_NAKES', 'P', '', '198'],
      ['IBU_BERSALIN', 'P', '', '200'],
    ]),
  );
  assert.equal(v.length, 0);
});

test('validateSnapshot reports the mismatch as a warning beside the other rules', () => {
  const ind: RuleIndicator = {
    code: rate.code,
    unit: 'persen',
    aggregation: 'ratio',
    percentBounded: true,
    sexes: ['P', 'L'],
    numeratorCode: 'PERSALINAN_NAKES',
    denominatorCode: 'IBU_BERSALIN',
    multiplier: '100',
    decimals: 2,
  };
  const v = validateSnapshot(new Map([[ind.code, ind]]), {
    current: current([
      ['PERSALINAN_PERSEN', 'P', '', '99.5'],
      ['PERSALINAN_NAKES', 'P', '', '198'],
      ['IBU_BERSALIN', 'P', '', '200'],
    ]),
    previous: new Map(),
  });
  assert.deepEqual(
    v.map((x) => [x.rule, x.severity]),
    [['rate_mismatch', 'warning']],
  );
});
