/**
 * The public region page (/p/72.71-kota-palu): server-rendered HTML readable without
 * JavaScript, Indonesian first (?lang=en for English). Every number sits in a row that names
 * its year, its source and its "terverifikasi" status; every sparkline has its data table.
 * Inline styles only (the app's CSP forbids scripts, allows inline styles); everything from
 * the database is escaped.
 */
import type { PortalLang, PortalRegionResponse } from '../../../api/portal.js';
import { DOMAIN_GROUP_TITLES, DOMAIN_GROUPS } from '../../../domain/indicators.js';
import { INDEX_SCALE } from '../../../domain/indices/constants.js';
import { indicatorPagePath } from '../../../domain/portal.js';
import { COLORS, formatNumber, longDate, sourceText, sparkline, unitLabel } from './format.js';
import { escapeHtml } from '../../lib/html.js';

type Indicator = PortalRegionResponse['indicators'][number];

const TEXT = {
  id: {
    kicker: 'Data gender terpilah',
    intro:
      'Data terpilah menurut jenis kelamin yang telah diverifikasi pemerintah daerah, dengan sumber dan tahunnya. Angka yang masih dalam pemeriksaan tidak ditampilkan.',
    other: 'English',
    contents: 'Isi halaman',
    gaps: 'Kesenjangan gender terlebar',
    gapsIntro:
      'Indikator dengan selisih relatif terbesar antara perempuan dan laki-laki pada tahun terakhir (|P − L| dibagi rata-rata P dan L, sehingga satuan yang berbeda dapat dibandingkan).',
    indices: 'Indeks gender',
    indicesIntro: 'Nilai yang diterbitkan BPS.',
    noIndices: 'Belum ada nilai indeks terbitan BPS yang tercatat untuk wilayah ini.',
    indicators: 'Indikator utama',
    noData: 'Belum ada nilai terverifikasi untuk wilayah ini.',
    arg: 'Anggaran responsif gender (ARG)',
    argIntro:
      'Bagian pagu APBD yang responsif gender, dihitung hanya dari sub-kegiatan yang analisis gendernya (GAP) telah disetujui.',
    argBudget: 'Pagu',
    argApproved: 'ARG (GAP disetujui)',
    argShare: 'Persentase',
    argTrend: (from: string, to: string) => `Tren persentase ARG ${from}–${to}`,
    evaluation: 'Evaluasi PUG',
    evaluationIntro: 'Hasil akhir evaluasi pelaksanaan PUG (APE/PPE) pada siklus yang sudah ditutup.',
    cycle: 'Siklus',
    tier: 'Kategori',
    score: 'Nilai',
    example: 'instrumen CONTOH, bukan instrumen resmi',
    profil: 'Profil Gender',
    profilIntro:
      'Publikasi tahunan data terpilah yang diterbitkan pemerintah daerah (hanya nilai terverifikasi).',
    profilLink: (year: number, kb: string) => `Profil Gender ${year} (PDF, ${kb} KB)`,
    published: 'terbit',
    none: 'Belum ada.',
    directory: 'Lembaga layanan',
    directoryText: 'Lembaga penyedia layanan bagi perempuan dan keluarga di wilayah ini:',
    directoryLink: 'Direktori lembaga layanan',
    indicator: 'Indikator',
    year: 'Tahun',
    p: 'Perempuan',
    l: 'Laki-laki',
    diff: 'P − L',
    ratio: 'P/L',
    trend: 'Tren',
    source: 'Sumber',
    status: 'Status',
    verified: 'terverifikasi',
    index: 'Indeks',
    value: 'Nilai',
    widening: 'melebar',
    narrowing: 'menyempit',
    steady: 'tetap',
    trendLabel: (name: string, from: string, to: string, p: string, l: string) =>
      `Tren ${name} ${from}–${to}: perempuan ${p}, laki-laki ${l}. Garis utuh perempuan, garis putus-putus laki-laki; tabel lengkap di halaman indikator.`,
    legend:
      'Grafik tren: garis utuh perempuan, garis putus-putus laki-laki; tiap grafik menyebut angka awal dan akhirnya. Tabel lengkap setiap indikator ada di halamannya (klik nama indikator).',
    parentOf: 'Bagian dari',
    api: 'Data halaman ini dalam JSON',
    footer: 'Dikelola pemerintah daerah di Setara. Kutip dengan menyebut sumber dan tahun setiap angka.',
    demo: 'DATA DEMO: angka wilayah ini dibuat untuk peragaan Setara, bukan statistik resmi. Jangan dikutip.',
  },
  en: {
    kicker: 'Sex-disaggregated gender data',
    intro:
      'Data broken down by sex that the regional government has verified, with source and year. Figures still under review are not shown.',
    other: 'Bahasa Indonesia',
    contents: 'On this page',
    gaps: 'Widest gender gaps',
    gapsIntro:
      'Indicators with the largest relative gap between women and men in the latest year (|F − M| over the mean of F and M, so different units compare).',
    indices: 'Gender indices',
    indicesIntro: 'Values published by BPS (Statistics Indonesia).',
    noIndices: 'No BPS-published index value is recorded for this region yet.',
    indicators: 'Key indicators',
    noData: 'No verified value for this region yet.',
    arg: 'Gender-responsive budget (ARG)',
    argIntro:
      'The part of the regional budget (APBD) that is gender-responsive, counting only the budget lines whose gender analysis (GAP) is approved.',
    argBudget: 'Budget',
    argApproved: 'ARG (approved GAP)',
    argShare: 'Share',
    argTrend: (from: string, to: string) => `Trend of the ARG share ${from}–${to}`,
    evaluation: 'PUG evaluation',
    evaluationIntro: 'Final results of the gender mainstreaming evaluation (APE/PPE) in closed cycles.',
    cycle: 'Cycle',
    tier: 'Tier',
    score: 'Score',
    example: 'EXAMPLE instrument, not an official one',
    profil: 'Profil Gender',
    profilIntro:
      'The yearly publication of sex-disaggregated data, published by the regional government (verified values only).',
    profilLink: (year: number, kb: string) => `Profil Gender ${year} (PDF, ${kb} KB)`,
    published: 'published',
    none: 'None yet.',
    directory: 'Service institutions',
    directoryText: 'Institutions serving women and families in this region:',
    directoryLink: 'Directory of service institutions',
    indicator: 'Indicator',
    year: 'Year',
    p: 'Female',
    l: 'Male',
    diff: 'F − M',
    ratio: 'F/M',
    trend: 'Trend',
    source: 'Source',
    status: 'Status',
    verified: 'verified',
    index: 'Index',
    value: 'Value',
    widening: 'widening',
    narrowing: 'narrowing',
    steady: 'steady',
    trendLabel: (name: string, from: string, to: string, p: string, l: string) =>
      `Trend of ${name} ${from}–${to}: female ${p}, male ${l}. Solid line female, dashed line male; the full table is on the indicator page.`,
    legend:
      "Trend charts: solid line female, dashed line male; each chart's label gives its first and last figures. Each indicator's full table is on its page (follow its name).",
    parentOf: 'Part of',
    api: "This page's data as JSON",
    footer: 'Kept by the regional government in Setara. Cite each figure with its source and year.',
    demo: "DEMO DATA: this region's figures were made up to demonstrate Setara; they are not official statistics. Do not cite them.",
  },
} as const;

