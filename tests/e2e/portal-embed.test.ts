/**
 * The portal's embeddable widgets in Chromium: a visitor copies the chart's iframe snippet from
 * an indicator page's "Sematkan" section and pastes it into a blank page of another site
 * (a second HTTP server on another port: another origin than the app's): the widget renders there with
 * its chart, its data table and its link back, while the same page cannot frame the region
 * page. axe-core (WCAG 2.0–2.2 A and AA) finds no serious or critical violation in either
 * widget.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes[0]?.target.join(' ')}`);
}

describe('portal widgets in Chromium', () => {
  let h: Harness;
  let page: Page;
  before(async () => {
    h = await startHarness();
    page = await h.newPage();
  });
  after(() => h?.close());

  test(
    'the copied chart snippet renders on another site; the region page refuses to be framed',
    { timeout: 180_000 },
    async () => {
      await page.goto('/p/72.71-kota-palu/KES_UHH');
      const snippet = await page.locator('#embed-chart').inputValue();
      assert.match(snippet, /^<iframe src="https?:\/\/[^"]+\/embed\/72\.71\/KES_UHH\/chart" title="[^"]+"/);
      // The snippet names the app's public address (PUBLIC_URL); this server listens on a port
      // the kernel chose, so the test points the same snippet there.
      const pasted = snippet.replace(/src="https?:\/\/[^/]+/, `src="${h.baseUrl}`);
      const refused = `<iframe src="${h.baseUrl}/p/72.71-kota-palu" title="region page"></iframe>`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body>${pasted}${refused}</body></html>`;
      const site = http.createServer((_, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
      );
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      const address = site.address();
      const blankSite = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
      after(() => site.close());
      await page.goto(blankSite);
      const frameOf = async (part: string): Promise<Frame> => {
        for (let i = 0; i < 50; i++) {
          const frame = page.frames().find((f) => f.url().includes(part));
          if (frame) return frame;
          await page.waitForTimeout(100);
        }
        throw new Error(
          `no frame for ${part}: ${page
            .frames()
            .map((f) => f.url())
            .join(', ')} ${(await page.content()).slice(0, 600)}`,
        );
      };
      const widget = await frameOf('/embed/72.71/KES_UHH/chart');
      await widget.waitForSelector('svg[role="img"]');
      assert.match(await widget.locator('h1').innerText(), /Umur harapan hidup/);
      await widget.locator('summary').click();
      assert.ok((await widget.locator('table tbody tr').count()) >= 2, 'the data table opens');
      assert.match(
        (await widget.locator('footer a').getAttribute('href')) ?? '',
        /\/p\/72\.71-kota-palu\/KES_UHH$/,
      );

      // The region page is not a widget: Chromium refuses to show it inside another site.
      await page.waitForTimeout(500);
      const region = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
      assert.ok(region, 'the second iframe is there');
      // Chromium swaps a refused frame for its own error page (chrome-error://…).
      assert.doesNotMatch(region.url(), /\/p\/72\.71/);
      const text = await region
        .locator('body')
        .innerText()
        .catch(() => '');
      assert.doesNotMatch(
        text,
        /Data gender terpilah|terverifikasi/,
        'the region page rendered inside another site',
      );
    },
  );

  test(
    'no serious or critical axe-core violation in the chart and map widgets',
    { timeout: 180_000 },
    async () => {
      for (const path of ['/embed/72.71/KES_UHH/chart', '/embed/72.71/KES_UHH/map?lang=en']) {
        await page.goto(path);
        assert.deepEqual(await seriousViolations(page), [], path);
      }
    },
  );
});
