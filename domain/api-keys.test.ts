import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  apiKeyPrefixOf,
  canManageApiKeys,
  isApiKeyFormat,
  isApiKeyPrefixFormat,
  isConfirmationTokenFormat,
  normalizeEmail,
} from './api-keys.js';

const KEY = `setara_${'Ab3-_'.repeat(8)}xyz`;

describe('API key rules', () => {
  test('a key is the marker and 43 base64url characters, nothing else', () => {
    assert.equal(KEY.length, 50);
    assert.equal(isApiKeyFormat(KEY), true);
    for (const bad of [
      KEY.slice(0, -1),
      `${KEY}a`,
      KEY.replace('setara_', 'Setara_'),
      KEY.replace('A', '+'),
      KEY.replace('A', '='),
      ` ${KEY}`,
      `${KEY}\n`,
      '',
    ]) {
      assert.equal(isApiKeyFormat(bad), false, JSON.stringify(bad));
    }
  });

  test('the prefix is the marker and the first 8 random characters', () => {
    assert.equal(apiKeyPrefixOf(KEY), 'setara_Ab3-_Ab3');
    assert.equal(isApiKeyPrefixFormat(apiKeyPrefixOf(KEY)), true);
    assert.equal(isApiKeyPrefixFormat('setara_Ab3'), false);
    assert.equal(isApiKeyPrefixFormat(KEY), false, 'a whole key is not a prefix');
  });

  test('a confirmation token is 43 base64url characters', () => {
    assert.equal(isConfirmationTokenFormat('a'.repeat(43)), true);
    assert.equal(isConfirmationTokenFormat('a'.repeat(42)), false);
    assert.equal(isConfirmationTokenFormat(`${'a'.repeat(42)}/`), false);
  });

  test('e-mail addresses compare without case or surrounding spaces', () => {
    assert.equal(normalizeEmail('  Peneliti@PSGA.ac.id '), 'peneliti@psga.ac.id');
  });

  test('only a superadmin manages keys', () => {
    assert.equal(canManageApiKeys({ role: 'superadmin' }), true);
    for (const role of ['provinsi', 'admin_daerah', 'reviewer', 'operator_opd', 'pokja', 'lembaga_layanan'])
      assert.equal(canManageApiKeys({ role }), false, role);
    assert.equal(canManageApiKeys(null), false);
  });
});
