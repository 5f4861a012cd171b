/**
 * Browser journey of the monev dashboard and settings: DP3A (demo.admin) opens Dasbor Monev
 * from the menu for the demo's complete year and reads Kota Palu's realisation as the API
 * sums it, drills down from an OPD to its reports, then sets the first quarter's expected
 * realisation in Pengaturan Monev.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
/** The demo's previous year: Q1–Q4 reported (server/db/seed/demo-monev.ts). */
const YEAR = 2025;
/** A year the demo has not set, so the settings start empty. */
const SETTINGS_YEAR = 2027;

/** "Rp 1.250.000" (",50" only with sen), as the page writes money. */
function rupiah(value: string): string {
  const [whole, cents = '00'] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp ${cents === '00' ? grouped : `${grouped},${cents.padEnd(2, '0')}`}`;
}

describe('monev dashboard journey in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  test('DP3A reads the region’s realisation on the dashboard, then sets the Q1 threshold', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    const api = await page.request.get(`/api/regions/72.71/monev/dashboard?year=${YEAR}`);
    assert.equal(api.status(), 200, await api.text());
    const { total, opds } = await api.json();
    assert.ok(total.reportedLines > 0, 'the demo reported the year');

    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Dasbor Monev' })
      .click();
    await page.getByRole('heading', { name: 'Dasbor Monev', level: 1 }).waitFor();
    await page.goto(`/monev/dasbor?year=${YEAR}`);
    const realised = page.getByTestId('monev-dashboard-realised');
    await realised.getByText(rupiah(total.realised), { exact: true }).waitFor();
    await realised.getByText(`${total.realisedShare.replace('.', ',')}%`, { exact: false }).waitFor();
    // Every chart has its table: the trend as a table lists the year.
    await page.getByTestId('monev-chart-trend-view').getByText('Tabel').click();
    await page
      .getByTestId('monev-chart-trend')
      .getByRole('cell', { name: String(YEAR), exact: true })
      .waitFor();

    // From an OPD to its sub-kegiatan and their quarters.
    const opd = opds[0];
    await page.getByTestId(`monev-dashboard-drill-${opd.id}`).click();
    await page.waitForURL(new RegExp(`/monev\\?.*opd=${opd.id}`));
    await page.getByTestId('monev-table').getByRole('link').first().waitFor();

    await page.goto(`/pengaturan/monev?year=${SETTINGS_YEAR}`);
    await page.getByRole('heading', { name: 'Pengaturan Monev', level: 1 }).waitFor();
    await page.getByTestId('monev-settings-empty').waitFor();
    const q1 = page.getByTestId('monev-settings-share-1');
    await q1.fill('25');
    await page.getByTestId('monev-settings-source').fill('Keputusan Pokja PUG Kota Palu');
    await page.getByTestId('monev-settings-save').click();
    await page.getByText(`Pengaturan monev ${SETTINGS_YEAR} disimpan.`).waitFor();
    const saved = await page.request.get(`/api/regions/72.71/monev/settings?year=${SETTINGS_YEAR}`);
    const settings = await saved.json();
    assert.equal(settings.expectedShare['1'], 25);
    assert.equal(settings.sourceNote, 'Keputusan Pokja PUG Kota Palu');
    await page.context().close();
  });
});
