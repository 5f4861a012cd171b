/**
 * The public sign-in page of an event day (/hadir/:token): one small server-rendered HTML page
 * and one small script (sign-in-page.js, the signature canvas and the form's submit), no web
 * app bundle — it opens on a phone on a slow network at the venue. Indonesian first, with a
 * link to English. Every dynamic text is escaped; the script's texts travel as JSON in a
 * non-executable script element (the CSP allows scripts from our origin only).
 *
 * A token that opens nothing answers a page with the same plain message the API gives (404
 * unknown, 410 closed or cancelled, 409 not open yet) and no detail of the event beyond it.
 */
import { translate } from '../../lib/messages.js';
import { PAGE_TEXT, scriptTexts, type PageLang } from './page-text.js';
import { tokenRefusal, type TokenDay, type TokenState } from './sign-in.js';
import { formatDay, formatLocalDateTime } from './time.js';
import { escapeHtml } from '../../lib/html.js';

export const SCRIPT_PATH = '/hadir/sign-in.js';

/** JSON safe inside a <script> element: no "</script>", no HTML comment openers. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f1f;background:#f5f5f5}
main{max-width:34rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}
h1{font-size:1.4rem;margin:.25rem 0}
.event{font-weight:600;margin:.25rem 0}
.meta,.hint{color:#555;font-size:.9rem;margin:.15rem 0}
.lang{text-align:right;margin:0}
.demo{display:inline-block;background:#fff1b8;padding:0 .4rem;border-radius:4px;font-size:.85rem}
.field{margin:1rem 0}
label,legend{display:block;font-weight:600}
fieldset{border:0;padding:0;margin:1rem 0}
.choice{display:inline-flex;align-items:center;gap:.4rem;font-weight:400;margin-right:1.5rem;min-height:44px}
input[type=text],input[type=tel],input[type=email]{width:100%;font:inherit;padding:.6rem;border:1px solid #8c8c8c;border-radius:6px;min-height:44px}
input[type=radio]{width:1.2rem;height:1.2rem}
input:focus,button:focus,canvas:focus,a:focus{outline:3px solid #1677ff;outline-offset:2px}
[aria-invalid=true]{border-color:#cf1322!important;border-width:2px!important}
.error{color:#cf1322;font-size:.9rem;margin:.25rem 0 0}
.req{color:#cf1322}
canvas{display:block;width:100%;height:180px;border:1px dashed #595959;border-radius:6px;touch-action:none;background:#fff}
button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:6px;border:1px solid #8c8c8c;background:#fff;cursor:pointer}
button[type=submit]{width:100%;background:#7b2d8e;border-color:#7b2d8e;color:#fff;font-weight:600;margin-top:.5rem}
button[disabled]{opacity:.6}
.privacy{font-size:.85rem;color:#555}
.done{background:#f6ffed;border:1px solid #b7eb8f;border-radius:6px;padding:1rem;margin:1rem 0}
.notice{background:#fff2e8;border:1px solid #ffbb96;border-radius:6px;padding:1rem;margin:1rem 0}
`;

function shell(lang: PageLang, title: string, body: string, langSwitch: string): string {
  const t = PAGE_TEXT[lang];
  return `<!doctype html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="lang"><a href="?lang=${t.switchLang}" lang="${t.switchLang}" hreflang="${t.switchLang}">${escapeHtml(langSwitch)}</a></p>
${body}
</main>
</body>
</html>`;
}

/** The page of a token that opens no sign-in: the message alone. */
export function refusalPage(
  day: TokenDay | null,
  state: TokenState,
  lang: PageLang,
): { status: number; html: string } {
  const t = PAGE_TEXT[lang];
  const refusal = tokenRefusal(day, state)!;
  const params =
    state === 'not_open'
      ? { opensAt: formatLocalDateTime(day!.regionCode, day!.opensAt, lang) }
      : refusal.params;
  const message = translate(refusal.messageKey, lang, params);
  const body = `<h1>${escapeHtml(t.closedTitle)}</h1>
<p class="notice" role="alert">${escapeHtml(message)}</p>`;
  return { status: refusal.status, html: shell(lang, t.closedTitle, body, t.switchTo) };
}

