/**
 * For the server-rendered public pages (certificate and standard verification, attendance
 * sign-in, the service directory, the open-data portal): text made safe to place in HTML
 * content and in quoted attribute values.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The card a small public page sits in: the QR verification pages, the API-key confirmation. */
const CARD_CSS = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f5f5f4;color:#1c1917}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.1)}`;

/**
 * A one-card public page in Indonesian, never indexed. `title` is text (escaped here); `css`
 * and `main` are markup the caller built from escaped parts.
 */
export function cardPage(p: { title: string; css: string; main: string; noReferrer?: boolean }): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${p.noReferrer ? '\n<meta name="referrer" content="no-referrer">' : ''}
<title>${escapeHtml(p.title)} — Setara</title>
<style>
${CARD_CSS}
${p.css}
</style>
</head>
<body>
<main>
${p.main}
</main>
</body>
</html>
`;
}

/** What a QR code's verification page says on top: its state in both languages, in its colours. */
export interface VerificationState {
  title: string;
  en: string;
  bg: string;
  color: string;
}

/** A label and a value: one row of a verification page's details table. */
export const detailRow = (label: string, value: string) =>
  `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;

/**
 * The page a certificate's or a standardisation's QR code opens: the state, then `details`
 * (markup: a table of detailRow, or a paragraph), then what is being verified.
 */
export function qrVerificationPage(state: VerificationState, details: string, footer: string): string {
  return cardPage({
    title: state.title,
    css: `h1{font-size:1.4rem;margin:0 0 .25rem}
.state{padding:1rem;border-radius:6px;margin-bottom:1.25rem;background:${state.bg};color:${state.color}}
.state p{margin:0}
.note{margin-top:1rem;padding:.75rem;background:#fef3c7;color:#78350f;border-radius:6px}
table{border-collapse:collapse;width:100%}
th{text-align:left;vertical-align:top;padding:.4rem .75rem .4rem 0;width:11rem;color:#57534e;font-weight:600}
td{padding:.4rem 0}
footer{margin-top:1.5rem;font-size:.85rem;color:#57534e}`,
    main: `<div class="state" role="status"><h1>${escapeHtml(state.title)}</h1><p lang="en">${escapeHtml(state.en)}</p></div>
${details}
<footer>${escapeHtml(footer)}</footer>`,
  });
}
