/**
 * Browser journey of the home page: the Dinas Kesehatan operator lands on their home, sees
 * their draft values waiting (also as a badge in the menu) and follows the task to the entry
 * grid, and follows an overdue quarterly monev report to its page; the provinsi user lands on the province board, which lists the demo kab/kota and says
 * how many reported, and opens Kota Palu from it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';

describe('home journey in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  test('an operator lands on their home with their tasks and follows one to the entry grid', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.operator', DEMO_PASSWORD);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor();
    const drafts = page.getByTestId('task-values_to_submit');
    await drafts.getByText('Nilai draf untuk diajukan').waitFor();
    await drafts.getByText(/terakhir periode 2024/).waitFor();
    // Nothing came back to Dinas Kesehatan: said plainly, not as an empty card.
    await page.getByTestId('home-done').getByText('Tidak ada isian yang dikembalikan.').waitFor();
    // The same count badges the menu entry of the page that resolves it.
    const menuEntry = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', {
      name: /Isian data terpilah/,
    });
    await menuEntry.getByTestId('menu-badge').waitFor();
    const count = (await drafts.getByTestId('task-count').innerText()).trim();
    assert.match(await menuEntry.getByTestId('menu-badge').innerText(), new RegExp(`^${count}`));
    // Beranda comes first in the menu.
    const first = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').first();
    assert.equal((await first.innerText()).trim(), 'Beranda');

    await drafts.getByRole('link', { name: /Buka/ }).click();
    await page.waitForURL(/\/data\/isian\?.*period=2024/);
    await page.getByTestId('entry-opd-fixed').getByText('OPD: Dinas Kesehatan').waitFor();
    await page.context().close();
  });

  test('an operator sees their overdue monev report, badged in the menu, and opens it', async () => {
    // DP3A's deadlines for 2026: the first three quarters passed yesterday (in Indonesia), so
    // Dinkes's draft third quarter of the demo (PMT, 1.02.02.2.02.0015) is overdue on any date.
    const admin = await h.newPage();
    await signIn(admin, 'demo.admin', DEMO_PASSWORD);
    const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    const saved = await admin.request.put('/api/regions/72.71/monev/settings', {
      data: {
        year: 2026,
        expectedShare: { 1: 20, 2: 45, 3: 70, 4: 95 },
        deadlines: { 1: '2026-04-15', 2: '2026-07-15', 3: yesterday },
        sourceNote: 'Uji tenggat',
      },
    });
    assert.equal(saved.status(), 200, await saved.text());
    await admin.context().close();

    const page = await h.newPage();
    await signIn(page, 'demo.operator', DEMO_PASSWORD);
    const overdue = page.getByTestId('task-monev_overdue');
    await overdue.getByText('Laporan monev terlambat').waitFor();
    assert.equal((await overdue.getByTestId('task-count').innerText()).trim(), '1');
    const menuEntry = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', {
      name: /Monev triwulanan/,
    });
    await menuEntry.getByTestId('menu-badge').waitFor();
    await overdue.getByRole('link', { name: /Buka/ }).click();
    await page.waitForURL(/\/monev\/[0-9a-f-]{36}\/2026-Q3/);
    await page.getByRole('heading', { name: 'Laporan Triwulan III 2026' }).waitFor();
    await page.context().close();
  });

  test('the provinsi user lands on the province board, sees the demo kab/kota and opens it', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.provinsi', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Kabupaten/kota di Sulawesi Tengah' }).waitFor();
    const board = page.getByTestId('board-table');
    const palu = board.getByRole('link', { name: 'Buka Kota Palu' });
    await palu.waitFor();
    await board.getByRole('link', { name: 'Buka Kabupaten Donggala' }).waitFor();
    // The total is the kab/kota's sum, and says that only one of them reported.
    await page
      .getByTestId('board-total-note')
      .getByText(/dihitung dari 1 dari 13 kabupaten\/kota/)
      .waitFor();
    await page.getByTestId('board-not-reported').getByRole('link', { name: 'Kabupaten Donggala' }).waitFor();
    assert.equal(
      await page.getByTestId('board-not-reported').getByRole('link', { name: 'Kota Palu' }).count(),
      0,
    );

    await palu.click();
    await page.waitForURL(/region=72\.71/);
    await page.getByTestId('current-region').getByText('Kota Palu (72.71)').waitFor();
    // A provinsi user reads Palu: their one task there is the standardisation dossiers waiting
    // for the province (none in the demo), and the OPDs' progress.
    await page.getByTestId('home-nothing').waitFor();
    await page.getByTestId('home-progress').getByText('Dinas Kesehatan').waitFor();
    await page.context().close();
  });
});
