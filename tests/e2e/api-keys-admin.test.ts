/**
 * The superadmin's API keys page in Chromium: a key made through the public registration (a
 * real in-process SMTP server carries the confirmation link) is found from the "Publikasi"
 * menu, searched for (the search lands in the URL), checked with axe-core (no serious or
 * critical violation), and revoked by keyboard behind its confirmation — then marked
 * "Dicabut oleh superadmin" and refused by the open read API. A DP3A sees the portal link but
 * neither the menu entry nor the page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestSmtp, type TestSmtp } from '../../server/modules/notifications/test-smtp.js';
import { signIn, startHarness, type Harness } from './support/harness.js';

const PASSWORD = 'Setara#Demo2026';
const TOKEN_IN_MAIL = /\/kunci-api\/([A-Za-z0-9_-]{43})/;
const EMAIL = 'redaksi@example.org';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('API keys page in Chromium', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let key: { key: string; prefix: string };
  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ env: { ...smtp.env, JOBS_POLL_MS: '200' } });
    const asked = await fetch(`${h.baseUrl}/api/public/api-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: EMAIL,
        name: 'Redaksi Data Palu',
        purpose: 'Liputan kesenjangan gender kabupaten/kota di Sulawesi Tengah, diperbarui setiap bulan',
      }),
    });
    assert.equal(asked.status, 202, await asked.text());
    const mail = await smtp.waitForMail((m) => m.to.includes(EMAIL), 20_000);
    const token = TOKEN_IN_MAIL.exec(mail.text)![1];
    const confirmed = await fetch(`${h.baseUrl}/api/public/api-keys/confirm/${token}`, { method: 'POST' });
    const body = await confirmed.text();
    assert.equal(confirmed.status, 200, body);
    key = JSON.parse(body) as { key: string; prefix: string };
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  test('the superadmin finds the key from the menu and revokes it', { timeout: 120_000 }, async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.superadmin', PASSWORD);
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    const portal = menu.getByRole('link', { name: /Portal data terbuka/ });
    assert.equal(await portal.getAttribute('href'), '/p', 'the national level links the national portal');
    assert.equal(await portal.getAttribute('target'), '_blank');
    await menu.getByRole('link', { name: 'Kunci API' }).click();
    await page.waitForURL('**/publikasi/kunci-api');
    await page.getByRole('heading', { level: 1, name: 'Kunci API' }).waitFor();

    const search = page.getByRole('searchbox', { name: 'Cari kunci API' });
    await search.fill(key.prefix);
    await page.waitForURL((url) => url.searchParams.get('q') === key.prefix);
    const row = page.getByTestId('api-keys-table').locator('tr', { hasText: key.prefix });
    await row.getByText(EMAIL).waitFor();
    assert.match((await row.textContent()) ?? '', /Redaksi Data Palu.*Aktif/);
    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
      [],
      'no serious or critical axe-core violation',
    );

    const revoke = row.getByRole('button', { name: `Cabut kunci ${key.prefix}` });
    await revoke.focus();
    await page.keyboard.press('Enter');
    const confirm = page.locator('.ant-popconfirm:visible');
    await confirm.getByText(`Cabut kunci ${key.prefix} milik Redaksi Data Palu?`).waitFor();
    await confirm.getByRole('button', { name: 'Cabut' }).click();
    await page.getByText(`Kunci ${key.prefix} dicabut.`).waitFor();
    await row.getByText('Dicabut oleh superadmin').waitFor();
    assert.equal(await row.getByRole('button', { name: /sudah dicabut/ }).isDisabled(), true);

    const refused = await fetch(`${h.baseUrl}/api/public/directory/72.71`, {
      headers: { 'x-api-key': key.key },
    });
    assert.equal(refused.status, 401);

    // The view is a link: opened afresh, it shows the same filtered list.
    await page.goto(`/publikasi/kunci-api?status=active&q=${key.prefix}`);
    await page.getByText('Tidak ada kunci yang cocok dengan saringan ini', { exact: false }).waitFor();
    assert.equal(await search.inputValue(), key.prefix);
    await page.context().close();
  });

  test('a DP3A sees the portal link but not the API keys', { timeout: 60_000 }, async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.admin', PASSWORD);
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    const portal = menu.getByRole('link', { name: /Portal data terbuka/ });
    assert.equal(await portal.getAttribute('href'), '/p/72.71-kota-palu');
    assert.equal(await portal.getAttribute('rel'), 'noreferrer');
    assert.equal(await menu.getByRole('link', { name: 'Kunci API' }).count(), 0);
    await page.goto('/publikasi/kunci-api');
    await page.getByRole('heading', { level: 1, name: 'Tidak ada akses' }).waitFor();
    await page.context().close();
  });
});
