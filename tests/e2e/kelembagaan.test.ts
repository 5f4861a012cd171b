/**
 * Browser journey of issue 11 (kelembagaan and coordination): DP3A creates a Rakor Pokja PUG
 * from the built-in template (the six intended outcomes pre-filled), dated today in Palu's time
 * (WITA) so that the sign-in window is open, and invites the whole Pokja PUG in one step.
 * Three people sign in on a phone-sized page through the short link of the Kehadiran tab — two
 * women and a man, one woman twice (told she is already recorded), signatures drawn with the
 * mouse; the organiser's live counts show 2 P and 1 L. The organiser writes the minutes and a
 * follow-up for Dinas Kesehatan with a due date; the Dinkes operator finds it in the inbox,
 * closes it with an evidence file, and the board shows it done. On the demo Bimtek of
 * 4 Dec 2024 a late participant gets a certificate, whose public verification page (no login)
 * says it is valid and names her. The events list, the event page, the public sign-in page and
 * the verification page have no serious or critical axe finding.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';
import { chooseOption } from './support/antd.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const REGION = '72.71';
const TITLE = 'Rakor Pokja PUG Kota Palu — persiapan Renja 2027';
/** The first of the six intended outcomes of the built-in Rakor template (seed 002). */
const OUTCOME_1 =
  'Terwujudnya sinergi antar SKPD untuk mendorong kesetaraan gender dalam perencanaan pembangunan.';
const FOLLOW_UP = 'Menyusun data terpilah kunjungan ibu hamil per puskesmas untuk Renja 2027.';
const DECISION = 'Setiap OPD menyerahkan data terpilah triwulan III paling lambat akhir bulan.';
/** A 1×1 PNG: the follow-up's evidence. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Who signs in on their phone: two women and a man. */
const WULAN = {
  fullName: 'Wulan Pratiwi Lamadjido',
  sex: 'Perempuan',
  institution: 'Dinas Kesehatan Kota Palu',
  phone: '0812 4400 1001',
};
const SRI = {
  fullName: 'Sri Mulyani Tombolotutu',
  sex: 'Perempuan',
  institution: 'Forum PUSPA Kota Palu',
  email: 'sri.mulyani@contoh.id',
};
const HENDRA = {
  fullName: 'Hendra Gunawan Lasaiba',
  sex: 'Laki-laki',
  institution: 'Bapperida Kota Palu',
  phone: '0813 5500 2002',
};
type Signer = { fullName: string; sex: string; institution: string; phone?: string; email?: string };

/** A late participant of the demo Bimtek, typed from the paper list, who gets a certificate. */
const LATE = 'Nirmala Dewi Pakamundi';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious or critical axe findings (as tests/e2e/accessibility.test.ts counts them), once antd has faded in. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** A calendar day in Palu (WITA, UTC+8, no daylight saving), `days` from today. */
function witaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const dmy = (iso: string) => iso.split('-').reverse().join('-');

/** Draws a signature on the sign-in page's canvas with mouse moves. */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.locator('#signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  assert.ok(box, 'the signature box is on screen');
  const x = box.x + 30;
  const y = box.y + box.height * 0.7;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const [dx, dy] of [
    [40, -60],
    [80, -10],
    [120, -70],
    [170, 0],
    [220, -50],
    [260, -20],
  ]) {
    await page.mouse.move(x + dx, y + dy, { steps: 6 });
  }
  await page.mouse.up();
}

/** One person fills the public sign-in form on a phone and sends it; answers the page's message. */
async function signInOnPhone(page: Page, path: string, who: Signer): Promise<string> {
  await page.goto(path);
  await page.getByRole('heading', { name: 'Daftar Hadir', level: 1 }).waitFor();
  await page.getByText(TITLE, { exact: true }).waitFor();
  await page.getByLabel('Nama lengkap').fill(who.fullName);
  await page.getByRole('radio', { name: who.sex, exact: true }).check();
  await page.getByLabel('Instansi / lembaga').fill(who.institution);
  if (who.phone) await page.getByLabel('Nomor HP').fill(who.phone);
  if (who.email) await page.getByLabel('E-mail').fill(who.email);
  await drawSignature(page);
  await page.getByRole('button', { name: 'Kirim daftar hadir' }).click();
  const done = page.locator('#done');
  await done.getByText('Terima kasih', { exact: true }).waitFor();
  return (await done.innerText()).replace(/\s+/g, ' ');
}

