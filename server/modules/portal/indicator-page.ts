/**
 * The public indicator page (/p/72.71-kota-palu/KES_UHH, `?tahun=2023`, `?lang=en`):
 * server-rendered like the region page (page.ts: no script, inline styles, everything from
 * the database escaped). The indicator's definition, unit and source; the region's series by
 * sex as a chart (indicator-chart.ts) with its data table; its breakdowns in the year shown;
 * the province's kab/kota in that year on a map (comparison-map.ts) with the ranked table that
 * is the map's text alternative; the downloads of exactly these figures; a citation line.
 * Every figure names its year, its source and the "terverifikasi" badge.
 */
import type { PortalComparison, PortalLang, PortalPoint } from '../../../api/portal.js';
import {
  indicatorPagePath,
  PUBLIC_DOWNLOAD_FORMATS,
  publicDownloadPath,
  PUBLIC_DOWNLOAD_FORMAT_NAMES,
} from '../../../domain/portal.js';
import { escapeHtml } from '../../lib/html.js';
import { embedSnippetHtml } from './embed-page.js';
import { indicatorShareTags } from './open-graph.js';
import { comparisonMapSvg } from './comparison-map.js';
import { formatNumber, longDate, sourceText, unitLabel } from './format.js';
import { seriesChartSvg } from './indicator-chart.js';
import type { IndicatorView } from './indicator-view.js';
import { badge, scrollBox, STYLE } from './page.js';

const TEXT = {
  id: {
    kicker: 'Indikator data gender terpilah',
    other: 'English',
    back: 'Semua indikator',
    contents: 'Isi halaman',
    about: 'Tentang indikator',
    definition: 'Definisi',
    unit: 'Satuan',
    source: 'Sumber',
    series: 'Tren menurut jenis kelamin',
    seriesTable: 'Tabel data tren',
    noSeries: 'Belum ada nilai terverifikasi untuk indikator ini di wilayah ini.',
    chartTitle: (ind: string, region: string) =>
      `Tren ${ind}, ${region}: garis utuh perempuan, garis putus-putus laki-laki`,
    breakdowns: (year: number) => `Rincian tahun ${year}`,
    comparison: 'Perbandingan kabupaten/kota',
    comparisonOf: (province: string, year: number) => `Kabupaten/kota di ${province}, tahun ${year}`,
    noComparison: 'Belum ada angka terverifikasi kabupaten/kota untuk tahun ini.',
    noProvince: 'Perbandingan antarkabupaten/kota tersedia pada halaman kabupaten/kota dan provinsi.',
    years: 'Pilih tahun',
    rankNote: {
      gap: 'Diurutkan menurut selisih P − L, terbesar lebih dulu; warna peta mengikuti selisih yang sama (ungu: perempuan lebih tinggi, hijau: laki-laki lebih tinggi).',
      female: 'Diurutkan menurut nilai perempuan, terbesar lebih dulu.',
      male: 'Diurutkan menurut nilai laki-laki, terbesar lebih dulu.',
      total: 'Diurutkan menurut nilai total, terbesar lebih dulu.',
    },
    rank: 'Peringkat',
    region: 'Kabupaten/kota',
    thisRegion: 'wilayah ini',
    year: 'Tahun',
    p: 'Perempuan',
    l: 'Laki-laki',
    t: 'Total',
    diff: 'P − L',
    ratio: 'P/L',
    member: 'Kelompok',
    status: 'Status',
    downloads: 'Unduh data',
    downloadsIntro:
      'Angka yang sama dengan halaman ini (hanya yang terverifikasi): tren menurut jenis kelamin, rincian dan perbandingan kabupaten/kota tahun yang ditampilkan.',
    api: 'Perbandingan ini dalam JSON',
    cite: 'Cara mengutip',
    citation: (source: string, region: string, url: string, date: string) =>
      `Sumber: ${source}; ${region}, data terverifikasi di Setara, ${url}, diakses ${date}.`,
    licence: 'Lisensi: CC BY 4.0, kecuali dinyatakan lain oleh pemerintah daerah.',
    demo: 'DATA DEMO: angka wilayah ini dibuat untuk peragaan Setara, bukan statistik resmi. Jangan dikutip.',
  },
  en: {
    kicker: 'Sex-disaggregated gender indicator',
    other: 'Bahasa Indonesia',
    back: 'All indicators',
    contents: 'On this page',
    about: 'About the indicator',
    definition: 'Definition',
    unit: 'Unit',
    source: 'Source',
    series: 'Trend by sex',
    seriesTable: 'Trend data table',
    noSeries: 'No verified value of this indicator in this region yet.',
    chartTitle: (ind: string, region: string) =>
      `Trend of ${ind}, ${region}: solid line female, dashed line male`,
    breakdowns: (year: number) => `Breakdown, ${year}`,
    comparison: 'Regencies and cities compared',
    comparisonOf: (province: string, year: number) => `Regencies and cities of ${province}, ${year}`,
    noComparison: 'No verified figure of a regency or city for this year yet.',
    noProvince: 'Regencies and cities are compared on their own pages and their province’s.',
    years: 'Choose a year',
    rankNote: {
      gap: 'Ranked by the gap F − M, largest first; the map colours the same gap (purple: women higher, green: men higher).',
      female: 'Ranked by the female figure, largest first.',
      male: 'Ranked by the male figure, largest first.',
      total: 'Ranked by the total, largest first.',
    },
    rank: 'Rank',
    region: 'Regency/city',
    thisRegion: 'this region',
    year: 'Year',
    p: 'Female',
    l: 'Male',
    t: 'Total',
    diff: 'F − M',
    ratio: 'F/M',
    member: 'Group',
    status: 'Status',
    downloads: 'Download the data',
    downloadsIntro:
      'The same figures as this page (verified only): the trend by sex, and the breakdowns and the regencies and cities compared in the year shown.',
    api: 'This comparison as JSON',
    cite: 'How to cite',
    citation: (source: string, region: string, url: string, date: string) =>
      `Source: ${source}; ${region}, verified data in Setara, ${url}, accessed ${date}.`,
    licence: 'Licence: CC BY 4.0 unless the regional government states otherwise.',
    demo: "DEMO DATA: this region's figures were made up to demonstrate Setara; they are not official statistics. Do not cite them.",
  },
} as const;

