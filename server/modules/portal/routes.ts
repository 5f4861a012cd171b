/**
 * The open-data portal (issue 15; no login, listed in server/test-support/public-routes.ts):
 * the anonymous JSON API under /api/public/regions and the server-rendered region page /p/….
 * Every answer goes through one PublicCache (ETag/304, `cache-control: public`, gzip once per
 * rendering) and is limited per client address (RATE_LIMIT_ANON_PER_MINUTE) on top of the
 * app's /api limit. What may appear is decided by domain/portal.ts alone.
 */
import type { FastifyReply } from 'fastify';
import {
  portalIndicatorParams,
  portalIndicatorResponse,
  portalQuery,
  portalRegionParams,
  portalRegionResponse,
  type PortalLang,
} from '../../../api/portal.js';
import { errorResponses, PUBLIC_READ_SECURITY } from '../../../api/common.js';
import { parsePageRef } from '../../../domain/portal.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import { PublicCache, sendCached } from '../../lib/public-cache.js';
import { publicReadRateLimit } from '../../lib/rate-limit.js';
import { homeHighlights, NATION_CODE } from './highlights.js';
import { highlightsHtml } from './highlights-page.js';
import { homePage } from './home-page.js';
import { portalIndicatorRoutes } from './indicator-routes.js';
import { homeShareTags, regionShareTags } from './open-graph.js';
import { portalShareRoutes } from './share-routes.js';
import { errorPage, regionPage } from './page.js';
import { searchRegions, withPublicReads } from './queries.js';
import { indicatorDetail, regionSummary } from './service.js';

const tags = ['portal (public)'];

/**
 * How long one rendering serves everyone. Verified values change when a region verifies a
 * period, a few times a year: a minute's delay is invisible, and a burst of readers of a link
 * shared in a chat group costs one query a minute.
 */
const CACHE_MS = 60_000;
const MAX_AGE_SECONDS = 300;

/** Hits on the home page's search: enough for "kota" in one province, few enough to read. */
const SEARCH_LIMIT = 60;
const SEARCH_MAX_CHARS = 100;

const langOf = (raw: unknown): PortalLang => (raw === 'en' ? 'en' : 'id');

