import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ownerWords, passwordOwnerProblem, passwordProblem } from './password-policy.js';

describe('password policy (the rules without a dictionary)', () => {
  const owner = { username: 'demo.admin', email: 'Admin.Palu@palukota.go.id' };

  test('length: 10 to 200 characters', () => {
    assert.equal(passwordProblem('short-pw1', owner), 'too_short');
    assert.equal(passwordProblem('x'.repeat(201), owner), 'too_long');
    assert.equal(passwordProblem('panjang-sepuluh', owner), null);
  });

  test('the username or the email’s local part may not appear, whatever the case or separators', () => {
    for (const pw of ['DemoAdmin2026!', 'demo_admin-xyz', 'my-adminpalu-key', 'xx-DEMO.ADMIN-xx'])
      assert.equal(passwordOwnerProblem(pw, owner), 'password_contains_username', pw);
    assert.equal(passwordOwnerProblem('administrasi-kota', owner), null);
  });

  test('names shorter than three letters are not matched (they would refuse too much by chance)', () => {
    assert.deepEqual(ownerWords({ username: 'op', email: 'ab@x.id' }), []);
    assert.deepEqual(ownerWords({ username: 'demo.admin', email: null }), ['demoadmin']);
  });

  test('the dictionary check is the caller’s, and gets the user’s own words', () => {
    const seen: string[][] = [];
    const problem = passwordProblem('rahasia-kantor-1', owner, (_pw, words) => {
      seen.push(words);
      return true;
    });
    assert.equal(problem, 'password_common');
    assert.deepEqual(seen, [['demoadmin', 'adminpalu']]);
    assert.equal(
      passwordProblem('rahasia-kantor-1', owner, () => false),
      null,
    );
  });
});
