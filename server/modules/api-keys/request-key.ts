/**
 * The API key of a request to the open read API (`/api/public/…`): sent as `X-API-Key: <key>`
 * or `Authorization: Bearer <key>`, it becomes `request.apiKey`, which the rate limit
 * (server/lib/rate-limit.ts) counts by, with the key's larger allowance. A key that is
 * malformed, unknown or revoked is refused with 401 — never quietly served as anonymous,
 * or its holder would not learn why their allowance shrank.
 *
 * Each app server remembers what it read about a key for KEY_CACHE_TTL_MS (10 s), so a busy
 * client costs one indexed lookup per key per 10 s per server, and a revocation made on
 * another server takes effect here within 10 s (at once on the server that revoked it).
 */
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { isApiKeyFormat, KEY_CACHE_TTL_MS, LAST_USED_WRITE_EVERY_MS } from '../../../domain/api-keys.js';
import type { Db } from '../../db/connection.js';
import { apiKeys } from '../../db/schema-api-keys.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import { sha256Hex } from './secrets.js';

export interface RequestApiKey {
  id: string;
  prefix: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The valid API key the request carried on `/api/public/…`; null without one. */
    apiKey: RequestApiKey | null;
  }
}

export const PUBLIC_API_PREFIX = '/api/public/';

export class InvalidApiKey extends AppError {
  constructor() {
    super(401, 'api_key_invalid', 'api_key_invalid');
  }
}

/** The key a request carries, X-API-Key first; undefined when it carries none. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string') return header.trim();
  if (Array.isArray(header)) return header[0]?.trim();
  const auth = request.headers.authorization;
  const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth);
  return bearer ? bearer[1].trim() : undefined;
}

interface Cached {
  key: RequestApiKey | null;
  readAt: number;
  /** When this server last wrote last_used_at for the key. */
  usedWrittenAt: number;
}

/** Entries before the cache is emptied: bounds the memory a flood of made-up keys can take. */
const CACHE_MAX = 10_000;

export class ApiKeyResolver {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** The active key with this value, or null; reads the database at most once per TTL per key. */
  async resolve(key: string): Promise<RequestApiKey | null> {
    const hash = sha256Hex(key);
    const now = this.now();
    let entry = this.cache.get(hash);
    if (!entry || now - entry.readAt >= KEY_CACHE_TTL_MS) {
      const [row] = await this.db
        .select({ id: apiKeys.id, prefix: apiKeys.prefix })
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      entry = { key: row ?? null, readAt: now, usedWrittenAt: entry?.usedWrittenAt ?? -Infinity };
      this.cache.set(hash, entry);
    }
    if (entry.key && now - entry.usedWrittenAt >= LAST_USED_WRITE_EVERY_MS) {
      entry.usedWrittenAt = now;
      await this.markUsed(entry.key.id);
    }
    return entry.key;
  }

  /** Forgets a key at once (it was revoked on this server). */
  forget(id: string): void {
    for (const [hash, entry] of this.cache) if (entry.key?.id === id) this.cache.delete(hash);
  }

  /** Once a minute per key across servers too: the row is not written if another server just did. */
  private async markUsed(id: string): Promise<void> {
    const fresh = sql`now() - make_interval(secs => ${LAST_USED_WRITE_EVERY_MS / 1000})`;
    await this.db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, fresh))));
  }
}

/**
 * Resolves the key of every `/api/public/…` request before its rate limit is counted: an app
 * hook, and Fastify runs app hooks before the per-route hook @fastify/rate-limit adds.
 */
export function registerApiKeyAuth(app: ZodApp, ctx: AppContext): ApiKeyResolver {
  const resolver = new ApiKeyResolver(ctx.database.db);
  app.decorateRequest('apiKey', null);
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw URL: a percent-encoded path reaches the same route.
    if (!request.routeOptions.url?.startsWith(PUBLIC_API_PREFIX)) return;
    const key = presentedKey(request);
    if (key === undefined) return;
    if (!isApiKeyFormat(key)) throw new InvalidApiKey();
    const found = await resolver.resolve(key);
    if (!found) throw new InvalidApiKey();
    request.apiKey = found;
  });
  return resolver;
}
