/**
 * The portal's indicator routes (issue 15; no login, listed in
 * server/test-support/public-routes.ts): the indicator page /p/72.71-kota-palu/KES_UHH, the
 * province comparison's JSON and the public downloads. Like routes.ts: one PublicCache
 * (ETag/304, `cache-control: public`), the public read limit, the replica when there is one;
 * what may appear is decided by domain/portal.ts alone.
 */
import type { FastifyReply } from 'fastify';
import {
  portalComparison,
  portalComparisonQuery,
  portalDownloadQuery,
  portalIndicatorParams,
  portalRegionParams,
  type PortalLang,
} from '../../../api/portal.js';
import { errorResponses, PUBLIC_READ_SECURITY } from '../../../api/common.js';
import { indicatorCode as indicatorCodeSchema } from '../../../api/indicators.js';
import {
  parsePageRef,
  PUBLIC_DOWNLOAD_MEDIA_TYPES,
  slugOf,
  type PublicDownloadFormat,
} from '../../../domain/portal.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import { contentDisposition } from '../../lib/file-name.js';
import { PublicCache, sendCached } from '../../lib/public-cache.js';
import { publicReadRateLimit } from '../../lib/rate-limit.js';
import { indicatorComparison } from './comparison.js';
import { downloadData, type DownloadData } from './download-data.js';
import {
  DOWNLOAD_EXTENSIONS,
  downloadCsv,
  downloadJson,
  downloadSdmxCsv,
  downloadXlsx,
  type DownloadMeta,
} from './download-formats.js';
import { citationLine, indicatorPage, licenceNote } from './indicator-page.js';
import { indicatorView } from './indicator-view.js';
import { errorPage } from './page.js';
import { VISIBILITY } from './service.js';
import { indicatorPagePath, regionPagePath } from '../../../domain/portal.js';

const tags = ['portal (public)'];
/** As routes.ts: one rendering serves everyone for a minute; browsers and CDNs keep it 5. */
const CACHE_MS = 60_000;
const MAX_AGE_SECONDS = 300;
const HTML = 'text/html; charset=utf-8';

const langOf = (raw: unknown): PortalLang => (raw === 'en' ? 'en' : 'id');

/** The access date of a download: the day in Western Indonesia time, as its citation says. */
const isoDay = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);

