/**
 * Browser journey of the quarterly monev: the Dinas Kesehatan operator opens Q1 2026 of an ARG
 * khusus sub-kegiatan from the menu, sees the plan's pagu and target, types the realisation
 * (both entry modes show both figures), beneficiaries by sex, target group and age group,
 * kendala and tindak lanjut, saves a draft; submitting without evidence is refused at the
 * evidence field; a photo (a PNG made here) is uploaded and the report submitted. The reviewer
 * returns it with a comment on the women beneficiaries; the operator sees the comment beside
 * that field, fixes the figure and resubmits; the reviewer verifies; the report is locked and
 * the list shows the quarter verified with its cumulative realisation; DP3A reopens it. Then, on
 * the demo's complete previous year: DP3A reads the region's realisation on Dasbor Monev, drills
 * into an OPD, sets a quarter's expected realisation; reads an OPD's score and its breakdown on
 * Hasil Pengendalian dan Evaluasi and downloads the Rakor PDF with that name and score; writes
 * the annual PUG report's kendala, saves a draft version and reads the DOCX back with mammoth.
 * Each page has no serious or critical axe finding.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import mammoth from 'mammoth';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
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

/** "Rp 1.250.000" (",50" only with sen), as the dashboard writes money. */
function rupiahWithSen(value: string): string {
  const [whole, cents = '00'] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp ${cents === '00' ? grouped : `${grouped},${cents.padEnd(2, '0')}`}`;
}

/** 78.33 → "78,33", as the results page and the documents print scores. */
const points = (n: number) => n.toFixed(2).replace('.', ',');

/** The demo's previous year: Q1–Q4 reported, scored, with a CONTOH annual report draft. */
const DEMO_YEAR = 2025;
/** A year the demo has not set, so its monev settings start empty. */
const SETTINGS_YEAR = 2027;
const KENDALA = 'Focal point Dinas Sosial berganti dua kali sehingga data terpilah semester II tertunda.';

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

  test('DP3A reads the region’s realisation on the dashboard, then sets the Q1 threshold', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    const api = await page.request.get(`/api/regions/72.71/monev/dashboard?year=${DEMO_YEAR}`);
    assert.equal(api.status(), 200, await api.text());
    const { total, opds } = await api.json();
    assert.ok(total.reportedLines > 0, 'the demo reported the year');

    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Dasbor Monev' })
      .click();
    await page.getByRole('heading', { name: 'Dasbor Monev', level: 1 }).waitFor();
    await page.goto(`/monev/dasbor?year=${DEMO_YEAR}`);
    const realised = page.getByTestId('monev-dashboard-realised');
    await realised.getByText(rupiahWithSen(total.realised), { exact: true }).waitFor();
    await realised.getByText(`${total.realisedShare.replace('.', ',')}%`, { exact: false }).waitFor();
    // Every chart has its table: the trend as a table lists the year.
    await page.getByTestId('monev-chart-trend-view').getByText('Tabel').click();
    await page
      .getByTestId('monev-chart-trend')
      .getByRole('cell', { name: String(DEMO_YEAR), exact: true })
      .waitFor();

    // From an OPD to its sub-kegiatan and their quarters.
    const opd = opds[0];
    await page.getByTestId(`monev-dashboard-drill-${opd.id}`).click();
    await page.waitForURL(new RegExp(`/monev\\?.*opd=${opd.id}`));
    await page.getByTestId('monev-table').getByRole('link').first().waitFor();

    await page.goto(`/pengaturan/monev?year=${SETTINGS_YEAR}`);
    await page.getByRole('heading', { name: 'Pengaturan Monev', level: 1 }).waitFor();
    await page.getByTestId('monev-settings-empty').waitFor();
    await page.getByTestId('monev-settings-share-1').fill('25');
    await page.getByTestId('monev-settings-source').fill('Keputusan Pokja PUG Kota Palu');
    await page.getByTestId('monev-settings-save').click();
    await page.getByText(`Pengaturan monev ${SETTINGS_YEAR} disimpan.`).waitFor();
    const saved = await page.request.get(`/api/regions/72.71/monev/settings?year=${SETTINGS_YEAR}`);
    const settings = await saved.json();
    assert.equal(settings.expectedShare['1'], 25);
    assert.equal(settings.sourceNote, 'Keputusan Pokja PUG Kota Palu');
    await page.context().close();
  });

  test('DP3A reads an OPD’s score and its breakdown, and downloads the Rakor PDF with it', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    const api = await page.request.get(`/api/regions/72.71/monev/results?year=${DEMO_YEAR}`);
    assert.equal(api.status(), 200, await api.text());
    const { opds, config } = await api.json();
    assert.equal(config.isExample, true);
    const top = opds[0];
    assert.ok(top.score !== null, 'the demo year is scored');

    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Hasil Pengendalian & Evaluasi' })
      .click();
    await page.getByRole('heading', { name: 'Hasil Pengendalian dan Evaluasi', level: 1 }).waitFor();
    await page.goto(`/monev/hasil?year=${DEMO_YEAR}`);
    await page
      .getByTestId('monev-results-basis')
      .getByText('CONTOH — bukan ketentuan resmi')
      .first()
      .waitFor();
    const score = page.getByTestId(`monev-results-score-${top.opd.shortName}`);
    assert.equal((await score.innerText()).trim(), points(top.score));
    assert.deepEqual(await seriousViolations(page), [], 'the results page');

    // The row opens, by keyboard, to how the score was reached.
    const row = page.getByTestId('monev-results-table').locator('tr', { has: score });
    await row.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId(`monev-results-breakdown-${top.opd.shortName}`)
      .getByText(top.criteria[0].label)
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('monev-results-pdf').click(),
    ]);
    const text = (await pdfParse(fs.readFileSync(await download.path()))).text.replace(/\s+/g, ' ');
    assert.ok(text.includes(top.opd.name), `the PDF names ${top.opd.name}`);
    assert.ok(text.includes(points(top.score)), `the PDF shows ${points(top.score)}`);
    await page.context().close();
  });

  test('DP3A writes the annual report’s kendala, saves a draft version and downloads the DOCX with it', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Laporan Pelaksanaan PUG' })
      .click();
    await page.getByRole('heading', { name: 'Laporan Pelaksanaan PUG', level: 1 }).waitFor();
    await page.goto(`/monev/laporan-pug?year=${DEMO_YEAR}`);
    await page.getByTestId('annual-demo').waitFor();
    await page.getByTestId('annual-section-data_terpilah').waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'the annual report page');

    await page.getByLabel('Kendala').fill(KENDALA);
    await page.getByTestId('annual-save').click();
    await page.getByTestId('annual-draft-state').getByText('Versi 2,').waitFor();
    await page.getByTestId('annual-versions').getByRole('button', { name: 'Buka versi 1' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('annual-docx').click(),
    ]);
    assert.match(download.suggestedFilename(), /^Laporan-PUG-Kota-Palu-2025\.docx$/);
    const text = (await mammoth.extractRawText({ buffer: fs.readFileSync(await download.path()) })).value;
    assert.ok(text.includes('Kota Palu'), 'the DOCX names the region');
    assert.ok(text.includes(KENDALA), 'the DOCX carries the narrative just saved');
    assert.ok(text.includes('Draf versi 2'), 'the DOCX says which version it prints');
    await page.context().close();
  });
});
