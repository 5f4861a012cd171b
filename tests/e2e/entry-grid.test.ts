/**
 * Browser journeys of the entry grid as a spreadsheet: the Dinas Kesehatan operator pastes a
 * block copied from Excel (Indonesian decimals, one bad cell, columns beyond the grid), undoes
 * and redoes it and saves; opens the page from the menu and finds the skip link the first Tab
 * stop there too; then works a period by keyboard alone (skip link, arrows, Home,
 * Ctrl+Home/End, the next-empty key, Enter, undo/redo, revert all, Ctrl+S); and the page fits a
 * phone without sideways scrolling of the page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const cell = (code: string, sex: 'P' | 'L') => `cell-${code}|${sex}|`;

/**
 * Six rows of Excel's P | L | Total | Keterangan for the Dinkes indicators from KES_HIV_BARU
 * down, as Excel puts them on the clipboard (CRLF, empty cells where the sheet is blank).
 * KES_IBU_BERSALIN and KES_KEMATIAN_IBU have no L column in the grid; "abc" is the bad cell.
 */
const BLOCK = [
  ['12', '15', '27', ''],
  ['3.456', '', '3.456', ''],
  ['72,5', '68,25', '', ''],
  ['1.234.567', '1.200.000', '2.434.567', ''],
  ['3.456', 'abc', '', ''],
  ['4', '', '4', ''],
]
  .map((row) => row.join('\t'))
  .join('\r\n')
  .concat('\r\n');

