import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personEmailKey, personNameKey, personPhoneKey } from './person-name.js';

test('personNameKey ignores case, spaces and titles before and after the name', () => {
  assert.equal(personNameKey('Dr. Hj. Siti Aminah, M.Si'), 'siti aminah');
  assert.equal(personNameKey('  siti   AMINAH '), 'siti aminah');
  assert.equal(personNameKey('Drs. H. Andi Baso Tenriajeng, S.Pd., M.Si.'), 'andi baso tenriajeng');
  assert.equal(personNameKey('Ir. Nur Halimah S.E.'), 'nur halimah');
});

test('personNameKey keeps a one-word name even when it looks like a title', () => {
  assert.equal(personNameKey('Ibu'), 'ibu');
});

test('contacts compare in one form', () => {
  assert.equal(personPhoneKey('+62 812-3456-7890'), personPhoneKey('0812 3456 7890'));
  assert.equal(personEmailKey(' A@B.id '), 'a@b.id');
  assert.equal(personEmailKey(''), null);
});
