/**
 * Files for search engines: `/sitemap.xml` (https://www.sitemaps.org/protocol.html) with the
 * portal's front door, every region page and every indicator page holding a public figure,
 * and `/robots.txt`. A sitemap holds at most 50,000 URLs (SITEMAP_MAX_URLS): past that,
 * `/sitemap.xml` is a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml`, … in a stable order.
 */
import { SITEMAP_MAX_URLS } from '../../../domain/portal-catalog.js';
import { indicatorPagePath, regionPagePath } from '../../../domain/portal.js';
import type { RegionLevel } from '../../../domain/region-code.js';
import { escapeHtml } from '../../lib/html.js';
import type { CatalogCell } from './catalog-queries.js';

export interface SitemapUrl {
  path: string;
  /** ISO date (YYYY-MM-DD) of the latest verified change, when known. */
  lastmod: string | null;
}

export interface SitemapRegion {
  code: string;
  name: string;
  level: RegionLevel;
}

/** Every URL, in a stable order: the front door, then each region's page and its indicator pages. */
export function sitemapUrls(regions: SitemapRegion[], cells: CatalogCell[]): SitemapUrl[] {
  const byRegion = new Map<string, CatalogCell[]>();
  for (const c of cells) {
    const list = byRegion.get(c.regionCode);
    if (list) list.push(c);
    else byRegion.set(c.regionCode, [c]);
  }
  const urls: SitemapUrl[] = [{ path: '/p', lastmod: null }];
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const own = byRegion.get(region.code) ?? [];
    const latest = own.reduce((a, c) => (c.modified > a ? c.modified : a), '');
    urls.push({ path: regionPagePath(region), lastmod: latest ? latest.slice(0, 10) : null });
    for (const c of own) {
      urls.push({ path: indicatorPagePath(region, c.indicatorCode), lastmod: c.modified.slice(0, 10) });
    }
  }
  return urls;
}

export function sitemapPageCount(total: number, maxUrls = SITEMAP_MAX_URLS): number {
  return Math.max(1, Math.ceil(total / maxUrls));
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A urlset of URLs `[from, from + maxUrls)`. Paths hold region names, so they are escaped. */
export function sitemapXml(urls: SitemapUrl[], baseUrl: string): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${escapeHtml(`${baseUrl}${u.path}`)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `${HEAD}<urlset xmlns="${NS}">\n${body}\n</urlset>\n`;
}

export function sitemapIndexXml(pages: number, baseUrl: string): string {
  const body = Array.from(
    { length: pages },
    (_, i) => `<sitemap><loc>${escapeHtml(`${baseUrl}/sitemap-${i + 1}.xml`)}</loc></sitemap>`,
  ).join('\n');
  return `${HEAD}<sitemapindex xmlns="${NS}">\n${body}\n</sitemapindex>\n`;
}

/**
 * What crawlers may read: the portal (`/p` and below), the service directory, the open API
 * and its documentation, the catalogues; not the signed-in application nor the rest of /api.
 * Rules are matched longest first (RFC 9309), so the Allow lines win over `Disallow: /`.
 */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /p$',
    'Allow: /p?',
    'Allow: /p/',
    'Allow: /direktori-layanan/',
    'Allow: /api/public/',
    'Allow: /api/docs',
    'Allow: /data.json',
    'Allow: /sitemap',
    'Disallow: /',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