describe('the entry grid as a spreadsheet, in Chromium', () => {
  let h: Harness;
  let page: Page;
  before(async () => {
    h = await startHarness();
    page = await h.newPage();
    await signIn(page, 'demo.operator', DEMO_PASSWORD);
  });
  after(() => h?.close());

  test('a 6 × 4 block copied from Excel lands from the focused cell, with a summary; undo, redo, save', async () => {
    await page.goto('/data/isian?period=2025');
    await page.getByTestId('no-values').waitFor();
    await page.getByTestId(cell('KES_HIV_BARU', 'P')).click();
    await paste(page, BLOCK);

    const summary = page.getByTestId('paste-summary');
    await summary
      .getByText(
        '9 nilai ditempel, 5 ditolak: KES_KELAHIRAN_HIDUP, Laki-laki ("abc"): bukan angka; 4 nilai di luar tabel.',
      )
      .waitFor();
    const expected: [string, string][] = [
      [cell('KES_HIV_BARU', 'P'), '12'],
      [cell('KES_HIV_BARU', 'L'), '15'],
      [cell('KES_IBU_BERSALIN', 'P'), '3.456'],
      [cell('KES_JKN_CAKUPAN', 'P'), '72,5'],
      [cell('KES_JKN_CAKUPAN', 'L'), '68,25'],
      [cell('KES_JKN_PESERTA', 'P'), '1.234.567'],
      [cell('KES_JKN_PESERTA', 'L'), '1.200.000'],
      [cell('KES_KELAHIRAN_HIDUP', 'P'), '3.456'],
      [cell('KES_KELAHIRAN_HIDUP', 'L'), ''],
      [cell('KES_KEMATIAN_IBU', 'P'), '4'],
      [cell('KES_AKI', 'P'), ''],
    ];
    assert.deepEqual(await values(page, expected), expected);
    // The refused cell keeps what it had and carries no "Bukan angka" error.
    assert.equal(
      await page.getByTestId(cell('KES_KELAHIRAN_HIDUP', 'L')).getAttribute('aria-invalid'),
      'false',
    );
    await page.getByTestId('entry-dirty').getByText('9 perubahan belum disimpan').waitFor();

    // One paste is one undo step, across all its cells.
    await page.keyboard.press('Control+z');
    await page.getByTestId('entry-dirty').getByText('Semua perubahan tersimpan').waitFor();
    assert.equal(await page.getByTestId(cell('KES_JKN_PESERTA', 'P')).inputValue(), '');
    await page.keyboard.press('Control+y');
    await page.getByTestId('entry-dirty').getByText('9 perubahan belum disimpan').waitFor();
    assert.equal(await page.getByTestId(cell('KES_JKN_PESERTA', 'P')).inputValue(), '1.234.567');

    await page.getByTestId('entry-save').click();
    await page.getByText(/9 nilai tersimpan sebagai draf/).waitFor();
    assert.equal(await page.getByTestId(cell('KES_JKN_CAKUPAN', 'L')).inputValue(), '68,25');

    // The summary speaks English too.
    await page.getByTestId(cell('KES_UHH', 'P')).click();
    await page.getByTestId('lang-en').click();
    await page.getByTestId(cell('KES_UHH', 'P')).click();
    await paste(page, '71,5\t75,25\t\r\n1\r\n');
    await page
      .getByTestId('paste-summary')
      .getByText('2 values pasted, 1 refused: 1 value outside the table.')
      .waitFor();
    await page.getByTestId('lang-id').click();
  });

  test('opened from the menu, the focus starts at the top as after a load: the next Tab is the skip link', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: /^Isian data terpilah/ })
      .click();
    await page.waitForURL((url) => url.pathname === '/data/isian');
    await page.getByTestId('skip-to-grid').waitFor({ state: 'attached' });
    // The page's title (its one h1) is announced from where the focus now is.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="route-focus"]')?.textContent === 'Isian data terpilah',
    );
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await focused(page), 'route-focus');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'skip-to-grid');
  });

  test('keyboard only: skip link, arrows, Home, Ctrl+Home/End, next empty, Enter, undo/redo, revert all, save', async () => {
    await page.goto('/data/isian?period=2026');
    await page.getByTestId('no-values').waitFor();

    // The skip link is the first Tab stop of the page and lands on the first cell.
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'skip-to-grid');
    assert.equal(await page.getByTestId('skip-to-grid').isVisible(), true);
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), cell('KES_AKI', 'P'));
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: style.outlineWidth, color: style.outlineColor, style: style.outlineStyle };
    });
    assert.deepEqual(ring, { width: '2px', color: 'rgb(123, 45, 142)', style: 'solid' });

    await page.keyboard.type('305');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(page), cell('KES_HIV_BARU', 'P'));
    await page.keyboard.type('10');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), cell('KES_HIV_BARU', 'L'));
    await page.keyboard.type('112');
    // With text before the caret, ← moves the caret; at the start of the text it moves the cell.
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(page), cell('KES_HIV_BARU', 'L'));
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Home');
    assert.equal(await focused(page), cell('KES_HIV_BARU', 'L'));
    await page.keyboard.press('Home');
    assert.equal(await focused(page), cell('KES_HIV_BARU', 'P'));
    assert.equal(await page.getByTestId(cell('KES_HIV_BARU', 'L')).inputValue(), '12');

    await page.keyboard.press('Control+End');
    assert.equal(await focused(page), cell('KES_UHH', 'L'));
    // ↑ passes over the rows whose L cell is "not applicable".
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(page), cell('KES_KELAHIRAN_HIDUP', 'L'));
    await page.keyboard.press('Control+Home');
    assert.equal(await focused(page), cell('KES_AKI', 'P'));

    // The next empty cell after KES_AKI (KES_HIV_BARU is filled): KES_IBU_BERSALIN.
    await page
      .getByTestId('keyboard-help')
      .getByText('Ctrl+Alt+N: sel kosong berikutnya')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Control+Alt+KeyN');
    assert.equal(await focused(page), cell('KES_IBU_BERSALIN', 'P'));
    await page.keyboard.type('1.000');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), cell('KES_JKN_CAKUPAN', 'P'));
    await page.keyboard.press('Shift+Enter');
    assert.equal(await focused(page), cell('KES_IBU_BERSALIN', 'P'));

    // Undo and redo across cells: the whole typing of a cell is one step.
    await page.keyboard.press('Control+z');
    assert.equal(await page.getByTestId(cell('KES_IBU_BERSALIN', 'P')).inputValue(), '');
    await page.keyboard.press('Control+z');
    assert.equal(await page.getByTestId(cell('KES_HIV_BARU', 'L')).inputValue(), '');
    assert.equal(await focused(page), cell('KES_HIV_BARU', 'L'));
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    assert.equal(await page.getByTestId(cell('KES_HIV_BARU', 'L')).inputValue(), '12');
    assert.equal(await page.getByTestId(cell('KES_IBU_BERSALIN', 'P')).inputValue(), '1.000');
    await page.getByTestId('entry-dirty').getByText('4 perubahan belum disimpan').waitFor();

    // Revert all, with a confirmation, is itself undoable.
    await page.getByTestId('entry-revert').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Batalkan semua perubahan' }).click();
    await page.getByTestId('entry-dirty').getByText('Semua perubahan tersimpan').waitFor();
    assert.equal(await page.getByTestId(cell('KES_AKI', 'P')).inputValue(), '');
    await page.getByTestId(cell('KES_UHH', 'P')).focus();
    await page.keyboard.press('Control+z');
    await page.getByTestId('entry-dirty').getByText('4 perubahan belum disimpan').waitFor();

    await page.keyboard.press('Control+s');
    await page.getByText(/4 nilai tersimpan sebagai draf/).waitFor();
    assert.equal(await page.getByTestId(cell('KES_AKI', 'P')).inputValue(), '305');
    assert.equal(await page.getByTestId(cell('KES_HIV_BARU', 'L')).inputValue(), '12');
  });

  test('on a 390 × 844 phone the page does not scroll sideways; the grid scrolls in its own box', async () => {
    const phone = await h.browser.newContext({
      baseURL: h.baseUrl,
      locale: 'id-ID',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const small = await phone.newPage();
    try {
      await signIn(small, 'demo.operator', DEMO_PASSWORD);
      await small.goto('/data/isian?period=2025');
      await small.getByTestId(cell('KES_HIV_BARU', 'P')).waitFor();
      const fit = await small.evaluate(() => {
        const page = document.scrollingElement!;
        const box = document.querySelector('.setara-entry-scroll')!;
        const first = document.querySelector('.setara-ind-name')!;
        // A code wider than its column would wrap onto a second line box.
        const broken = [...document.querySelectorAll('.setara-code')].filter(
          (c) => c.getClientRects().length > 1,
        );
        return {
          pageFits: page.scrollWidth <= page.clientWidth,
          boxScrolls: box.scrollWidth > box.clientWidth,
          frozen: getComputedStyle(first).position,
          brokenCodes: broken.length,
        };
      });
      assert.deepEqual(fit, { pageFits: true, boxScrolls: true, frozen: 'sticky', brokenCodes: 0 });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-entry-phone-'));
      const file = path.join(dir, 'entry-390x844.png');
      await small.screenshot({ path: file, fullPage: true });
      assert.ok(fs.statSync(file).size > 10_000);
    } finally {
      await phone.close();
    }
  });
});

/** What Excel puts on the clipboard, pasted into the focused element as a real paste event does. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(event);
  }, text);
}

function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

async function values(page: Page, cells: [string, string][]): Promise<[string, string][]> {
  return Promise.all(
    cells.map(async ([id]) => [id, await page.getByTestId(id).inputValue()] as [string, string]),
  );
}
