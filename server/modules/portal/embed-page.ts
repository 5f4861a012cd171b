/**
 * The embeddable widgets (`/embed/72.71/KES_UHH/chart`, `…/map`): a minimal server-rendered
 * page that another site puts in an `<iframe>` — an indicator's trend by sex or its comparison
 * map across the province's kab/kota, its title, source and year, the data table behind it
 * (folded, so the widget stays small, but read by screen readers and keyboards), and a link
 * back to the indicator's page. The same public figures as that page; no script.
 * The page's iframe snippet is `embedSnippetHtml`, which the indicator page shows.
 */
import type {
  PortalComparison,
  PortalIndicatorResponse,
  PortalLang,
  PortalPoint,
} from '../../../api/portal.js';
import { embedPath, indicatorPagePath, type EmbedKind } from '../../../domain/portal.js';
import { escapeHtml } from '../../lib/html.js';
import { comparisonMapSvg } from './comparison-map.js';
import { formatNumber, sourceText, unitLabel } from './format.js';
import { seriesChartSvg } from './indicator-chart.js';
import { absoluteUrl } from './open-graph.js';

const TEXT = {
  id: {
    table: 'Tabel data',
    year: 'Tahun',
    region: 'Kabupaten/kota',
    p: 'Perempuan',
    l: 'Laki-laki',
    t: 'Total',
    source: 'Sumber',
    verified: 'data terverifikasi pemerintah daerah',
    open: 'Lihat di Setara',
    none: 'Belum ada nilai terverifikasi.',
    demo: 'DATA DEMO: bukan statistik resmi, jangan dikutip.',
    mapOf: (province: string, year: number | null) =>
      `Kabupaten/kota di ${province}${year ? `, ${year}` : ''}`,
    embed: 'Sematkan',
    embedIntro:
      'Salin kode ini ke halaman situs Anda untuk menampilkan grafik atau peta indikator ini, dengan sumber dan tabel datanya. Angkanya mengikuti data terverifikasi terbaru.',
    chart: 'Grafik tren menurut jenis kelamin',
    map: 'Peta perbandingan kabupaten/kota',
    preview: 'Pratinjau',
  },
  en: {
    table: 'Data table',
    year: 'Year',
    region: 'Regency/city',
    p: 'Female',
    l: 'Male',
    t: 'Total',
    source: 'Source',
    verified: 'data verified by the regional government',
    open: 'View on Setara',
    none: 'No verified value yet.',
    demo: 'DEMO DATA: not official statistics, do not cite.',
    mapOf: (province: string, year: number | null) =>
      `Regencies and cities of ${province}${year ? `, ${year}` : ''}`,
    embed: 'Embed',
    embedIntro:
      "Copy this code into your site's page to show this indicator's chart or map, with its source and data table. The figures follow the latest verified data.",
    chart: 'Trend chart by sex',
    map: 'Comparison map of regencies and cities',
    preview: 'Preview',
  },
} as const;

