import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_COUNT,
  ZERO_CUMULATIVE,
  cumulativeOf,
  parseAmount,
  parseCount,
  previousCumulative,
  resolveAmount,
  resolveCount,
  resolveQuarter,
  seriesIssues,
  sideOf,
  type CumulativeFigures,
  type TypedFigures,
} from './cumulative.js';

test('an amount typed as the quarter addition or as the total answers both', () => {
  assert.deepEqual(resolveAmount('100000.00', 'increment', '50.000'), {
    ok: true,
    value: { addition: '50000.00', cumulative: '150000.00' },
  });
  assert.deepEqual(resolveAmount('100000.00', 'cumulative', 'Rp 250.000,50'), {
    ok: true,
    value: { addition: '150000.50', cumulative: '250000.50' },
  });
  // The same total as before: nothing added this quarter.
  assert.deepEqual(resolveAmount('100000.00', 'cumulative', 100000), {
    ok: true,
    value: { addition: '0.00', cumulative: '100000.00' },
  });
  // Nothing typed: the previous total carries over in either mode.
  for (const mode of ['increment', 'cumulative'] as const) {
    for (const blank of [null, undefined, '', '   ']) {
      assert.deepEqual(resolveAmount('7.50', mode, blank), {
        ok: true,
        value: { addition: '0.00', cumulative: '7.50' },
      });
    }
  }
});

test('Rupiah stay exact where floats lose sen', () => {
  assert.deepEqual(resolveAmount('0.10', 'increment', '0.20'), {
    ok: true,
    value: { addition: '0.20', cumulative: '0.30' },
  });
  // 2^53 + 1 Rupiah and a sen: no double can hold either.
  assert.deepEqual(resolveAmount('9007199254740993.00', 'increment', '0.01'), {
    ok: true,
    value: { addition: '0.01', cumulative: '9007199254740993.01' },
  });
  assert.deepEqual(resolveAmount('9007199254740993.00', 'cumulative', '9007199254740993.99'), {
    ok: true,
    value: { addition: '0.99', cumulative: '9007199254740993.99' },
  });
  // A total past numeric(18,2) is refused rather than stored wrong.
  assert.deepEqual(resolveAmount('9999999999999999.99', 'increment', '0.01'), {
    ok: false,
    code: 'monev_too_large',
  });
});

test('a cumulative total below the previous one, a negative or unreadable amount is refused', () => {
  assert.deepEqual(resolveAmount('100.00', 'cumulative', '99.99'), {
    ok: false,
    code: 'monev_below_previous_cumulative',
    params: { previous: '100.00' },
  });
  for (const mode of ['increment', 'cumulative'] as const) {
    assert.deepEqual(resolveAmount('0.00', mode, '-1'), { ok: false, code: 'monev_negative' });
    assert.deepEqual(resolveAmount('0.00', mode, -0.01), { ok: false, code: 'monev_negative' });
    assert.deepEqual(resolveAmount('0.00', mode, 'seratus'), { ok: false, code: 'monev_not_a_number' });
    assert.deepEqual(resolveAmount('0.00', mode, '1,250'), { ok: false, code: 'monev_ambiguous' });
    assert.deepEqual(resolveAmount('0.00', mode, '1.255,555'), {
      ok: false,
      code: 'monev_too_many_decimals',
    });
    assert.deepEqual(resolveAmount('0.00', mode, Number.NaN), { ok: false, code: 'monev_not_a_number' });
    assert.deepEqual(resolveAmount('0.00', mode, '12345678901234567'), {
      ok: false,
      code: 'monev_too_large',
    });
  }
  assert.deepEqual(parseAmount('-0'), { ok: true, value: 0n });
});

