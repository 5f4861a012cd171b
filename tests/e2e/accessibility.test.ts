/**
 * Accessibility and phones, in Chromium: axe-core (WCAG 2.0–2.2 A and AA rules) finds no
 * serious or critical violation on any main page, signed in as the roles that see them, and
 * each has exactly one h1 (its title); at 390 × 844 the review board and the sub-kegiatan table fit the screen (their tables scroll
 * inside their own box with the first column frozen, SIPD codes unbroken) and the side menu
 * is a drawer behind a labelled button; the English UI shows no raw codes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const PHONE = { width: 390, height: 844 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The main pages, each under a role that sees it (the GAP editor's id is found at run time). */
const PAGES: Record<string, string[]> = {
  'demo.admin': [
    '/',
    '/opd',
    '/indikator',
    '/data/isian',
    '/data/verifikasi',
    '/data/impor',
    '/data/jelajah',
    '/data/kesenjangan',
    '/data/profil',
    '/perencanaan/sub-kegiatan?year=2026',
    '/perencanaan/rekap-arg',
    '/perencanaan/rpjmd',
    '/pengaturan/kop-surat',
    '/users',
    '/audit',
    '/account',
    '/notifikasi',
    '/panduan',
    '/evaluasi/bukti-dukung',
  ],
  'demo.operator': ['/', '/data/isian', '/perencanaan/sub-kegiatan?year=2026', '/notifikasi'],
  'demo.reviewer': ['/perencanaan/review', 'GAP'],
  'demo.provinsi': ['/'],
};

describe('accessibility and phones in Chromium', () => {
  let h: Harness;
  // One signed-in phone for the phone checks (a sign-in costs seconds on a loaded machine).
  let phone: Page;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  async function open(user: string | null, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'id-ID', ...options });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    if (user) {
      await page.goto('/login');
      await page.getByLabel(/Nama pengguna|Username/i).fill(user);
      await page.getByLabel(/Kata sandi|Password/i).fill(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    }
    return page;
  }

  /** Opens a page and waits until its data is drawn: a heading, no spinner, no running motion. */
  async function visit(page: Page, path: string): Promise<void> {
    await page.goto(path);
    await page
      .locator('h1, h2')
      .first()
      // Generous: the browser journeys share a loaded two-core machine.
      .waitFor({ timeout: 45_000 })
      .catch((e: Error) => assert.fail(`${path}: no heading drawn (${e.message.split('\n')[0]})`));
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'));
    // antd fades things in; a half-faded text would be measured at the wrong contrast.
    await page.waitForTimeout(400);
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
            .join(' | ')}`,
      );
  }

  /** Where the page is wider than the screen, and the widest things that make it so. */
  async function horizontalOverflow(page: Page): Promise<string | null> {
    return page.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return null;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const right = el.getBoundingClientRect().right;
          const parent = el.parentElement?.getBoundingClientRect().right ?? 0;
          return right > root.clientWidth + 1 && parent <= root.clientWidth + 1;
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`);
      return `${root.scrollWidth}px wide on a ${root.clientWidth}px screen: ${culprits.join(', ')}`;
    });
  }

  test('no serious or critical axe violation on the sign-in page', async () => {
    const page = await open(null);
    await visit(page, '/login');
    assert.deepEqual(await seriousViolations(page), []);
    assert.equal(await page.locator('h1').count(), 1);
    await page.context().close();
  });

  for (const [user, paths] of Object.entries(PAGES)) {
    test(`no serious or critical axe violation on ${user}'s main pages`, async () => {
      const page = await open(user);
      const found: string[] = [];
      for (let path of paths) {
        if (path === 'GAP') {
          const list = await (await page.request.get('/api/regions/72.71/gap?year=2026')).json();
          path = `/perencanaan/gap/${(list.items ?? list)[0].id}`;
        }
        await visit(page, path);
        for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
        // Exactly one h1, the page's title: what screen readers and RouteFocus name the page by.
        const titles = await page.locator('h1').allInnerTexts();
        if (titles.length !== 1) found.push(`${path}: ${titles.length} h1 (${titles.join(' | ')})`);
      }
      assert.deepEqual(found, []);
      await page.context().close();
    });
  }

  test('on a phone the menu is a drawer behind a labelled button', async () => {
    phone = await open('demo.admin', { viewport: PHONE });
    const page = phone;
    await visit(page, '/data/verifikasi');
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    assert.equal(await menu.isVisible(), false, 'the menu starts folded away');
    const toggle = page.getByRole('button', { name: 'Buka menu' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await menu.waitFor();
    assert.equal(await horizontalOverflow(page), null, 'the open drawer covers the page, not widens it');
    await menu.getByRole('link', { name: 'Sub-kegiatan & ARG' }).click();
    await page.waitForURL(/\/perencanaan\/sub-kegiatan/);
    await menu.waitFor({ state: 'hidden' });
    // Checked once the page is drawn, as visit() does for the other pages.
    await page.getByTestId('sub-table').locator('tr.ant-table-row, .ant-empty').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'));
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('on a phone the review board and the sub-kegiatan table fit the screen', async () => {
    const page = phone ?? (await open('demo.admin', { viewport: PHONE }));
    for (const [path, table] of [
      ['/data/verifikasi', 'review-table'],
      ['/perencanaan/sub-kegiatan?year=2026', 'sub-table'],
    ]) {
      await visit(page, path);
      await page.getByTestId(table).locator('tbody tr.ant-table-row').first().waitFor();
      assert.equal(await horizontalOverflow(page), null, `${path} fits 390 px`);
      const box = page.getByTestId(table).locator('.ant-table-content, .ant-table-body').first();
      const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
      assert.ok(scrolls, `${path}: the table scrolls inside its own box`);
      const frozen = page
        .getByTestId(table)
        .locator('tbody td.ant-table-cell-fix-start, tbody td.ant-table-cell-fix-left');
      assert.ok((await frozen.count()) > 0, `${path}: the first column is frozen`);
    }
    // A SIPD code is one unbroken line.
    const code = page.getByTestId('sub-table').locator('.setara-code').first();
    const { wrap, height, lineHeight } = await code.evaluate((el) => ({
      wrap: getComputedStyle(el).whiteSpace,
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 20,
    }));
    assert.equal(wrap, 'nowrap');
    assert.ok(height < lineHeight * 1.8, `the code stays on one line (${height}px)`);
    await page.context().close();
  });

  test('the English UI shows units, sources and audit entries in words, not codes', async () => {
    const page = await open('demo.admin');
    await page.getByTestId('lang-en').click();
    const rawKey = /\b[a-z]+(?:_[a-z0-9]+)+\b/;
    for (const path of ['/indikator', '/data/kesenjangan', '/audit']) {
      await visit(page, path);
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, rawKey, `${path} shows no snake_case key`);
      assert.doesNotMatch(text, /\borang\b/, `${path} shows units in English`);
      assert.doesNotMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/, `${path} shows no raw id`);
    }
    // The audit log leaves sign-ins out until asked for.
    const table = page.getByTestId('audit-table');
    assert.equal(await table.getByText('Sign in', { exact: true }).count(), 0);
    await page.getByTestId('audit-sign-ins').click();
    await table.getByText('Sign in', { exact: true }).first().waitFor();
    await page.context().close();
  });
});
