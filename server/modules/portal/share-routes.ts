/**
 * Sharing the portal (issue 15; no login, listed in server/test-support/public-routes.ts): the
 * preview images a shared link shows (PNG 1200×630, domain/portal.ts previewImagePath) and the
 * embeddable widgets (`/embed/:code/:indicatorCode/:kind`, embedPath). Both hold the public
 * pages' own figures (service.ts, comparison.ts), go through a PublicCache (ETag/304,
 * `cache-control: public`) and the portal's per-address limit.
 *
 * The widgets are the only pages another site may frame: their answer replaces the app's
 * `frame-ancestors 'self'` (helmet) with `frame-ancestors *` and drops X-Frame-Options; every
 * other page keeps refusing to be framed (server/security.test.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  portalIndicatorParams,
  portalQuery,
  portalRegionParams,
  type PortalLang,
} from '../../../api/portal.js';
import { errorResponses, PUBLIC_READ_SECURITY } from '../../../api/common.js';
import { EMBED_KINDS, type EmbedKind } from '../../../domain/portal.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import { PublicCache, sendCached } from '../../lib/public-cache.js';
import { publicReadRateLimit } from '../../lib/rate-limit.js';
import { svgToPng } from '../../lib/svg-png.js';
import { indicatorComparison } from './comparison.js';
import { chartEmbedPage, embedErrorPage, mapEmbedPage } from './embed-page.js';
import { indicatorPreviewSvg, regionPreviewSvg } from './preview-image.js';
import { indicatorDetail, regionSummary } from './service.js';

const tags = ['portal (public)'];

/** As the region page's: a minute's delay after a verification is invisible. */
const CACHE_MS = 60_000;
const MAX_AGE_SECONDS = 300;
/**
 * A preview costs ~0.1–0.2 s of CPU (bench/portal-preview.ts) and chat apps fetch it once per
 * link: kept ten minutes, and a CDN may keep it an hour.
 */
const PREVIEW_CACHE_MS = 600_000;
const PREVIEW_MAX_AGE_SECONDS = 3_600;

/** The widget's CSP: any site may frame it; it loads nothing and runs nothing. */
const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

const langOf = (raw: unknown): PortalLang => (raw === 'en' ? 'en' : 'id');

const embedParams = z.object({ kind: z.enum(EMBED_KINDS) });
/** The widget's address: region code, indicator code and kind, parsed as the JSON API parses them. */
function parseEmbed(params: Record<string, string>) {
  const base = portalIndicatorParams.safeParse({ code: params.code, indicatorCode: params.indicatorCode });
  const kind = embedParams.safeParse({ kind: params.kind });
  if (!base.success || !kind.success) return null;
  return { ...base.data, kind: kind.data.kind as EmbedKind };
}

export function portalShareRoutes(app: ZodApp, ctx: AppContext): void {
  const db = ctx.database.readDb;
  const origin = ctx.config.publicUrl;
  const pages = new PublicCache({ ttlMs: CACHE_MS, maxEntries: 1_000 });
  // A PNG is ~50–70 KB: 300 of them hold 20 MB at most.
  const images = new PublicCache({ ttlMs: PREVIEW_CACHE_MS, maxEntries: 300 });
  const limit = (name: string) => publicReadRateLimit(ctx.config, name);
  const png = (svg: string) => svgToPng(svg).then((body) => ({ body, contentType: 'image/png' }));
  // Chat apps' crawlers fetch the image from their own servers, and other sites may show it.
  const crossOrigin = (reply: FastifyReply) =>
    reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');

  app.get(
    '/api/public/regions/:code/preview.png',
    {
      config: { rateLimit: limit('portal-preview') },
      schema: {
        tags,
        summary:
          "The region page's preview image (PNG, 1200×630) that a shared link shows: its name, BPS's latest IPG when published and its widest verified gender gap, with the year and 'DATA DEMO' on demo figures",
        security: PUBLIC_READ_SECURITY,
        params: portalRegionParams,
        querystring: portalQuery,
        response: { 200: z.any().describe('image/png'), ...errorResponses, 503: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const lang = langOf(request.query.lang);
      const answer = await images.getBinary(`png:region:${code}:${lang}`, async () =>
        png(regionPreviewSvg(await regionSummary(db, code, lang), lang)),
      );
      return sendCached(request, crossOrigin(reply), answer, PREVIEW_MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/api/public/regions/:code/indicators/:indicatorCode/preview.png',
    {
      config: { rateLimit: limit('portal-preview') },
      schema: {
        tags,
        summary:
          "An indicator page's preview image (PNG, 1200×630): the indicator's verified trend by sex in the region, its latest year, source, and 'DATA DEMO' on demo figures",
        security: PUBLIC_READ_SECURITY,
        params: portalIndicatorParams,
        querystring: portalQuery,
        response: { 200: z.any().describe('image/png'), ...errorResponses, 503: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { code, indicatorCode } = request.params;
      const lang = langOf(request.query.lang);
      const answer = await images.getBinary(`png:indicator:${code}:${indicatorCode}:${lang}`, async () =>
        png(indicatorPreviewSvg(await indicatorDetail(db, code, indicatorCode, lang), lang)),
      );
      return sendCached(request, crossOrigin(reply), answer, PREVIEW_MAX_AGE_SECONDS);
    },
  );

  /** The widget's headers: framable from anywhere, and nothing else loosened. */
  // A site that isolates itself (COEP require-corp) frames only what allows cross-origin use.
  const framable = (reply: FastifyReply) =>
    reply
      .removeHeader('x-frame-options')
      .header('content-security-policy', EMBED_CSP)
      .header('cross-origin-resource-policy', 'cross-origin');

  const embedError = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    key: 'bad' | 'missing' | 'busy',
  ) =>
    framable(reply)
      .code(status)
      .type('text/html; charset=utf-8')
      .send(embedErrorPage(key, langOf((request.query as Record<string, unknown>).lang)));

  app.get(
    '/embed/:code/:indicatorCode/:kind',
    { config: { rateLimit: limit('portal-embed') }, schema: { hide: true } },
    async (request, reply) => {
      const parsed = parseEmbed(request.params as Record<string, string>);
      const query = portalQuery.safeParse(request.query);
      if (!parsed || !query.success) return embedError(request, reply, 400, 'bad');
      const { code, indicatorCode, kind } = parsed;
      const lang = langOf(query.data.lang);
      try {
        const answer = await pages.get(`embed:${kind}:${code}:${indicatorCode}:${lang}`, async () => ({
          body:
            kind === 'chart'
              ? chartEmbedPage(await indicatorDetail(db, code, indicatorCode, lang), lang, origin)
              : mapEmbedPage(
                  await indicatorComparison(db, code, indicatorCode, undefined, lang),
                  lang,
                  origin,
                ),
          contentType: 'text/html; charset=utf-8',
        }));
        return sendCached(request, framable(reply), answer, MAX_AGE_SECONDS);
      } catch (error) {
        if (error instanceof AppError && error.status === 404)
          return embedError(request, reply, 404, 'missing');
        if (error instanceof AppError && error.status === 503) return embedError(request, reply, 503, 'busy');
        throw error;
      }
    },
  );

  // Any other address under /embed/ gets a small 400 page rather than the web app's index.html.
  app.get(
    '/embed/*',
    { config: { rateLimit: limit('portal-embed') }, schema: { hide: true } },
    async (request, reply) => embedError(request, reply, 400, 'bad'),
  );
}
