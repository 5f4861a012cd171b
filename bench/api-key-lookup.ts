/**
 * What an API key costs a request to the open read API (docs/api-keys.md): the key lookup by
 * its SHA-256 in a table of `--keys` keys, read from the database (a cache miss: once per key
 * per 10 s per server) and from the server's cache (every other request), then the whole
 * onRequest hook through a minimal Fastify route with and without a key. p50/p95 per request,
 * sequential, on a scratch PGlite or PostgreSQL database.
 *   npx tsx bench/api-key-lookup.ts [--url postgres://…] [--keys 10000] [--requests 2000]
 */
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { KEY_CACHE_TTL_MS } from '../domain/api-keys.js';
import { apiKeys } from '../server/db/schema-api-keys.js';
import type { AppContext, ZodApp } from '../server/lib/context.js';
import { ApiKeyResolver, registerApiKeyAuth } from '../server/modules/api-keys/request-key.js';
import { newApiKey, sha256Hex } from '../server/modules/api-keys/secrets.js';
import { openAndMigrate } from '../server/start.js';
import { scratchTarget } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, keys: { type: 'string' }, requests: { type: 'string' } },
});
const KEYS = Number(args.keys ?? 10_000);
const REQUESTS = Number(args.requests ?? 2000);

const target = await scratchTarget(args.url, 'api-keys');
const database = await openAndMigrate(target.config);
try {
  const keys = Array.from({ length: KEYS }, () => newApiKey());
  for (let i = 0; i < keys.length; i += 1000) {
    await database.db.insert(apiKeys).values(
      keys.slice(i, i + 1000).map((key, j) => ({
        prefix: key.slice(0, 15),
        keyHash: sha256Hex(key),
        email: `bench${i + j}@example.org`,
        name: 'Bench',
        purpose: 'Bench',
      })),
    );
  }
  await database.db.execute('analyze api_keys');

  const percentiles = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return `p50 ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms`;
  };
  async function timed(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
    for (let i = 0; i < Math.min(200, n); i++) await run(i); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = process.hrtime.bigint();
      await run(i);
      ms.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return ms;
  }

  // A clock that jumps past the cache's lifetime on every call: every lookup reads the database.
  let clock = 0;
  const cold = new ApiKeyResolver(database.db, () => (clock += KEY_CACHE_TTL_MS + 1));
  const miss = await timed(REQUESTS, async (i) => {
    if (!(await cold.resolve(keys[i % KEYS]))) throw new Error('key not found');
  });
  const warm = new ApiKeyResolver(database.db);
  const hit = await timed(REQUESTS, async (i) => {
    if (!(await warm.resolve(keys[i % 50]))) throw new Error('key not found');
  });

  const app = Fastify() as unknown as ZodApp;
  // The hook reads only the database from the context.
  registerApiKeyAuth(app, { database } as unknown as AppContext);
  app.get('/api/public/ping', async () => ({ ok: true }));
  await app.ready();
  const plain = await timed(REQUESTS, () => app.inject({ url: '/api/public/ping' }));
  const keyed = await timed(REQUESTS, async (i) => {
    const res = await app.inject({ url: '/api/public/ping', headers: { 'x-api-key': keys[i % 50] } });
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
  });
  await app.close();

  console.log(`${target.label}: ${KEYS} keys, ${REQUESTS} sequential lookups or requests each`);
  console.log(`  lookup, database (cache miss): ${percentiles(miss)}`);
  console.log(`  lookup, server cache (hit):    ${percentiles(hit)}`);
  console.log(`  request without a key:         ${percentiles(plain)}`);
  console.log(`  request with a key (cached):   ${percentiles(keyed)}`);
} finally {
  await database.close();
  await target.cleanup();
}
