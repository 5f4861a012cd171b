import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVerificationCode } from '../../../domain/training/constants.js';
import { newVerificationCode } from './certificates.js';
import { terbilang } from './pdf.js';

test('lesson hours in Indonesian words', () => {
  assert.deepEqual([1, 8, 11, 12, 19, 20, 32, 100, 115, 200].map(terbilang), [
    'satu',
    'delapan',
    'sebelas',
    'dua belas',
    'sembilan belas',
    'dua puluh',
    'tiga puluh dua',
    'seratus',
    'seratus lima belas',
    'dua ratus',
  ]);
});

test('verification codes are 16 base32 characters, all different', () => {
  const codes = Array.from({ length: 2000 }, newVerificationCode);
  assert.ok(codes.every(isVerificationCode));
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(!isVerificationCode('0123456789ABCDEI'), 'I is not a Crockford letter');
  assert.ok(!isVerificationCode('0123456789abcdef'), 'lower case is normalised by the caller');
});