test('beneficiaries are whole numbers of people', () => {
  assert.deepEqual(parseCount('1.250'), { ok: true, value: 1250 });
  assert.deepEqual(parseCount(' 40 '), { ok: true, value: 40 });
  assert.deepEqual(parseCount('1e3'), { ok: true, value: 1000 });
  assert.deepEqual(parseCount(0), { ok: true, value: 0 });
  assert.deepEqual(parseCount(-0), { ok: true, value: 0 });
  assert.deepEqual(parseCount(''), { ok: true, value: null });
  assert.deepEqual(parseCount('12,5'), { ok: false, code: 'monev_not_whole_number' });
  assert.deepEqual(parseCount(2.5), { ok: false, code: 'monev_not_whole_number' });
  assert.deepEqual(parseCount('-3'), { ok: false, code: 'monev_negative' });
  assert.deepEqual(parseCount(-3), { ok: false, code: 'monev_negative' });
  assert.deepEqual(parseCount('tiga'), { ok: false, code: 'monev_not_a_number' });
  assert.deepEqual(parseCount(Infinity), { ok: false, code: 'monev_not_a_number' });
  assert.deepEqual(parseCount(MAX_COUNT), { ok: true, value: MAX_COUNT });
  assert.deepEqual(parseCount(MAX_COUNT + 1), { ok: false, code: 'monev_too_large' });
  assert.deepEqual(parseCount(1e21), { ok: false, code: 'monev_too_large' });
  assert.deepEqual(parseCount('123456789012345678901234567890'), { ok: false, code: 'monev_too_large' });
  assert.deepEqual(parseCount('-123456789012345678901234567890'), { ok: false, code: 'monev_negative' });

  assert.deepEqual(resolveCount(30, 'increment', 12), { ok: true, value: { addition: 12, cumulative: 42 } });
  assert.deepEqual(resolveCount(30, 'cumulative', '42'), {
    ok: true,
    value: { addition: 12, cumulative: 42 },
  });
  assert.deepEqual(resolveCount(30, 'cumulative', 29), {
    ok: false,
    code: 'monev_below_previous_cumulative',
    params: { previous: 30 },
  });
  assert.deepEqual(resolveCount(30, 'cumulative', null), {
    ok: true,
    value: { addition: 0, cumulative: 30 },
  });
  assert.deepEqual(resolveCount(MAX_COUNT, 'increment', 1), { ok: false, code: 'monev_too_large' });
});

const q1Typed: TypedFigures = {
  budgetRealised: '12.500.000',
  physicalRealised: '2',
  beneficiaries: {
    P: 40,
    L: 10,
    groups: { ibu_hamil: { P: 15, L: 0 }, lansia: { P: '5', L: '3' } },
    ages: { dewasa: { P: 30, L: 7 } },
  },
};

test('a whole quarter: every figure both ways, groups by sex only where counted', () => {
  const q1 = resolveQuarter(null, 'increment', q1Typed);
  assert.ok(q1.ok);
  assert.deepEqual(q1.figures, {
    budgetRealised: { addition: '12500000.00', cumulative: '12500000.00' },
    physicalRealised: { addition: '2.00', cumulative: '2.00' },
    beneficiaries: {
      P: { addition: 40, cumulative: 40 },
      L: { addition: 10, cumulative: 10 },
      groups: {
        lansia: { P: { addition: 5, cumulative: 5 }, L: { addition: 3, cumulative: 3 } },
        ibu_hamil: { P: { addition: 15, cumulative: 15 }, L: { addition: 0, cumulative: 0 } },
      },
      ages: { dewasa: { P: { addition: 30, cumulative: 30 }, L: { addition: 7, cumulative: 7 } } },
    },
  });
  const after = cumulativeOf(q1.figures);
  assert.deepEqual(after.beneficiaries.groups.lansia, { P: 5, L: 3 });
  assert.deepEqual(sideOf(q1.figures, 'addition').budgetRealised, '12500000.00');

  // Q2 typed as totals: ibu hamil left blank carries over, anak counted for the first time.
  const q2 = resolveQuarter(after, 'cumulative', {
    budgetRealised: '20000000',
    physicalRealised: null,
    beneficiaries: { P: 60, L: 10, groups: { lansia: { P: 9, L: 3 }, anak: { P: 4 } } },
  });
  assert.ok(q2.ok);
  assert.deepEqual(q2.figures.budgetRealised, { addition: '7500000.00', cumulative: '20000000.00' });
  assert.deepEqual(q2.figures.physicalRealised, { addition: '0.00', cumulative: '2.00' });
  assert.deepEqual(q2.figures.beneficiaries.P, { addition: 20, cumulative: 60 });
  assert.deepEqual(q2.figures.beneficiaries.groups.ibu_hamil, {
    P: { addition: 0, cumulative: 15 },
    L: { addition: 0, cumulative: 0 },
  });
  assert.deepEqual(q2.figures.beneficiaries.groups.anak, {
    P: { addition: 4, cumulative: 4 },
    L: { addition: 0, cumulative: 0 },
  });
  assert.deepEqual(q2.figures.beneficiaries.groups.lansia?.P, { addition: 4, cumulative: 9 });
  assert.equal(q2.figures.beneficiaries.groups.perempuan, undefined);
  assert.deepEqual(q2.figures.beneficiaries.ages.dewasa?.L, { addition: 0, cumulative: 7 });
});

