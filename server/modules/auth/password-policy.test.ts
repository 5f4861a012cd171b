/**
 * The password policy (domain/password-policy.ts) on every path that sets a password: a new
 * user, an admin's reset, one's own change. Refusals are 400s naming the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { passwordPolicyProblem } from '../../lib/passwords.js';

describe('password policy', () => {
  let t: TestApp;
  let admin: string;
  let pokjaId: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    const list = await t.app.inject({ url: '/api/users?q=demo.pokja', headers: { cookie: admin } });
    pokjaId = list.json().items[0].id;
  });
  after(() => t.close());

  const newUser = (password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username: 'staf.bappeda',
        email: 'arief.w@palukota.go.id',
        fullName: 'Arief Wicaksono',
        role: 'pokja',
        regionCode: '72.71',
        password,
      },
    });

  function assertRefused(res: Awaited<ReturnType<typeof newUser>>, field: string, message: RegExp) {
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error.code, 'validation_failed');
    assert.match(res.json().error.fields[field], message);
  }

  test('a new user: common passwords and ones holding the username or email are refused', async () => {
    assertRefused(await newUser('password1234'), 'password', /mudah ditebak/);
    assertRefused(await newUser('bismillah123'), 'password', /mudah ditebak/);
    assertRefused(await newUser('Staf.Bappeda-2026'), 'password', /nama pengguna/);
    assertRefused(await newUser('x-arief.w-x-99'), 'password', /nama pengguna atau email/);
    assert.equal((await newUser('kopi-tubruk-di-teluk')).statusCode, 201);
  });

  test('an admin reset is checked against the target user', async () => {
    const reset = (newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/users/${pokjaId}/reset-password`,
        headers: { cookie: admin },
        payload: { newPassword },
      });
    assertRefused(await reset('qwertyuiop123'), 'newPassword', /mudah ditebak/);
    assertRefused(await reset('demo.pokja.baru'), 'newPassword', /nama pengguna/);
    assert.equal((await reset('sandi-baru-dari-admin')).statusCode, 200);
  });

  test('changing one’s own password is checked too, in the caller’s language', async () => {
    const cookie = await t.login('demo.operator');
    const change = (newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie, 'accept-language': 'en' },
        payload: { currentPassword: 'Setara#Demo2026', newPassword },
      });
    assertRefused(await change('Password1234!'), 'newPassword', /too easy to guess/);
    assertRefused(await change('DemoOperator99'), 'newPassword', /may not contain the username/);
    assert.equal((await change('a-brand-new-secret')).statusCode, 200);
  });

  test('passwords the test suites and the demo use pass the policy', async () => {
    const owner = { username: 'someone.else', email: null };
    for (const password of [
      'Setara#Demo2026',
      'long-enough-pass',
      'donggala-admin-1',
      'reset-by-matrix-1',
      'whatever-123456',
      'rahasia-sekali-123',
      'sandi-baru-dari-admin',
      'a-brand-new-secret',
      'donggala-2026-ok',
      'operator-pass-2',
      'matrix-target-1',
      'secret-password-1',
      'sandi-banggai-123',
      'rahasia-donggala-1',
      'sandi-poso-1234',
      'operator-dishub-2026',
      'Setara#Uji2026-panjang',
    ])
      assert.equal(await passwordPolicyProblem(password, owner), null, password);
  });
});
