/**
 * What a link to a portal page shows when it is shared (WhatsApp, Telegram, Facebook, X,
 * LinkedIn): Open Graph and Twitter card tags, with the page's 1200×630 preview image
 * (preview-image.ts). Crawlers do not resolve relative URLs reliably, so every URL here is
 * absolute, built from the address users open Setara at (config.publicUrl, PUBLIC_URL).
 */
import type { PortalIndicatorResponse, PortalLang, PortalRegionResponse } from '../../../api/portal.js';
import { indicatorPagePath, previewImagePath } from '../../../domain/portal.js';
import { escapeHtml } from '../../lib/html.js';
import { formatNumber } from './format.js';

/** The preview image's size: Open Graph's recommended 1.91:1 large card. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const LOCALES: Record<PortalLang, string> = { id: 'id_ID', en: 'en_GB' };

/** `origin` + `path` as an absolute URL; `origin` is config.publicUrl (no trailing slash). */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin.replace(/\/+$/, '')}/`).toString();
}

export interface OpenGraphInput {
  title: string;
  description: string;
  /** The page's absolute canonical URL (with ?lang=en for the English page). */
  url: string;
  /** The absolute URL of the page's preview image (PNG, 1200×630). */
  image: string;
  lang: PortalLang;
  /** What the image shows, for screen readers of the sharing app. */
  imageAlt: string;
}

function assertAbsolute(name: string, url: string): void {
  // A relative URL here is a programming error: crawlers would drop the card silently.
  if (!/^https?:\/\//.test(url)) throw new Error(`openGraphTags: ${name} must be an absolute URL: ${url}`);
}

/** The `<meta>` tags of a page's `<head>`, every value escaped. */
export function openGraphTags(input: OpenGraphInput): string {
  assertAbsolute('url', input.url);
  assertAbsolute('image', input.image);
  const other: PortalLang = input.lang === 'en' ? 'id' : 'en';
  const property = (name: string, value: string) =>
    `<meta property="${name}" content="${escapeHtml(value)}">`;
  const named = (name: string, value: string) => `<meta name="${name}" content="${escapeHtml(value)}">`;
  return [
    property('og:type', 'website'),
    property('og:site_name', 'Setara'),
    property('og:title', input.title),
    property('og:description', input.description),
    property('og:url', input.url),
    property('og:locale', LOCALES[input.lang]),
    property('og:locale:alternate', LOCALES[other]),
    property('og:image', input.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(PREVIEW_WIDTH)),
    property('og:image:height', String(PREVIEW_HEIGHT)),
    property('og:image:alt', input.imageAlt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', input.title),
    named('twitter:description', input.description),
    named('twitter:image', input.image),
    named('twitter:image:alt', input.imageAlt),
  ].join('\n');
}

const SHARE = {
  id: {
    site: 'Portal Data Gender',
    kicker: 'Data gender terpilah',
    count: (n: number) => `${n} indikator terverifikasi pemerintah daerah, dengan sumber dan tahunnya.`,
    none: 'Data terpilah menurut jenis kelamin yang diverifikasi pemerintah daerah.',
    gap: (name: string, period: string, p: string, l: string) =>
      `Kesenjangan terlebar ${period}: ${name} (perempuan ${p}, laki-laki ${l}).`,
    demo: 'DATA DEMO, bukan statistik resmi. ',
    homeIntro:
      'Data terpilah menurut jenis kelamin yang telah diverifikasi pemerintah daerah: cari provinsi, kabupaten atau kota.',
    regionAlt: (name: string) => `Kartu ${name} di Setara: kesenjangan gender terlebar dan tahun datanya`,
    homeAlt: 'Kartu Indonesia di Setara: indeks gender dan kesenjangan terlebar',
    latest: (period: string, p: string, l: string) => `Tahun ${period}: perempuan ${p}, laki-laki ${l}.`,
    indicatorAlt: (name: string, region: string) =>
      `Grafik tren ${name} di ${region} menurut jenis kelamin, dengan tahun dan sumbernya`,
  },
  en: {
    site: 'Gender Data Portal',
    kicker: 'Sex-disaggregated gender data',
    count: (n: number) => `${n} indicators verified by the regional government, with source and year.`,
    none: 'Sex-disaggregated data verified by the regional government.',
    gap: (name: string, period: string, p: string, l: string) =>
      `Widest gap in ${period}: ${name} (female ${p}, male ${l}).`,
    demo: 'DEMO DATA, not official statistics. ',
    homeIntro: 'Sex-disaggregated data verified by regional governments: find a province, regency or city.',
    regionAlt: (name: string) => `${name} on Setara: its widest gender gap and the year of the data`,
    homeAlt: 'Indonesia on Setara: gender indices and the widest gap',
    latest: (period: string, p: string, l: string) => `${period}: female ${p}, male ${l}.`,
    indicatorAlt: (name: string, region: string) =>
      `Trend of ${name} in ${region} by sex, with its years and source`,
  },
} as const;

/** The region page's sharing tags: its name, how much is verified, its widest gap, its card. */
export function regionShareTags(data: PortalRegionResponse, lang: PortalLang, origin: string): string {
  const t = SHARE[lang];
  const { region } = data;
  const query = lang === 'en' ? '?lang=en' : '';
  const gap = data.gaps[0];
  const decimals = data.indicators.find((i) => i.code === gap?.indicatorCode)?.decimals ?? 2;
  const description = [
    data.demo ? t.demo : '',
    data.indicators.length ? t.count(data.indicators.length) : t.none,
    gap
      ? ` ${t.gap(gap.name, gap.period, formatNumber(gap.p, decimals, lang), formatNumber(gap.l, decimals, lang))}`
      : '',
  ].join('');
  return openGraphTags({
    title: `${region.name} — ${t.kicker} | Setara`,
    description,
    url: absoluteUrl(origin, `${region.pagePath}${query}`),
    image: absoluteUrl(origin, `${previewImagePath(region.code)}${query}`),
    lang,
    imageAlt: t.regionAlt(region.name),
  });
}

/** The front door's sharing tags; its card is the nation's (previewImagePath of `nationCode`). */
export function homeShareTags(lang: PortalLang, origin: string, nationCode: string): string {
  const t = SHARE[lang];
  const query = lang === 'en' ? '?lang=en' : '';
  return openGraphTags({
    title: `${t.site} | Setara`,
    description: t.homeIntro,
    url: absoluteUrl(origin, `/p${query}`),
    image: absoluteUrl(origin, `${previewImagePath(nationCode)}${query}`),
    lang,
    imageAlt: t.homeAlt,
  });
}

/** An indicator page's sharing tags: its name and region, the latest verified year, its trend card. */
export function indicatorShareTags(data: PortalIndicatorResponse, lang: PortalLang, origin: string): string {
  const t = SHARE[lang];
  const { region, indicator, series } = data;
  const query = lang === 'en' ? '?lang=en' : '';
  const latest = series[series.length - 1];
  const figures = latest
    ? t.latest(
        latest.period,
        formatNumber(latest.p, indicator.decimals, lang),
        formatNumber(latest.l, indicator.decimals, lang),
      )
    : t.none;
  return openGraphTags({
    title: `${indicator.name} — ${region.name} | Setara`,
    description: `${data.demo ? t.demo : ''}${figures} ${indicator.definition}`.slice(0, 300),
    url: absoluteUrl(origin, `${indicatorPagePath(region, indicator.code)}${query}`),
    image: absoluteUrl(origin, `${previewImagePath(region.code, indicator.code)}${query}`),
    lang,
    imageAlt: t.indicatorAlt(indicator.name, region.name),
  });
}
