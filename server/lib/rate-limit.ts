/**
 * API rate limits (docs/security.md): every /api route counts requests per API key on the open
 * read API (docs/api-keys.md), per signed-in user, or per client address for the anonymous
 * public, with generous configurable limits; sign-in has its own, tighter, per-address limit.
 * Over a limit: 429 with Retry-After, in the API's error shape. Counts are shared by all app
 * servers through the database (rate-limit-store.ts).
 *
 * Behind a reverse proxy set TRUST_PROXY, or every client has the proxy's address and the
 * anonymous public shares one allowance.
 */
import fastifyRateLimit, { normalizeIP, type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { AppContext, ZodApp } from './context.js';
import { AppError } from './errors.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

const MINUTE_MS = 60_000;

const HEALTH_ROUTES = new Set(['/api/health', '/api/health/live', '/api/health/ready']);

export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'rate_limited', undefined, { seconds: retryAfterSeconds });
  }
}

/** IPv6 clients are counted by their /64, as one household or office gets a whole /64. */
export function clientAddress(request: FastifyRequest): string {
  return normalizeIP(request.ip);
}

/** An API key's one count, shared by the app-wide limit and every public route's own. */
const apiKeyCount = (key: { id: string }) => `api-key:${key.id}`;

function errorResponseBuilder(_request: FastifyRequest, context: { ttl: number }) {
  return new RateLimited(Math.max(1, Math.ceil(context.ttl / 1000)));
}

/** Registered before the routes: the plugin attaches its hook to each route as it is added. */
export async function registerRateLimits(app: ZodApp, { database, config }: AppContext): Promise<void> {
  await app.register(fastifyRateLimit, {
    store: databaseRateLimitStore(database.db, { syncMs: config.rateLimitSyncMs }),
    timeWindow: MINUTE_MS,
    // Route hooks run after the app's own onRequest hooks, so the session and the API key
    // (modules/api-keys/request-key.ts, `/api/public/…` only) are known here. A key counts
    // on its own, with its larger allowance, whichever address or session sends it.
    keyGenerator: (request) =>
      request.apiKey
        ? apiKeyCount(request.apiKey)
        : request.actor
          ? `user:${request.actor.userId}`
          : `addr:${clientAddress(request)}`,
    max: (request) =>
      request.apiKey
        ? config.rateLimitApiKeyPerMinute
        : request.actor
          ? config.rateLimitUserPerMinute
          : config.rateLimitAnonPerMinute,
    // Only the API: the web app's files are static, and balancers and orchestrators probe the
    // health routes (liveness, readiness) as often as they like.
    // The matched route decides, not the raw URL: `/%61pi/…` reaches the same /api route.
    allowList: (request) => {
      const route = request.routeOptions.url ?? request.url;
      return !route.startsWith('/api/') || HEALTH_ROUTES.has(route);
    },
    // A failing counter must not fail the request it counts; the database error shows elsewhere.
    skipOnError: true,
    errorResponseBuilder,
  });
}

/**
 * A route's own limit on the open read API (`/api/public/…`): per API key, with the key's
 * allowance, when the request carries one (docs/api-keys.md); per client address under
 * `name` otherwise. The key's count is the app-wide one (`api-key:<id>`), so a key has one
 * allowance across every public route. `allowList: () => false` counts the route even outside
 * /api (a server-rendered page), where the app-wide limit does not look.
 */
export function publicReadRateLimit(config: Config, name: string): RateLimitOptions {
  return {
    max: (request: FastifyRequest) =>
      request.apiKey ? config.rateLimitApiKeyPerMinute : config.rateLimitAnonPerMinute,
    timeWindow: MINUTE_MS,
    keyGenerator: (request: FastifyRequest) =>
      request.apiKey ? apiKeyCount(request.apiKey) : `${name}:${clientAddress(request)}`,
    allowList: () => false,
  };
}

/**
 * The sign-in route's own limit: attempts per client address, whatever their outcome, written
 * to the database on every attempt (exact across servers). It caps the CPU an address can
 * spend on password hashing; failures are throttled further in modules/auth/throttle.ts.
 */
export function signInRateLimit(config: Config): RateLimitOptions {
  const options = {
    max: config.rateLimitSignInPerMinute,
    timeWindow: MINUTE_MS,
    keyGenerator: (request: FastifyRequest) => `sign-in:${clientAddress(request)}`,
    // Read by the store's child(): every attempt goes to the database.
    syncMs: 0,
    skipOnError: false,
  };
  return options;
}