test('every refused box is named, a group by its sex', () => {
  const q1 = resolveQuarter(null, 'increment', q1Typed);
  assert.ok(q1.ok);
  const result = resolveQuarter(cumulativeOf(q1.figures), 'cumulative', {
    budgetRealised: '1.000.000',
    physicalRealised: 'dua',
    beneficiaries: { P: -1, L: 10.5, groups: { lansia: { P: 4, L: 3 } }, ages: { dewasa: { P: 'x' } } },
  });
  assert.deepEqual(result, {
    ok: false,
    issues: [
      {
        field: 'budgetRealised',
        code: 'monev_below_previous_cumulative',
        params: { previous: '12500000.00' },
      },
      { field: 'physicalRealised', code: 'monev_not_a_number' },
      { field: 'beneficiaries.P', code: 'monev_negative' },
      { field: 'beneficiaries.L', code: 'monev_not_whole_number' },
      {
        field: 'beneficiaries.group.lansia.P',
        code: 'monev_below_previous_cumulative',
        params: { previous: 5 },
      },
      { field: 'beneficiaries.age.dewasa.P', code: 'monev_not_a_number' },
    ],
  });
});

test('a quarter starts from the latest earlier report, or from zero', () => {
  const total = (budget: string): CumulativeFigures => ({ ...ZERO_CUMULATIVE, budgetRealised: budget });
  const earlier = [
    { quarter: 1 as const, cumulative: total('10.00') },
    { quarter: 3 as const, cumulative: total('30.00') },
  ];
  assert.equal(previousCumulative(1, earlier), ZERO_CUMULATIVE);
  assert.equal(previousCumulative(2, earlier).budgetRealised, '10.00');
  assert.equal(previousCumulative(3, earlier).budgetRealised, '10.00');
  assert.equal(previousCumulative(4, [...earlier].reverse()).budgetRealised, '30.00');
  assert.ok(Object.isFrozen(ZERO_CUMULATIVE) && Object.isFrozen(ZERO_CUMULATIVE.beneficiaries));
});

test('a series that goes down names the later quarter and the box', () => {
  const at = (budget: string, P: number, lansiaL?: number): CumulativeFigures => ({
    budgetRealised: budget,
    physicalRealised: '1.00',
    beneficiaries: {
      P,
      L: 0,
      groups: lansiaL === undefined ? {} : { lansia: { P: 0, L: lansiaL } },
      ages: {},
    },
  });
  assert.deepEqual(
    seriesIssues([
      { quarter: 1, cumulative: at('10.00', 5, 2) },
      { quarter: 2, cumulative: at('10.00', 5, 2) },
      { quarter: 3, cumulative: at('20.00', 9, 3) },
    ]),
    [],
  );
  // Q1 reopened and raised above Q2; Q3 lost its lansia count.
  assert.deepEqual(
    seriesIssues([
      { quarter: 3, cumulative: at('25.00', 9) },
      { quarter: 1, cumulative: at('15.00', 6, 2) },
      { quarter: 2, cumulative: at('12.00', 5, 2) },
    ]),
    [
      {
        quarter: 2,
        issue: {
          field: 'budgetRealised',
          code: 'monev_below_previous_cumulative',
          params: { previous: '15.00' },
        },
      },
      {
        quarter: 2,
        issue: { field: 'beneficiaries.P', code: 'monev_below_previous_cumulative', params: { previous: 6 } },
      },
      {
        quarter: 3,
        issue: {
          field: 'beneficiaries.group.lansia.L',
          code: 'monev_below_previous_cumulative',
          params: { previous: 2 },
        },
      },
    ],
  );
});
