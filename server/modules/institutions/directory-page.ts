/**
 * The public directory page (/direktori-layanan/:regionCode): server-rendered HTML that works
 * without JavaScript — the filters are a GET form, so every search is a link one can share —
 * in Indonesian, or English with ?lang=en. Inline styles only (the CSP allows them, no script).
 */
import type { DirectoryEntry, DirectoryQuery } from '../../../api/institutions.js';
import { SERVICE_FIELDS, type ServiceField } from '../../../domain/institutions/constants.js';
import { STANDINGS, type Standing } from '../../../domain/institutions/standing.js';
import type { TypeRow } from './queries.js';
import { escapeHtml } from '../../lib/html.js';

type Lang = 'id' | 'en';

export const FIELD_LABELS: Record<ServiceField, Record<Lang, string>> = {
  ekonomi: { id: 'Ekonomi', en: 'Economy' },
  politik: { id: 'Politik', en: 'Politics' },
  hukum: { id: 'Hukum', en: 'Law' },
  sosial: { id: 'Sosial', en: 'Social' },
  budaya: { id: 'Budaya', en: 'Culture' },
  lingkungan: { id: 'Lingkungan', en: 'Environment' },
  konsultasi: { id: 'Konsultasi', en: 'Consultation' },
  konseling: { id: 'Konseling', en: 'Counselling' },
  edukasi_pengasuhan: { id: 'Edukasi pengasuhan', en: 'Parenting education' },
};

export const STANDING_LABELS: Record<Standing, Record<Lang, string>> = {
  belum: { id: 'Belum distandardisasi', en: 'Not standardised' },
  proses: { id: 'Dalam proses standardisasi', en: 'Standardisation in progress' },
  terstandar: { id: 'Terstandar', en: 'Standardised' },
  perlu_perbaikan: { id: 'Perlu perbaikan', en: 'Needs improvement' },
  ditolak: { id: 'Belum memenuhi standar', en: 'Did not meet the standard' },
  kedaluwarsa: { id: 'Standardisasi kedaluwarsa', en: 'Standardisation expired' },
};

const STANDING_COLORS: Partial<Record<Standing, string>> = {
  terstandar: 'background:#dcfce7;color:#14532d',
  kedaluwarsa: 'background:#fee2e2;color:#7f1d1d',
};

const TEXT = {
  id: {
    title: 'Direktori Lembaga Layanan',
    intro:
      'Lembaga penyedia layanan pemberdayaan perempuan dan peningkatan kualitas keluarga yang memilih tampil di direktori ini.',
    search: 'Cari nama atau alamat',
    type: 'Jenis',
    field: 'Bidang layanan',
    kecamatan: 'Kecamatan',
    standing: 'Standardisasi',
    any: 'Semua',
    submit: 'Cari',
    reset: 'Hapus filter',
    count: (n: number) => `${n.toLocaleString('id-ID')} lembaga`,
    empty: 'Tidak ada lembaga yang cocok dengan pencarian ini. Coba hapus sebagian filter.',
    none: 'Belum ada lembaga di daerah ini yang memilih tampil di direktori.',
    address: 'Alamat',
    contact: 'Kontak',
    map: 'Lihat di peta',
    validUntil: 'berlaku sampai',
    other: 'English',
    footer: 'Data dari pendaftaran lembaga di Setara, dikelola DP3A daerah.',
  },
  en: {
    title: 'Directory of Service Institutions',
    intro: "Women's empowerment and family-quality service providers that chose to be listed here.",
    search: 'Search name or address',
    type: 'Type',
    field: 'Field of service',
    kecamatan: 'District (kecamatan)',
    standing: 'Standardisation',
    any: 'All',
    submit: 'Search',
    reset: 'Clear filters',
    count: (n: number) => `${n.toLocaleString('en-GB')} institutions`,
    empty: 'No institution matches this search. Try removing some filters.',
    none: 'No institution of this region has chosen to be listed yet.',
    address: 'Address',
    contact: 'Contact',
    map: 'Show on map',
    validUntil: 'valid until',
    other: 'Bahasa Indonesia',
    footer: "From the institutions' registration in Setara, kept by the region's DP3A.",
  },
} as const;

function longDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

function select(
  name: string,
  label: string,
  any: string,
  options: [string, string][],
  chosen: string | undefined,
) {
  const opts = options
    .map(
      ([v, l]) =>
        `<option value="${escapeHtml(v)}"${v === chosen ? ' selected' : ''}>${escapeHtml(l)}</option>`,
    )
    .join('');
  return `<label>${escapeHtml(label)}<select name="${name}"><option value="">${escapeHtml(any)}</option>${opts}</select></label>`;
}

