/**
 * Browser journey of the foundation: an admin sets up an agency and its operator, switches
 * language and signs out; the operator signs in, finds user management neither offered
 * nor allowed, and changes their own e-mail on their account page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';

describe('foundation journey in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  test('the root address opens the app at its sign-in page', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Masuk ke Setara' }).waitFor();
    await page.context().close();
  });

  test('a provinsi user switches to one of its kab/kota and sees its agencies', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.provinsi', DEMO_PASSWORD);
    await chooseOption(page, page.getByTestId('region-kabkota'), 'Kota Palu (72.71)', 'Palu');
    await page.getByTestId('current-region').getByText('Kota Palu (72.71)').waitFor();
    // The provinsi user lands on the province board; the agencies are one menu entry away.
    await page.getByRole('link', { name: 'OPD / Perangkat Daerah' }).first().click();
    await page.getByTestId('opd-table').getByText('Dinkes', { exact: true }).waitFor();
    // Reading is all a provinsi user does here: no add button.
    assert.equal(await page.getByRole('button', { name: 'Tambah OPD' }).count(), 0);
    await page.context().close();
  });

  test('admin creates an OPD and its operator, switches to English, signs out', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'OPD / Perangkat Daerah' }).first().click();
    await page.getByTestId('opd-table').waitFor();

    await page.getByRole('button', { name: 'Tambah OPD' }).click();
    const opdDialog = page.getByRole('dialog');
    await opdDialog.getByLabel('Nama OPD').fill('Dinas Perhubungan');
    await opdDialog.getByLabel('Singkatan').fill('Dishub');
    await chooseOption(page, opdDialog.getByLabel('Jenis'), 'Dinas');
    await opdDialog.getByRole('button', { name: /Simpan/ }).click();
    await opdDialog.waitFor({ state: 'hidden' });
    await page.getByTestId('opd-table').getByText('Dishub', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Pengguna' }).first().click();
    await page.getByTestId('users-table').waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const userDialog = page.getByRole('dialog');
    await userDialog.getByLabel('Nama pengguna').fill('fp.dishub');
    await userDialog.getByLabel('Nama lengkap').fill('Rahmawati Lamasitudju');
    await userDialog.getByLabel('Email').fill('fp.dishub@palukota.go.id');
    await chooseOption(page, userDialog.getByLabel('Peran'), 'Operator OPD');
    await chooseOption(
      page,
      userDialog.getByLabel('OPD', { exact: true }),
      'Dinas Perhubungan (Dishub)',
      'Dishub',
    );
    await userDialog.getByLabel('Kata sandi awal').fill('operator-dishub-2026');
    await userDialog.getByRole('button', { name: /Simpan/ }).click();
    await userDialog.waitFor({ state: 'hidden' });
    await page.getByTestId('users-table').getByText('fp.dishub', { exact: true }).waitFor();

    await page.getByTestId('lang-en').click();
    await page.getByRole('link', { name: 'Users' }).first().waitFor();
    await page.getByRole('button', { name: 'Add user' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Pengguna' }).count(), 0);

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await page.context().close();
  });

  test('the operator is not offered user management, and the API refuses it', async () => {
    const page = await h.newPage();
    await signIn(page, 'fp.dishub', 'operator-dishub-2026');
    await page.getByRole('link', { name: 'OPD / Perangkat Daerah' }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Pengguna' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Log Audit' }).count(), 0);
    const api = await apiStatus(page, '/api/users');
    assert.equal(api, 403);
    await page.goto('/users');
    await page.getByText('Tidak ada akses').waitFor();
    await page.context().close();
  });

  test('the operator changes their own e-mail on their account page, with their password', async () => {
    const page = await h.newPage();
    await signIn(page, 'fp.dishub', 'operator-dishub-2026');
    await page.getByTestId('user-name').click();
    const form = page.getByTestId('account-email-form');
    await form.getByLabel('Email', { exact: true }).fill('rahmawati@palukota.go.id');
    await form.getByLabel('Kata sandi saat ini').fill('bukan-sandinya-1');
    await form.getByRole('button', { name: 'Simpan email' }).click();
    await form.getByText('Kata sandi saat ini salah.').waitFor();
    await form.getByLabel('Kata sandi saat ini').fill('operator-dishub-2026');
    await form.getByRole('button', { name: 'Simpan email' }).click();
    await page.getByText('Email diganti menjadi rahmawati@palukota.go.id.').waitFor();
    await page.getByTestId('account-profile').getByText('rahmawati@palukota.go.id').waitFor();
    await page.context().close();
  });
});

/** A request from inside the page, with the page's own session cookie. */
function apiStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).status, url);
}
