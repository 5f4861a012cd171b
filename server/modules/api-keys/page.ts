/**
 * The page the confirmation e-mail links to (`/kunci-api/<token>`): plain server-rendered HTML,
 * readable and usable without JavaScript and with the keyboard, Indonesian with English below.
 *
 * Opening the link does not spend the token: mail scanners and link previews fetch links
 * on their own, and the key would be shown to them. The page shows a button; its POST (a
 * plain form, no script) makes the key and shows it this once.
 */
import type { ConfirmAnswer } from '../../../api/api-keys.js';
import { translate, type MessageKey } from '../../lib/messages.js';
import { cardPage, escapeHtml } from '../../lib/html.js';

/** A sentence in Indonesian and its English beside it. */
function both(key: MessageKey, params: Record<string, string | number> = {}): string {
  return `<p>${escapeHtml(translate(key, 'id', params))}</p><p lang="en">${escapeHtml(translate(key, 'en', params))}</p>`;
}

function page(heading: MessageKey, body: string): string {
  return cardPage({
    title: translate(heading, 'id'),
    noReferrer: true,
    css: `h1{font-size:1.4rem;margin:0 0 .75rem}
p[lang=en]{color:#57534e}
button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#1d4ed8;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
output{display:block;font-family:ui-monospace,monospace;font-size:1rem;word-break:break-all;padding:.75rem;background:#f5f5f4;border:1px solid #d6d3d1;border-radius:6px;margin:.75rem 0}`,
    main: `<h1>${escapeHtml(translate(heading, 'id'))} <span lang="en">/ ${escapeHtml(translate(heading, 'en'))}</span></h1>
${body}`,
  });
}

export function confirmPage(): string {
  const button = `${escapeHtml(translate('api_key_page_confirm_button', 'id'))} / <span lang="en">${escapeHtml(translate('api_key_page_confirm_button', 'en'))}</span>`;
  return page(
    'api_key_page_title',
    `${both('api_key_page_confirm_lead')}<form method="post"><button type="submit">${button}</button></form>`,
  );
}

export function createdPage(answer: ConfirmAnswer): string {
  return page(
    'api_key_page_created',
    `${both('api_key_page_created_lead')}<output aria-label="API key">${escapeHtml(answer.key)}</output>${both(
      'api_key_page_usage',
      { limit: answer.limitPerMinute },
    )}`,
  );
}

export function failedPage(messageKey: MessageKey, params: Record<string, string | number> = {}): string {
  return page('api_key_page_failed', `<div role="alert">${both(messageKey, params)}</div>`);
}
