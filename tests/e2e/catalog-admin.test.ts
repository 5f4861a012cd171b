/**
 * Browser journey of catalog administration: DP3A (admin daerah of Kota Palu) defines a
 * regional dimension set, adds an indicator broken down by it (after the server refuses a
 * code already taken), adds a validation rule and reads it in words; the operator sees all of
 * it but no way to change it; the admin edits both; a deactivated indicator leaves the
 * operator's catalog.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption, chooseRadio } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const RULE_TEXT = 'Jumlah kematian ibu (P) ≤ 0,3 × Jumlah kelahiran hidup (Total)';

describe('catalog administration in Chromium', () => {
  let h: Harness;
  let admin: Page;
  let operator: Page;
  before(async () => {
    h = await startHarness();
    admin = await h.newPage();
    operator = await h.newPage();
    await signIn(admin, 'demo.admin', DEMO_PASSWORD);
    await signIn(operator, 'demo.operator', DEMO_PASSWORD);
  });
  after(() => h?.close());

  test('the admin defines a regional dimension set with its members', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'Katalog indikator' }).first().click();
    await page.getByRole('tab', { name: 'Dimensi' }).click();
    await page.getByRole('button', { name: 'Tambah dimensi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kode', { exact: true }).fill('Kelurahan Palu');
    assert.equal(await dialog.getByLabel('Kode', { exact: true }).inputValue(), 'kelurahan_palu');
    await dialog.getByLabel('Nama (Bahasa Indonesia)').fill('Kelurahan contoh');
    await dialog.getByLabel('Nama (Bahasa Inggris)').fill('Sample urban village');
    const members = [
      ['besusu_barat', 'Besusu Barat', 'Besusu Barat'],
      ['lolu_utara', 'Lolu Utara', 'North Lolu'],
      ['talise', 'Talise', 'Talise'],
    ];
    await dialog.getByRole('button', { name: 'Tambah anggota' }).click();
    for (const [i, [code, labelId, labelEn]] of members.entries()) {
      await dialog.getByLabel(`Kode anggota ${i + 1}`).fill(code);
      await dialog.getByLabel(`Label Bahasa Indonesia anggota ${i + 1}`).fill(labelId);
      await dialog.getByLabel(`Label Bahasa Inggris anggota ${i + 1}`).fill(labelEn);
    }
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Dimensi Kelurahan contoh dengan 3 anggota ditambahkan.').waitFor();
    const row = page.getByTestId('dimension-table').getByRole('row').filter({ hasText: 'Kelurahan contoh' });
    await row.getByText('Daerah').waitFor();
    await row.getByText('Lolu Utara').waitFor();
  });

  test('the admin adds an indicator using it; a taken code is refused on its field', async () => {
    const page = admin;
    await page.getByRole('tab', { name: 'Indikator' }).click();
    await page.getByRole('button', { name: 'Tambah indikator' }).click();
    const drawer = page.getByTestId('indicator-form-drawer');
    await drawer.getByLabel('Kode').fill('kes_aki');
    await drawer.getByLabel('Nama (Bahasa Indonesia)').fill('Jumlah kader posyandu aktif');
    await drawer.getByLabel('Nama (Bahasa Inggris)').fill('Active posyandu volunteers');
    await chooseOption(page, drawer.getByTestId('indicator-group'), 'Kesehatan');
    await chooseOption(page, drawer.getByTestId('indicator-unit'), 'orang');
    await chooseOption(page, drawer.getByTestId('indicator-dimensions'), 'Kelurahan contoh (3)', 'Kelurahan');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await drawer.getByText('Kode indikator sudah dipakai.').waitFor();

    await drawer.getByLabel('Kode').fill('KES_KADER_POSYANDU');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Indikator Jumlah kader posyandu aktif (KES_KADER_POSYANDU) ditambahkan.').waitFor();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByLabel('Cari indikator').fill('KADER');
    await page.keyboard.press('Enter');
    const row = page
      .getByTestId('catalog-table')
      .getByRole('row')
      .filter({ hasText: 'Jumlah kader posyandu aktif' });
    await row.getByText('Daerah').waitFor();
    await row.getByText('Kelurahan contoh').waitFor();
    // National indicators are the admin's to read, not to change.
    await page.getByLabel('Cari indikator').fill('KES_AKI');
    await page.keyboard.press('Enter');
    const national = page
      .getByTestId('catalog-table')
      .getByRole('row')
      .filter({ hasText: 'Angka kematian ibu' });
    await national.getByText('Nasional').waitFor();
    assert.equal(await national.getByRole('button', { name: /Ubah/ }).count(), 0);
  });

  test('the admin adds a validation rule and reads it in words', async () => {
    const page = admin;
    await page.getByRole('tab', { name: 'Aturan validasi' }).click();
    await page.getByText(/Belum ada aturan antar-indikator/).waitFor();
    await page.getByRole('button', { name: 'Tambah aturan' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(
      page,
      dialog.getByTestId('rule-left'),
      'Jumlah kematian ibu (KES_KEMATIAN_IBU)',
      'kematian ibu',
    );
    const leftSex = dialog.getByRole('radiogroup', { name: 'Jenis kelamin sisi kiri' });
    await chooseRadio(leftSex, 'P');
    await dialog.getByTestId('rule-factor').fill('0,3');
    assert.equal(await dialog.getByTestId('rule-factor').inputValue(), '0,3');
    await chooseOption(
      page,
      dialog.getByTestId('rule-right'),
      'Jumlah kelahiran hidup (KES_KELAHIRAN_HIDUP)',
      'kelahiran hidup',
    );
    await dialog.getByTestId('rule-preview').getByText(RULE_TEXT).waitFor();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(/Aturan #\d+ ditambahkan\./).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByTestId('rules-table');
    await table.getByText(RULE_TEXT, { exact: true }).waitFor();
    // The message left empty is the rule itself.
    await table.getByText(`Pesan: ${RULE_TEXT}`).waitFor();

    await page.getByTestId('lang-en').click();
    await table.getByText('Maternal deaths (F) ≤ 0,3 × Live births (Total)', { exact: true }).waitFor();
    await page.getByTestId('lang-id').click();
  });

  test('the operator reads the catalog, its dimensions and rules without add buttons', async () => {
    const page = operator;
    await page.getByRole('link', { name: 'Katalog indikator' }).first().click();
    await page.getByLabel('Cari indikator').fill('KADER');
    await page.keyboard.press('Enter');
    await page.getByTestId('catalog-table').getByText('Jumlah kader posyandu aktif').waitFor();
    await page.getByRole('tab', { name: 'Dimensi' }).click();
    await page.getByTestId('dimension-table').getByText('Kelurahan contoh').waitFor();
    await page.getByRole('tab', { name: 'Aturan validasi' }).click();
    await page
      .getByTestId('rules-table')
      .getByText(/Jumlah kematian ibu \(P\) ≤ 0,\d+ × Jumlah kelahiran hidup \(Total\)/)
      .first()
      .waitFor();
    for (const name of ['Tambah indikator', 'Tambah dimensi', 'Tambah aturan', /^Ubah/, /^Nonaktifkan/])
      assert.equal(await page.getByRole('button', { name }).count(), 0, `no button ${String(name)}`);
  });

  test('the admin edits the rule and the indicator', async () => {
    const page = admin;
    await page.getByRole('tab', { name: 'Aturan validasi' }).click();
    await page.getByRole('button', { name: /^Ubah #\d+$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('rule-factor').fill('0,25');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(/Aturan #\d+ diperbarui\./).waitFor();
    await page
      .getByTestId('rules-table')
      .getByText('Jumlah kematian ibu (P) ≤ 0,25 × Jumlah kelahiran hidup (Total)', { exact: true })
      .waitFor();

    await page.getByRole('tab', { name: 'Indikator' }).click();
    await page.getByLabel('Cari indikator').fill('KADER');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ubah KES_KADER_POSYANDU' }).click();
    const drawer = page.getByTestId('indicator-form-drawer');
    assert.equal(await drawer.getByLabel('Kode').getAttribute('readonly'), '');
    await drawer.getByLabel('Peringatan lonjakan').fill('30');
    await drawer.getByLabel('Rujukan TPB/SDG').fill('3.c.1');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Indikator Jumlah kader posyandu aktif (KES_KADER_POSYANDU) diperbarui.').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Lihat definisi KES_KADER_POSYANDU' }).click();
    const details = page.getByTestId('indicator-drawer');
    await details.getByText('lebih dari 30% dari periode sebelumnya').waitFor();
    await details.getByText('TPB/SDG 3.c.1').waitFor();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
  });

  test('the admin deactivates the indicator; it leaves the operator’s catalog', async () => {
    const page = admin;
    await page.getByRole('button', { name: 'Nonaktifkan KES_KADER_POSYANDU' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Ya' }).click();
    await page.getByText('Indikator Jumlah kader posyandu aktif dinonaktifkan.').waitFor();
    const row = page
      .getByTestId('catalog-table')
      .getByRole('row')
      .filter({ hasText: 'Jumlah kader posyandu aktif' });
    await row.getByText('Nonaktif').waitFor();

    await operator.reload();
    await operator.getByRole('tab', { name: 'Indikator' }).click();
    await operator.getByLabel('Cari indikator').fill('KADER');
    await operator.keyboard.press('Enter');
    await operator
      .getByTestId('catalog-table')
      .getByText(/Tidak ada indikator yang cocok/)
      .waitFor();
  });
});