const STYLE = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;padding:.5rem .75rem;color:#1c1917;background:#fff;font-size:14px;line-height:1.4}
h1{font-size:1rem;margin:0}
.sub{margin:0 0 .25rem;color:#44403c;font-size:.85rem}
figure{margin:0}
svg{max-width:100%;height:auto;display:block}
details{margin:.25rem 0;font-size:.85rem}
summary{cursor:pointer;color:#5b1f6a;font-weight:600}
.scroll{overflow-x:auto;max-height:14rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.15rem .4rem;border-bottom:1px solid #e7e5e4}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
footer{font-size:.8rem;color:#44403c;display:flex;flex-wrap:wrap;gap:.25rem .75rem;justify-content:space-between}
a{color:#5b1f6a}
.demo{background:#fef3c7;color:#78350f;border:1px solid #b45309;border-radius:4px;padding:.15rem .4rem;font-size:.8rem;margin:.25rem 0}`;

/** What both widgets share: the page around the figure and its table. */
interface Frame {
  lang: PortalLang;
  title: string;
  subtitle: string;
  figure: string;
  table: string;
  source: string;
  years: string;
  demo: boolean;
  /** Absolute URL of the indicator's page (the widget's link back, and its canonical). */
  pageUrl: string;
}

function page(f: Frame): string {
  const t = TEXT[f.lang];
  return `<!doctype html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(f.title)} — ${escapeHtml(f.subtitle)} | Setara</title>
<link rel="canonical" href="${escapeHtml(f.pageUrl)}">
<base target="_blank">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(f.title)}</h1>
<p class="sub">${escapeHtml(f.subtitle)}</p>
${f.demo ? `<p class="demo" role="note"><strong>${t.demo}</strong></p>` : ''}
<figure>${f.figure}</figure>
<details><summary>${t.table}</summary><div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(`${t.table}: ${f.title}`)}">${f.table}</div></details>
</main>
<footer><span>${t.source}: ${escapeHtml(f.source)}${f.years ? ` · ${escapeHtml(f.years)}` : ''} · ${t.verified}</span><a href="${escapeHtml(f.pageUrl)}" rel="noopener">${t.open} ↗</a></footer>
</body>
</html>`;
}

const n = (v: number | null, decimals: number, lang: PortalLang) => formatNumber(v, decimals, lang);

function seriesTable(points: PortalPoint[], decimals: number, lang: PortalLang): string {
  const t = TEXT[lang];
  if (points.length === 0) return `<p>${t.none}</p>`;
  const rows = points
    .map(
      (p) =>
        `<tr><th scope="row">${escapeHtml(p.period)}</th><td class="n">${n(p.p, decimals, lang)}</td><td class="n">${n(p.l, decimals, lang)}</td><td class="n">${n(p.t, decimals, lang)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th scope="col">${t.year}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th><th scope="col" class="n">${t.t}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The trend widget: the indicator page's chart of the region's series by sex. */
export function chartEmbedPage(data: PortalIndicatorResponse, lang: PortalLang, origin: string): string {
  const { indicator, region, series } = data;
  const unit = unitLabel(indicator.unit, lang);
  const figure = seriesChartSvg(series, {
    width: 560,
    height: 240,
    lang,
    title: `${indicator.name}, ${region.name}`,
    decimals: indicator.decimals,
    unit,
  });
  return page({
    lang,
    title: indicator.name,
    subtitle: `${region.name} (${unit})`,
    figure,
    table: seriesTable(series, indicator.decimals, lang),
    source: sourceText(indicator.source, lang),
    years: series.length ? `${series[0].period}–${series[series.length - 1].period}` : '',
    demo: data.demo,
    pageUrl: absoluteUrl(
      origin,
      `${indicatorPagePath(region, indicator.code)}${lang === 'en' ? '?lang=en' : ''}`,
    ),
  });
}

/** The map widget: the indicator across the province's kab/kota in one year, with the ranked table. */
export function mapEmbedPage(data: PortalComparison, lang: PortalLang, origin: string): string {
  const t = TEXT[lang];
  const { indicator, region, province } = data;
  const d = indicator.decimals;
  const rows = data.items
    .map((item) => {
      const own = item.code === region.code;
      const name = own ? `<strong>${escapeHtml(item.name)}</strong>` : escapeHtml(item.name);
      return `<tr${own ? ' aria-current="true"' : ''}><th scope="row">${name}</th><td class="n">${n(item.p, d, lang)}</td><td class="n">${n(item.l, d, lang)}</td><td class="n">${n(item.t, d, lang)}</td></tr>`;
    })
    .join('');
  const table = data.items.some((i) => i.p !== null || i.l !== null || i.t !== null)
    ? `<table><thead><tr><th scope="col">${t.region}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th><th scope="col" class="n">${t.t}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${t.none}</p>`;
  return page({
    lang,
    title: indicator.name,
    subtitle: `${t.mapOf(province?.name ?? region.name, data.year)} (${unitLabel(indicator.unit, lang)})`,
    figure: comparisonMapSvg(data, { width: 560, height: 360, lang }),
    table,
    source: sourceText(indicator.source, lang),
    years: data.year ? String(data.year) : '',
    demo: data.demo,
    pageUrl: absoluteUrl(
      origin,
      `${indicatorPagePath(region, indicator.code)}${lang === 'en' ? '?lang=en' : ''}`,
    ),
  });
}

/** The iframe an embedding site pastes: fixed height (no script to resize it), full width. */
export function iframeSnippet(input: {
  origin: string;
  regionCode: string;
  indicatorCode: string;
  kind: EmbedKind;
  title: string;
  lang: PortalLang;
}): string {
  const src = absoluteUrl(
    input.origin,
    `${embedPath(input.regionCode, input.indicatorCode, input.kind)}${input.lang === 'en' ? '?lang=en' : ''}`,
  );
  const height = input.kind === 'map' ? 520 : 420;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(input.title)}" width="100%" height="${height}" style="border:0;max-width:640px" loading="lazy"></iframe>`;
}

/**
 * The indicator page's "Sematkan" (embed) section: both snippets in read-only text boxes a
 * visitor selects and copies (no script: the app's CSP forbids inline ones), and a link to
 * each widget to preview it.
 */
export function embedSnippetHtml(input: {
  origin: string;
  regionCode: string;
  indicatorCode: string;
  indicatorName: string;
  regionName: string;
  lang: PortalLang;
}): string {
  const t = TEXT[input.lang];
  const block = (kind: EmbedKind) => {
    const label = kind === 'chart' ? t.chart : t.map;
    const id = `embed-${kind}`;
    const snippet = iframeSnippet({
      ...input,
      kind,
      title: `${input.indicatorName}, ${input.regionName} — ${label}`,
    });
    const preview = `${embedPath(input.regionCode, input.indicatorCode, kind)}${input.lang === 'en' ? '?lang=en' : ''}`;
    return `<p><label for="${id}">${label}</label> (<a href="${escapeHtml(preview)}">${t.preview}</a>)<br><textarea id="${id}" readonly rows="3" style="width:100%;font-family:monospace;font-size:.85rem">${escapeHtml(snippet)}</textarea></p>`;
  };
  return `<section aria-labelledby="embed"><h2 id="embed">${t.embed}</h2><p>${t.embedIntro}</p>${block('chart')}${block('map')}</section>`;
}

const ERRORS = {
  bad: {
    id: 'Alamat widget tidak dikenal. Bentuknya /embed/<kode wilayah>/<kode indikator>/chart atau …/map.',
    en: 'Unknown widget address. It is /embed/<region code>/<indicator code>/chart or …/map.',
  },
  missing: {
    id: 'Wilayah atau indikator ini tidak ditemukan.',
    en: 'This region or indicator was not found.',
  },
  busy: {
    id: 'Server sedang sibuk; coba lagi sebentar lagi.',
    en: 'The server is busy; please try again in a moment.',
  },
} as const;

/** A widget's error, small enough for its iframe, in the visitor's language. */
export function embedErrorPage(kind: keyof typeof ERRORS, lang: PortalLang): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Setara</title><style>${STYLE}</style></head>
<body><main><p>${escapeHtml(ERRORS[kind][lang])}</p></main></body></html>`;
}
