/**
 * The public side of attendance (no account; listed in server/test-support/public-routes.ts):
 * the sign-in page of an event day, its script, and the sign-in itself. Limits: per client
 * address on each route, and per event day in the service (ATTENDANCE_SIGN_IN_PER_MINUTE_*).
 */
import { readFileSync } from 'node:fs';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses, errorSchema } from '../../../api/common.js';
import { signInAnswer, signInBody, signInParams, SIGNATURE_TEXT_MAX } from '../../../api/attendance.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { languageOf } from '../../lib/messages.js';
import { clientAddress, RateLimited } from '../../lib/rate-limit.js';
import { refusalPage, SCRIPT_PATH, signInPage } from './page.js';
import type { PageLang } from './page-text.js';
import { signIn, tokenState } from './sign-in.js';
import { cachedDayByToken } from './token-cache.js';

const tags = ['attendance (public)'];
const MINUTE_MS = 60_000;

/** The JSON body of a sign-in: the signature's base64 and the fields, well under the app's 1 MiB. */
const SIGN_IN_BODY_LIMIT = SIGNATURE_TEXT_MAX + 16 * 1024;

const pageQuery = z.object({ lang: z.enum(['id', 'en']).optional().catch(undefined) });

export function attendancePublicRoutes(app: ZodApp, ctx: AppContext): void {
  const { database, config } = ctx;
  const { db } = database;
  const script = readFileSync(new URL('./sign-in-page.js', import.meta.url), 'utf8');

  const perAddress = (name: string, max: number) => ({
    max,
    timeWindow: MINUTE_MS,
    keyGenerator: (request: FastifyRequest) => `${name}:${clientAddress(request)}`,
    // The app's limits count /api only; these pages are counted too.
    allowList: () => false,
  });

  // Per event day: the key is known only once the token is, so the service names it.
  const eventKeys = new WeakMap<FastifyRequest, string>();
  const eventLimiter = app.createRateLimit({
    max: config.attendanceSignInPerMinutePerEvent,
    timeWindow: MINUTE_MS,
    keyGenerator: (request) => eventKeys.get(request) ?? 'attendance-event:unknown',
    allowList: () => false,
  });

  app.get(
    '/hadir/:token',
    {
      config: { rateLimit: perAddress('attendance-page', config.rateLimitAnonPerMinute) },
      schema: {
        tags,
        summary: 'The public sign-in page of an event day (HTML, Indonesian; ?lang=en for English)',
        params: signInParams,
        querystring: pageQuery,
        produces: ['text/html'],
        response: { 200: z.string(), 404: z.string(), 409: z.string(), 410: z.string() },
      },
    },
    async (request, reply) => {
      const lang: PageLang = request.query.lang ?? 'id';
      const day = await cachedDayByToken(db, request.params.token);
      const state = tokenState(day);
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex');
      if (state !== 'open') {
        const { status, html } = refusalPage(day, state, lang);
        return reply.status(status as 404 | 409 | 410).send(html);
      }
      return reply.send(signInPage(day!, request.params.token, lang, config.attendanceSignatureMaxKb));
    },
  );

  app.get(
    SCRIPT_PATH,
    {
      schema: {
        tags,
        summary: "The sign-in page's script (signature box and submit)",
        produces: ['text/javascript'],
        response: { 200: z.string() },
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(script),
  );

  app.post(
    '/api/public/sign-in/:token',
    {
      bodyLimit: SIGN_IN_BODY_LIMIT,
      config: { rateLimit: perAddress('attendance-sign-in', config.attendanceSignInPerMinutePerAddress) },
      schema: {
        tags,
        summary:
          'Sign in to an event day through its QR code / short link (no account): valid only while the day’s window is open; signing in twice the same day updates the first presence',
        params: signInParams,
        body: signInBody,
        response: {
          200: signInAnswer,
          201: signInAnswer,
          410: errorSchema,
          413: errorSchema,
          429: errorSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const lang = request.body.lang ?? languageOf(request.headers['accept-language']);
      const answer = await signIn(
        {
          db,
          signatureMaxKb: config.attendanceSignatureMaxKb,
          limitEvent: async (key) => {
            eventKeys.set(request, key);
            const limit = await eventLimiter(request);
            if (limit.isAllowed || !limit.isExceeded) return;
            const seconds = Math.max(1, limit.ttlInSeconds);
            reply.header('retry-after', String(seconds));
            throw new RateLimited(seconds);
          },
        },
        request.params.token,
        request.body,
        clientAddress(request),
        lang,
      );
      return reply.status(answer.status === 'recorded' ? 201 : 200).send(answer);
    },
  );
}
