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
import { escapeHtml } from '../../lib/html.js';

/** A sentence in Indonesian and its English beside it. */
function both(key: MessageKey, params: Record<string, string | number> = {}): string {
  return `<p>${escapeHtml(translate(key, 'id', params))}</p><p lang="en">${escapeHtml(translate(key, 'en', params))}</p>`;
}

function page(heading: MessageKey, body: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(translate(heading, 'id'))} — Setara</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f5f5f4;color:#1c1917}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
h1{font-size:1.4rem;margin:0 0 .75rem}
p[lang=en]{color:#57534e}
button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#1d4ed8;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
output{display:block;font-family:ui-monospace,monospace;font-size:1rem;word-break:break-all;padding:.75rem;background:#f5f5f4;border:1px solid #d6d3d1;border-radius:6px;margin:.75rem 0}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(translate(heading, 'id'))} <span lang="en">/ ${escapeHtml(translate(heading, 'en'))}</span></h1>
${body}
</main>
</body>
</html>
`;
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