/** The value of one of the Kehadiran tab's live counts ("Perempuan", "Laki-laki", "Jumlah"). */
async function countOf(page: Page, title: string): Promise<string> {
  const stat = page.getByTestId('attendance-counts').locator('.ant-statistic', {
    has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }),
  });
  return (await stat.locator('.ant-statistic-content').innerText()).trim();
}

describe('Kelembagaan journey in Chromium: Rakor from the template, sign-in by phone, minutes, follow-up, certificate', () => {
  let h: Harness;
  let organiser: Page;
  let signInPath = '';
  let phone: BrowserContext;

  before(async () => {
    h = await startHarness();
    // DP3A works in Palu: its browser's clock is WITA, as the event's days are.
    const office = await h.browser.newContext({
      baseURL: h.baseUrl,
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
    });
    office.setDefaultTimeout(15_000);
    organiser = await office.newPage();
    await signIn(organiser, 'demo.admin', DEMO_PASSWORD);
    phone = await h.browser.newContext({
      baseURL: h.baseUrl,
      locale: 'id-ID',
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    phone.setDefaultTimeout(15_000);
  });
  after(async () => {
    await phone?.close();
    await h?.close();
  });

  test('DP3A creates a Rakor from the template, dated today (WITA), and invites the Pokja PUG', async () => {
    const page = organiser;
    await page.goto('/kelembagaan/kegiatan');
    await page.getByRole('heading', { name: 'Kegiatan Kelembagaan PUG', level: 1 }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'the events list');

    await page.getByRole('button', { name: 'Buat kegiatan' }).click();
    const dialog = page.getByRole('dialog');
    // On a loaded machine a click on an option that is still fading in can be lost: try again.
    const firstOutcome = dialog.getByLabel('Hasil yang diharapkan 1', { exact: true });
    for (let tries = 0; (await firstOutcome.count()) === 0; tries += 1) {
      assert.ok(tries < 3, 'the template was chosen');
      await chooseOption(page, dialog.getByLabel('Templat'), 'Rakor Pokja PUG (bawaan)');
      await firstOutcome.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    // The template fills the six intended outcomes of seed 002.
    assert.equal(await firstOutcome.inputValue(), OUTCOME_1);
    await dialog.getByLabel('Hasil yang diharapkan 6', { exact: true }).waitFor();
    assert.equal(await dialog.getByLabel('Hasil yang diharapkan 7', { exact: true }).count(), 0);
    await dialog.getByLabel('Judul').fill(TITLE);

    // A one-day event today (the organiser's browser runs on Palu's clock, so WITA), typed into
    // both ends of the range with Enter: Enter confirms the date and must not submit the form —
    // which, with kind, title and dates filled, would save the event there and then.
    const today = dmy(witaDay());
    const range = dialog.locator('.ant-picker-range');
    const posted: string[] = [];
    const watchPosts = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && /\/api\/regions\/[^/]+\/meetings$/.test(r.url())) posted.push(r.url());
    };
    page.on('request', watchPosts);
    for (const end of [0, 1]) {
      const input = range.locator('input').nth(end);
      await input.click();
      await input.pressSequentially(today);
      await input.press('Enter');
    }
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    await page.waitForTimeout(500);
    page.off('request', watchPosts);
    assert.deepEqual(posted, [], 'Enter in the date picker did not submit the form');
    assert.ok(await dialog.isVisible(), 'the form is still open');
    assert.equal(await range.locator('input').first().inputValue(), today);
    assert.equal(await range.locator('input').nth(1).inputValue(), today);
    await dialog.getByLabel('Tempat').fill('Ruang Rapat Bapperida Kota Palu');
    await chooseOption(
      page,
      dialog.getByLabel('OPD penyelenggara'),
      'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      'Pemberdayaan',
    );
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/kelembagaan\/kegiatan\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

    // Invitees: the whole Pokja PUG of the SK in force in one step (the demo's: ketua, sekretaris,
    // six anggota and one undangan), each once even when clicked twice.
    await page.getByRole('tab', { name: 'Undangan' }).click();
    await page.getByRole('button', { name: 'Undang seluruh Pokja PUG' }).click();
    await page.getByText('9 orang diundang.').waitFor();
    const invited = page.locator('.ant-table-tbody');
    await invited.getByRole('cell', { name: 'Dr. Ir. Rahmat Syamsuddin, M.T.', exact: true }).waitFor();
    await invited.getByRole('cell', { name: 'Dra. Hj. Nurhayati Lasahido, M.Si', exact: true }).waitFor();
    assert.equal(await invited.locator('tr.ant-table-row').count(), 9);
    await page.getByRole('button', { name: 'Undang seluruh Pokja PUG' }).click();
    await page.getByText('0 orang diundang.').waitFor();
    assert.equal(await invited.locator('tr.ant-table-row').count(), 9);

    // The sign-in link of today, as the organiser shows it on screen (QR code and short link).
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    const card = page.getByTestId('attendance-link');
    await card.getByText('Dibuka', { exact: true }).waitFor();
    await card.getByRole('img', { name: 'Kode QR daftar hadir' }).waitFor();
    const link = (await card.locator('code').innerText()).trim();
    assert.match(link, /\/hadir\/[^/]+$/);
    // PUBLIC_URL is not the harness's port: the path is what the QR code opens.
    signInPath = new URL(link).pathname;
    assert.deepEqual(await seriousViolations(page), [], 'the event page (Kehadiran)');
  });

  test('three people sign in on a phone, one woman twice; the organiser sees 2 women and 1 man', async () => {
    const first = await phone.newPage();
    assert.match(await signInOnPhone(first, signInPath, WULAN), /Terima kasih, kehadiran Anda tercatat\./);
    await first.goto(signInPath);
    await first.getByLabel('Nama lengkap').waitFor();
    assert.deepEqual(await seriousViolations(first), [], 'the public sign-in page on a phone');
    await first.close();

    for (const who of [SRI, HENDRA]) {
      const page = await phone.newPage();
      assert.match(await signInOnPhone(page, signInPath, who), /kehadiran Anda tercatat\./);
      await page.close();
    }
    // The same woman again, now with her degree (same name without titles, same phone): merged,
    // told so, and her details updated.
    const again = await phone.newPage();
    assert.match(
      await signInOnPhone(again, signInPath, { ...WULAN, fullName: `${WULAN.fullName}, S.KM` }),
      /Kehadiran Anda sudah tercatat hari ini/,
    );
    await again.close();

    const page = organiser;
    await page.reload();
    await page.getByTestId('attendance-counts').waitFor();
    for (let tries = 0; (await countOf(page, 'Jumlah')) !== '3'; tries += 1) {
      assert.ok(tries < 30, `the live total reached 3 (is ${await countOf(page, 'Jumlah')})`);
      await page.waitForTimeout(500);
    }
    assert.equal(await countOf(page, 'Perempuan'), '2');
    assert.equal(await countOf(page, 'Laki-laki'), '1');
    const table = page.getByTestId('attendance-table');
    assert.equal(await table.locator('tr.ant-table-row').count(), 3, 'three people, one row each');
    for (const name of [`${WULAN.fullName}, S.KM`, SRI.fullName, HENDRA.fullName])
      assert.equal(await table.getByRole('cell', { name, exact: true }).count(), 1, name);
    // The organiser sees the drawn signature.
    await table.getByRole('img', { name: `Tanda tangan ${HENDRA.fullName}` }).waitFor();
  });

  test('the organiser writes the minutes and a follow-up for Dinas Kesehatan with a due date', async () => {
    const page = organiser;
    await page.getByRole('tab', { name: 'Notulen' }).click();
    await page.getByRole('button', { name: 'Tulis notulen' }).click();
    await page
      .getByLabel('1. Pembukaan dan arahan Ketua Pokja PUG')
      .fill('Ketua Pokja PUG meminta setiap OPD menyiapkan data terpilah untuk Renja 2027.');
    await page.getByLabel('Keputusan 1', { exact: true }).fill(DECISION);
    const outcome = page.locator('.ant-card', { hasText: `1. ${OUTCOME_1}` });
    await outcome.getByText('Tercapai', { exact: true }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Notulen disimpan.').waitFor();
    await page.getByText(DECISION).waitFor();
    await page.getByText('Tercapai 1, sebagian 0, tidak tercapai 0, belum dinilai 5.').waitFor();

    await page.getByRole('tab', { name: 'Tindak lanjut' }).click();
    await page.getByTestId('follow-up-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('follow-up-text').fill(FOLLOW_UP);
    await chooseOption(page, dialog.getByLabel('OPD penanggung jawab'), 'Dinas Kesehatan', 'Kesehatan');
    await dialog.getByTestId('follow-up-due').fill(witaDay(14));
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tindak lanjut ditambahkan.').waitFor();
    const card = page.getByTestId('follow-up-card').filter({ hasText: FOLLOW_UP });
    await card.getByText('Penanggung jawab: Dinas Kesehatan').waitFor();
    await card.getByText('Belum dikerjakan').waitFor();
  });

  test('the Dinkes operator finds it in the inbox and closes it with evidence; the board shows it done', async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.operator', DEMO_PASSWORD);
    await page.goto('/notifikasi');
    await page.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    const item = page.getByTestId('notification-item').filter({ hasText: FOLLOW_UP });
    await item.getByText(`Dari kegiatan "${TITLE}"`, { exact: false }).waitFor();
    assert.equal(await item.getAttribute('data-unread'), 'true');
    await item.getByRole('link', { name: /^Tindak lanjut untuk Dinas Kesehatan/ }).click();
    await page.waitForURL(/\/kelembagaan\/tindak-lanjut\?.*id=/);

    const dialog = page.getByRole('dialog');
    await dialog.getByText(FOLLOW_UP).first().waitFor();
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'rekap-data-terpilah.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Bukti rekap-data-terpilah.png dilampirkan.').waitFor();
    await dialog.getByText('rekap-data-terpilah.png', { exact: true }).waitFor();
    await chooseOption(page, dialog.getByLabel('Status'), 'Selesai');
    await dialog.getByTestId('follow-up-note').fill('Rekap 13 puskesmas terlampir.');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tindak lanjut disimpan.').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The board lists open ones by default: all statuses show the closed one, done.
    await chooseOption(page, page.getByTestId('follow-up-filter-status'), 'Semua status');
    const card = page.getByTestId('follow-up-card').filter({ hasText: FOLLOW_UP });
    await card.getByText('Selesai', { exact: true }).waitFor();
    await card.getByText('1 bukti').waitFor();
    const api = await page.request.get(`/api/regions/${REGION}/follow-ups?status=done&pageSize=100`);
    assert.equal(api.status(), 200, await api.text());
    const done = ((await api.json()).items as { text: string; status: string }[]).find(
      (f) => f.text === FOLLOW_UP,
    );
    assert.equal(done?.status, 'done');
    await page.context().close();
  });

  test('the demo Bimtek issues a certificate whose public page says it is valid', async () => {
    const page = organiser;
    const list = await page.request.get(`/api/regions/${REGION}/meetings?year=2024&kind=bimtek`);
    assert.equal(list.status(), 200, await list.text());
    const bimtek = ((await list.json()).items as { id: string; title: string; startsOn: string }[]).find(
      (m) => m.startsOn === '2024-12-04',
    );
    assert.ok(bimtek, 'the demo has the Bimtek of 4 Dec 2024');
    // A participant typed late from the paper list has no certificate yet.
    const paper = await page.request.post(`/api/meetings/${bimtek.id}/attendance/paper`, {
      data: {
        day: '2024-12-04',
        rows: [
          { fullName: LATE, sex: 'P', institution: 'Dinas Sosial Kota Palu', position: 'Penyuluh Sosial' },
        ],
      },
    });
    assert.equal(paper.status(), 200, await paper.text());

    await page.goto(`/kelembagaan/kegiatan/${bimtek.id}?tab=pelatihan`);
    const row = page.getByTestId('training-participants').locator('tr', { hasText: LATE });
    await row.getByText('Belum ada', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('1 sertifikat diterbitkan.').waitFor();
    await row.getByText('Berlaku', { exact: true }).waitFor();
    const href = await row.getByRole('link', { name: 'Halaman verifikasi' }).getAttribute('href');
    assert.ok(href, 'the verification link is shown');
    const verifyPath = new URL(href, h.baseUrl).pathname;
    assert.match(verifyPath, /^\/sertifikat\/[^/]+$/);

    // Whoever scans the QR code has no account.
    const stranger = await h.newPage();
    const response = await stranger.goto(verifyPath);
    assert.equal(response?.status(), 200);
    await stranger.getByRole('heading', { name: 'Sertifikat sah', level: 1 }).waitFor();
    const named = stranger.locator('tr', { has: stranger.getByRole('rowheader', { name: 'Nama' }) });
    assert.equal((await named.locator('td').innerText()).trim(), LATE);
    assert.deepEqual(await seriousViolations(stranger), [], 'the verification page');
    await stranger.context().close();
  });

  test('DP3A corrects a focal point (every field) and enters the officials and trained staff of one OPD', async () => {
    const page = organiser;
    await page.goto('/kelembagaan/focal-point');
    await page.getByRole('heading', { name: 'Focal Point PUG', level: 1 }).waitFor();
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await first.getByRole('button', { name: 'Ubah', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // Every field the API lets change is in the form.
    for (const label of [
      'Jabatan',
      'Nomor SK',
      'Tanggal SK',
      'Pelatihan',
      'Tahun pelatihan',
      'Tanggal berhenti',
    ])
      await dialog.getByLabel(label, { exact: true }).waitFor();
    await dialog.getByLabel('Jabatan', { exact: true }).fill('Kepala Subbagian Perencanaan dan Evaluasi');
    await dialog.getByLabel('Nomor SK', { exact: true }).fill('800/77/SK-FP/2026');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await first.getByText('800/77/SK-FP/2026').waitFor();
    await first.getByText('Kepala Subbagian Perencanaan dan Evaluasi').waitFor();

    // Officials by echelon for one OPD, beside the region's own totals.
    await page.goto('/kelembagaan/angka');
    await page.getByRole('heading', { name: 'Angka Kelembagaan PUG', level: 1 }).waitFor();
    await chooseOption(page, page.getByLabel('Untuk', { exact: true }), 'Dinas Kesehatan', 'Kesehatan');
    await page.getByLabel('Pengawas (eselon IV) — Perempuan').fill('7');
    await page.getByLabel('Pengawas (eselon IV) — Laki-laki').fill('5');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const entered = page.locator('table', { has: page.locator('caption', { hasText: 'Yang sudah diisi' }) });
    await entered.locator('tr', { hasText: 'Dinas Kesehatan' }).filter({ hasText: 'Pengawas' }).waitFor();

    // Staff (ASN) trained in PUG/PPRG of the same OPD, in the editor beside it: the share per OPD.
    await chooseOption(page, page.getByLabel('ASN untuk', { exact: true }), 'Dinas Kesehatan', 'Kesehatan');
    await page.getByLabel('Jumlah ASN', { exact: true }).fill('40');
    await page.getByLabel('ASN terlatih PUG/PPRG', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Simpan jumlah ASN', exact: true }).click();
    const staff = page.locator('table', { has: page.locator('caption', { hasText: 'Jumlah ASN tercatat' }) });
    await staff.locator('tr', { hasText: 'Dinas Kesehatan' }).filter({ hasText: '25 %' }).waitFor();
    await page.locator('tr', { hasText: 'Dinas Kesehatan' }).filter({ hasText: '25 % (10/40)' }).waitFor();
  });
});