function field(
  id: string,
  label: string,
  input: { type: string; autocomplete: string; maxlength: number; inputmode?: string },
  opts: { required?: boolean; hint?: string; optionalLabel?: string; describedBy?: string[] } = {},
): string {
  const describedBy = [...(opts.hint ? [`${id}-hint`] : []), ...(opts.describedBy ?? []), `${id}-error`];
  const mark = opts.required
    ? ` <span class="req" aria-hidden="true">*</span>`
    : opts.optionalLabel
      ? ` <span class="hint">(${escapeHtml(opts.optionalLabel)})</span>`
      : '';
  return `<div class="field">
<label for="${id}">${escapeHtml(label)}${mark}</label>
${opts.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(opts.hint)}</p>` : ''}
<input type="${input.type}" id="${id}" name="${id}" autocomplete="${input.autocomplete}" maxlength="${input.maxlength}"${input.inputmode ? ` inputmode="${input.inputmode}"` : ''}${opts.required ? ' required aria-required="true"' : ''} aria-describedby="${describedBy.join(' ')}">
<p class="error" id="${id}-error" hidden></p>
</div>`;
}

/** The sign-in form of an open day. */
export function signInPage(day: TokenDay, token: string, lang: PageLang, signatureMaxKb: number): string {
  const t = PAGE_TEXT[lang];
  const texts = {
    ...scriptTexts(t),
    required: translate('required', lang),
    contactRequired: translate('attendance_contact_required', lang),
    signatureRequired: translate('attendance_signature_required', lang),
  };
  const meta = [formatDay(day.day, lang), day.startTime ? day.startTime.replace(':', '.') : '', day.venue]
    .filter(Boolean)
    .join(' · ');
  const body = `<header>
<h1>${escapeHtml(t.heading)}</h1>
<p class="event">${escapeHtml(day.title)}</p>
<p class="meta">${escapeHtml(meta)}</p>
${day.isDemo ? `<p class="demo">${escapeHtml(t.demo)}</p>` : ''}
</header>
<div id="done" class="done" role="status" tabindex="-1" hidden></div>
<noscript><p class="notice">${escapeHtml(t.noscript)}</p></noscript>
<form id="sign-in" novalidate data-token="${escapeHtml(token)}" data-lang="${lang}" data-max-kb="${signatureMaxKb}">
${field('fullName', t.fullName, { type: 'text', autocomplete: 'name', maxlength: 150 }, { required: true, hint: t.fullNameHint })}
<fieldset aria-describedby="sex-error">
<legend>${escapeHtml(t.sex)} <span class="req" aria-hidden="true">*</span></legend>
<label class="choice"><input type="radio" name="sex" value="P" required> ${escapeHtml(t.female)}</label>
<label class="choice"><input type="radio" name="sex" value="L"> ${escapeHtml(t.male)}</label>
<p class="error" id="sex-error" hidden></p>
</fieldset>
${field('institution', t.institution, { type: 'text', autocomplete: 'organization', maxlength: 200 }, { required: true, hint: t.institutionHint })}
${field('position', t.position, { type: 'text', autocomplete: 'organization-title', maxlength: 150 }, { optionalLabel: t.optional })}
<p class="hint" id="contact-hint">${escapeHtml(t.contactHint)}</p>
${field('phone', t.phone, { type: 'tel', autocomplete: 'tel', maxlength: 32, inputmode: 'tel' }, { describedBy: ['contact-hint'] })}
${field('email', t.email, { type: 'email', autocomplete: 'email', maxlength: 254, inputmode: 'email' }, { describedBy: ['contact-hint'] })}
${field('disability', t.disability, { type: 'text', autocomplete: 'off', maxlength: 100 }, { hint: t.disabilityHint, optionalLabel: t.optional })}
<div class="field">
<label for="signature-pad" id="signature-label">${escapeHtml(t.signature)} <span class="req" aria-hidden="true">*</span></label>
<p class="hint" id="signature-hint">${escapeHtml(t.signatureHint)}</p>
<canvas id="signature-pad" tabindex="0" role="img" aria-label="${escapeHtml(t.signatureBox)}" aria-describedby="signature-hint signature-error"></canvas>
<p class="error" id="signature-error" hidden></p>
<button type="button" id="clear-signature">${escapeHtml(t.clearSignature)}</button>
</div>
<p class="privacy">${escapeHtml(t.privacy)}</p>
<p class="error" id="form-error" role="alert" hidden></p>
<button type="submit">${escapeHtml(t.submit)}</button>
</form>
<script type="application/json" id="sign-in-texts">${jsonForScript(texts)}</script>
<script src="${SCRIPT_PATH}" defer></script>`;
  return shell(lang, `${t.heading} — ${day.title}`, body, t.switchTo);
}
