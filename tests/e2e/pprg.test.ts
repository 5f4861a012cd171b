/**
 * Browser journey of PPRG: the Dinas Kesehatan operator tags a 2026 sub-kegiatan as ARG, fills
 * the nine GAP steps, drafts the GBS and submits (version 1; no KAK drafted, so none offered);
 * the reviewer (Tim Driver) opens it from the filtered queue, asks for a revision on step 7
 * picked by its name, and goes back to the same queue; the operator follows the link, fixes
 * the action plan and resubmits (version 2); the reviewer approves; the ARG recap counts the
 * tagged amount; the GBS PDF carries the activity's name and amount, and the OPD's whole GBS
 * set downloads as one PDF.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption, clickOptionUntilChosen } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const LINE = '1.02.02.2.02.0003 Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir';
const LINE_NAME = 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir';
const LINE_BUDGET = 'Rp 198.400.000';
const LINE_BUDGET_SEN = 19_840_000_000n;

const rupiah = (sen: bigint) => `Rp ${(sen / 100n).toLocaleString('id-ID')}`;
const toSen = (amount: string) => BigInt(amount.replace('.', ''));

describe('PPRG journey in Chromium: GAP, GBS, review, recap, PDF', () => {
  let h: Harness;
  let operator: Page;
  let reviewer: Page;
  let gapUrl = '';
  let dinkesArgBefore = 0n;

  before(async () => {
    h = await startHarness();
    operator = await h.newPage();
    reviewer = await h.newPage();
    await signIn(operator, 'demo.operator', DEMO_PASSWORD);
    await signIn(reviewer, 'demo.reviewer', DEMO_PASSWORD);
    const recap = await reviewer.request.get('/api/regions/72.71/arg-recap?year=2026');
    const dinkes = (await recap.json()).byOpd.find(
      (o: { opdName: string }) => o.opdName === 'Dinas Kesehatan',
    );
    dinkesArgBefore = toSen(dinkes.responsive);
  });
  after(() => h?.close());

  test('the operator tags the line as ARG khusus and starts its GAP', async () => {
    const page = operator;
    await page.getByRole('link', { name: 'Sub-kegiatan & ARG' }).first().click();
    await chooseOption(page, page.getByLabel(/Tahun anggaran/).first(), '2026');
    await page.getByRole('button', { name: `Tandai ARG ${LINE}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('arg-khusus').click();
    assert.equal(await dialog.getByLabel('Nilai ARG').inputValue(), '198.400.000');
    await dialog.getByRole('button', { name: /Simpan/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: `Mulai GAP untuk ${LINE}` }).click();
    await page.waitForURL(/\/perencanaan\/gap\//);
    gapUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: new RegExp(LINE_NAME) }).waitFor();
    await page
      .getByTestId('gap-version')
      .getByText('Draf, belum pernah diajukan', { exact: false })
      .waitFor();
    // Step 1 comes prefilled and complete; step 5 is empty: the rules ask nothing of it while
    // step 4 has no cause either, but an empty step is never marked done.
    await page.getByTestId('gap-nav-1').locator('.anticon-check-circle').waitFor();
    assert.equal(await page.getByTestId('gap-nav-5').locator('.anticon-check-circle').count(), 0);
  });

  test('the operator fills the nine steps, drafts the GBS and submits', async () => {
    const page = operator;
    await step(page, '1');
    await page
      .locator('#gap-s1-objective')
      .fill('Meningkatkan cakupan kunjungan neonatal lengkap (KN1–KN3).');

    await step(page, '2');
    await page.getByRole('button', { name: 'Tambah data' }).click();
    await chooseOption(
      page,
      page.locator('#gap-s2-indicator-0'),
      'Umur harapan hidup saat lahir (UHH) (KES_UHH)',
      'harapan hidup',
    );
    await chooseOption(page, page.locator('#gap-s2-year-0'), '2024');
    await page.getByTestId('gap-s2-figures').waitFor();
    await page.locator('#gap-s2-note-0').fill('Perbedaan harapan hidup perempuan dan laki-laki.');
    await page
      .locator('#gap-s2-qualitative')
      .fill('Ayah jarang hadir saat kunjungan neonatal (wawancara bidan).');

    await step(page, '3');
    await page.getByRole('button', { name: 'Tambah faktor kesenjangan' }).click();
    await pickByKeyboard(page, 'gap-s3-aspect-0', 'Partisipasi');
    await page
      .locator('#gap-s3-text-0')
      .fill('Ayah jarang ikut kunjungan neonatal dan kelas perawatan bayi.');

    await step(page, '4');
    await page.getByRole('button', { name: 'Tambah sebab internal' }).click();
    await page.locator('#gap-s4-text-0').fill('Jadwal kunjungan hanya pada jam kerja.');

    await step(page, '5');
    await page.getByRole('button', { name: 'Tambah sebab eksternal' }).click();
    await page.locator('#gap-s5-text-0').fill('Norma bahwa perawatan bayi urusan ibu.');

    await step(page, '6');
    await page
      .locator('#gap-s6-objective')
      .fill('Meningkatkan kunjungan neonatal lengkap dengan keterlibatan ayah dan ibu secara setara.');

    await step(page, '7');
    await page.getByRole('button', { name: 'Tambah rencana aksi' }).click();
    await page.locator('#gap-s7-text-0').fill('Kunjungan neonatal sore hari di puskesmas.');
    await page.locator('#gap-s7-output-0').fill('13 puskesmas membuka layanan sore');
    await page.locator('#gap-s7-addresses-0').click();
    for (const label of ['F1', 'SI1', 'SE1']) {
      const option = dropdownOf(page, 'gap-s7-addresses-0')
        .locator('.ant-select-item-option', { hasText: label })
        .first();
      await clickOptionUntilChosen(page, option);
    }
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('gap-s7-unaddressed').count(), 0);

    await step(page, '8');
    await page.getByRole('button', { name: 'Tambah data dasar' }).click();
    await page.locator('#gap-s8-data-0').click();
    await dropdownOf(page, 'gap-s8-data-0').locator('.ant-select-item-option').first().click();
    await page.locator('#gap-s8-text-0').fill('Harapan hidup 2024 sebagai data dasar.');

    await step(page, '9');
    await page.getByRole('button', { name: 'Tambah indikator' }).click();
    await pickByKeyboard(page, 'gap-s9-kind-0', 'Output (keluaran)');
    await page.locator('#gap-s9-text-0').fill('Puskesmas dengan layanan neonatal sore');
    await page.locator('#gap-s9-target-0').fill('13');
    await page.locator('#gap-s9-unit-0').fill('puskesmas');
    await page.getByRole('button', { name: 'Tambah indikator' }).click();
    await pickByKeyboard(page, 'gap-s9-kind-1', 'Outcome (hasil)');
    await page.locator('#gap-s9-text-1').fill('Kunjungan neonatal yang didampingi ayah');
    await page.locator('#gap-s9-target-1').fill('40');
    await page.locator('#gap-s9-unit-1').fill('persen');

    await step(page, 'gbs');
    await page.getByRole('button', { name: 'Susun GBS dari GAP' }).click();
    await page.getByTestId('gbs-totals').getByText(LINE_BUDGET).first().waitFor();

    await page.getByTestId('gap-submit').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText('Menunggu review').first().waitFor();
    // The version is the submission, not the count of automatic saves.
    await page
      .getByTestId('gap-version')
      .getByText(/^Versi 1, diajukan /)
      .waitFor();
    // No KAK was drafted: neither its tab nor its downloads are offered.
    assert.equal(await page.getByTestId('gap-nav-tor').count(), 0);
    await page.getByRole('button', { name: 'Unduh' }).click();
    await page.getByTestId('gap-export-gbs-pdf').waitFor();
    const menu = await page.locator('.ant-dropdown:visible').innerText();
    assert.match(menu, /GBS \(PDF\)/);
    assert.doesNotMatch(menu, /KAK/);
    await page.keyboard.press('Escape');
  });

  test('the reviewer asks for a revision on step 7, named, and returns to the queue', async () => {
    const page = reviewer;
    await page.getByRole('link', { name: 'Review PPRG' }).first().click();
    // A filter the back link must keep (the latest year is shown by default).
    await chooseOption(page, page.getByLabel('Tahun', { exact: true }), 'Semua tahun');
    await page.waitForURL(/\/perencanaan\/review\?(.*&)?year=all/);
    await page.getByTestId('gap-queue').getByText(LINE_NAME).click();
    await page.waitForURL(/\/perencanaan\/gap\//);
    await page.getByRole('button', { name: 'Minta revisi' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(
      page,
      dialog.getByLabel(/Langkah yang perlu diperbaiki/),
      'Langkah 7 — Rencana Aksi',
      'Rencana',
    );
    await dialog.getByLabel('Catatan revisi').fill('Tambahkan aksi untuk ayah yang bekerja di luar kota.');
    await dialog.getByRole('button', { name: 'Minta revisi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Perlu revisi').first().waitFor();
    await page.getByTestId('gap-back').click();
    await page.waitForURL(/\/perencanaan\/review\?(.*&)?year=all/);
    await page.getByTestId('gap-queue').waitFor();
  });

  test('the operator follows the request to step 7, fixes it and resubmits', async () => {
    const page = operator;
    await page.goto(gapUrl);
    const request = page.getByTestId('gap-revision-request');
    await request.getByText(/ayah yang bekerja di luar kota/).waitFor();
    await request.getByRole('link').first().click();
    await page.getByRole('heading', { name: /Langkah 7/ }).waitFor();
    await page.getByRole('button', { name: 'Tambah rencana aksi' }).click();
    await page
      .locator('#gap-s7-text-1')
      .fill('Pesan pengingat kunjungan neonatal untuk ayah lewat grup RT/RW.');
    await page.locator('#gap-s7-output-1').fill('45 kelurahan terjangkau');
    await page.locator('#gap-s7-addresses-1').click();
    await dropdownOf(page, 'gap-s7-addresses-1')
      .locator('.ant-select-item-option', { hasText: 'SE1' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await page.getByTestId('gap-submit').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText('Menunggu review').first().waitFor();
    await page
      .getByTestId('gap-version')
      .getByText(/^Versi 2, diajukan /)
      .waitFor();
  });

  test('the reviewer approves, and the recap counts the tagged amount', async () => {
    const page = reviewer;
    await page.goto(gapUrl);
    await page.getByRole('button', { name: 'Setujui' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Setujui' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(/Disetujui oleh/)
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'Rekap ARG' }).first().click();
    await chooseOption(page, page.getByLabel(/Tahun anggaran/).first(), '2026');
    const row = page.getByRole('row', { name: /Dinas Kesehatan/ }).first();
    await row.getByText(rupiah(dinkesArgBefore + LINE_BUDGET_SEN), { exact: true }).waitFor();
  });

  test('the GBS PDF downloads with the activity and its amount', async () => {
    const page = operator;
    await page.goto(gapUrl);
    await page.getByRole('button', { name: 'Unduh' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('gap-export-gbs-pdf').click(),
    ]);
    const file = await download.path();
    const text = (await pdfParse(fs.readFileSync(file))).text.replace(/\s+/g, ' ');
    assert.match(text, new RegExp(LINE_NAME));
    assert.match(text, new RegExp(LINE_BUDGET.replace(/\./g, '\\.')));
  });

  test('the OPD’s whole GBS set downloads as one PDF', async () => {
    const page = operator;
    await page.getByRole('link', { name: 'Sub-kegiatan & ARG' }).first().click();
    await page.getByTestId('document-set').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-set-gbs-pdf').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'GBS-Dinkes-2026.pdf');
    const text = (await pdfParse(fs.readFileSync(await download.path()))).text.replace(/\s+/g, ' ');
    assert.match(text, new RegExp(LINE_NAME));
    assert.match(text, /Pengelolaan Pelayanan Kesehatan Ibu Hamil/);
  });
});

async function step(page: Page, key: string): Promise<void> {
  await page.getByTestId(`gap-nav-${key}`).click();
}

/**
 * A non-searchable antd Select: focus it, open it with the keyboard, pick by option text in
 * its own dropdown, so a neighbouring select's dropdown that is still closing is never
 * clicked instead.
 */
async function pickByKeyboard(page: Page, id: string, optionText: string): Promise<void> {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('ArrowDown');
  await dropdownOf(page, id).locator('.ant-select-item-option', { hasText: optionText }).first().click();
}

/** The open dropdown of the antd Select whose input has this id (antd names its listbox `<id>_list`). */
function dropdownOf(page: Page, id: string) {
  return page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${id}_list"]`) });
}
