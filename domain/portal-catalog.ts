/**
 * The open-data catalogue's rules (issue 15): what one dataset is, how it is named, which
 * controlled vocabularies describe it. The catalogue lists one dataset per region × indicator
 * group (DOMAIN_GROUPS) holding a public figure (domain/portal.ts); server/modules/portal turns
 * these into DCAT-AP JSON-LD and Project Open Data v1.1 data.json.
 */
import { parsePeriod } from './period.js';
import type { DomainGroup } from './indicators.js';
import type { RegionLevel } from './region-code.js';

/**
 * What a demo dataset's title starts with: the seed's invented figures must never pass for
 * official statistics in a harvester's listing, where a banner on the page cannot be seen.
 */
export const DEMO_TITLE_PREFIX = 'DATA DEMO — ';

export const DEMO_NOTICE = {
  id: 'DATA DEMO: angka contoh yang dikarang untuk mencoba aplikasi, bukan statistik resmi; jangan dikutip.',
  en: 'DEMO DATA: invented figures for trying the application, not official statistics; do not cite.',
} as const;

/** Datasets per page of the JSON-LD catalogue (hydra:PagedCollection), as ckanext-dcat pages its own. */
export const CATALOG_PAGE_SIZE = 1_000;

/** The sitemaps.org limit of URLs in one sitemap file; past it, a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Each group's theme in the EU data-theme vocabulary (DCAT-AP recommends it for dcat:theme,
 * http://publications.europa.eu/resource/authority/data-theme): the nearest of its 13 themes.
 */
export const GROUP_DATA_THEMES: Record<DomainGroup, string> = {
  kependudukan: 'SOCI',
  pendidikan: 'EDUC',
  kesehatan: 'HEAL',
  ekonomi_ketenagakerjaan: 'ECON',
  politik_pengambilan_keputusan: 'GOVE',
  hukum_sosial_budaya: 'JUST',
  kekerasan_perempuan_anak: 'JUST',
  kebencanaan: 'ENVI',
};

export const EU_DATA_THEME_BASE = 'http://publications.europa.eu/resource/authority/data-theme/';
export const EU_FILE_TYPE_BASE = 'http://publications.europa.eu/resource/authority/file-type/';
export const IANA_MEDIA_TYPE_BASE = 'http://www.iana.org/assignments/media-types/';
/** Indonesian in the EU language vocabulary (ISO 639-3 `ind`). */
export const EU_LANGUAGE_INDONESIAN = 'http://publications.europa.eu/resource/authority/language/IND';

/** The government that publishes a region's data: "Pemerintah Kota Palu", "Pemerintah Provinsi Sulawesi Tengah". */
export function publisherName(region: { name: string; level: RegionLevel }): string {
  if (region.level === 'nasional') return 'Pemerintah Republik Indonesia';
  if (region.level === 'provinsi') return `Pemerintah Provinsi ${region.name}`;
  return `Pemerintah ${region.name}`;
}

/** A region code as BPS writes it (the Kemendagri code without its dot): 72.71 -> 7271. */
export function bpsCodeOf(regionCode: string): string {
  return regionCode.replace('.', '');
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of a period (`2023` -> 2023-01-01, `2023-S2` -> 2023-07-01, `2023-Q4` -> 2023-10-01). */
export function periodStart(text: string): string | null {
  const p = parsePeriod(text);
  if (!p) return null;
  const months = p.periodicity === 'semester' ? 6 : p.periodicity === 'quarter' ? 3 : 12;
  return isoDate(p.year, p.part === 0 ? 1 : (p.part - 1) * months + 1, 1);
}

/** The last day of a period (`2023` -> 2023-12-31, `2023-S1` -> 2023-06-30, `2023-Q1` -> 2023-03-31). */
export function periodEnd(text: string): string | null {
  const p = parsePeriod(text);
  if (!p) return null;
  const months = p.periodicity === 'semester' ? 6 : p.periodicity === 'quarter' ? 3 : 12;
  const lastMonth = p.part === 0 ? 12 : p.part * months;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return isoDate(p.year, lastMonth, last);
}
