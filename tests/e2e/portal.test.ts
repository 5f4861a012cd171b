/**
 * The open-data portal in Chromium, as an anonymous visitor with JavaScript switched off (the
 * pages must not need it; axe-core runs in a second context, since it is a script): from the front door, search "palu", open Kota Palu's page, read a
 * verified figure with its year, source and badge, open a sparkline's data table, switch to
 * English. axe-core (WCAG 2.0–2.2 A and AA) finds no serious or critical violation on the front
 * door and the region page; at phone width the page does not scroll sideways and its first
 * screen says whose data this is. From the region page to an indicator's page: its map and
 * ranked table, and its CSV download, whose numbers are the page table's (axe-core there too).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes[0]?.target.join(' ')}`);
}

describe('open-data portal in Chromium, without JavaScript', () => {
  let h: Harness;
  let page: Page;
  let checker: Page;
  before(async () => {
    h = await startHarness();
    const open = async (javaScriptEnabled: boolean) => {
      const context = await h.browser.newContext({
        baseURL: h.baseUrl,
        locale: 'id-ID',
        javaScriptEnabled,
        viewport: { width: 390, height: 844 },
      });
      context.setDefaultTimeout(30_000);
      return context.newPage();
    };
    page = await open(false);
    checker = await open(true);
  });
  after(() => h?.close());

  test(
    'no serious or critical axe-core violation on the front door and the region page',
    { timeout: 180_000 },
    async () => {
      for (const path of ['/p', '/p?q=kota', '/p/72.71-kota-palu', '/p/72.71-kota-palu?lang=en']) {
        await checker.goto(path);
        assert.deepEqual(await seriousViolations(checker), [], path);
      }
    },
  );

  test(
    'an anonymous visitor finds Kota Palu from the front door and reads a verified figure',
    { timeout: 180_000 },
    async () => {
      await page.goto('/p');
      await page.getByLabel('Nama wilayah').fill('palu');
      await page.getByRole('button', { name: 'Cari' }).click();
      await page.waitForURL(/\/p\?q=palu/);
      await page.getByRole('link', { name: 'Kota Palu' }).click();
      await page.waitForURL(/\/p\/72\.71-kota-palu$/);

      assert.equal(await page.locator('h1').textContent(), 'Kota Palu');
      await page.getByText('DATA DEMO').first().waitFor();
      const row = page.locator('tr').filter({ hasText: 'Angka melek huruf' }).first();
      const text = (await row.textContent()) ?? '';
      assert.match(text, /20\d\d/, 'the year');
      assert.match(text, /terverifikasi/);
      assert.match(text, /Susenas/, 'the source');

      // Each sparkline reads as text: its first and last figures by sex (the full table is on
      // the indicator page its name links to).
      const spark = row.getByRole('img');
      assert.match((await spark.getAttribute('aria-label')) ?? '', /perempuan [\d.,]+ → [\d.,]+, laki-laki/);

      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(sideways <= 1, `the page scrolls sideways by ${sideways}px at phone width`);

      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\?lang=en$/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await page.getByRole('heading', { name: 'Widest gender gaps' }).waitFor();
    },
  );

  test(
    "an indicator's page from the region page: map, table, and a CSV that matches the table",
    { timeout: 180_000 },
    async () => {
      await page.goto('/p/72.71-kota-palu');
      await page.getByRole('link', { name: 'Umur harapan hidup saat lahir (UHH)', exact: true }).click();
      await page.waitForURL(/\/p\/72\.71-kota-palu\/KES_UHH$/);
      assert.equal(await page.locator('h1').textContent(), 'Umur harapan hidup saat lahir (UHH)');
      await page.locator('section[aria-labelledby="comparison"] svg[role="img"]').first().waitFor();
      const own = page.locator('#comparison-table tr').filter({ hasText: 'Kota Palu' });
      assert.match((await own.textContent()) ?? '', /terverifikasi/);

      // The series table: year, P, L, … as the page prints them (Indonesian numbers).
      const table = await page
        .locator('#series-table tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent ?? '')),
        );
      assert.ok(table.length > 0, 'the series table has rows');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'CSV', exact: true }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^setara-72\.71-kota-palu-KES_UHH-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv
        .trim()
        .split('\r\n')
        .map((l) => l.split(';'));
      const header = lines[0];
      const at = (name: string) => header.indexOf(name);
      const fromPage = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));
      for (const [period, p, l] of table) {
        for (const [sex, shown] of [
          ['P', p],
          ['L', l],
        ] as const) {
          const line = lines.find(
            (c) =>
              c[at('region_code')] === '72.71' &&
              c[at('period')] === period &&
              c[at('sex')] === sex &&
              c[at('dimension')] === '',
          );
          if (shown === '—') {
            assert.equal(line, undefined, `${period} ${sex}: withheld on the page, absent from the CSV`);
            continue;
          }
          assert.ok(line, `${period} ${sex} in the CSV`);
          const decimals = shown.split(',')[1]?.length ?? 0;
          const value = Number(line[at('value')].replace(',', '.'));
          assert.equal(value.toFixed(decimals), fromPage(shown).toFixed(decimals), `${period} ${sex}`);
          assert.equal(line[at('status')], 'verified');
        }
      }

      for (const path of ['/p/72.71-kota-palu/KES_UHH', '/p/72.71-kota-palu/KES_UHH?lang=en']) {
        await checker.goto(path);
        assert.deepEqual(await seriousViolations(checker), [], path);
      }
    },
  );
});
