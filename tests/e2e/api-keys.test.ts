/**
 * Getting an API key in Chromium: the link from the confirmation e-mail (a real in-process
 * SMTP server) opens a page that works without JavaScript and with the keyboard — the button
 * makes the key and shows it once — and axe-core (WCAG 2.0–2.2 A and AA) finds no serious or
 * critical violation on the page before and after. The key then lifts the caller above the
 * anonymous limit of the open read API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startTestSmtp, type TestSmtp } from '../../server/modules/notifications/test-smtp.js';
import { startHarness, type Harness } from './support/harness.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TOKEN_IN_MAIL = /\/kunci-api\/([A-Za-z0-9_-]{43})/;

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes[0]?.target.join(' ')}`);
}

describe('API key page in Chromium', () => {
  let h: Harness;
  let smtp: TestSmtp;
  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ env: { ...smtp.env, JOBS_POLL_MS: '200', RATE_LIMIT_ANON_PER_MINUTE: '5' } });
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  /** Asks for a key over HTTP and answers the page path from the e-mail the job sends. */
  async function linkFor(email: string): Promise<string> {
    const res = await fetch(`${h.baseUrl}/api/public/api-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, name: 'Redaksi Data', purpose: 'Liputan kesenjangan gender' }),
    });
    assert.equal(res.status, 202, await res.text());
    const mail = await smtp.waitForMail((m) => m.to.includes(email), 20_000);
    return `/kunci-api/${TOKEN_IN_MAIL.exec(mail.text)![1]}`;
  }

  async function open(javaScriptEnabled: boolean): Promise<Page> {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'id-ID', javaScriptEnabled });
    context.setDefaultTimeout(30_000);
    return context.newPage();
  }

  test(
    'no serious or critical axe-core violation before and after the key is made',
    { timeout: 120_000 },
    async () => {
      const page = await open(true);
      await page.goto(await linkFor('axe@example.org'));
      assert.deepEqual(await seriousViolations(page), [], 'confirmation page');
      await page.getByRole('button', { name: /Buat kunci API/ }).click();
      await page
        .getByText(/Kunci API Anda/)
        .first()
        .waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'key page');
    },
  );

  test(
    'without JavaScript, by keyboard: the key is shown once and lifts the limit',
    { timeout: 120_000 },
    async () => {
      const page = await open(false);
      const link = await linkFor('keyboard@example.org');
      await page.goto(link);
      await page.keyboard.press('Tab');
      assert.equal(await page.locator('button:focus').count(), 1, 'Tab reaches the button');
      await Promise.all([page.waitForURL(`**${link}`), page.keyboard.press('Enter')]);
      const key = (await page.locator('output').textContent())?.trim() ?? '';
      assert.match(key, /^setara_[A-Za-z0-9_-]{43}$/);

      const directory = (headers: Record<string, string> = {}) =>
        fetch(`${h.baseUrl}/api/public/directory/72.71`, { headers });
      const anonymous = [];
      for (let i = 0; i < 6; i++) anonymous.push((await directory()).status);
      assert.equal(anonymous.at(-1), 429, anonymous.join(','));
      assert.equal((await directory({ 'x-api-key': key })).status, 200);

      // The same link again shows the refusal, not the key.
      await page.goto(link);
      await Promise.all([page.waitForURL(`**${link}`), page.getByRole('button').click()]);
      assert.equal(await page.locator('output').count(), 0);
      assert.match((await page.getByRole('alert').textContent()) ?? '', /tidak berlaku/);
    },
  );
});
