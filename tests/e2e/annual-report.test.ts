/**
 * Browser journey of the Laporan Pelaksanaan PUG: DP3A (demo.admin) opens the page from the
 * menu for the demo's full year (its CONTOH draft is version 1), writes the kendala, saves the
 * draft (version 2, listed in the history), and downloads the DOCX, which names the region and
 * carries the text just typed (read back with mammoth). The page has no serious or critical
 * axe-core (WCAG 2.x A/AA) violation.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import mammoth from 'mammoth';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
/** The demo's previous year, with its CONTOH draft (server/db/seed/demo-annual-report.ts). */
const YEAR = 2025;
const KENDALA = 'Focal point Dinas Sosial berganti dua kali sehingga data terpilah semester II tertunda.';

describe('annual PUG report journey in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  test('DP3A writes the kendala, saves a draft version and downloads the DOCX with it', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Laporan Pelaksanaan PUG' })
      .click();
    await page.getByRole('heading', { name: 'Laporan Pelaksanaan PUG', level: 1 }).waitFor();
    await page.goto(`/monev/laporan-pug?year=${YEAR}`);
    await page.getByTestId('annual-demo').waitFor();
    await page.getByTestId('annual-section-data_terpilah').waitFor();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );

    const kendala = page.getByLabel('Kendala');
    await kendala.fill(KENDALA);
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
