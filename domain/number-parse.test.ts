import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecimal, type DecimalParseOptions } from './number-parse.js';

function ok(text: string, expected: string, options?: DecimalParseOptions) {
  assert.deepEqual(parseDecimal(text, options), { ok: true, value: expected }, JSON.stringify(text));
}

function fails(text: string, reason: 'empty' | 'not_a_number' | 'ambiguous', options?: DecimalParseOptions) {
  assert.deepEqual(parseDecimal(text, options), { ok: false, reason }, JSON.stringify(text));
}

test('plain integers and machine decimals', () => {
  ok('0', '0');
  ok('7', '7');
  ok('1234', '1234');
  ok('1234567890123456789012', '1234567890123456789012');
  ok('12.5', '12.5');
  ok('0.1', '0.1');
  ok('0.125', '0.125');
  ok('1.2345', '1.2345');
  ok('1234.567', '1234.567');
  ok('12.50', '12.5');
  ok('.5', '0.5');
  ok('007', '7');
  ok('  42\t', '42');
});

test('Indonesian decimal comma', () => {
  ok('12,5', '12.5');
  ok('0,5', '0.5');
  ok(',5', '0.5');
  ok('-3,0', '-3');
  ok('3,14159', '3.14159');
  ok('1234,567', '1234.567');
  ok('0,123', '0.123');
});

test('Indonesian thousands dots, with or without decimals', () => {
  ok('1.234', '1234');
  ok('12.345', '12345');
  ok('999.999', '999999');
  ok('1.000', '1000');
  ok('1.234.567', '1234567');
  ok('1.234.567,89', '1234567.89');
  ok('1.234,5', '1234.5');
  ok('-1.234.567,89', '-1234567.89');
  ok('1.000.000.000.000,001', '1000000000000.001');
});

test('a lone separator follows the Indonesian rule, documented in the module', () => {
  // dot + exactly 3 digits after a 1–3 digit group: thousands
  ok('1.234', '1234');
  ok('100.000', '100000');
  // a comma alone is always the decimal mark, even before 3 digits
  ok('1,234', '1.234');
  ok('100,000', '100');
  // anything else with a dot reads as a decimal
  ok('0.123', '0.123');
  ok('01.234', '1.234');
  ok('1.23', '1.23');
  ok('1.2345', '1.2345');
  ok('1234.567', '1234.567');
});

test("loneSeparator 'reject' reports exactly the cases the rule had to decide", () => {
  const reject: DecimalParseOptions = { loneSeparator: 'reject' };
  fails('1.234', 'ambiguous', reject);
  fails('1,234', 'ambiguous', reject);
  fails('-999.000', 'ambiguous', reject);
  ok('0.123', '0.123', reject);
  ok('0,123', '0.123', reject);
  ok('12,5', '12.5', reject);
  ok('1.23', '1.23', reject);
  ok('1234.567', '1234.567', reject);
  ok('1.234.567', '1234567', reject);
  ok('1.234,5', '1234.5', reject);
  ok('1,234.5', '1234.5', reject);
});

test('English thousands when unambiguous', () => {
  ok('1,234.5', '1234.5');
  ok('1,234,567', '1234567');
  ok('1,234,567.89', '1234567.89');
  ok('12,345.000', '12345');
});

test('spaces and no-break spaces group thousands', () => {
  ok('1 234', '1234');
  ok('1 234 567,89', '1234567.89');
  ok('1\u00A0234\u00A0567,89', '1234567.89');
  ok('1\u202F234', '1234');
  ok('1\u2007234', '1234');
  ok('1 234,567', '1234.567');
  ok('1 234.5', '1234.5');
  fails('1 234.567', 'ambiguous');
  fails('12 34', 'not_a_number');
  fails('1 234.567,8', 'not_a_number');
  fails('1 2345', 'not_a_number');
  fails('1 234,', 'not_a_number');
});

test('currency prefixes, price suffix and percent', () => {
  ok('Rp 1.250.000', '1250000');
  ok('Rp1.250.000', '1250000');
  ok('Rp. 1.250.000,00', '1250000');
  ok('rp 500', '500');
  ok('IDR 2.500', '2500');
  ok('Rp 1.250.000,-', '1250000');
  ok('1.250.000,-', '1250000');
  ok('-Rp 5.000', '-5000');
  ok('Rp -5.000', '-5000');
  ok('45%', '45');
  ok('45 %', '45');
  ok('12,5%', '12.5');
  ok('-0,25%', '-0.25');
  fails('Rp', 'not_a_number');
  fails('%', 'not_a_number');
  fails('$ 5', 'not_a_number');
  fails('5 USD', 'not_a_number');
});

test('signs', () => {
  ok('-5', '-5');
  ok('+5', '5');
  ok('\u22125', '-5');
  ok('- 5', '-5');
  ok('-0', '0');
  ok('-0,000', '0');
  fails('-', 'not_a_number');
  fails('--5', 'not_a_number');
  fails('5-', 'not_a_number');
  fails('(5)', 'not_a_number');
  fails('+-5', 'not_a_number');
});

test('scientific notation', () => {
  ok('1e3', '1000');
  ok('1E3', '1000');
  ok('1e+3', '1000');
  ok('1e-7', '0.0000001');
  ok('1.5e-7', '0.00000015');
  ok('1,5E3', '1500');
  ok('-2.5e2', '-250');
  ok('1.234e3', '1234');
  ok('0e5', '0');
  ok('.5e1', '5');
  ok('1e1000', '1' + '0'.repeat(1000));
  fails('1e1001', 'not_a_number');
  fails('1e-99999999999999999999', 'not_a_number');
  fails('e5', 'not_a_number');
  fails('1e', 'not_a_number');
  fails('1e3.5', 'not_a_number');
  fails('1 000e3', 'not_a_number');
});

test('empty and garbage', () => {
  fails('', 'empty');
  fails('   ', 'empty');
  fails('\u00A0', 'empty');
  for (const bad of [
    'abc',
    '12a',
    'a12',
    '1.2.3',
    '1,2,3',
    '1.23.456',
    '12.34.567',
    '0.123.456',
    '1.234,5.6',
    '1,234.567,8',
    '1.234,567.8',
    '1,23,456',
    '12,',
    '12.',
    '.',
    ',',
    '1..2',
    '1,,2',
    '1_000',
    '1\t000',
    '١٢٣',
    'NaN',
    'Infinity',
    '0x10',
    '12,5,',
  ]) {
    fails(bad, 'not_a_number');
  }
});

test('machine style: a dot is always the decimal mark, nothing else is accepted', () => {
  const machine: DecimalParseOptions = { style: 'machine' };
  ok('1.234', '1.234', machine);
  ok('0.30000000000000004', '0.30000000000000004', machine);
  ok('-1234567.89', '-1234567.89', machine);
  ok('1e-7', '0.0000001', machine);
  ok('1.5E+3', '1500', machine);
  ok('+7', '7', machine);
  ok('.5', '0.5', machine);
  fails('', 'empty', machine);
  for (const bad of ['12,5', '1.234.567', 'Rp 5', '45%', '1 234', '5.', 'e3', '1e1001']) {
    fails(bad, 'not_a_number', machine);
  }
});

test('never goes through a float', () => {
  ok('0.1', '0.1');
  ok('9007199254740993', '9007199254740993');
  ok('123456789012345678901234567890,123456789', '123456789012345678901234567890.123456789');
  ok('1.234.567.890.123.456.789,000000000000000001', '1234567890123456789.000000000000000001');
});