/**
 * The citation line: "Sumber: <source>; <region>, data terverifikasi di Setara, <URL>, diakses
 * <date>." The page shows it; the downloads carry it in their metadata.
 */
export function citationLine(
  c: { source: string; regionName: string; url: string },
  now: Date,
  lang: PortalLang,
): string {
  return TEXT[lang].citation(c.source, c.regionName, c.url, longDate(now, lang));
}

/** The licence note of every public figure. */
export const licenceNote = (lang: PortalLang) => TEXT[lang].licence;

const langQuery = (lang: PortalLang, year: number | null) => {
  const q = new URLSearchParams();
  if (year !== null) q.set('tahun', String(year));
  if (lang === 'en') q.set('lang', 'en');
  const s = q.toString();
  return s ? `?${s}` : '';
};

function seriesSection(view: IndicatorView, lang: PortalLang): string {
  const t = TEXT[lang];
  const { detail } = view;
  const ind = detail.indicator;
  const s = detail.series;
  if (s.length === 0) {
    return `<section aria-labelledby="series"><h2 id="series">${t.series}</h2><p>${t.noSeries}</p></section>`;
  }
  const d = ind.decimals;
  const hasT = s.some((p) => p.t !== null);
  const src = escapeHtml(sourceText(ind.source, lang));
  const chart = seriesChartSvg(s, {
    width: 720,
    height: 300,
    lang,
    title: t.chartTitle(ind.name, detail.region.name),
    decimals: d,
    unit: unitLabel(ind.unit, lang),
  }).replace('<svg ', '<svg style="max-width:100%;height:auto" ');
  const row = (p: PortalPoint) =>
    `<tr><th scope="row">${escapeHtml(p.period)}</th><td class="n">${formatNumber(p.p, d, lang)}</td><td class="n">${formatNumber(p.l, d, lang)}</td>${hasT ? `<td class="n">${formatNumber(p.t, d, lang)}</td>` : ''}<td class="n">${formatNumber(p.diff, d, lang)}</td><td class="n">${formatNumber(p.ratio, 2, lang)}</td><td>${badge(lang)}</td><td class="src">${src}</td></tr>`;
  return `<section aria-labelledby="series"><h2 id="series">${t.series}</h2>
<figure style="margin:0">${chart}</figure>
${scrollBox(t.seriesTable)}<table id="series-table"><caption class="src">${t.seriesTable} — ${escapeHtml(unitLabel(ind.unit, lang))}</caption><thead><tr><th scope="col">${t.year}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th>${hasT ? `<th scope="col" class="n">${t.t}</th>` : ''}<th scope="col" class="n">${t.diff}</th><th scope="col" class="n">${t.ratio}</th><th scope="col">${t.status}</th><th scope="col">${t.source}</th></tr></thead><tbody>${s.map(row).join('')}</tbody></table></div></section>`;
}

