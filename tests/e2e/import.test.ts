/**
 * Browser journey of data import: the Dinas Kesehatan operator uploads a CSV with one bad row,
 * sees that row named with its reason and nothing written, may switch to saving only the valid
 * rows and downloads the refused one with its reason, uploads the fixed file and saves it; the
 * admin downloads the prefilled template of a year, saves an import as verified, and has a
 * clean file saved while it is checked ("save when clean").
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const HEADER = 'indicator_code;region_code;period;sex;value';

describe('data import journey in Chromium', () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    h = await startHarness();
    dir = await mkdtemp(path.join(tmpdir(), 'setara-e2e-import-'));
  });
  after(async () => {
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** The stored 2027 life expectancy values of Kota Palu, read through the API as the page's user. */
  async function storedLifeExpectancy(page: Page): Promise<string[]> {
    const res = await page.request.get('/api/regions/72.71/entry?period=2027');
    assert.equal(res.status(), 200);
    const grid = (await res.json()) as { values: { indicatorCode: string; sex: string; value: string }[] };
    return grid.values
      .filter((v) => v.indicatorCode === 'KES_UHH')
      .map((v) => `${v.sex}=${v.value}`)
      .sort();
  }

  async function uploadFile(page: Page, name: string, text: string) {
    const file = path.join(dir, name);
    await writeFile(file, text, 'utf8');
    await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(file);
  }

  test('an import with an error row shows that row and writes nothing, then the fixed file imports', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.operator', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Impor data' }).first().click();
    await page.getByRole('heading', { name: 'Impor data' }).waitFor();

    await uploadFile(
      page,
      'uhh-2027.csv',
      [HEADER, 'KES_UHH;72.71;2027;P;72,15', 'KES_UHH;72.71;2027;L;tujuh puluh', ''].join('\n'),
    );
    const errors = page.getByTestId('import-errors');
    await errors.getByText('Nilai "tujuh puluh" bukan angka.').waitFor();
    const errorRow = errors.locator('tbody tr').filter({ hasText: 'tujuh puluh' });
    assert.deepEqual((await errorRow.locator('td').allInnerTexts()).slice(0, 2), ['3', 'value']);
    assert.equal(await page.getByTestId('import-commit').isDisabled(), true);
    await page
      .getByText(
        'File memiliki 1 kesalahan: perbaiki lalu unggah ulang, atau simpan hanya baris tanpa kesalahan.',
      )
      .waitFor();
    assert.deepEqual(await storedLifeExpectancy(page), []);
    // Saving only the valid rows is a choice; the refused row comes back as a file with its reason.
    await page.getByTestId('import-mode-valid').click();
    assert.equal(await page.getByTestId('import-commit').isDisabled(), false);
    const [refused] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-refused-download').click(),
    ]);
    assert.equal(refused.suggestedFilename(), 'uhh-2027-ditolak.csv');
    assert.match(
      await readFile((await refused.path())!, 'utf8'),
      /;"Baris 3, kolom value: Nilai ""tujuh puluh"" bukan angka\."/,
    );

    await uploadFile(
      page,
      'uhh-2027-benar.csv',
      [HEADER, 'KES_UHH;72.71;2027;P;72,15', 'KES_UHH;72.71;2027;L;68,4', ''].join('\n'),
    );
    await page.getByTestId('import-batch').getByText('uhh-2027-benar.csv').waitFor();
    const summary = page.getByTestId('import-summary');
    await summary.getByText('Baru').waitFor();
    assert.equal(await page.getByTestId('import-errors').count(), 0);
    await page.getByTestId('import-preview').getByText('72,15').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByText('Tersimpan: 2 nilai baru, 0 berubah, 0 tidak berubah.').waitFor();
    assert.deepEqual(await storedLifeExpectancy(page), ['L=68.4', 'P=72.15']);

    const history = page.getByTestId('import-history');
    await history.getByText('uhh-2027-benar.csv').waitFor();
    await history.getByText('uhh-2027.csv', { exact: true }).waitFor();
    await page.context().close();
  });

  test('the admin downloads the prefilled template of a year', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    await page.goto('/data/impor');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template').click(),
    ]);
    assert.match(download.suggestedFilename(), /^setara-impor-72\.71-\d{4}\.xlsx$/);

    // DP3A saves an OPD's values as verified, instead of submitting and verifying them by hand.
    await uploadFile(page, 'uhh-2028.csv', [HEADER, 'KES_UHH;72.71;2028;P;72,3', ''].join('\n'));
    await page.getByTestId('import-batch').getByText('uhh-2028.csv').waitFor();
    await page.getByTestId('import-landing-verified').click();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-landed').getByText('Status nilai: Terverifikasi').waitFor();

    // "Save when clean": a clean file is saved while it is checked, with no commit step.
    await page.getByLabel('Simpan langsung sebagai draf bila tidak ada baris yang ditolak').check();
    await uploadFile(
      page,
      'uhh-2029.csv',
      [HEADER, 'KES_UHH;72.71;2029;P;72,5', 'KES_UHH;72.71;2029;L;68,9', ''].join('\n'),
    );
    await page.getByTestId('import-batch').getByText('uhh-2029.csv').waitFor();
    await page.getByTestId('import-saved-when-clean').waitFor();
    await page.getByText('Tersimpan: 2 nilai baru, 0 berubah, 0 tidak berubah.').waitFor();
    assert.equal(await page.getByTestId('import-commit').count(), 0);
    await page.context().close();
  });
});
