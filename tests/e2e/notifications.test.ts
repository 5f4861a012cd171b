/**
 * Browser journey of notifications: an operator's submitted values are returned by DP3A with
 * a comment; the operator's bell counts it, the inbox shows it and opens the values, and the
 * same notice arrives as an e-mail in a real SMTP server running in this process.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  startTestSmtp,
  type DeliveredMail,
  type TestSmtp,
} from '../../server/modules/notifications/test-smtp.js';
import { chooseOption } from './support/antd.js';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const COMMENT = 'Sumber data persalinan 2025 belum dicantumkan.';

/** The signed-in user's unread notifications as the server counts them, as the bell prints it. */
async function unreadCount(page: Page): Promise<string> {
  const res = await page.request.get('/api/notifications/unread-count');
  assert.equal(res.status(), 200);
  return String(((await res.json()) as { unread: number }).unread);
}

/** The delivered mail once it holds what `enough` looks for (10 s at most per further mail). */
async function mailsUntil(smtp: TestSmtp, enough: (mails: DeliveredMail[]) => boolean) {
  let mails = smtp.delivered;
  while (!enough(mails)) mails = await smtp.waitFor(mails.length + 1);
  return mails;
}

describe('notifications journey in Chromium', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let operator: Page;
  let admin: Page;
  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ env: { ...smtp.env, JOBS_POLL_MS: '250' } });
    operator = await h.newPage();
    admin = await h.newPage();
    await signIn(operator, 'demo.operator', DEMO_PASSWORD);
    await signIn(admin, 'demo.admin', DEMO_PASSWORD);
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  test('the operator submits 2025 values (through the API, as the grid does)', async () => {
    const api = operator.request;
    const me = await (await api.get('/api/auth/me')).json();
    const headers = { origin: h.baseUrl };
    const saved = await api.put('/api/regions/72.71/entry', {
      headers,
      data: {
        period: '2025',
        values: [{ indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN', sex: 'P', value: '97,5' }],
      },
    });
    assert.equal(saved.status(), 200, await saved.text());
    const submitted = await api.post('/api/regions/72.71/entry/submit', {
      headers,
      data: { period: '2025', opdId: me.user.opdId },
    });
    assert.equal(submitted.status(), 200, await submitted.text());
  });

  test('DP3A sees the submission in its inbox and returns the values with a comment', async () => {
    const page = admin;
    await page.goto('/');
    await page
      .getByTestId('notification-count')
      .getByText(await unreadCount(page))
      .waitFor();
    await page.getByTestId('notification-bell').click();
    await page.waitForURL(/\/notifikasi$/);
    await page
      .getByTestId('notification-item')
      .getByText(/Data terpilah Dinas Kesehatan periode 2025 menunggu verifikasi/)
      .click();
    await page.waitForURL(/\/data\/verifikasi\?period=2025/);
    await chooseOption(page, page.getByTestId('period-year'), '2025');
    const row = page.getByTestId('review-row-Dinkes');
    await row.getByRole('button', { name: /Kembalikan/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Catatan untuk OPD').fill(COMMENT);
    await dialog.getByRole('button', { name: /Kembalikan/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Dikembalikan').waitFor();
  });

  test('the operator’s bell counts it; the inbox shows the comment and opens the values', async () => {
    const page = operator;
    await page.goto('/');
    const bell = page.getByTestId('notification-bell');
    const unread = await unreadCount(page);
    await page.getByTestId('notification-count').getByText(unread).waitFor();
    assert.equal(await bell.getAttribute('aria-label'), `Notifikasi, ${unread} belum dibaca`);
    await bell.click();
    const item = page.getByTestId('notification-item').first();
    await item.getByText('Data terpilah Dinas Kesehatan periode 2025 dikembalikan').waitFor();
    await item.getByText(new RegExp(COMMENT.replace(/\./g, '\\.'))).waitFor();
    assert.equal(await item.getAttribute('data-unread'), 'true');
    await item.getByRole('link').click();
    await page.waitForURL(/\/data\/isian\?period=2025&opd=/);
    await page.getByTestId('last-step').getByText(`Catatan: ${COMMENT}`).waitFor();
    // Read now: the bell counts one less (the demo may hold reminders of its own, e.g. monev ones
    // around a quarter's deadline, so the count is the server's, not a constant).
    await page.getByTestId('notification-bell').waitFor();
    const left = String(Number(unread) - 1);
    if (left === '0') {
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="notification-count"] .ant-badge-count'),
      );
    } else {
      await page.getByTestId('notification-count').getByText(left).waitFor();
    }
  });

  test('the same notice arrived by e-mail, in Indonesian, with a link to the values', async () => {
    // Other mail may arrive too (the demo's own reminders), so the two notices are looked for.
    const returned = (m: DeliveredMail) =>
      m.to.includes('operator@demo.setara.invalid') && /dikembalikan/.test(m.subject);
    const waiting = (m: DeliveredMail) =>
      m.to.includes('admin@demo.setara.invalid') && /menunggu verifikasi/.test(m.subject);
    const mails = await mailsUntil(smtp, (all) => all.some(returned) && all.some(waiting));
    const mail = mails.find(returned)!;
    assert.equal(mail.subject, '[Setara] Data terpilah Dinas Kesehatan periode 2025 dikembalikan');
    assert.match(mail.text, new RegExp(`dengan catatan: "${COMMENT.replace(/\./g, '\\.')}"`));
    assert.match(mail.text, /\/data\/isian\?period=2025&opd=/);
  });

  test('the operator switches e-mail of returns off on the account page', async () => {
    const page = operator;
    await page.goto('/account');
    const section = page.getByTestId('notification-preferences');
    await section.getByText('E-mail dikirim ke operator@demo.setara.invalid.').waitFor();
    const toggle = section.getByTestId('email-values_returned');
    assert.equal(await toggle.getAttribute('aria-checked'), 'true');
    await toggle.click();
    await page.getByText('Pengaturan notifikasi disimpan.').waitFor();
    await page.reload();
    assert.equal(await page.getByTestId('email-values_returned').getAttribute('aria-checked'), 'false');
  });

  test('switching the app to English makes English the e-mail language too', async () => {
    const page = operator;
    await page.getByTestId('lang-en').click();
    await page.getByTestId('notification-bell').and(page.getByLabel('Notifications')).waitFor();
    await page.waitForFunction(async () => {
      const res = await fetch('/api/notifications/preferences');
      return (await res.json()).language === 'en';
    });
    await page.goto('/notifikasi');
    await page.getByText('Sex-disaggregated data of Dinas Kesehatan for 2025 returned').waitFor();
  });

  test('DP3A sets a deadline under Pengaturan › Tenggat', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'Tenggat' }).click();
    await page.waitForURL(/\/pengaturan\/tenggat/);
    await page.getByTestId('deadline-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('deadline-year').fill('2031');
    const date = dialog.getByTestId('deadline-date');
    await date.click();
    await date.fill('31/3/2032');
    // Enter takes the typed date and submits the dialog's form.
    await date.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Tenggat disimpan.').waitFor();
    const table = page.getByTestId('deadline-table');
    await table.getByText('31 Maret 2032').waitFor();
    await table.getByText('Data terpilah').waitFor();
    await table.getByRole('cell', { name: '2031', exact: true }).waitFor();
  });
});