export function portalRoutes(app: ZodApp, ctx: AppContext): void {
  // Public reads go to the replica when there is one: they may lag the primary by a moment.
  const db = ctx.database.readDb;
  const cache = new PublicCache({ ttlMs: CACHE_MS, maxEntries: 2_000 });
  // Per client address; an API key's holder is counted per key, with the key's allowance.
  const limit = (name: string) => publicReadRateLimit(ctx.config, name);
  const json = (body: unknown) => ({
    body: JSON.stringify(body),
    contentType: 'application/json; charset=utf-8',
  });
  // Region code -> its page's path, learnt when the page renders; only existing regions get in.
  const canonicalPaths = new Map<string, string>();
  const cors = (reply: FastifyReply) => reply.header('access-control-allow-origin', '*');
  // The indicator page, its comparison's JSON and the downloads (their own cache).
  portalIndicatorRoutes(app, ctx);
  // The preview images and the embeddable widgets (their own caches and headers).
  portalShareRoutes(app, ctx);

  app.get(
    '/api/public/regions/:code',
    {
      config: { rateLimit: limit('portal-api') },
      schema: {
        tags,
        summary:
          "A region's public figures: every indicator's verified values by sex (latest and the last ten periods), the widest gender gaps, BPS's published indices, links to its page and its service directory",
        security: PUBLIC_READ_SECURITY,
        params: portalRegionParams,
        querystring: portalQuery,
        response: { 200: portalRegionResponse, ...errorResponses, 503: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const lang = langOf(request.query.lang);
      const answer = await cache.get(`api:region:${code}:${lang}`, async () =>
        // parse() drops anything the schema does not name: a column added to a query later
        // cannot leak through this answer.
        json(portalRegionResponse.parse(await regionSummary(db, code, lang))),
      );
      return sendCached(request, cors(reply), answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/api/public/regions/:code/indicators/:indicatorCode',
    {
      config: { rateLimit: limit('portal-api') },
      schema: {
        tags,
        summary:
          "One indicator in a region: definition, unit, source, and every period's verified values by sex with the gap",
        security: PUBLIC_READ_SECURITY,
        params: portalIndicatorParams,
        querystring: portalQuery,
        response: { 200: portalIndicatorResponse, ...errorResponses, 503: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { code, indicatorCode } = request.params;
      const lang = langOf(request.query.lang);
      const answer = await cache.get(`api:indicator:${code}:${indicatorCode}:${lang}`, async () =>
        json(portalIndicatorResponse.parse(await indicatorDetail(db, code, indicatorCode, lang))),
      );
      return sendCached(request, cors(reply), answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/p/:ref',
    { config: { rateLimit: limit('portal-page') }, schema: { hide: true } },
    async (request, reply) => {
      const { ref } = request.params as { ref: string };
      const lang = langOf((request.query as Record<string, unknown>).lang);
      const page = (status: number, key: 'bad' | 'missing' | 'busy') =>
        reply.code(status).type('text/html; charset=utf-8').send(errorPage(key, lang));
      const parsed = parsePageRef(ref);
      if (!parsed) return page(400, 'bad');
      try {
        const answer = await cache.get(`page:${parsed.code}:${lang}`, async () => {
          const summary = await regionSummary(db, parsed.code, lang);
          canonicalPaths.set(parsed.code, summary.region.pagePath);
          const share = regionShareTags(summary, lang, ctx.config.publicUrl);
          return { body: regionPage(summary, lang, share), contentType: 'text/html; charset=utf-8' };
        });
        // A bare code, the code without its dot or an old slug: one redirect to the link to share.
        const canonical = canonicalPaths.get(parsed.code);
        if (canonical && `/p/${ref}` !== canonical) {
          return reply.redirect(`${canonical}${lang === 'en' ? '?lang=en' : ''}`, 301);
        }
        return sendCached(request, reply, answer, MAX_AGE_SECONDS);
      } catch (error) {
        if (error instanceof AppError && error.status === 404) return page(404, 'missing');
        if (error instanceof AppError && error.status === 503) return page(503, 'busy');
        throw error;
      }
    },
  );

  app.get(
    '/p',
    { config: { rateLimit: limit('portal-page') }, schema: { hide: true } },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const lang = langOf(query.lang);
      const raw = query.q ?? '';
      if (typeof raw !== 'string' || raw.length > SEARCH_MAX_CHARS) {
        return reply.code(400).type('text/html; charset=utf-8').send(errorPage('search', lang));
      }
      // Spaces folded, so "kota  palu " and "kota palu" share one cache entry.
      const q = raw.trim().replace(/\s+/g, ' ');
      const answer = await cache.get(`home:${lang}:${q}`, async () => {
        const hits = await withPublicReads(db, (tx) => searchRegions(tx, q, SEARCH_LIMIT));
        // The highlights under the front door only; a search's answer stays a short list.
        const highlights = q === '' ? highlightsHtml(await homeHighlights(db, lang), lang) : undefined;
        const head = homeShareTags(lang, ctx.config.publicUrl, NATION_CODE);
        return {
          body: homePage({ q, hits, limit: SEARCH_LIMIT, lang, head, highlights }),
          contentType: 'text/html; charset=utf-8',
        };
      });
      return sendCached(request, reply, answer, MAX_AGE_SECONDS);
    },
  );

  // Anything else under /p/ (a deeper path, a segment past the router's length limit) gets the
  // portal's own 400 page rather than the web app's index.html.
  app.get(
    '/p/*',
    { config: { rateLimit: limit('portal-page') }, schema: { hide: true } },
    async (request, reply) =>
      reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(errorPage('bad', langOf((request.query as Record<string, unknown>).lang))),
  );
}
