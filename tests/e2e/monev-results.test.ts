/**
 * Browser journey of Hasil Pengendalian dan Evaluasi: DP3A (demo.admin) opens the page from the
 * menu for the demo's complete year (scored with the example configuration, labelled CONTOH),
 * reads an OPD's score as the API computes it, opens its row to see how it was reached, and
 * downloads the Rakor PDF, which names the OPD and its score. The page has no serious axe finding.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
/** The demo's previous year: Q1–Q4 reported (server/db/seed/demo-monev.ts). */
const YEAR = 2025;

/** 78.33 → "78,33", as the page and the documents print scores. */
const points = (n: number) => n.toFixed(2).replace('.', ',');

describe('monev results journey in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  test('DP3A reads an OPD’s score and its breakdown, and downloads the Rakor PDF with it', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    const api = await page.request.get(`/api/regions/72.71/monev/results?year=${YEAR}`);
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
    await page.goto(`/monev/hasil?year=${YEAR}`);
    await page
      .getByTestId('monev-results-basis')
      .getByText('CONTOH — bukan ketentuan resmi')
      .first()
      .waitFor();
    const score = page.getByTestId(`monev-results-score-${top.opd.shortName}`);
    assert.equal((await score.innerText()).trim(), points(top.score));

    // No serious or critical accessibility violation (as tests/e2e/accessibility.test.ts checks).
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      [],
    );

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
});
