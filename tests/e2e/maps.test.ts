/**
 * Browser journey of the map: the province (demo.provinsi, Sulawesi Tengah) opens Peta from the
 * menu, picks an indicator and year, sees its 13 kab/kota drawn with Kota Palu — the one with
 * demo values — coloured and the rest marked without a value, reads the value in the data
 * table, switches the classes to equal interval and the measure to the gap, and clicks Palu
 * through to its explore page. The superadmin's national kab/kota map lists the regions that
 * have no boundary.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
/** domain/maps/classes.ts NO_DATA_COLOUR, written as the SVG renderer writes fills. */
const NO_DATA = ['#d9d9d9', 'rgb(217,217,217)', 'rgb(217, 217, 217)'];

async function drawnPaths(page: Page) {
  await page.locator('[data-testid="choropleth"][data-rendered="true"]').waitFor();
  return page.locator('[data-testid="choropleth"] svg path');
}

/** The fills of the map's region paths (white borders and the background left out). */
async function fills(page: Page): Promise<string[]> {
  const paths = await drawnPaths(page);
  return (await paths.evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''))).filter(
    (f) => f && f !== 'none' && f !== 'transparent',
  );
}

describe('maps journey', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h?.close());

  test('the province maps its kab/kota and clicks through to Kota Palu', async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await signIn(page, 'demo.provinsi', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Peta' }).click();
    await page.waitForURL(/\/peta/);
    await page.getByText('Pilih indikator untuk menampilkan petanya.').waitFor();

    await chooseOption(
      page,
      page.getByRole('combobox', { name: 'Indikator' }),
      'Jumlah penduduk menurut kelompok umur',
    );
    await chooseOption(page, page.getByRole('combobox', { name: 'Tahun' }), '2023');
    const painted = await fills(page);
    assert.equal(painted.length, 13, 'the 13 kab/kota of Sulawesi Tengah');
    const coloured = painted.filter((f) => !NO_DATA.includes(f.toLowerCase()));
    assert.equal(coloured.length, 1, `only Palu has demo values: ${painted.join(' ')}`);
    await page.getByTestId('map-legend').getByText('Tidak ada nilai').waitFor();
    await page.getByTestId('map-legend').getByText('(12 wilayah)').waitFor();

    // The data table: every kab/kota, Palu's value in Indonesian digits.
    await page.getByRole('button', { name: /Tabel data \(13 wilayah\)/ }).click();
    const paluRow = page.getByTestId('map-data-table').getByRole('row', { name: /Kota Palu/ });
    await paluRow.waitFor();
    assert.match(await paluRow.innerText(), /\d{1,3}(\.\d{3})+/);

    await page.getByTestId('map-legend').getByText('Interval sama').click();
    await page.waitForURL(/method=equal-interval/);
    await chooseOption(page, page.getByRole('combobox', { name: 'Ukuran' }), 'Selisih P − L');
    await page.waitForURL(/measure=gap/);
    await page
      .getByTestId('map-legend')
      .getByText(/^[-+−]?[\d.]+/)
      .first()
      .waitFor();

    // Click Palu on the map: the only coloured path.
    const paths = await drawnPaths(page);
    const index = (await paths.evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''))).findIndex(
      (f) =>
        f &&
        f !== 'none' &&
        f !== 'transparent' &&
        !['#d9d9d9', 'rgb(217,217,217)'].includes(f.toLowerCase()),
    );
    assert.ok(index >= 0, 'Palu is coloured for the gap too');
    const box = await paths.nth(index).boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/data\/jelajah\?.*region=72\.71/);
    assert.match(page.url(), /indicator=KDD_PENDUDUK/);
    await page.context().close();
  });

  test('the national kab/kota map lists the seven regions without a boundary', async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await signIn(page, 'demo.superadmin', DEMO_PASSWORD);
    await page.goto('/peta?indicator=KDD_PENDUDUK&year=2023&scope=national&level=kabkota');
    assert.ok((await fills(page)).length >= 507);
    const table = page.getByTestId('map-without-shape');
    for (const name of ['Kota Sibolga', 'Kabupaten Administrasi Kepulauan Seribu', 'Kota Mojokerto']) {
      await table.getByText(name).waitFor();
    }
    assert.equal(await table.locator('tbody tr').count(), 7);
    await page.context().close();
  });
});
