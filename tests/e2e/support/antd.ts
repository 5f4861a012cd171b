/** Helpers for driving Ant Design widgets the way a keyboard-and-mouse user does. */
import type { Locator, Page } from 'playwright-core';

/**
 * Opens an antd Select and picks the option with this exact text. Long lists are virtual
 * (only visible options exist in the page), so a searchable select is narrowed by typing.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  optionText: string,
  search?: string,
): Promise<void> {
  const isMultiple = await select.evaluate((el) => el.closest('.ant-select-multiple') !== null);
  await pickOption(page, select, optionText, search);
  // A multiple select stays open by design; its choices are the caller's to check.
  if (isMultiple) return;
  await closeDropdown(page, select);
  // A click that lands while the list re-renders (its options just arrived from the server)
  // reaches a replaced node and chooses nothing, silently. One more try, then a clear failure.
  if (await showsChoice(select, optionText)) return;
  await pickOption(page, select, optionText, search);
  await closeDropdown(page, select);
  if (!(await showsChoice(select, optionText))) {
    throw new Error(`select did not keep the option "${optionText}"`);
  }
}

async function pickOption(page: Page, select: Locator, optionText: string, search?: string) {
  await select.click();
  // On a loaded machine the dropdown can open after the first keystrokes, which were then lost.
  await page.locator('.ant-select-dropdown:visible').first().waitFor();
  if (search) await page.keyboard.type(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: optionText,
  });
  await option
    .filter({ has: page.getByText(optionText, { exact: true }) })
    .first()
    .click();
}

/**
 * A single select closes its dropdown on the choice, but on a loaded machine the closing
 * animation can lag the click and the leftover list then covers the dialog's buttons.
 */
async function closeDropdown(page: Page, select: Locator) {
  const openDropdown = page.locator('.ant-select-dropdown:visible');
  try {
    await openDropdown.first().waitFor({ state: 'hidden', timeout: 3000 });
  } catch {
    // Escape on the focused, open select closes only its list (rc-select stops the event there).
    await select.focus();
    await page.keyboard.press('Escape');
    await openDropdown.first().waitFor({ state: 'hidden' });
  }
}

/** Whether the select shows this option as its value (the label, or a custom label holding it). */
async function showsChoice(select: Locator, optionText: string): Promise<boolean> {
  return select.evaluate(
    (el, text) => (el.closest('.ant-select')?.textContent ?? '').includes(text),
    optionText,
  );
}

/**
 * Picks an option of an antd button-style Radio.Group by its label. An option can be disabled
 * until the form catches up with an earlier choice, and a click on a disabled label is silently
 * ignored, so this waits until the option is enabled and checks that it ends up selected.
 */
export async function chooseRadio(group: Locator, label: string): Promise<void> {
  const input = group.getByRole('radio', { name: label, exact: true });
  await input.waitFor({ state: 'attached' });
  for (let tries = 0; !(await input.isEnabled()); tries += 1) {
    if (tries > 150) throw new Error(`radio option "${label}" stayed disabled`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await group.getByText(label, { exact: true }).click();
  if (!(await input.isChecked())) throw new Error(`radio option "${label}" was not selected`);
}

/**
 * Clicks an option of an open multiple select until it shows as chosen: a click that lands
 * while the list re-renders chooses nothing, so one more is made only if the choice never
 * shows (a second click on a chosen option would take it back).
 */
export async function clickOptionUntilChosen(page: Page, option: Locator): Promise<void> {
  await option.click();
  await option
    .and(page.locator('.ant-select-item-option-selected'))
    .waitFor({ timeout: 3000 })
    .catch(() => option.click());
}
