/**
 * The home page's highlights below its search (highlights.ts): server-rendered, no script, every
 * figure with its year and source, and an empty state that says why a section is empty. The
 * styles are the region page's (page.ts STYLE), already on the home page.
 */
import type { PortalLang } from '../../../api/portal.js';
import { INDEX_SCALE } from '../../../domain/indices/constants.js';
import { profilPublicPath, regionPagePath } from '../../../domain/portal.js';
import { escapeHtml } from '../../lib/html.js';
import { formatNumber, unitLabel } from './format.js';
import { HOME_INDICES, type Highlights, type PublishedIndex } from './highlights.js';

const TEXT = {
  id: {
    national: 'Sorotan nasional',
    publishing: (total: number, prov: number, kab: number) =>
      `${total} wilayah menerbitkan data terverifikasi: ${prov} provinsi dan ${kab} kabupaten/kota.`,
    publishingNone:
      'Belum ada wilayah yang menerbitkan data terverifikasi. Data tampil di sini setelah pemerintah daerah memverifikasinya di Setara.',
    indices: 'Indeks gender Indonesia',
    indicesNote: 'Nilai terbitan BPS terbaru untuk Indonesia (tahun di setiap baris).',
    indicesNone: 'Belum ada nilai indeks nasional terbitan BPS yang tercatat di Setara.',
    gaps: 'Kesenjangan gender terlebar (nasional)',
    gapsNote:
      'Dihitung dari angka nasional terverifikasi yang tercatat di Setara: selisih |P − L| dibagi rata-rata P dan L pada tahun terakhir setiap indikator.',
    gapsNone:
      'Belum ada angka nasional terverifikasi menurut jenis kelamin, sehingga kesenjangan nasional belum dapat dihitung. Lihat kesenjangan tiap wilayah di halaman wilayahnya.',
    provinces: 'Indeks gender per provinsi',
    provincesNote: 'Nilai terbitan BPS terbaru yang tercatat untuk setiap provinsi; tahunnya dalam kurung.',
    provincesNone: 'Belum ada nilai indeks provinsi terbitan BPS yang tercatat di Setara.',
    latest: 'Terbitan terbaru',
    verified: 'Data yang baru diverifikasi',
    verifiedLine: (n: number, period: string, date: string) =>
      `${n} indikator periode ${period}, diverifikasi ${date}`,
    verifiedNone:
      'Belum ada verifikasi data yang tercatat. Wilayah tampil di sini ketika pemerintah daerah memverifikasi data terpilahnya.',
    profils: 'Profil Gender',
    profilLine: (year: number, date: string, size: string) =>
      `Profil Gender ${year} (PDF, ${size}), diterbitkan ${date}`,
    profilsNone:
      'Belum ada Profil Gender yang diterbitkan di portal. Dokumen tampil di sini setelah DP3A daerah menerbitkannya.',
    province: 'Provinsi',
    index: 'Indeks',
    year: 'Tahun',
    value: 'Nilai',
    source: 'Sumber',
    indicator: 'Indikator',
    p: 'Perempuan',
    l: 'Laki-laki',
    demo: 'DATA DEMO',
    locale: 'id-ID',
  },
  en: {
    national: 'National highlights',
    publishing: (total: number, prov: number, kab: number) =>
      `${total} ${total === 1 ? 'region publishes' : 'regions publish'} verified data: ${prov} ${prov === 1 ? 'province' : 'provinces'} and ${kab} ${kab === 1 ? 'regency/city' : 'regencies/cities'}.`,
    publishingNone:
      'No region publishes verified data yet. Data appears here once a regional government verifies it in Setara.',
    indices: "Indonesia's gender indices",
    indicesNote: "BPS's latest published values for Indonesia (the year on each row).",
    indicesNone: 'No national index value published by BPS is recorded in Setara yet.',
    gaps: 'Widest gender gaps (national)',
    gapsNote:
      "Computed from the nation's verified figures recorded in Setara: |F − M| over the mean of F and M in each indicator's latest year.",
    gapsNone:
      "No verified national figure by sex yet, so the national gaps cannot be computed. Each region's gaps are on its page.",
    provinces: 'Gender indices by province',
    provincesNote: "BPS's latest published values recorded for each province; the year in brackets.",
    provincesNone: 'No provincial index value published by BPS is recorded in Setara yet.',
    latest: 'Latest publications',
    verified: 'Recently verified data',
    verifiedLine: (n: number, period: string, date: string) =>
      `${n} ${n === 1 ? 'indicator' : 'indicators'} for ${period}, verified ${date}`,
    verifiedNone:
      'No data verification is recorded yet. Regions appear here when their government verifies its sex-disaggregated data.',
    profils: 'Profil Gender',
    profilLine: (year: number, date: string, size: string) =>
      `Profil Gender ${year} (PDF, ${size}), published ${date}`,
    profilsNone:
      "No Profil Gender is published on the portal yet. Documents appear here once a region's DP3A publishes them.",
    province: 'Province',
    index: 'Index',
    year: 'Year',
    value: 'Value',
    source: 'Source',
    indicator: 'Indicator',
    p: 'Female',
    l: 'Male',
    demo: 'DEMO DATA',
    locale: 'en-GB',
  },
} as const;

const scrollBox = (label: string) =>
  `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}">`;

