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
  await select.click();
  if (search) await page.keyboard.type(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: optionText,
  });
  await option
    .filter({ has: page.getByText(optionText, { exact: true }) })
    .first()
    .click();
}