function entry(e: DirectoryEntry, lang: Lang): string {
  const t = TEXT[lang];
  const typeName = lang === 'en' ? e.type.nameEn : e.type.nameId;
  const fields = e.fields.map((f) => `<li>${escapeHtml(FIELD_LABELS[f][lang])}</li>`).join('');
  const standing = STANDING_LABELS[e.standing][lang];
  const valid =
    e.standing === 'terstandar' && e.standardValidUntil
      ? ` (${t.validUntil} ${longDate(e.standardValidUntil, lang)})`
      : '';
  const contacts = [
    e.phone ? `<a href="tel:${escapeHtml(e.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(e.phone)}</a>` : '',
    e.email ? `<a href="mailto:${escapeHtml(e.email)}">${escapeHtml(e.email)}</a>` : '',
    e.website
      ? `<a href="${escapeHtml(e.website)}" rel="nofollow noopener">${escapeHtml(e.website)}</a>`
      : '',
    ...e.socialLinks.map(
      (s) => `<a href="${escapeHtml(s.url)}" rel="nofollow noopener">${escapeHtml(s.kind)}</a>`,
    ),
  ].filter(Boolean);
  const map =
    e.latitude !== null && e.longitude !== null
      ? ` · <a href="https://www.openstreetmap.org/?mlat=${e.latitude}&amp;mlon=${e.longitude}#map=17/${e.latitude}/${e.longitude}">${t.map}</a>`
      : '';
  return `<li class="card">
<h2>${escapeHtml(e.name)}</h2>
<p class="meta">${escapeHtml(typeName)} · <span class="standing" style="${STANDING_COLORS[e.standing] ?? ''}">${escapeHtml(standing)}${escapeHtml(valid)}</span></p>
<ul class="fields" aria-label="${escapeHtml(t.field)}">${fields}</ul>
${e.description ? `<p>${escapeHtml(e.description)}</p>` : ''}
<p><strong>${t.address}:</strong> ${escapeHtml(e.address)}${e.kecamatanName ? `, ${escapeHtml(e.kecamatanName)}` : ''}${map}</p>
${contacts.length ? `<p><strong>${t.contact}:</strong> ${contacts.join(' · ')}</p>` : ''}
</li>`;
}

export function directoryPage(input: {
  region: { code: string; name: string };
  items: DirectoryEntry[];
  types: TypeRow[];
  kecamatan: Map<string, string>;
  query: DirectoryQuery;
  lang: Lang;
  /** Whether the region lists anyone at all (for the empty state's words). */
  filtered: boolean;
}): string {
  const { region, items, types, kecamatan, query, lang } = input;
  const t = TEXT[lang];
  const base = `/direktori-layanan/${encodeURIComponent(region.code)}`;
  const otherLang = lang === 'en' ? '' : '?lang=en';
  const list = items.length
    ? `<ul class="list">${items.map((e) => entry(e, lang)).join('')}</ul>`
    : `<p class="empty" role="status">${input.filtered ? t.empty : t.none}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)} — ${escapeHtml(region.name)}</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f5f5f4;color:#1c1917;line-height:1.5}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}
header{background:#7b2d8e;color:#fff;max-width:none}
header div{max-width:60rem;margin:0 auto}
header a{color:#fff}
h1{font-size:1.5rem;margin:.25rem 0}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;background:#fff;padding:1rem;border-radius:8px}
label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600;gap:.25rem}
input,select,button{font:inherit;padding:.4rem .5rem;border:1px solid #a8a29e;border-radius:4px;min-height:2.5rem}
button{background:#7b2d8e;color:#fff;border-color:#7b2d8e;cursor:pointer}
.list{list-style:none;padding:0;display:grid;gap:1rem}
.card{background:#fff;border-radius:8px;padding:1rem 1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card h2{font-size:1.15rem;margin:0}
.meta{margin:.25rem 0;color:#57534e}
.standing{padding:.1rem .4rem;border-radius:4px;background:#f5f5f4}
.fields{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:.5rem 0}
.fields li{background:#f3e8f7;color:#5b1f6a;padding:.1rem .5rem;border-radius:999px;font-size:.85rem}
a{color:#5b1f6a}
.empty{background:#fff;padding:1rem;border-radius:8px}
footer{font-size:.85rem;color:#57534e}
</style>
</head>
<body>
<header><div>
<p><a href="${base}${otherLang}" lang="${lang === 'en' ? 'id' : 'en'}">${t.other}</a></p>
<h1>${escapeHtml(t.title)} — ${escapeHtml(region.name)}</h1>
<p>${escapeHtml(t.intro)}</p>
</div></header>
<main>
<form method="get" action="${base}" role="search">
${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<label>${t.search}<input type="search" name="q" value="${escapeHtml(query.q ?? '')}" maxlength="100"></label>
${select(
  'type',
  t.type,
  t.any,
  types.map((ty) => [ty.code, lang === 'en' ? ty.nameEn : ty.nameId]),
  query.type,
)}
${select(
  'field',
  t.field,
  t.any,
  SERVICE_FIELDS.map((f) => [f, FIELD_LABELS[f][lang]]),
  query.field,
)}
${select('kecamatan', t.kecamatan, t.any, [...kecamatan], query.kecamatan)}
${select(
  'standing',
  t.standing,
  t.any,
  STANDINGS.map((s) => [s, STANDING_LABELS[s][lang]]),
  query.standing,
)}
<button type="submit">${t.submit}</button>
<a href="${base}${otherLang}">${t.reset}</a>
</form>
<p role="status">${t.count(items.length)}</p>
${list}
</main>
<footer>${escapeHtml(t.footer)}</footer>
</body>
</html>
`;
}