const dateOf = (date: Date, lang: PortalLang) =>
  new Intl.DateTimeFormat(TEXT[lang].locale, { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(date);

const sizeOf = (bytes: number, lang: PortalLang) =>
  bytes >= 1024 * 1024
    ? `${formatNumber(bytes / (1024 * 1024), 1, lang)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0, lang)} KB`;

const demoTag = (demo: boolean, lang: PortalLang) =>
  demo ? ` <strong class="demo-tag">${TEXT[lang].demo}</strong>` : '';

const indexValue = (i: PublishedIndex, lang: PortalLang) =>
  formatNumber(i.value, INDEX_SCALE[i.index].decimals, lang);

function nationalSection(h: Highlights, lang: PortalLang): string {
  const t = TEXT[lang];
  const total = h.publishing.provinsi + h.publishing.kabkota + h.publishing.nasional;
  const publishing = total
    ? t.publishing(total, h.publishing.provinsi, h.publishing.kabkota)
    : t.publishingNone;
  const indices = h.national.length
    ? `<p class="src">${t.indicesNote}</p>${scrollBox(t.indices)}<table><thead><tr><th scope="col">${t.index}</th><th scope="col">${t.year}</th><th scope="col" class="n">${t.value}</th><th scope="col">${t.source}</th></tr></thead><tbody>${h.national
        .map(
          (i) =>
            `<tr><th scope="row">${escapeHtml(i.name)} (${i.index.toUpperCase()})${demoTag(i.demo, lang)}</th><td>${i.year}</td><td class="n">${indexValue(i, lang)}</td><td class="src">${escapeHtml(i.source || 'BPS')}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : `<p>${t.indicesNone}</p>`;
  const gaps = h.nationalGaps.length
    ? `<p class="src">${t.gapsNote}</p>${scrollBox(t.gaps)}<table><thead><tr><th scope="col">${t.indicator}</th><th scope="col">${t.year}</th><th scope="col" class="n">${t.p}</th><th scope="col" class="n">${t.l}</th></tr></thead><tbody>${h.nationalGaps
        .map(
          (g) =>
            `<tr><th scope="row">${escapeHtml(g.name)} <span class="src">(${escapeHtml(unitLabel(g.unit, lang))})</span></th><td>${escapeHtml(g.period)}</td><td class="n">${formatNumber(g.p, g.decimals, lang)}</td><td class="n">${formatNumber(g.l, g.decimals, lang)}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : `<p>${t.gapsNone}</p>`;
  return `<section aria-labelledby="national"><h2 id="national">${t.national}</h2><p>${publishing}</p>
<h3>${t.indices}</h3>${indices}
<h3>${t.gaps}</h3>${gaps}</section>`;
}

function provincesSection(h: Highlights, lang: PortalLang): string {
  const t = TEXT[lang];
  if (h.provinces.length === 0) {
    return `<section aria-labelledby="provinces-idx"><h2 id="provinces-idx">${t.provinces}</h2><p>${t.provincesNone}</p></section>`;
  }
  const suffix = lang === 'en' ? '?lang=en' : '';
  const cell = (i: PublishedIndex | undefined) =>
    i ? `${indexValue(i, lang)} <span class="src">(${i.year})</span>${demoTag(i.demo, lang)}` : '—';
  const rows = h.provinces
    .map(
      (p) =>
        `<tr><th scope="row"><a href="${escapeHtml(regionPagePath(p))}${suffix}">${escapeHtml(p.name)}</a></th>${HOME_INDICES.map((i) => `<td class="n">${cell(p.indices[i])}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<section aria-labelledby="provinces-idx"><h2 id="provinces-idx">${t.provinces}</h2><p class="src">${t.provincesNote}</p>${scrollBox(t.provinces)}<table><thead><tr><th scope="col">${t.province}</th>${HOME_INDICES.map((i) => `<th scope="col" class="n">${i.toUpperCase()}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function latestSection(h: Highlights, lang: PortalLang): string {
  const t = TEXT[lang];
  const suffix = lang === 'en' ? '?lang=en' : '';
  const verified = h.latest.length
    ? `<ul>${h.latest
        .map(
          (v) =>
            `<li><a href="${escapeHtml(regionPagePath(v))}${suffix}">${escapeHtml(v.name)}</a>${v.parentName && v.level === 'kabkota' ? ` <span class="src">· ${escapeHtml(v.parentName)}</span>` : ''}: ${escapeHtml(t.verifiedLine(v.indicators, v.period, dateOf(v.at, lang)))}${demoTag(v.demo, lang)}</li>`,
        )
        .join('')}</ul>`
    : `<p>${t.verifiedNone}</p>`;
  const profils = h.profils.length
    ? `<ul>${h.profils
        .map(
          (p) =>
            `<li><a href="${escapeHtml(regionPagePath(p))}${suffix}">${escapeHtml(p.name)}</a>: <a href="${escapeHtml(profilPublicPath(p.code, p.year))}">${escapeHtml(t.profilLine(p.year, dateOf(p.publishedAt, lang), sizeOf(p.sizeBytes, lang)))}</a></li>`,
        )
        .join('')}</ul>`
    : `<p>${t.profilsNone}</p>`;
  return `<section aria-labelledby="latest"><h2 id="latest">${t.latest}</h2><h3>${t.verified}</h3>${verified}<h3>${t.profils}</h3>${profils}</section>`;
}

/** The three highlight sections, in the order a visitor reads them. */
export function highlightsHtml(h: Highlights, lang: PortalLang): string {
  return `${nationalSection(h, lang)}\n${latestSection(h, lang)}\n${provincesSection(h, lang)}`;
}

/** Styles the highlights add to the home page's. */
export const HIGHLIGHTS_STYLE = `.demo-tag{background:#fef3c7;color:#78350f;border:1px solid #b45309;border-radius:4px;padding:0 .3rem;font-size:.75rem}`;
