/**
 * Browser journey of issue 13's evaluation: on the instruments page the superadmin exports the
 * example instrument (CONTOH — bukan instrumen resmi) as XLSX and imports that file, which
 * becomes a new version; a cycle over it (created through the API: the form's date pickers are
 * the cycles page's own test) is opened on the cycles page; Kota Palu's DP3A starts its worksheet, answers
 * PL.02 and confirms one evidence record the repository proposes, answers PL.01 and uploads a
 * file for it, and submits; the provinsi verifier adjusts PL.02's score with a comment; the
 * region's page shows the adjusted total and tier, the province recap shows the same result,
 * and the worksheet PDF downloads.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDays, todayInRegion } from '../../domain/follow-ups/dates.js';
import { EXAMPLE_TIERS } from '../../domain/evaluation/example-tiers.js';
import { EXAMPLE_INSTRUMENT } from '../../server/modules/evaluation-instruments/examples.js';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const EXAMPLE_NAME = EXAMPLE_INSTRUMENT.name;
const fmt = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);

async function toast(page: Page, text: string) {
  await page.locator('.ant-message').getByText(text).first().waitFor();
}

describe('evaluation journey in Chromium', () => {
  let h: Harness;
  let sa: Page;
  let admin: Page;
  let prov: Page;
  let cycleId = '';
  let worksheetUrl = '';

  before(async () => {
    h = await startHarness();
    sa = await h.newPage();
    admin = await h.newPage();
    prov = await h.newPage();
    await signIn(sa, 'demo.superadmin', DEMO_PASSWORD);
    await signIn(admin, 'demo.admin', DEMO_PASSWORD);
    await signIn(prov, 'demo.provinsi', DEMO_PASSWORD);
  });
  after(() => h?.close());

  test('the superadmin imports the example instrument and opens a cycle over it', async () => {
    await sa.goto('/evaluasi/instrumen');
    const before = await instrumentIds();
    const [download] = await Promise.all([
      sa.waitForEvent('download'),
      sa
        .getByRole('link', { name: `Ekspor ${EXAMPLE_NAME} sebagai XLSX` })
        .first()
        .click(),
    ]);
    const file = await download.path();
    await sa.locator('input[type=file][accept^=".xlsx"]').setInputFiles(file);
    await toast(sa, 'Instrumen PUG-CONTOH versi');
    const imported = (await instrumentIds()).filter((id) => !before.includes(id));
    assert.equal(imported.length, 1, 'the import made one new instrument version');
    const today = todayInRegion('72.71');
    const d = (n: number) => addDays(today, n);
    // The demo holds PPE 2025 and 2026; this journey's cycle is APE 2026.
    const created = await sa.request.post('/api/evaluation-cycles', {
      data: {
        year: 2026,
        award: 'APE',
        name: 'Evaluasi PUG uji 2026',
        instrumentId: imported[0],
        nationalVerifiesKabKota: false,
        stages: {
          self_assessment: { start: d(-5), end: d(20) },
          administrative_verification: { start: d(21), end: d(40) },
          field_verification: { start: d(41), end: d(60) },
          final: { start: d(61), end: d(70) },
        },
        tiers: [...EXAMPLE_TIERS],
      },
    });
    assert.equal(created.status(), 201, await created.text());
    cycleId = ((await created.json()) as { id: string }).id;
    // Opening is the superadmin's move on the cycles page: the instrument freezes, DP3As are told.
    await sa.goto('/evaluasi/siklus');
    const row = sa.locator('tr').filter({ hasText: 'Evaluasi PUG uji 2026' });
    await row.getByRole('button', { name: 'Buka siklus' }).click();
    await sa.locator('.ant-popconfirm').getByRole('button', { name: /OK|Ya/ }).click();
    await sa
      .locator('.ant-message')
      .getByText(/Siklus dibuka/)
      .first()
      .waitFor();
    const cycle = await sa.request.get(`/api/evaluation-cycles/${cycleId}`);
    assert.equal(((await cycle.json()) as { status: string }).status, 'open');
  });

  async function instrumentIds(): Promise<string[]> {
    const res = await sa.request.get('/api/evaluation-instruments');
    return ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
  }

  test('DP3A answers with one proposed record and one upload, sees its score, and submits', async () => {
    await admin.goto('/evaluasi/lembar-kerja');
    const row = admin.locator('.ant-list-item').filter({ hasText: 'Evaluasi PUG uji 2026' });
    await row.getByText('CONTOH — bukan instrumen resmi').waitFor();
    await row.getByRole('button', { name: 'Mulai mengisi' }).click();
    await admin.waitForURL(/\/evaluasi\/lembar-kerja\/[0-9a-f-]{36}$/);
    worksheetUrl = new URL(admin.url()).pathname;
    // A computed indicator's question shows Setara's figure with its source, and starts from it.
    const figure = admin.getByTestId('figure-PL.04');
    await figure.getByText(/Angka Setara: .* OPD .*Sumber: Kelembagaan PUG/).waitFor();
    await figure.getByText(/Terisi dari angka Setara/).waitFor();

    const pl02 = admin.getByTestId('question-PL.02');
    await pl02.getByRole('radio', { name: 'Ya' }).check();
    await pl02.getByTestId('save-PL.02').click();
    await toast(admin, 'Jawaban PL.02 tersimpan.');
    await admin.getByTestId('question-PL.02').getByTestId('proposals-PL.02').click();
    await admin
      .getByTestId('question-PL.02')
      .getByRole('button', { name: 'Pakai bukti ini' })
      .first()
      .click();
    await admin
      .locator('.ant-message')
      .getByText(/ditautkan/)
      .first()
      .waitFor();

    const pl01 = admin.getByTestId('question-PL.01');
    await pl01.getByRole('radio', { name: 'Ya' }).check();
    await pl01.getByTestId('save-PL.01').click();
    await toast(admin, 'Jawaban PL.01 tersimpan.');
    await admin
      .getByTestId('question-PL.01')
      .locator('input[type=file]')
      .setInputFiles({ name: 'perda-pug.png', mimeType: 'image/png', buffer: PNG });
    await admin
      .getByTestId('question-PL.01')
      .getByText(/perda-pug\.png/)
      .waitFor();

    await admin.getByTestId('score-total').getByText(/^8 \//).waitFor();
    await admin.getByTestId('submit-worksheet').click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: 'Kirim lembar kerja' }).click();
    await admin.getByText('Dikirim', { exact: true }).first().waitFor();
    await admin.getByTestId('question-PL.02').getByRole('radio', { name: 'Ya' }).isDisabled();
  });

  test('the province adjusts one score with a comment; the region and the recap show the result', async () => {
    await prov.goto(worksheetUrl);
    const q = prov.getByTestId('question-PL.02');
    await q.getByTestId('decision-PL.02').click();
    await prov
      .locator('.ant-select-dropdown:visible')
      .getByText('Nilai disesuaikan', { exact: true })
      .click();
    await q.getByLabel('PL.02 nilai disesuaikan').fill('2');
    await q.getByLabel('PL.02 Catatan untuk daerah').fill('SK Pokja belum ditandatangani kepala daerah.');
    await q.getByTestId('save-decision-PL.02').click();
    await q.getByText('SK Pokja belum ditandatangani kepala daerah.').first().waitFor();

    const id = worksheetUrl.split('/').pop()!;
    const detail = (await (await admin.request.get(`/api/evaluation-worksheets/${id}`)).json()) as {
      score: { total: number; tier: string | null };
    };
    assert.equal(detail.score.total, 6, 'PL.02 4 → 2, PL.01 4');
    await admin.reload();
    await admin
      .getByTestId('score-total')
      .getByText(new RegExp(`^${fmt(detail.score.total)} /`))
      .waitFor();
    await admin
      .getByTestId('score-tier')
      .getByText(detail.score.tier ?? 'Belum masuk kategori')
      .waitFor();

    await prov.goto('/evaluasi/verifikasi');
    await prov.getByRole('combobox', { name: 'Siklus' }).click();
    await prov.locator('.ant-select-dropdown:visible').getByText('Evaluasi PUG uji 2026').click();
    const palu = prov.getByTestId('recap').locator('tr').filter({ hasText: 'Kota Palu' });
    await palu.getByText(fmt(detail.score.total), { exact: true }).last().waitFor();
  });

  test('the worksheet PDF downloads', async () => {
    await admin.goto(worksheetUrl);
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByTestId('download-pdf').click(),
    ]);
    assert.match(download.suggestedFilename(), /^lembar-kerja-Kota-Palu-.*\.pdf$/);
  });
});