export function portalIndicatorRoutes(app: ZodApp, ctx: AppContext): void {
  const db = ctx.database.readDb;
  const cache = new PublicCache({ ttlMs: CACHE_MS, maxEntries: 2_000 });
  const limit = (name: string) => publicReadRateLimit(ctx.config, name);
  const cors = (reply: FastifyReply) => reply.header('access-control-allow-origin', '*');
  // Region code -> its page's path, learnt when a page renders; only existing regions get in.
  const canonicalPaths = new Map<string, string>();
  // Region code -> the slug of its name, for a download's file name (learnt when one renders).
  const slugs = new Map<string, string>();

  app.get(
    '/p/:ref/:indicator',
    { config: { rateLimit: limit('portal-page') }, schema: { hide: true } },
    async (request, reply) => {
      const { ref, indicator } = request.params as { ref: string; indicator: string };
      const query = request.query as Record<string, unknown>;
      const lang = langOf(query.lang);
      const page = (status: number, key: 'bad' | 'missing' | 'indicator' | 'busy' | 'year') =>
        reply.code(status).type(HTML).send(errorPage(key, lang));
      const parsed = parsePageRef(ref);
      if (!parsed || !indicatorCodeSchema.safeParse(indicator).success) return page(400, 'bad');
      let year: number | undefined;
      if (query.tahun !== undefined) {
        const parsedYear =
          typeof query.tahun === 'string' && /^\d{4}$/.test(query.tahun) ? Number(query.tahun) : NaN;
        // The same range as the JSON's `tahun` (api/portal.ts).
        if (!(parsedYear >= 1900 && parsedYear <= 2100)) return page(400, 'year');
        year = parsedYear;
      }
      try {
        const answer = await cache.get(`page:${parsed.code}:${indicator}:${year ?? ''}:${lang}`, async () => {
          const view = await indicatorView(db, parsed.code, indicator, year, lang);
          canonicalPaths.set(parsed.code, view.detail.region.pagePath);
          return { body: indicatorPage(view, ctx.config.publicUrl, new Date(), lang), contentType: HTML };
        });
        // A bare code, the code without its dot or an old slug: one redirect to the link to share.
        const canonical = canonicalPaths.get(parsed.code);
        if (canonical && `/p/${ref}` !== canonical) {
          const q = new URLSearchParams();
          if (year !== undefined) q.set('tahun', String(year));
          if (lang === 'en') q.set('lang', 'en');
          const rest = q.toString();
          return reply.redirect(
            `${canonical}/${encodeURIComponent(indicator)}${rest ? `?${rest}` : ''}`,
            301,
          );
        }
        return sendCached(request, reply, answer, MAX_AGE_SECONDS);
      } catch (error) {
        if (error instanceof AppError && error.status === 404) {
          return page(404, error.messageKey === 'portal_indicator_not_found' ? 'indicator' : 'missing');
        }
        if (error instanceof AppError && error.status === 503) return page(503, 'busy');
        throw error;
      }
    },
  );

  app.get(
    '/api/public/regions/:code/indicators/:indicatorCode/comparison',
    {
      config: { rateLimit: limit('portal-api') },
      schema: {
        tags,
        summary:
          "One indicator across the kab/kota of the region's province in one year: each one's verified figures by sex, the value the map colours (P − L for an indicator of both sexes) and its rank",
        security: PUBLIC_READ_SECURITY,
        params: portalIndicatorParams,
        querystring: portalComparisonQuery,
        response: { 200: portalComparison, ...errorResponses, 503: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { code, indicatorCode } = request.params;
      const lang = langOf(request.query.lang);
      const year = request.query.tahun;
      const answer = await cache.get(
        `api:comparison:${code}:${indicatorCode}:${year ?? ''}:${lang}`,
        async () => ({
          // parse() drops anything the schema does not name.
          body: JSON.stringify(
            portalComparison.parse(await indicatorComparison(db, code, indicatorCode, year, lang)),
          ),
          contentType: 'application/json; charset=utf-8',
        }),
      );
      return sendCached(request, cors(reply), answer, MAX_AGE_SECONDS);
    },
  );

  app.get(
    '/api/public/regions/:code/download',
    {
      config: { rateLimit: limit('portal-api') },
      schema: {
        tags,
        summary:
          "A region's verified figures as a file: one indicator, one indicator group or all, in CSV, XLSX, JSON or SDMX-CSV — one row per region × indicator × period × sex (P, L, T) and per breakdown member, with unit, source and status",
        security: PUBLIC_READ_SECURITY,
        params: portalRegionParams,
        querystring: portalDownloadQuery,
        produces: Object.values(PUBLIC_DOWNLOAD_MEDIA_TYPES),
        response: { ...errorResponses, 503: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const { format, indicator, group, tahun } = request.query;
      const lang = langOf(request.query.lang);
      const now = new Date();
      const day = isoDay(now);
      const key = `download:${code}:${indicator ?? ''}:${group ?? ''}:${tahun ?? ''}:${lang}:${format}:${day}`;
      const render = async () => {
        const data = await downloadData(db, code, { indicator, group, year: tahun }, lang);
        slugs.set(data.region.code, slugOf(data.region.name));
        return { data, meta: metaOf(data, ctx.config.publicUrl, now, day, lang) };
      };
      const media = `${PUBLIC_DOWNLOAD_MEDIA_TYPES[format]}${format === 'xlsx' ? '' : '; charset=utf-8'}`;
      const answer =
        format === 'xlsx'
          ? await cache.getBinary(key, async () => {
              const { data, meta } = await render();
              return { body: await downloadXlsx(data, meta, lang), contentType: media };
            })
          : await cache.get(key, async () => {
              const { data, meta } = await render();
              const body =
                format === 'csv'
                  ? downloadCsv(data)
                  : format === 'sdmx-csv'
                    ? downloadSdmxCsv(data)
                    : downloadJson(data, meta);
              return { body, contentType: media };
            });
      const name = slugs.has(code) ? `${code}-${slugs.get(code)}` : code;
      reply.header(
        'content-disposition',
        contentDisposition(fileNameOf(name, indicator ?? group ?? 'semua', format, day)),
      );
      return sendCached(request, cors(reply), answer, MAX_AGE_SECONDS);
    },
  );
}

function metaOf(
  data: DownloadData,
  publicUrl: string,
  now: Date,
  day: string,
  lang: PortalLang,
): DownloadMeta {
  const one =
    data.indicators.length === 1 && data.subject === data.indicators[0].code ? data.indicators[0] : null;
  const url = `${publicUrl}${one ? indicatorPagePath(data.region, one.code) : regionPagePath(data.region)}`;
  const source = one ? one.source : [...new Set(data.indicators.map((i) => i.source))].join('; ') || 'Setara';
  return {
    citation: citationLine({ source, regionName: data.region.name, url }, now, lang),
    licence: licenceNote(lang),
    visibility: VISIBILITY[lang],
    accessed: day,
  };
}

/** `setara-72.71-kota-palu-KES_UHH-2026-12-05.csv`: the region, what was asked, the day. */
function fileNameOf(region: string, subject: string, format: PublicDownloadFormat, day: string): string {
  return `setara-${region}-${subject}-${day}.${DOWNLOAD_EXTENSIONS[format]}`;
}
