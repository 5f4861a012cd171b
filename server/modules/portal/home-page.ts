/**
 * The portal's front door (/p): find a region by name. A GET form, so it works without
 * JavaScript and every search is a link; with no search it lists the provinces. Each hit links
 * to the region page's canonical URL.
 */
import type { PortalLang } from '../../../api/portal.js';
import { regionPagePath } from '../../../domain/portal.js';
import { escapeHtml } from '../../lib/html.js';
import { HIGHLIGHTS_STYLE } from './highlights-page.js';
import { STYLE } from './page.js';
import type { RegionHit } from './queries.js';

const TEXT = {
  id: {
    title: 'Portal Data Gender',
    intro:
      'Data terpilah menurut jenis kelamin yang telah diverifikasi pemerintah daerah: cari provinsi, kabupaten atau kota.',
    label: 'Nama wilayah',
    submit: 'Cari',
    provinces: 'Provinsi',
    results: (n: number, q: string) => `${n} wilayah cocok dengan “${q}”`,
    more: 'Hanya hasil pertama yang ditampilkan; perjelas nama wilayahnya.',
    none: (q: string) => `Tidak ada wilayah bernama “${q}”. Periksa ejaannya atau cari sebagian nama.`,
    other: 'English',
    levels: { nasional: 'Nasional', provinsi: 'Provinsi', kabkota: 'Kabupaten/kota' },
  },
  en: {
    title: 'Gender Data Portal',
    intro: 'Sex-disaggregated data verified by regional governments: find a province, regency or city.',
    label: 'Region name',
    submit: 'Search',
    provinces: 'Provinces',
    results: (n: number, q: string) => `${n} regions match “${q}”`,
    more: 'Only the first results are shown; make the name more specific.',
    none: (q: string) => `No region is called “${q}”. Check the spelling or search part of the name.`,
    other: 'Bahasa Indonesia',
    levels: { nasional: 'National', provinsi: 'Province', kabkota: 'Regency/city' },
  },
} as const;

export function homePage(input: {
  q: string;
  hits: RegionHit[];
  limit: number;
  lang: PortalLang;
  /** The sharing tags (open-graph.ts) and, without a search, the highlights (highlights-page.ts). */
  head?: string;
  highlights?: string;
}): string {
  const { q, hits, limit, lang } = input;
  const t = TEXT[lang];
  const suffix = lang === 'en' ? '?lang=en' : '';
  const items = hits
    .map(
      (h) =>
        `<li><a href="${escapeHtml(regionPagePath(h))}${suffix}">${escapeHtml(h.name)}</a> <span class="src">${escapeHtml(t.levels[h.level])}${h.parentName && h.level === 'kabkota' ? ` · ${escapeHtml(h.parentName)}` : ''}</span></li>`,
    )
    .join('');
  const heading = q === '' ? t.provinces : t.results(hits.length, q);
  const results =
    hits.length === 0
      ? `<p role="status">${escapeHtml(t.none(q))}</p>`
      : `<h2 role="status">${escapeHtml(heading)}</h2><ul class="hits">${items}</ul>${q !== '' && hits.length >= limit ? `<p>${t.more}</p>` : ''}`;
  const otherHref =
    lang === 'en'
      ? `/p${q ? `?q=${encodeURIComponent(q)}` : ''}`
      : `/p?lang=en${q ? `&q=${encodeURIComponent(q)}` : ''}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${q ? `${escapeHtml(q)} — ` : ''}${t.title} | Setara</title>
<meta name="description" content="${escapeHtml(t.intro)}">
<link rel="alternate" type="application/ld+json" title="Katalog data (DCAT-AP)" href="/api/public/catalog.jsonld">
<link rel="alternate" type="application/json" title="Katalog data (data.json)" href="/data.json">
${input.head ?? ''}
<style>${STYLE}
${HIGHLIGHTS_STYLE}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
label{display:flex;flex-direction:column;font-weight:600;gap:.25rem;flex:1 1 16rem}
input,button{font:inherit;padding:.45rem .6rem;border:1px solid #78716c;border-radius:4px;min-height:2.6rem}
button{background:#5b1f6a;color:#fff;border-color:#5b1f6a;cursor:pointer}
.hits{columns:16rem;padding-left:1.2rem}
.hits li{margin:.2rem 0;break-inside:avoid}</style>
</head>
<body>
<header><div>
<p><a href="${escapeHtml(otherHref)}" lang="${lang === 'en' ? 'id' : 'en'}">${t.other}</a></p>
<h1>${t.title}</h1>
<p>${t.intro}</p>
</div></header>
<main>
<section><form method="get" action="/p" role="search">
${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}<label>${t.label}<input type="search" name="q" value="${escapeHtml(q)}" maxlength="100" autocomplete="off"></label><button type="submit">${t.submit}</button>
</form></section>
${input.highlights ?? ''}
<section>${results}</section>
</main>
</body>
</html>`;
}