export const STYLE = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f5f5f4;color:#1c1917;line-height:1.5}
header,main,footer{max-width:64rem;margin:0 auto;padding:1rem}
header{background:#5b1f6a;color:#fff;max-width:none}
header div{max-width:64rem;margin:0 auto}
header a{color:#fff}
h1{font-size:1.6rem;margin:.25rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
section{background:#fff;border-radius:8px;padding:.5rem 1rem 1rem;margin:1rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d6d3d1;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
thead th{background:#f5f5f4}
.ok{background:#dcfce7;color:#14532d;padding:0 .35rem;border-radius:4px;font-size:.8rem;white-space:nowrap}
.src{color:#44403c;font-size:.85rem}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.05em;font-size:.8rem}
details{margin:.5rem 0}
summary{cursor:pointer;color:#5b1f6a;font-weight:600}
a{color:#5b1f6a}
footer{font-size:.85rem;color:#44403c}
.demo{background:#fef3c7;color:#78350f;border:2px solid #b45309;border-radius:8px;padding:.75rem 1rem}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}`;

/**
 * A table's box that scrolls sideways on a phone: focusable and named, so a keyboard user can
 * scroll it too (axe-core scrollable-region-focusable).
 */
export const scrollBox = (label: string) =>
  `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}">`;

export const badge = (lang: PortalLang) => `<span class="ok">${TEXT[lang].verified}</span>`;

function trendWord(trend: number | null, lang: PortalLang): string {
  const t = TEXT[lang];
  if (trend === null) return '—';
  if (Math.abs(trend) < 0.005) return t.steady;
  return trend > 0 ? t.widening : t.narrowing;
}

function gapsSection(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  if (data.gaps.length === 0) return '';
  const decimalsOf = new Map(data.indicators.map((i) => [i.code, i.decimals]));
  const rows = data.gaps
    .map((g) => {
      const d = decimalsOf.get(g.indicatorCode) ?? 2;
      return `<tr><th scope="row">${escapeHtml(g.name)} <span class="src">(${escapeHtml(unitLabel(g.unit, lang))})</span></th><td>${escapeHtml(g.period)} ${badge(lang)}</td><td class="n">${formatNumber(g.p, d, lang)}</td><td class="n">${formatNumber(g.l, d, lang)}</td><td class="n">${formatNumber(g.diff, d, lang)}</td><td class="n">${formatNumber(g.ratio, 2, lang)}</td><td>${trendWord(g.trend, lang)}</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="gaps"><h2 id="gaps">${t.gaps}</h2><p>${t.gapsIntro}</p>
${scrollBox(t.gaps)}<table><thead><tr><th scope="col">${t.indicator}</th><th scope="col">${t.year}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th><th scope="col" class="n">${t.diff}</th><th scope="col" class="n">${t.ratio}</th><th scope="col">${t.trend}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function indicesSection(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  const body = data.indices.length
    ? `<p>${t.indicesIntro}</p>${scrollBox(t.indices)}<table><thead><tr><th scope="col">${t.index}</th><th scope="col">${t.year}</th><th scope="col" class="n">${t.value}</th><th scope="col">${t.source}</th></tr></thead><tbody>${data.indices
        .map(
          (i) =>
            `<tr><th scope="row">${escapeHtml(i.name)} (${i.index.toUpperCase()})</th><td>${i.year}</td><td class="n">${formatNumber(i.value, INDEX_SCALE[i.index].decimals, lang)}</td><td class="src">${escapeHtml(i.source || 'BPS')}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : `<p>${t.noIndices}</p>`;
  return `<section aria-labelledby="indices"><h2 id="indices">${t.indices}</h2>${body}</section>`;
}

function argSection(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  const head = `<section aria-labelledby="arg"><h2 id="arg">${t.arg}</h2><p>${t.argIntro}</p>`;
  if (data.arg.length === 0) return `${head}<p>${t.none}</p></section>`;
  const rupiah = (amount: string) => `Rp ${formatNumber(Number(amount), 0, lang)}`;
  const rows = data.arg
    .map(
      (a) =>
        `<tr><th scope="row">${a.year}</th><td class="n">${rupiah(a.budget)}</td><td class="n">${rupiah(a.approved)}</td><td class="n">${formatNumber(Number(a.share), 2, lang)} %</td></tr>`,
    )
    .join('');
  return `${head}${scrollBox(t.arg)}<table><thead><tr><th scope="col">${t.year}</th><th scope="col" class="n">${t.argBudget}</th><th scope="col" class="n">${t.argApproved}</th><th scope="col" class="n">${t.argShare}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function evaluationSection(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  if (data.evaluation.length === 0) return '';
  const rows = data.evaluation
    .map(
      (e) =>
        `<tr><th scope="row">${escapeHtml(e.cycleName)}${e.example ? ` <span class="src">(${t.example})</span>` : ''}</th><td>${e.year}</td><td>${escapeHtml(e.tier ?? '—')}</td><td class="n">${formatNumber(e.total, 2, lang)}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="evaluation"><h2 id="evaluation">${t.evaluation}</h2><p>${t.evaluationIntro}</p>${scrollBox(t.evaluation)}<table><thead><tr><th scope="col">${t.cycle}</th><th scope="col">${t.year}</th><th scope="col">${t.tier}</th><th scope="col" class="n">${t.score}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function profilSection(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  if (data.profilGender.length === 0) return '';
  const items = [...data.profilGender]
    .sort((a, b) => b.year - a.year)
    .map(
      (p) =>
        `<li><a href="${escapeHtml(p.publicPath)}">${escapeHtml(t.profilLink(p.year, formatNumber(Math.max(1, Math.round(p.sizeBytes / 1024)), 0, lang)))}</a> <span class="src">${t.published} ${longDate(new Date(p.publishedAt), lang)}</span></li>`,
    )
    .join('');
  return `<section aria-labelledby="profil"><h2 id="profil">${t.profil}</h2><p>${t.profilIntro}</p><ul>${items}</ul></section>`;
}

function indicatorRow(ind: Indicator, region: PortalRegionResponse['region'], lang: PortalLang): string {
  const t = TEXT[lang];
  const href = `${indicatorPagePath(region, ind.code)}${lang === 'en' ? '?lang=en' : ''}`;
  const s = ind.series;
  const first = s[0];
  const last = s[s.length - 1];
  const change = (pick: (p: Indicator['latest']) => number | null) =>
    `${formatNumber(pick(first), ind.decimals, lang)} → ${formatNumber(pick(last), ind.decimals, lang)}`;
  const label = t.trendLabel(
    ind.name,
    first.period,
    last.period,
    change((p) => p.p),
    change((p) => p.l),
  );
  const spark = sparkline(s, label) ?? '—';
  const x = ind.latest;
  return `<tr><th scope="row"><a href="${escapeHtml(href)}">${escapeHtml(ind.name)}</a> <span class="src">(${escapeHtml(unitLabel(ind.unit, lang))})</span></th><td>${escapeHtml(x.period)} ${badge(lang)}</td><td class="n">${formatNumber(x.p, ind.decimals, lang)}</td><td class="n">${formatNumber(x.l, ind.decimals, lang)}</td><td>${spark}</td><td class="src">${escapeHtml(sourceText(ind.source, lang))}</td></tr>`;
}

function indicatorsSection(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  if (data.indicators.length === 0) {
    return `<section aria-labelledby="indicators"><h2 id="indicators">${t.indicators}</h2><p>${t.noData}</p></section>`;
  }
  const groups = DOMAIN_GROUPS.map((g) => [g, data.indicators.filter((i) => i.domainGroup === g)] as const)
    .filter(([, items]) => items.length > 0)
    .map(([g, items]) => {
      const title = DOMAIN_GROUP_TITLES[g][lang];
      return `<h3 id="g-${g}">${escapeHtml(title)}</h3>${scrollBox(title)}<table><thead><tr><th scope="col">${t.indicator}</th><th scope="col">${t.year}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th><th scope="col">${t.trend}</th><th scope="col">${t.source}</th></tr></thead><tbody>${items.map((i) => indicatorRow(i, data.region, lang)).join('')}</tbody></table></div>`;
    })
    .join('');
  return `<section aria-labelledby="indicators"><h2 id="indicators">${t.indicators}</h2><p class="src">${t.legend} <span style="color:${COLORS.p}">━ ${t.p}</span> <span style="color:${COLORS.l}">╌ ${t.l}</span></p>${groups}</section>`;
}

/** `head`: markup for the page's head (the sharing tags of open-graph.ts). */
export function regionPage(data: PortalRegionResponse, lang: PortalLang, head = ''): string {
  const t = TEXT[lang];
  const { region } = data;
  const self = escapeHtml(region.pagePath);
  const other = lang === 'en' ? self : `${self}?lang=en`;
  const parent = region.parent
    ? `<p>${t.parentOf} <a href="/p/${escapeHtml(region.parent.code)}${lang === 'en' ? '?lang=en' : ''}">${escapeHtml(region.parent.name)}</a></p>`
    : '';
  const apiPath = `/api/public/regions/${encodeURIComponent(region.code)}${lang === 'en' ? '?lang=en' : ''}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(region.name)} — ${t.kicker} | Setara</title>
<meta name="description" content="${escapeHtml(`${t.kicker}: ${region.name}. ${t.intro}`)}">
<link rel="canonical" href="${self}">
<link rel="alternate" hreflang="${lang === 'en' ? 'id' : 'en'}" href="${other}">
${head}
<style>${STYLE}</style>
</head>
<body>
<header><div>
<p><a href="${other}" lang="${lang === 'en' ? 'id' : 'en'}">${t.other}</a></p>
<p class="kicker">${t.kicker}</p>
<h1>${escapeHtml(region.name)}</h1>
${parent}<p>${t.intro}</p>
</div></header>
<main>
${data.demo ? `<p class="demo" role="note"><strong>${t.demo}</strong></p>` : ''}
<nav aria-label="${t.contents}"><ul><li><a href="#gaps">${t.gaps}</a></li><li><a href="#indices">${t.indices}</a></li><li><a href="#arg">${t.arg}</a></li>${data.evaluation.length ? `<li><a href="#evaluation">${t.evaluation}</a></li>` : ''}${data.profilGender.length ? `<li><a href="#profil">${t.profil}</a></li>` : ''}<li><a href="#indicators">${t.indicators}</a></li><li><a href="#directory">${t.directory}</a></li></ul></nav>
${gapsSection(data, lang)}
${indicesSection(data, lang)}
${argSection(data, lang)}
${evaluationSection(data, lang)}
${profilSection(data, lang)}
${indicatorsSection(data, lang)}
<section aria-labelledby="directory"><h2 id="directory">${t.directory}</h2><p>${t.directoryText} <a href="${escapeHtml(region.directoryPath)}${lang === 'en' ? '?lang=en' : ''}">${t.directoryLink} — ${escapeHtml(region.name)}</a></p></section>
</main>
<footer><p>${escapeHtml(data.visibility)}</p><p>${t.footer}</p><p><a href="${escapeHtml(apiPath)}">${t.api}</a></p></footer>
</body>
</html>`;
}

const ERRORS = {
  bad: {
    id: [
      'Alamat tidak dikenal',
      'Alamat halaman wilayah berbentuk /p/ diikuti kode wilayah Kemendagri, misalnya /p/72.71.',
    ],
    en: ['Unknown address', 'A region page is /p/ followed by the Kemendagri region code, e.g. /p/72.71.'],
  },
  missing: {
    id: ['Wilayah tidak ditemukan', 'Tidak ada wilayah dengan kode ini.'],
    en: ['Region not found', 'No region has this code.'],
  },
  search: {
    id: ['Pencarian tidak valid', 'Parameter q: nama wilayah, satu kali, paling panjang 100 huruf.'],
    en: ['Invalid search', 'Parameter q: a region name, once, at most 100 characters.'],
  },
  indicator: {
    id: ['Indikator tidak ditemukan', 'Indikator ini tidak ada atau tidak berlaku di wilayah ini.'],
    en: ['Indicator not found', 'This indicator does not exist or does not apply in this region.'],
  },
  year: {
    id: ['Tahun tidak valid', 'Parameter tahun: empat angka, misalnya ?tahun=2023.'],
    en: ['Invalid year', 'Parameter tahun: four digits, e.g. ?tahun=2023.'],
  },
  busy: {
    id: ['Server sedang sibuk', 'Coba lagi sebentar lagi.'],
    en: ['The server is busy', 'Please try again in a moment.'],
  },
} as const;

/** A small page for a malformed or unknown code, in the visitor's language. */
export function errorPage(kind: keyof typeof ERRORS, lang: PortalLang): string {
  const [title, text] = ERRORS[kind][lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Setara</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
}
