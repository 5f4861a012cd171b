/**
 * Browser journey of the quarterly monev: the Dinas Kesehatan operator opens Q1 2026 of an ARG
 * khusus sub-kegiatan from the menu, sees the plan's pagu and target, types the realisation
 * (both entry modes show both figures), beneficiaries by sex, target group and age group,
 * kendala and tindak lanjut, saves a draft; submitting without evidence is refused at the
 * evidence field; a photo (a PNG made here) is uploaded and the report submitted. The reviewer
 * returns it with a comment on the women beneficiaries; the operator sees the comment beside
 * that field, fixes the figure and resubmits; the reviewer verifies; the report is locked and
 * the list shows the quarter verified with its cumulative realisation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
/**
 * A 2026 ARG khusus line of the operator's OPD, added through the API in the setup: the demo's
 * own lines carry demo monev reports already.
 */
const CODE = '1.02.02.2.02.0005';
const NAME = 'Pelayanan Kesehatan Ibu Nifas (uji monev)';
const PAGU = '312500000.00';
const COMMENT = 'Jumlah penerima perempuan tidak sama dengan daftar hadir (1.180 orang).';
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface ListItem {
  subActivityId: string;
  code: string;
  name: string;
  pagu: string;
  argCategory: string | null;
  quarters: { quarter: number; status: string | null }[];
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious or critical axe findings (as tests/e2e/accessibility.test.ts counts them), once antd has faded in. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const rupiah = (amount: string) => `Rp ${BigInt(amount.split('.')[0]).toLocaleString('id-ID')}`;

describe('Monev journey in Chromium: fill Q1, submit, return with a comment, fix, verify', () => {
  let h: Harness;
  let operator: Page;
  let reviewer: Page;
  let line: ListItem;
  let reportUrl = '';

  before(async () => {
    h = await startHarness();
    operator = await h.newPage();
    reviewer = await h.newPage();
    await signIn(operator, 'demo.operator', DEMO_PASSWORD);
    await signIn(reviewer, 'demo.reviewer', DEMO_PASSWORD);
    const before = await operator.request.get('/api/regions/72.71/monev?year=2026');
    assert.equal(before.status(), 200);
    const opdId = ((await before.json()).items as { opd: { id: string; shortName: string } }[]).find(
      (i) => i.opd.shortName === 'Dinkes',
    )?.opd.id;
    assert.ok(opdId, "the demo operator's OPD (Dinkes) has gender-responsive lines in 2026");
    const created = await operator.request.post('/api/regions/72.71/sub-activities', {
      data: {
        year: 2026,
        opdId,
        code: CODE,
        name: NAME,
        outputIndicator: 'Ibu nifas yang mendapatkan pelayanan kesehatan sesuai standar',
        target: '4.700 orang',
        budget: PAGU,
        argCategory: 'khusus',
        argAmount: PAGU,
      },
    });
    assert.equal(created.status(), 201, await created.text());
    const list = await operator.request.get('/api/regions/72.71/monev?year=2026');
    const found = ((await list.json()).items as ListItem[]).find((i) => i.code === CODE);
    assert.ok(found, `the new line ${CODE} is listed for monev`);
    assert.equal(found.quarters[0].status, null);
    line = found;
  });
  after(() => h?.close());

  const field = (page: Page, key: string) => page.getByTestId(`monev-error-${key}`);

  test('the operator opens Q1 from the menu, pre-filled from the plan', async () => {
    const page = operator;
    await page.getByRole('link', { name: 'Monev triwulanan' }).first().click();
    await page.getByRole('heading', { name: 'Monev triwulanan' }).waitFor();
    await chooseOption(page, page.getByLabel(/Tahun anggaran/).first(), '2026');
    await page
      .getByTestId('monev-opd-fixed')
      .getByText(/Dinas Kesehatan/)
      .waitFor();
    await page.getByRole('link', { name: `Buka laporan Triwulan I untuk ${CODE} ${line.name}` }).click();
    await page.getByRole('heading', { name: 'Laporan Triwulan I 2026' }).waitFor();
    reportUrl = new URL(page.url()).pathname + new URL(page.url()).search;
    const plan = page.getByTestId('monev-plan');
    await plan.getByText(rupiah(PAGU), { exact: true }).waitFor();
    await plan.getByText('4.700 orang', { exact: true }).waitFor();
    await plan.getByText('Triwulan I: belum ada realisasi sebelumnya.').waitFor();
    // The unit is read from the plan's target.
    await page.getByLabel('Realisasi fisik (orang)').waitFor();
  });

  test('the operator types the quarter, saves a draft, and is told at the field that evidence is missing', async () => {
    const page = operator;
    await page.getByLabel('Realisasi anggaran').fill('75.000.000');
    await page.getByLabel('Realisasi fisik (orang)').fill('1.200');
    await page.getByLabel('Penerima manfaat perempuan').fill('1.150');
    await page.getByLabel('Penerima manfaat laki-laki').fill('30');
    const both = page.getByTestId('monev-both').first();
    assert.equal(await both.textContent(), 'Triwulan ini: Rp 75.000.000 · Kumulatif: Rp 75.000.000');

    // The cumulative mode keeps what was typed (nothing before Q1) and shows both figures.
    await page.getByTestId('monev-entry-mode').getByText('Total kumulatif sejak Januari').click();
    assert.equal(await page.getByLabel('Realisasi anggaran').inputValue(), '75.000.000');
    await page.getByTestId('monev-entry-mode').getByText('Tambahan triwulan ini').click();

    await page.getByTestId('monev-group-choice').getByText('Perempuan', { exact: true }).click();
    await page.locator('#monev-group-perempuan-P').fill('1.150');
    await page.locator('#monev-group-perempuan-L').fill('0');
    await page.getByTestId('monev-age-choice').getByText('Dewasa (18–59 tahun)').click();
    await page.locator('#monev-age-dewasa-P').fill('1.100');
    await page.locator('#monev-age-dewasa-L').fill('30');
    await page.getByLabel('Kendala').fill('Sebagian persalinan terjadi di luar fasilitas kesehatan.');
    await page
      .getByLabel('Tindak lanjut')
      .fill('Pendampingan bidan kelurahan untuk ibu hamil trimester III.');
    await page.getByTestId('monev-unsaved').waitFor();
    // Above the pagu: the confirmation and its reason appear, and go when the figure is fixed.
    await page.getByLabel('Realisasi anggaran').fill('400.000.000');
    await page.getByTestId('monev-over').getByText('Realisasi melebihi pagu').waitFor();
    await page.getByLabel('Realisasi anggaran').fill('75.000.000');
    await page.getByTestId('monev-over').waitFor({ state: 'detached' });
    // Leaving with unsaved changes asks first.
    await page.getByRole('link', { name: 'Monev triwulanan' }).first().click();
    await page.getByRole('dialog').getByText('Tinggalkan halaman?').waitFor();
    await page.getByRole('button', { name: 'Tetap di sini' }).click();
    await page.getByRole('heading', { name: 'Laporan Triwulan I 2026' }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'the filled report form');
    assert.equal(await page.locator('h1').count(), 1);

    await page.getByTestId('monev-save').click();
    await page.getByText('Draf tersimpan (versi 1).').waitFor();
    await page.getByTestId('monev-status').getByText('Draf').waitFor();
    assert.equal(await page.getByLabel('Realisasi anggaran').inputValue(), '75.000.000');
    assert.equal(await page.getByLabel('Penerima manfaat perempuan').inputValue(), '1.150');

    await page.getByTestId('monev-submit').click();
    await field(page, 'evidence').getByText(/bukti/i).waitFor();
  });

  test('the operator uploads a photo and submits', async () => {
    const page = operator;
    await page
      .getByTestId('monev-evidence')
      .locator('input[type=file]')
      .setInputFiles({ name: 'penyuluhan.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('monev-evidence').getByText('penyuluhan.png').waitFor();
    await page.getByTestId('monev-submit').click();
    await page.getByTestId('monev-status').getByText('Menunggu verifikasi').waitFor();
    await page.getByTestId('monev-status-note').waitFor();
    assert.equal(await page.getByTestId('monev-save').count(), 0);
  });

  test('the reviewer returns it with a comment on the women beneficiaries', async () => {
    const page = reviewer;
    await page.getByRole('link', { name: 'Monev triwulanan' }).first().click();
    await chooseOption(page, page.getByLabel(/Tahun anggaran/).first(), '2026');
    await page.getByTestId(`monev-cell-${CODE}-1`).getByText('Menunggu verifikasi').waitFor();
    await page.getByRole('link', { name: `Buka laporan Triwulan I untuk ${CODE} ${line.name}` }).click();
    await page.getByTestId('monev-review').waitFor();
    // A reviewer reads the figures and never edits them.
    assert.equal(await page.getByLabel('Penerima manfaat perempuan').getAttribute('readonly'), '');
    await page.getByRole('button', { name: 'Beri catatan: Penerima manfaat perempuan' }).click();
    await page.getByLabel('Catatan untuk Penerima manfaat perempuan').fill(COMMENT);
    assert.deepEqual(await seriousViolations(page), [], 'the report under review');
    await page.getByRole('button', { name: 'Kembalikan dengan 1 catatan' }).click();
    await page.getByTestId('monev-status').getByText('Dikembalikan').waitFor();
  });

  test('the operator sees the comment at the field, fixes it and resubmits', async () => {
    const page = operator;
    await page.reload();
    await page.getByTestId('monev-status').getByText('Dikembalikan').waitFor();
    const womenField = page.locator('.ant-form-item', { has: page.getByLabel('Penerima manfaat perempuan') });
    await womenField.getByTestId('monev-comment').getByText(COMMENT).waitFor();
    await page.getByLabel('Penerima manfaat perempuan').fill('1.180');
    await page.locator('#monev-group-perempuan-P').fill('1.180');
    await page.getByTestId('monev-submit').click();
    await page.getByTestId('monev-status').getByText('Menunggu verifikasi').waitFor();
    assert.equal(await page.getByLabel('Penerima manfaat perempuan').inputValue(), '1.180');
  });

  test('the reviewer verifies; the report is locked and listed as verified', async () => {
    const page = reviewer;
    await page.reload();
    await page.getByTestId('monev-review').waitFor();
    await page.getByRole('button', { name: 'Verifikasi' }).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('monev-status').getByText('Terverifikasi').waitFor();
    assert.equal(await page.getByTestId('monev-review').count(), 0);

    const op = operator;
    await op.reload();
    await op.getByTestId('monev-status').getByText('Terverifikasi').waitFor();
    await op.getByText('Laporan ini sudah diverifikasi dan terkunci.', { exact: false }).waitFor();
    assert.equal(await op.getByTestId('monev-save').count(), 0);
    assert.equal(await op.getByTestId('monev-evidence-upload').count(), 0);
    await op.getByTestId('monev-back').click();
    const cell = op.getByTestId(`monev-cell-${CODE}-1`);
    await cell.getByText('Terverifikasi').waitFor();
    const row = op.locator('tr', { has: cell });
    await row.getByText('Rp 75.000.000', { exact: true }).waitFor();
    assert.deepEqual(await seriousViolations(op), [], 'the monev list');
  });

  test('DP3A reopens the verified report with a reason; the operator may edit it again', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    await page.goto(reportUrl);
    await page.getByTestId('monev-status').getByText('Terverifikasi').waitFor();
    await page.getByTestId('monev-reopen').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Alasan membuka kembali').fill('Daftar hadir Maret belum dilampirkan.');
    await dialog.getByRole('button', { name: 'Buka kembali' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('monev-status').getByText('Dikembalikan').waitFor();
    await page.getByText(/Dibuka kembali .*: Daftar hadir Maret belum dilampirkan\./).waitFor();
    await page.context().close();

    await operator.goto(reportUrl);
    await operator.getByTestId('monev-status').getByText('Dikembalikan').waitFor();
    await operator.getByTestId('monev-save').waitFor();
  });
});
