import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addMoney,
  compareMoney,
  formatRupiah,
  fromSen,
  isMoney,
  isNegativeMoney,
  isRupiah,
  normaliseMoney,
  parseRupiah,
  percentShare,
  splitSen,
  subtractMoney,
  sumRupiah,
  toSen,
} from './money.js';

test('amounts as people and programs write them become canonical two-decimal strings', () => {
  const cases: [string | number, string][] = [
    ['1.250.000', '1250000.00'],
    ['1250000', '1250000.00'],
    ['1250000.50', '1250000.50'],
    ['1250000.5', '1250000.50'],
    ['Rp 1.250.000,50', '1250000.50'],
    ['Rp1.250.000', '1250000.00'],
    ['Rp. 1.250.000,-', '1250000.00'],
    ['IDR 486.750.000', '486750000.00'],
    ['1,250,000.75', '1250000.75'],
    ['  215.400.000  ', '215400000.00'],
    ['1.250', '1250.00'],
    ['0', '0.00'],
    ['-0', '0.00'],
    ['-1.500', '-1500.00'],
    ['9999999999999999.99', '9999999999999999.99'],
    [1250000, '1250000.00'],
    [1250000.5, '1250000.50'],
    [0.1 + 0.2, '0.30'],
    [-25, '-25.00'],
    [486750000, '486750000.00'],
  ];
  for (const [input, expected] of cases) {
    const r = parseRupiah(input);
    assert.deepEqual(r, { ok: true, value: expected }, String(input));
  }
});

test('what is not an exact amount is refused with a reason', () => {
  const cases: [string | number | null | undefined, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['abc', 'not_a_number'],
    ['1.25.000', 'not_a_number'],
    ['Rp', 'not_a_number'],
    ['1,250', 'ambiguous'],
    ['1250000.505', 'too_many_decimals'],
    ['1.250.000,505', 'too_many_decimals'],
    ['12345678901234567', 'too_large'],
    [Number.NaN, 'not_a_number'],
    [Number.POSITIVE_INFINITY, 'not_a_number'],
    [1e15, 'too_large'],
    [1.005, 'too_many_decimals'],
  ];
  for (const [input, reason] of cases) {
    assert.deepEqual(parseRupiah(input), { ok: false, reason }, String(input));
  }
});

test('sen arithmetic is exact where floats are not', () => {
  assert.equal(toSen('1250000.5'), 125000050n);
  assert.equal(toSen('-0.01'), -1n);
  assert.equal(toSen('0.5'), 50n);
  assert.equal(fromSen(48675000001n), '486750000.01');
  assert.equal(fromSen(-1n), '-0.01');
  assert.equal(fromSen(0n), '0.00');
  assert.equal(addMoney('0.10', '0.20'), '0.30');
  assert.equal(addMoney('9999999999999999.99', '0.01'), '10000000000000000.00');
  assert.equal(addMoney(), '0.00');
  assert.equal(subtractMoney('100.00', '100.01'), '-0.01');
  assert.equal(compareMoney('215400000.00', '215400000'), 0);
  assert.equal(compareMoney('1.5', '1.49'), 1);
  assert.equal(compareMoney('-1', '0'), -1);
  assert.equal(normaliseMoney('7'), '7.00');
  assert.ok(isNegativeMoney('-0.01'));
  assert.ok(!isNegativeMoney('0.00'));
  assert.ok(isMoney('12.3') && !isMoney('1.234') && !isMoney('1e3') && !isMoney(''));
  assert.throws(() => toSen('1,5'));
});

test('percentage shares have two decimals, rounded half up', () => {
  assert.equal(percentShare('1', '3'), '33.33');
  assert.equal(percentShare('2', '3'), '66.67');
  assert.equal(percentShare('1', '8'), '12.50');
  assert.equal(percentShare('1', '80000'), '0.00');
  assert.equal(percentShare('1', '40000'), '0.00'); // 0.0025 % rounds to 0.00
  assert.equal(percentShare('1', '20000'), '0.01'); // 0.005 % rounds half up
  assert.equal(percentShare('5', '5'), '100.00');
  assert.equal(percentShare('0', '0'), '0.00');
  assert.equal(percentShare('702150000.00', '9876543210.99'), '7.11');
  assert.equal(percentShare('-1', '3'), '-33.33');
});

test('Indonesian Rupiah text', () => {
  assert.equal(formatRupiah('1250000.00'), 'Rp 1.250.000');
  assert.equal(formatRupiah('1250000.5'), 'Rp 1.250.000,50');
  assert.equal(formatRupiah('999.00'), 'Rp 999');
  assert.equal(formatRupiah('0.00'), 'Rp 0');
  assert.equal(formatRupiah('-1500.00'), '-Rp 1.500');
  assert.equal(formatRupiah('999'), 'Rp 999');
  assert.equal(formatRupiah('1,5'), '1,5', 'not an amount: shown as it is');
});

test('budget amounts: unsigned, summed and split to the sen', () => {
  assert.ok(isRupiah('1250000.5') && isRupiah('0'));
  assert.ok(!isRupiah('-1.00') && !isRupiah('12345678901234567') && !isRupiah(''));
  assert.equal(sumRupiah(['0.10', '0.20', 'x', '-5.00']), '0.30');
  assert.equal(sumRupiah([]), '0.00');
  assert.deepEqual(splitSen(100n, 3), [33n, 33n, 34n]);
  assert.deepEqual(splitSen(-100n, 3), [-33n, -33n, -34n]);
  assert.deepEqual(splitSen(5n, 0), []);
});
