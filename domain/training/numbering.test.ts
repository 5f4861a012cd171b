import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNumberPattern, formatCertificateNumber, numberingYear, romanMonth } from './numbering.js';

const facts = { seq: 7, issueDate: '2024-12-04', org: 'DP3A', region: '72.71' };

test('formats every placeholder', () => {
  assert.equal(formatCertificateNumber('{seq}/SERT-BIMTEK/{org}/{year}', facts), '7/SERT-BIMTEK/DP3A/2024');
  assert.equal(formatCertificateNumber('{seq:3}/{region}/{romawi}/{year}', facts), '007/72.71/XII/2024');
  assert.equal(
    formatCertificateNumber('B-{seq:4}.{month}.{year}', { ...facts, seq: 12345 }),
    'B-12345.12.2024',
  );
});

test('a pattern needs {seq} once and {year}, and no unknown placeholder', () => {
  assert.equal(checkNumberPattern('{seq}/SERT/{org}/{year}'), null);
  assert.equal(checkNumberPattern('  '), 'training_pattern_empty');
  assert.equal(checkNumberPattern('SERT/{year}'), 'training_pattern_no_seq');
  assert.equal(checkNumberPattern('{seq}/{seq:2}/{year}'), 'training_pattern_seq_twice');
  assert.equal(checkNumberPattern('{seq}/SERT'), 'training_pattern_no_year');
  assert.equal(checkNumberPattern('{seq}/{tahun}/{year}'), 'training_pattern_unknown_placeholder');
  assert.equal(checkNumberPattern('{seq:9}/{year}'), 'training_pattern_unknown_placeholder');
  assert.equal(checkNumberPattern('{seq/{year}'), 'training_pattern_unknown_placeholder');
  assert.equal(checkNumberPattern('{seq}/{year}}'), 'training_pattern_unknown_placeholder');
  assert.equal(checkNumberPattern('{seq}\n{year}'), 'training_pattern_bad_char');
  assert.equal(checkNumberPattern(`{seq}/{year}/${'x'.repeat(200)}`), 'training_pattern_too_long');
});

test('Roman months and the numbering year', () => {
  assert.deepEqual([1, 4, 9, 12].map(romanMonth), ['I', 'IV', 'IX', 'XII']);
  assert.equal(numberingYear('2025-01-02'), 2025);
});
