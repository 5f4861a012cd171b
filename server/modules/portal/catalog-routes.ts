/**
 * The open-data catalogue and the files for search engines (issue 15; no login, listed in
 * server/test-support/public-routes.ts): DCAT-AP JSON-LD at /api/public/catalog.jsonld (paged
 * with hydra), Project Open Data v1.1 at /data.json, /sitemap.xml (an index past 50,000 URLs)
 * and /robots.txt. Through one PublicCache like the portal's pages (ETag/304, gzip once), limited
 * per client address. Absolute URLs come from PUBLIC_URL, never from the request's Host.
 */
import { z } from 'zod';
import { PUBLIC_READ_SECURITY } from '../../../api/common.js';
import { CATALOG_PAGE_SIZE, SITEMAP_MAX_URLS } from '../../../domain/portal-catalog.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { NotFound } from '../../lib/errors.js';
import { PublicCache, sendCached } from '../../lib/public-cache.js';
import { publicReadRateLimit } from '../../lib/rate-limit.js';
import { CATALOG_JSONLD_PATH, dcatCatalogPage, pageCount } from './catalog-dcat.js';
import { catalogDatasets, type CatalogContext, type CatalogDataset } from './catalog-model.js';
import { DATA_JSON_PATH, podCatalog } from './catalog-pod.js';
import { allRegions, catalogCells, type CatalogCell } from './catalog-queries.js';
import { withPublicReads } from './queries.js';
import {
  robotsTxt,
  sitemapIndexXml,
  sitemapPageCount,
  sitemapUrls,
  sitemapXml,
  type SitemapUrl,
} from './sitemap.js';

const tags = ['portal (public)'];

/**
 * Harvesters read a catalogue once a day and crawlers a sitemap less often; the catalogue's one
 * read scans every value, so one reading serves everyone for ten minutes.
 */
const CACHE_MS = 10 * 60_000;
const MAX_AGE_SECONDS = 600;
/**
 * The catalogue's read groups every value of every region (≈ 25 M on the national dataset):
 * longer than a page's 3 s, still bounded (bench/portal-catalog.ts measures it).
 */
const CATALOG_STATEMENT_TIMEOUT_MS = 60_000;

export const catalogPageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).optional().describe('Page of the catalogue, from 1'),
});
export const sitemapParams = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).describe('Child sitemap, from 1'),
});

interface Snapshot {
  cells: CatalogCell[];
  regions: { code: string; name: string; level: 'nasional' | 'provinsi' | 'kabkota' }[];
}

export function portalCatalogRoutes(app: ZodApp, ctx: AppContext): void {
  const db = ctx.database.readDb;
  const cache = new PublicCache({ ttlMs: CACHE_MS, maxEntries: 500 });
  const limit = (name: string) => publicReadRateLimit(ctx.config, name);
  const catalogCtx: CatalogContext = {
    baseUrl: ctx.config.publicUrl,
    contactEmail: ctx.config.portalContactEmail,
  };

  // One read feeds the catalogue's pages, data.json and the sitemaps; single flight, kept as long
  // as the answers built from it.
  let snapshot: { at: number; value: Promise<Snapshot> } | null = null;
  const read = (): Promise<Snapshot> => {
    const now = Date.now();
    if (snapshot && now - snapshot.at < CACHE_MS) return snapshot.value;
    const value = withPublicReads(
      db,
      async (tx) => ({ cells: await catalogCells(tx), regions: await allRegions(tx) }),
      CATALOG_STATEMENT_TIMEOUT_MS,
    );
    const entry = { at: now, value };
    snapshot = entry;
    value.catch(() => {
      if (snapshot === entry) snapshot = null;
    });
    return value;
  };
  // Built once per snapshot: the national sitemap's 155 k URLs take a second or two of CPU.
  const built = new WeakMap<Snapshot, { datasets?: CatalogDataset[]; urls?: SitemapUrl[] }>();
  const derived = async () => {
    const s = await read();
    let entry = built.get(s);
    if (!entry) built.set(s, (entry = {}));
    return { s, entry };
  };
  const datasets = async () => {
    const { s, entry } = await derived();
    return (entry.datasets ??= catalogDatasets(s.cells, catalogCtx));
  };
  const urls = async () => {
    const { s, entry } = await derived();
    return (entry.urls ??= sitemapUrls(s.regions, s.cells));
  };
  const cors = { 'access-control-allow-origin': '*' };

  app.get(
    CATALOG_JSONLD_PATH,
    {
      config: { rateLimit: limit('portal-catalog') },
      schema: {
        tags,
        summary: `The open-data catalogue as DCAT-AP 3.0 JSON-LD: one dataset per region × indicator group with a verified figure, ${CATALOG_PAGE_SIZE} a page (hydra:PagedCollection)`,
        security: PUBLIC_READ_SECURITY,
        querystring: catalogPageQuery,
      },
    },
    async (request, reply) => {
      const page = request.query.page ?? 1;
      const answer = await cache.get(`jsonld:${page}`, async () => {
        const all = await datasets();
        if (page > pageCount(all.length)) throw new NotFound();
        return {
          body: JSON.stringify(dcatCatalogPage(all, page, catalogCtx)),
          contentType: 'application/ld+json; charset=utf-8',
        };
      });
      return sendCached(request, reply.headers(cors), answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    DATA_JSON_PATH,
    {
      config: { rateLimit: limit('portal-catalog') },
      schema: {
        tags,
        summary: 'The open-data catalogue as Project Open Data v1.1 data.json (every dataset in one file)',
        security: PUBLIC_READ_SECURITY,
      },
    },
    async (request, reply) => {
      const answer = await cache.get('data.json', async () => ({
        body: JSON.stringify(podCatalog(await datasets(), catalogCtx)),
        contentType: 'application/json; charset=utf-8',
      }));
      return sendCached(request, reply.headers(cors), answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/sitemap.xml',
    { config: { rateLimit: limit('portal-catalog') }, schema: { hide: true } },
    async (request, reply) => {
      const answer = await cache.get('sitemap', async () => {
        const all = await urls();
        const pages = sitemapPageCount(all.length);
        const body =
          pages > 1 ? sitemapIndexXml(pages, catalogCtx.baseUrl) : sitemapXml(all, catalogCtx.baseUrl);
        return { body, contentType: 'application/xml; charset=utf-8' };
      });
      return sendCached(request, reply, answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/sitemap-:page.xml',
    {
      config: { rateLimit: limit('portal-catalog') },
      schema: { hide: true, params: sitemapParams },
    },
    async (request, reply) => {
      const { page } = request.params;
      const answer = await cache.get(`sitemap:${page}`, async () => {
        const all = await urls();
        if (page > sitemapPageCount(all.length)) throw new NotFound();
        const slice = all.slice((page - 1) * SITEMAP_MAX_URLS, page * SITEMAP_MAX_URLS);
        return { body: sitemapXml(slice, catalogCtx.baseUrl), contentType: 'application/xml; charset=utf-8' };
      });
      return sendCached(request, reply, answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/robots.txt',
    { config: { rateLimit: limit('portal-catalog') }, schema: { hide: true } },
    async (request, reply) => {
      const answer = await cache.get('robots', async () => ({
        body: robotsTxt(catalogCtx.baseUrl),
        contentType: 'text/plain; charset=utf-8',
      }));
      return sendCached(request, reply, answer, MAX_AGE_SECONDS);
    },
  );
}
