/**
 * What the API rate limit costs per request (docs/security.md): a minimal Fastify route with
 * no limiter, with @fastify/rate-limit's in-memory store (one server only), with the database
 * store writing every request (RATE_LIMIT_SYNC_MS=0) and with it syncing each key once a
 * second (the default), on a scratch PGlite or PostgreSQL database. 50 clients, 20 requests
 * in flight, through app.inject (no sockets), so the figures are the limiter's own work.
 *   npx tsx bench/rate-limit.ts [--url postgres://…] [--requests 5000]
 */
import { parseArgs } from 'node:util';
import fastifyRateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import Fastify from 'fastify';
import { databaseRateLimitStore } from '../server/lib/rate-limit-store.js';
import { openAndMigrate } from '../server/start.js';
import { scratchTarget } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, requests: { type: 'string' } } });
const REQUESTS = Number(args.requests ?? 5000);
const CLIENTS = 50;
const IN_FLIGHT = 20;

const target = await scratchTarget(args.url, 'ratelimit');
const database = await openAndMigrate(target.config);
let writes = 0;
// Counts the store's upserts: the figure that matters for the database.
const countedDb = new Proxy(database.db, {
  get(db, property) {
    if (property === 'insert') writes += 1;
    return Reflect.get(db, property);
  },
});

async function measure(label: string, limiter: RateLimitPluginOptions | null) {
  const app = Fastify();
  if (limiter) {
    await app.register(fastifyRateLimit, {
      max: 1_000_000,
      timeWindow: 60_000,
      keyGenerator: (request) => String(request.headers['x-client']),
      ...limiter,
    });
  }
  app.get('/ping', async () => ({ ok: true }));
  await app.ready();
  const hit = (i: number) => app.inject({ url: '/ping', headers: { 'x-client': `client-${i % CLIENTS}` } });
  for (let i = 0; i < 200; i++) await hit(i); // warm-up
  await database.db.execute('delete from rate_limit_hits');
  writes = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < REQUESTS) {
        const res = await hit(next++);
        if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode}`);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await app.close();
  return { perSecond: REQUESTS / seconds, writes };
}

const configurations: [string, () => RateLimitPluginOptions | null][] = [
  ['no limiter', () => null],
  ['in-memory store (one server only)', () => ({})],
  ['database store, every request', () => ({ store: databaseRateLimitStore(countedDb, { syncMs: 0 }) })],
  [
    'database store, sync each key 1/s',
    () => ({ store: databaseRateLimitStore(countedDb, { syncMs: 1000 }) }),
  ],
];
// Best of three rounds, configurations in turn, so warm-up and a busy machine weigh less.
const ROUNDS = 3;

console.log(`${target.label}; ${REQUESTS} requests, ${CLIENTS} clients, ${IN_FLIGHT} in flight`);
try {
  const best = new Map<string, { perSecond: number; writes: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, options] of configurations) {
      const result = await measure(label, options());
      if ((best.get(label)?.perSecond ?? 0) < result.perSecond) best.set(label, result);
    }
  }
  for (const [label, { perSecond, writes: upserts }] of best)
    console.log(
      `${label.padEnd(36)} ${perSecond.toFixed(0).padStart(6)} req/s  ${(1000 / perSecond).toFixed(3)} ms/req  ${String(upserts).padStart(5)} upserts`,
    );
} finally {
  await database.close();
  await target.cleanup();
}