function breakdownsSection(view: IndicatorView, lang: PortalLang): string {
  const t = TEXT[lang];
  if (view.breakdowns.length === 0 || view.year === null) return '';
  const ind = view.detail.indicator;
  const d = ind.decimals;
  const src = escapeHtml(sourceText(ind.source, lang));
  const tables = view.breakdowns
    .map((b) => {
      const hasT = b.items.some((i) => i.t !== null);
      const rows = b.items
        .map(
          (i) =>
            `<tr><th scope="row">${escapeHtml(i.label)}</th><td>${escapeHtml(b.period)} ${badge(lang)}</td><td class="n">${formatNumber(i.p, d, lang)}</td><td class="n">${formatNumber(i.l, d, lang)}</td>${hasT ? `<td class="n">${formatNumber(i.t, d, lang)}</td>` : ''}</tr>`,
        )
        .join('');
      return `<h3>${escapeHtml(b.name)}</h3>${scrollBox(b.name)}<table><caption class="src">${src}</caption><thead><tr><th scope="col">${t.member}</th><th scope="col">${t.year}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th>${hasT ? `<th scope="col" class="n">${t.t}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table></div>`;
    })
    .join('');
  return `<section aria-labelledby="breakdowns"><h2 id="breakdowns">${t.breakdowns(view.year)}</h2>${tables}</section>`;
}

function yearLinks(view: IndicatorView, lang: PortalLang): string {
  const c = view.comparison;
  if (c.years.length < 2) return '';
  const base = indicatorPagePath(view.detail.region, view.detail.indicator.code);
  const items = c.years
    .map((y) =>
      y === c.year
        ? `<li><a href="${escapeHtml(base + langQuery(lang, y))}#comparison" aria-current="page"><strong>${y}</strong></a></li>`
        : `<li><a href="${escapeHtml(base + langQuery(lang, y))}#comparison">${y}</a></li>`,
    )
    .join('');
  return `<nav aria-label="${TEXT[lang].years}"><ul>${items}</ul></nav>`;
}

function comparisonTable(c: PortalComparison, lang: PortalLang): string {
  const t = TEXT[lang];
  const d = c.indicator.decimals;
  const src = escapeHtml(sourceText(c.indicator.source, lang));
  const gap = c.measure === 'gap';
  const rows = c.items
    .map((i) => {
      const own = i.code === c.region.code;
      const name = own
        ? `<strong>${escapeHtml(i.name)}</strong> (${t.thisRegion})`
        : `<a href="${escapeHtml(i.pagePath + langQuery(lang, c.year))}">${escapeHtml(i.name)}</a>`;
      const figures = i.value === null && i.p === null && i.l === null && i.t === null;
      return `<tr${own ? ' style="background:#f3e8ff"' : ''}><td class="n">${i.rank ?? '—'}</td><th scope="row">${name}</th><td class="n">${formatNumber(i.p, d, lang)}</td><td class="n">${formatNumber(i.l, d, lang)}</td>${gap ? `<td class="n">${formatNumber(i.value, d, lang)}</td>` : c.measure === 'total' ? `<td class="n">${formatNumber(i.t, d, lang)}</td>` : ''}<td>${figures ? '—' : `${c.year} ${badge(lang)}`}</td><td class="src">${figures ? '' : src}</td></tr>`;
    })
    .join('');
  const extra = gap
    ? `<th scope="col" class="n">${t.diff}</th>`
    : c.measure === 'total'
      ? `<th scope="col" class="n">${t.t}</th>`
      : '';
  return `${scrollBox(t.comparison)}<table id="comparison-table"><caption class="src">${t.rankNote[c.measure]}</caption><thead><tr><th scope="col" class="n">${t.rank}</th><th scope="col">${t.region}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th>${extra}<th scope="col">${t.year}</th><th scope="col">${t.source}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function comparisonSection(view: IndicatorView, lang: PortalLang): string {
  const t = TEXT[lang];
  const c = view.comparison;
  const head = `<section aria-labelledby="comparison"><h2 id="comparison">${t.comparison}</h2>`;
  if (!c.province) return `${head}<p>${t.noProvince}</p></section>`;
  const api = `/api/public/regions/${encodeURIComponent(c.region.code)}/indicators/${encodeURIComponent(c.indicator.code)}/comparison${langQuery(lang, c.year)}`;
  const apiLink = `<p class="src"><a href="${escapeHtml(api)}">${t.api}</a></p>`;
  if (c.year === null || c.items.every((i) => i.value === null && i.p === null && i.l === null)) {
    return `${head}${yearLinks(view, lang)}<p>${t.noComparison}</p>${apiLink}</section>`;
  }
  const map = comparisonMapSvg(c, { width: 720, height: 420, lang }).replace(
    '<svg ',
    '<svg style="max-width:100%;height:auto" ',
  );
  return `${head}<p>${escapeHtml(t.comparisonOf(c.province.name, c.year))}</p>${yearLinks(view, lang)}
<figure style="margin:0">${map}</figure>
${comparisonTable(c, lang)}${apiLink}</section>`;
}

function downloadsSection(view: IndicatorView, lang: PortalLang): string {
  const t = TEXT[lang];
  const { region, indicator } = view.detail;
  const extra = new URLSearchParams();
  if (view.chosenYear && view.year !== null) extra.set('tahun', String(view.year));
  if (lang === 'en') extra.set('lang', 'en');
  const suffix = extra.toString() ? `&${extra.toString()}` : '';
  const links = PUBLIC_DOWNLOAD_FORMATS.map(
    (f) =>
      `<li><a href="${escapeHtml(publicDownloadPath(region.code, { indicator: indicator.code }, f) + suffix)}" download>${PUBLIC_DOWNLOAD_FORMAT_NAMES[f]}</a></li>`,
  ).join('');
  return `<section aria-labelledby="downloads"><h2 id="downloads">${t.downloads}</h2><p>${t.downloadsIntro}</p><ul>${links}</ul></section>`;
}

export function indicatorPage(view: IndicatorView, publicUrl: string, now: Date, lang: PortalLang): string {
  const t = TEXT[lang];
  const { region, indicator } = view.detail;
  const self = indicatorPagePath(region, indicator.code);
  const canonical = escapeHtml(self + langQuery('id', view.chosenYear ? view.year : null));
  const other = escapeHtml(self + langQuery(lang === 'en' ? 'id' : 'en', view.chosenYear ? view.year : null));
  const back = escapeHtml(`${region.pagePath}${lang === 'en' ? '?lang=en' : ''}#g-${indicator.domainGroup}`);
  const citation = citationLine(
    {
      source: sourceText(indicator.source, lang),
      regionName: region.name,
      url: `${publicUrl}${self}`,
    },
    now,
    lang,
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(indicator.name)} — ${escapeHtml(region.name)} | Setara</title>
<meta name="description" content="${escapeHtml(`${indicator.name}, ${region.name}. ${indicator.definition}`.slice(0, 300))}">
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="${lang === 'en' ? 'id' : 'en'}" href="${other}">
${indicatorShareTags(view.detail, lang, publicUrl)}
<style>${STYLE}</style>
</head>
<body>
<header><div>
<p><a href="${other}" lang="${lang === 'en' ? 'id' : 'en'}">${t.other}</a> · <a href="${back}">${t.back} — ${escapeHtml(region.name)}</a></p>
<p class="kicker">${t.kicker}</p>
<h1>${escapeHtml(indicator.name)}</h1>
<p>${escapeHtml(region.name)}${region.parent ? `, ${escapeHtml(region.parent.name)}` : ''}</p>
</div></header>
<main>
${view.detail.demo || view.comparison.demo ? `<p class="demo" role="note"><strong>${t.demo}</strong></p>` : ''}
<nav aria-label="${t.contents}"><ul><li><a href="#about">${t.about}</a></li><li><a href="#series">${t.series}</a></li>${view.breakdowns.length > 0 && view.year !== null ? `<li><a href="#breakdowns">${t.breakdowns(view.year)}</a></li>` : ''}<li><a href="#comparison">${t.comparison}</a></li><li><a href="#downloads">${t.downloads}</a></li><li><a href="#cite">${t.cite}</a></li></ul></nav>
<section aria-labelledby="about"><h2 id="about">${t.about}</h2><dl>
<dt><strong>${t.definition}</strong></dt><dd>${escapeHtml(indicator.definition || '—')}</dd>
<dt><strong>${t.unit}</strong></dt><dd>${escapeHtml(unitLabel(indicator.unit, lang))}</dd>
<dt><strong>${t.source}</strong></dt><dd>${escapeHtml(sourceText(indicator.source, lang))}</dd>
</dl></section>
${seriesSection(view, lang)}
${breakdownsSection(view, lang)}
${comparisonSection(view, lang)}
${downloadsSection(view, lang)}
${embedSnippetHtml({ origin: publicUrl, regionCode: region.code, indicatorCode: indicator.code, indicatorName: indicator.name, regionName: region.name, lang })}
<section aria-labelledby="cite"><h2 id="cite">${t.cite}</h2><p id="citation">${escapeHtml(citation)}</p><p class="src">${t.licence}</p></section>
</main>
<footer><p>${escapeHtml(view.detail.visibility)}</p></footer>
</body>
</html>`;
}
