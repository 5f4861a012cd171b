/**
 * Browser journey of issue 12's standardisation: DP3A invites a Kota Palu women's legal-aid
 * organisation from its registry page; the invitation arrives by e-mail (an SMTP server in this
 * process) and the organisation sets its password through the link. Its account opens a
 * dossier against the LPLPP example standard (labelled CONTOH — bukan standar resmi), answers
 * every criterion, attaches evidence files and submits. DP3A accepts all but one criterion,
 * asks for a fix with a comment and returns it; the organisation can change only that
 * criterion, fixes it and submits again; DP3A accepts and forwards; the province decides
 * terstandar. The certificate's public QR page (no login) says the standardisation is valid,
 * and the public directory of Kota Palu shows the organisation as Terstandar.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startTestSmtp, type TestSmtp } from '../../server/modules/notifications/test-smtp.js';
import { LPLPP_EXAMPLE } from '../../server/modules/institution-standards/examples.js';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const ORG = 'Lembaga Bantuan Hukum Perempuan Palu Bersatu';
const EMAIL = 'ketua.lbhp@contoh.id';
const ORG_PASSWORD = 'Sandi-Lembaga#2026';
const FIX = 'LEG.2';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function toast(page: Page, text: string) {
  await page.locator('.ant-message').getByText(text).first().waitFor();
}

describe('standardisation journey in Chromium', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let admin: Page;
  let org: Page;
  let prov: Page;
  let dossierUrl = '';

  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ env: { ...smtp.env, JOBS_POLL_MS: '250' } });
    admin = await h.newPage();
    org = await h.newPage();
    prov = await h.newPage();
    await signIn(admin, 'demo.admin', DEMO_PASSWORD);
    await signIn(prov, 'demo.provinsi', DEMO_PASSWORD);
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  test('DP3A invites the organisation; it sets its password from the e-mailed link', async () => {
    const list = await admin.request.get(
      `/api/regions/72.71/institutions?q=${encodeURIComponent('Bantuan Hukum')}`,
    );
    assert.equal(list.status(), 200, await list.text());
    const inst = ((await list.json()) as { items: { id: string; name: string }[] }).items.find(
      (i) => i.name === ORG,
    )!;
    await admin.goto(`/lembaga-layanan/${inst.id}`);
    await admin.getByRole('button', { name: 'Undang lembaga' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Nama penanggung jawab').fill('Siti Rahmawati Lamakampali');
    await dialog.getByLabel('E-mail penanggung jawab').fill(EMAIL);
    await dialog.getByRole('button', { name: 'Undang lembaga' }).click();
    let mails = smtp.delivered;
    while (!mails.some((m) => m.to.includes(EMAIL))) mails = await smtp.waitFor(mails.length + 1);
    const mail = mails.find((m) => m.to.includes(EMAIL))!;
    const link = /https?:\/\/\S+\/undangan\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);
    const username = /Nama pengguna Anda: (\S+)\. Buka/.exec(mail.text)?.[1];
    assert.ok(username, mail.text);
    await org.goto(new URL(link).pathname);
    await org.getByLabel('Kata sandi baru').fill(ORG_PASSWORD);
    await org.getByLabel('Ulangi kata sandi').fill(ORG_PASSWORD);
    await org.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await org.getByText('Kata sandi disimpan').waitFor();
    await signIn(org, username, ORG_PASSWORD);
  });

  test('the organisation fills the LPLPP example dossier with evidence and submits', async () => {
    await org.goto('/lembaga-layanan/standardisasi');
    await org.getByRole('button', { name: 'Mulai berkas' }).click();
    const dialog = org.getByRole('dialog');
    await dialog.getByText(LPLPP_EXAMPLE.name).click();
    await dialog.getByRole('button', { name: 'Mulai berkas' }).click();
    await org.waitForURL(/\/lembaga-layanan\/standardisasi\/[0-9a-f-]{36}$/);
    dossierUrl = new URL(org.url()).pathname;
    await org.getByTestId('example-standard').first().waitFor();
    for (const e of LPLPP_EXAMPLE.elements) {
      for (const c of e.criteria) {
        const card = org.getByTestId(`criterion-${c.code}`);
        if (c.kind === 'yes_no') await card.getByText('Ya', { exact: true }).click();
        else if (c.kind === 'scale') await card.getByText('4', { exact: true }).click();
        else await card.getByRole('spinbutton').fill(String(c.thresholds!.at(-1)!.min));
        await org.getByTestId(`save-${c.code}`).click();
        await toast(org, `Jawaban ${c.code} tersimpan.`);
        if (c.evidenceExpected) {
          await org
            .getByTestId(`criterion-${c.code}`)
            .locator('input[type=file]')
            .setInputFiles({ name: `bukti-${c.code}.png`, mimeType: 'image/png', buffer: PNG });
          await toast(org, `Bukti bukti-${c.code}.png terunggah.`);
          await org.getByTestId(`criterion-${c.code}`).getByText(`bukti-${c.code}.png`).waitFor();
        }
      }
    }
    await org.getByTestId('dossier-submit').click();
    await toast(org, 'Berkas diajukan.');
    await org.getByText('Diperiksa DP3A').first().waitFor();
  });

  test('DP3A asks for a fix on one criterion and returns the dossier', async () => {
    await admin.goto(dossierUrl);
    await admin.getByRole('button', { name: 'Terima semua yang belum diperiksa' }).click();
    const card = admin.getByTestId(`criterion-${FIX}`);
    await card.getByText('Perlu diperbaiki', { exact: true }).click();
    await card.getByPlaceholder('Apa yang perlu diperbaiki').fill('Lampirkan AD/ART yang sudah disahkan.');
    await admin.getByTestId('dossier-save-reviews').click();
    await toast(admin, 'Pemeriksaan tersimpan.');
    await admin.getByTestId('dossier-return').click();
    await toast(admin, 'Berkas dikembalikan ke lembaga.');
  });

  test('the organisation can change only that criterion; it fixes it and submits again', async () => {
    await org.goto(dossierUrl);
    await org.getByText('Lampirkan AD/ART yang sudah disahkan.').waitFor();
    assert.equal(await org.getByTestId('save-STR.1').count(), 0, 'an accepted criterion is locked');
    const card = org.getByTestId(`criterion-${FIX}`);
    await card.getByRole('textbox').fill('AD/ART disahkan rapat anggota 2024, terlampir.');
    await org.getByTestId(`save-${FIX}`).click();
    await toast(org, `Jawaban ${FIX} tersimpan.`);
    await org
      .getByTestId(`criterion-${FIX}`)
      .locator('input[type=file]')
      .setInputFiles({ name: 'ad-art.png', mimeType: 'image/png', buffer: PNG });
    await toast(org, 'Bukti ad-art.png terunggah.');
    await org.getByTestId('dossier-submit').click();
    await toast(org, 'Berkas diajukan.');
  });

  test('DP3A accepts and forwards; the province decides terstandar', async () => {
    await admin.goto(dossierUrl);
    await admin.getByRole('button', { name: 'Terima semua yang belum diperiksa' }).click();
    await admin.getByTestId('dossier-save-reviews').click();
    await toast(admin, 'Pemeriksaan tersimpan.');
    await admin.getByTestId('dossier-forward').click();
    await toast(admin, 'Berkas diteruskan.');
    await prov.goto(dossierUrl);
    await prov.getByTestId('dossier-decide').click();
    const dialog = prov.getByRole('dialog');
    await dialog.getByLabel('Nomor keputusan').fill('463/21/DP3A-PROV/XII/2026');
    await dialog.getByLabel('Tanggal keputusan').click();
    await prov.keyboard.type(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar' }).format(new Date()).replace(/\//g, '-'),
    );
    await prov.keyboard.press('Enter');
    await prov.locator('#decide-ok').click();
    await toast(prov, 'Keputusan tersimpan.');
    await prov.getByText('Terstandar', { exact: true }).first().waitFor();
  });

  test('the QR page says valid and the public directory shows the organisation as standardised', async () => {
    await admin.goto(dossierUrl);
    const href = await admin.getByTestId('dossier-verify').getAttribute('href');
    assert.ok(href);
    const anonymous = await h.newPage();
    await anonymous.goto(href);
    await anonymous.getByText('Status terstandar sah dan berlaku').waitFor();
    assert.ok(await anonymous.getByText(ORG).isVisible());
    await anonymous.goto('/direktori-layanan/72.71');
    const entry = anonymous.locator('li, article, tr, section').filter({ hasText: ORG }).last();
    await entry.getByText('Terstandar').first().waitFor();
  });
});
