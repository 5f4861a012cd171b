/**
 * The public directory (no login; listed in server/test-support/public-routes.ts): the HTML
 * page a woman or a family opens, and the same list as JSON for other sites. Both limited per
 * client address (RATE_LIMIT_ANON_PER_MINUTE) on top of the app's /api limit.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses } from '../../../api/common.js';
import {
  directoryEntry,
  directoryQuery,
  regionParams,
  type DirectoryQuery,
} from '../../../api/institutions.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { PublicCache, sendCached } from '../../lib/public-cache.js';
import { clientAddress, publicReadRateLimit } from '../../lib/rate-limit.js';
import { directoryPage } from './directory-page.js';
import { directoryOf } from './directory.js';
import { typesOfRegion } from './queries.js';

const tags = ['institutions (public)'];

/** The page's filters: an empty or malformed one is ignored (a shared link keeps working). */
function pageQueryOf(raw: Record<string, unknown>): DirectoryQuery {
  const out: Record<string, string> = {};
  for (const key of Object.keys(directoryQuery.shape)) {
    const value = raw[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const one = directoryQuery.shape[key as keyof typeof directoryQuery.shape].safeParse(value);
    if (one.success && typeof one.data === 'string') out[key] = one.data;
  }
  return out as DirectoryQuery;
}

/**
 * How long one rendering of a directory page serves everyone: a few seconds turn a burst of
 * readers into one query (bench/institutions.ts) while an edit shows almost at once.
 */
const PAGE_CACHE_MS = 5_000;

export function institutionPublicRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const pages = new PublicCache({ ttlMs: PAGE_CACHE_MS, maxEntries: 100 });
  const perAddress = (name: string) => ({
    max: ctx.config.rateLimitAnonPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `${name}:${clientAddress(request)}`,
    allowList: () => false,
  });

  app.get(
    '/api/public/directory/:code',
    {
      // An open API key raises the allowance here like on every /api/public route (docs/api-keys.md).
      config: { rateLimit: publicReadRateLimit(ctx.config, 'directory-api') },
      schema: {
        tags,
        summary:
          "A region's public directory of service institutions (those listed, active): name, type, fields, standing (expired shown as kedaluwarsa), address, contacts, coordinates — no personal data",
        security: [],
        params: regionParams,
        querystring: directoryQuery,
        response: {
          200: z.object({
            region: z.object({ code: z.string(), name: z.string() }),
            today: z.string(),
            items: z.array(directoryEntry),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { region, today, items } = await directoryOf(db, request.params.code, request.query);
      reply.header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      return { region, today, items };
    },
  );

  app.get(
    '/direktori-layanan/:code',
    {
      config: { rateLimit: perAddress('directory-page') },
      schema: { hide: true, params: regionParams },
    },
    async (request, reply) => {
      const query = pageQueryOf(request.query as Record<string, unknown>);
      const lang = query.lang ?? 'id';
      // The key is the filters as understood, so a malformed or reordered query shares an entry.
      const key = `${request.params.code}?${new URLSearchParams(Object.entries(query).sort()).toString()}`;
      const answer = await pages.get(key, async () => {
        const [{ region, items, kecamatan }, types] = await Promise.all([
          directoryOf(db, request.params.code, query),
          typesOfRegion(db, request.params.code),
        ]);
        const filtered = Boolean(query.q || query.type || query.field || query.kecamatan || query.standing);
        return {
          body: directoryPage({ region, items, types, kecamatan, query, lang, filtered }),
          contentType: 'text/html; charset=utf-8',
        };
      });
      return sendCached(request, reply, answer, 60);
    },
  );
}
