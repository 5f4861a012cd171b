/**
 * Browser journey of exploring data: DP3A Kota Palu opens an indicator's trend chart and table,
 * its breakdown, exports it as CSV, reads the gender-gap ranking and downloads the Profil Gender
 * PDF; the province compares its kab/kota.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const CHAPTERS = [
  'Kependudukan',
  'Pendidikan',
  'Kesehatan',
  'Ekonomi dan Ketenagakerjaan',
  'Politik dan Pengambilan Keputusan',
  'Hukum, Sosial dan Budaya',
  'Kekerasan terhadap Perempuan dan Anak',
  'Kebencanaan',
];

/** Indonesian digits, independently of the app's own formatter: 1234.5 -> "1.234,5". */
function indonesian(value: number, decimals: number): string {
  const [int, frac] = value.toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

interface TrendPoint {
  period: string;
  p: number | null;
  l: number | null;
  t: number | null;
}

async function apiJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

async function savedText(download: Download): Promise<Buffer> {
  const file = await download.path();
  assert.ok(file, 'the download was saved');
  return fs.readFile(file);
}

describe('explore, gaps and Profil Gender in Chromium', () => {
  let h: Harness;
  let admin: Page;
  before(async () => {
    h = await startHarness();
    admin = await h.newPage();
    await signIn(admin, 'demo.admin', DEMO_PASSWORD);
  });
  after(() => h?.close());

  test('an indicator picked by search shows its trend chart and an Indonesian-formatted table', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'Jelajah data' }).first().click();
    await page.getByTestId('explore-pick').waitFor();
    await chooseOption(
      page,
      page.getByTestId('explore-indicator'),
      'Umur harapan hidup saat lahir (UHH)',
      'harapan',
    );
    await page.waitForURL(/indicator=KES_UHH/);
    await page.getByTestId('trend-chart').locator('svg').first().waitFor();

    const trend = await apiJson<{ points: TrendPoint[] }>(
      page,
      '/api/explore/trend?region=72.71&indicator=KES_UHH',
    );
    const first = trend.points[0];
    assert.equal(first.period, '2019');
    const row = page.getByTestId('trend-table').getByRole('row', { name: /^2019/ });
    await row.getByRole('cell', { name: indonesian(first.p!, 2), exact: true }).waitFor();
    await row.getByRole('cell', { name: indonesian(first.l!, 2), exact: true }).waitFor();
    await row.getByRole('cell', { name: indonesian(first.p! - first.l!, 2), exact: true }).waitFor();

    // A count in the hundreds of thousands: thousands dots, and a total because counts add up.
    await page.goto('/data/jelajah?indicator=KDD_PENDUDUK');
    const people = await apiJson<{ points: TrendPoint[] }>(
      page,
      '/api/explore/trend?region=72.71&indicator=KDD_PENDUDUK',
    );
    const latest = people.points[people.points.length - 1];
    assert.ok(latest.t! > 1000);
    const latestRow = page
      .getByTestId('trend-table')
      .getByRole('row', { name: new RegExp(`^${latest.period}`) });
    await latestRow.getByRole('cell', { name: indonesian(latest.t!, 0), exact: true }).waitFor();
    assert.match(indonesian(latest.t!, 0), /^\d{1,3}(\.\d{3})+$/);
  });

  test('the breakdown by age group draws bars per sex and lists every group', async () => {
    const page = admin;
    await page.getByRole('tab', { name: 'Rincian' }).click();
    await page.waitForURL(/tab=breakdown/);
    await page.getByTestId('breakdown-chart').locator('svg').first().waitFor();
    const table = page.getByTestId('breakdown-table');
    await table.getByRole('cell', { name: '15–24 tahun', exact: true }).waitFor();
    await table.getByRole('cell', { name: '65 tahun ke atas', exact: true }).waitFor();
  });

  test('the CSV export of the view downloads in the long import format', async () => {
    const page = admin;
    await page.getByRole('tab', { name: 'Tren' }).click();
    // The export is of the view in the address: wait until it is the trend again, not the
    // breakdown the previous step left (CI once exported that: the latest year only).
    await page.waitForURL((url) => url.searchParams.get('tab') !== 'breakdown');
    await page.getByTestId('trend-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    assert.match(download.suggestedFilename(), /^setara-72\.71.*\.csv$/);
    const text = (await savedText(download)).toString('utf8').replace(/^\uFEFF/, '');
    const [header, firstRow] = text.split('\r\n');
    // The separator follows the server's CSV convention (`;` with decimal commas, as Indonesian
    // spreadsheets write it); the columns are what the import reads.
    const separator = header[header.indexOf('region_code') - 1];
    assert.ok(header.startsWith(['indicator_code', 'region_code', 'period', 'sex'].join(separator)), header);
    assert.deepEqual(firstRow.split(separator).slice(0, 3), ['KDD_PENDUDUK', '72.71', '2019']);
  });

  test('the gaps ranking lists indicators and leads to each one’s trend', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'Kesenjangan gender' }).first().click();
    await page
      .getByTestId('gaps-why')
      .getByText(/langkah 2 Gender Analysis Pathway/)
      .waitFor();
    const table = page.getByTestId('gaps-table');
    await table.locator('tbody tr.ant-table-row').nth(9).waitFor();
    const rows = await table.locator('tbody tr.ant-table-row').count();
    assert.ok(rows >= 10, `${rows} ranked indicators`);

    await page.getByTestId('gaps-sort').getByText('Paling cepat melebar').click();
    await page.waitForURL(/sort=widening/);
    await chooseOption(page, page.getByTestId('gaps-group'), 'Pendidikan');
    await page.waitForURL(/group=pendidikan/);
    const top = table.locator('tbody tr.ant-table-row').first();
    // The previous ranking stays on screen until the filtered one arrives.
    await top.getByText(/^Pendidikan · /).waitFor();
    const link = top.getByRole('link');
    const name = (await link.textContent())!.trim();
    await link.click();
    await page.waitForURL(/\/data\/jelajah\?indicator=PDD_/);
    await page.getByTestId('explore-indicator').getByText(name).waitFor();
    await page.getByTestId('trend-chart').locator('svg').first().waitFor();
  });

  test('the Profil Gender PDF downloads with every chapter', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'Profil Gender' }).first().click();
    await page.getByTestId('profil-year').getByText('2024').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('profil-pdf').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'profil-gender-72.71-2024.pdf');
    const text = (await pdf(await savedText(download))).text.replace(/\s+/g, ' ');
    assert.ok(text.includes('Profil Gender Kota Palu'), 'the title names the region');
    for (const [i, title] of CHAPTERS.entries()) {
      assert.ok(text.includes(`Bab ${i + 1}. ${title}`), `chapter ${title}`);
    }
    assert.ok(text.includes('Sumber dan Definisi'));
    await page.getByText('profil-gender-72.71-2024.pdf diunduh.').waitFor();
  });

  test('the province compares its kab/kota, with the province row', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.provinsi', DEMO_PASSWORD);
    await page.goto('/data/jelajah?indicator=KDD_PENDUDUK');
    // At province level the comparison is what there is to see, so it opens first.
    await page.getByRole('tab', { name: 'Perbandingan kab/kota', selected: true }).waitFor();
    await page.getByTestId('compare-chart').locator('svg').first().waitFor();
    const compare = await apiJson<{ period: string; items: { regionCode: string; p: number | null }[] }>(
      page,
      '/api/explore/compare?province=72&indicator=KDD_PENDUDUK&period=2024',
    );
    const palu = compare.items.find((r) => r.regionCode === '72.71')!;
    const table = page.getByTestId('compare-table');
    const row = table.getByRole('row', { name: /^Kota Palu/ });
    await row.getByRole('cell', { name: indonesian(palu.p!, 0), exact: true }).waitFor();
    // Only Palu has values: the province row says it sums 1 of 13 kab/kota, not the province's figure.
    await table.getByText(/^Sulawesi Tengah: jumlah 1 dari 13 kab\/kota yang melapor/).waitFor();
    await page
      .getByTestId('compare-reporting')
      .getByText(/1 dari 13 kabupaten\/kota/)
      .waitFor();

    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { name: 'Explore data' }).waitFor();
    await page.getByRole('tab', { name: 'Kab/kota comparison' }).waitFor();
    await table.getByText(/^Sulawesi Tengah: sum of the 1 of 13 kab\/kota that reported/).waitFor();
    await page.context().close();
  });

  test('the province ranks its kab/kota with the change since the year before', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.provinsi', DEMO_PASSWORD);
    await page.goto('/data/jelajah?indicator=KDD_PENDUDUK&tab=regions');
    await page.getByRole('tab', { name: 'Perbandingan wilayah', selected: true }).waitFor();
    const figures = await apiJson<{
      rows: { regionCode: string; total: number | null; change: number | null; rank: number | null }[];
      scopeFigure: { rolledUp: { total: number | null } | null };
    }>(page, '/api/explore/regions?indicator=KDD_PENDUDUK&year=2024&scope=72&level=kabkota');
    const palu = figures.rows.find((r) => r.regionCode === '72.71')!;
    assert.equal(palu.rank, 1, 'only Palu has values, so it ranks first');
    const table = page.getByTestId('regions-table');
    const row = table.getByRole('row', { name: /Kota Palu/ });
    await row.getByRole('cell', { name: indonesian(palu.total!, 0), exact: true }).waitFor();
    const change = (palu.change! > 0 ? '+' : '') + indonesian(palu.change!, 0);
    await row.getByRole('cell', { name: change, exact: true }).first().waitFor();
    await row.getByRole('cell', { name: 'Tersimpan', exact: true }).waitFor();
    // The province summed from the 1 of 13 kab/kota with a value; nothing stored for it to compare.
    const total = indonesian(figures.scopeFigure.rolledUp!.total!, 0);
    await page
      .getByTestId('regions-rollup')
      .getByText(`Sulawesi Tengah menurut penjumlahan 1 dari 13 wilayah: ${total}`)
      .waitFor();
    await page.getByTestId('lang-en').click();
    await page.getByRole('tab', { name: 'Regional comparison' }).waitFor();
    await page
      .getByTestId('regions-rollup')
      .getByText(`Sulawesi Tengah summed from 1 of 13 regions: ${total.replace(/\./g, '.')}`)
      .waitFor();
    await page.context().close();
  });
});
