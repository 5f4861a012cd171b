/**
 * The open-data portal under load (issue 15, docs/performance.md): 300 anonymous clients ask
 * the public pages and JSON back to back for 60 s over loopback HTTP with keep-alive, against a
 * Setara server in its own process on the national dataset; the server's memory is sampled from
 * /proc. Target: p99 ≤ 500 ms and no answer other than 200, 301, 304 or a deliberate 429.
 * Three workloads (--workload):
 *   - `one-address` (the issue's case): every client on 127.0.0.1, as a flood from one machine
 *     looks; the per-address limit (RATE_LIMIT_ANON_PER_MINUTE) answers most requests with 429.
 *   - `shared-links`: each client its own address (X-Forwarded-For, TRUST_PROXY=1, as behind a
 *     proxy) reading what a link shared in chat groups brings: 20 regions' pages, JSON and five
 *     indicator pages each; a third of requests revalidate with the ETag they hold.
 *   - `long-tail`: each client its own address, any of the 514 kab/kota (Zipf, weight 1/rank)
 *     and any of the 300 indicators: mostly pages no one asked in the last minute, so each is
 *     rendered anew — the server's uncached capacity, which a CDN in front is there to spare.
 *   npx tsx bench/portal-load.ts [--url postgres://…/setara_bench] [--workload one-address]
 *                                [--clients 300] [--seconds 60]
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { inArray } from 'drizzle-orm';
import { indicatorPagePath, regionPagePath } from '../domain/portal.js';
import { regions } from '../server/db/schema.js';
import { openAndMigrate } from '../server/start.js';
import { loadedRegions } from './lib/bench-db.js';
import { benchTarget } from './lib/bench-target.js';
import { BENCH_INDICATORS, benchIndicatorCode } from './lib/national-dataset.js';
import { lcg } from './lib/scratch-app.js';
import { startServerProcess } from './lib/server-process.js';
import { figuresOf } from './lib/timing.js';

const target = await benchTarget({
  clients: { type: 'string' },
  seconds: { type: 'string' },
  workload: { type: 'string' },
});
const CLIENTS = Number(target.args.clients ?? 300);
const SECONDS = Number(target.args.seconds ?? 60);
const WORKLOADS = ['one-address', 'shared-links', 'long-tail'] as const;
const workload = String(target.args.workload ?? 'one-address') as (typeof WORKLOADS)[number];
if (!WORKLOADS.includes(workload)) throw new Error(`--workload: one of ${WORKLOADS.join(', ')}`);
const url = target.config.databaseUrl;
if (!url) throw new Error('the load test runs on PostgreSQL (--url)');

// The regions and their names, read once before the server starts.
const database = await openAndMigrate(target.config);
const { kabkota } = await loadedRegions(database);
const named = await database.db
  .select({ code: regions.code, name: regions.name })
  .from(regions)
  .where(inArray(regions.code, kabkota));
await database.close();
if (named.length === 0) throw new Error('no bench data: run bench/load-national.ts first');

const random = lcg(42);
const shuffled = [...named].sort(() => random() - 0.5);
/** An index in [0, n) with weight 1/(i+1). */
function zipf(n: number): number {
  const harmonic = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
  let x = random() * harmonic;
  for (let i = 0; i < n; i++) {
    x -= 1 / (i + 1);
    if (x <= 0) return i;
  }
  return n - 1;
}
/** A page or JSON of `region` (and `indicator`), one of the four kinds, evenly. */
function urlOf(region: { code: string; name: string }, indicator: string): string {
  switch (Math.floor(random() * 4)) {
    case 0:
      return regionPagePath(region);
    case 1:
      return `/api/public/regions/${region.code}`;
    case 2:
      return indicatorPagePath(region, indicator);
    default:
      return `/api/public/regions/${region.code}/indicators/${indicator}`;
  }
}

const SHARED_REGIONS = 20;
const SHARED_INDICATORS = 5;
function nextUrl(): string {
  if (workload === 'long-tail') {
    return urlOf(shuffled[zipf(shuffled.length)], benchIndicatorCode(zipf(BENCH_INDICATORS)));
  }
  return urlOf(
    shuffled[Math.floor(random() * SHARED_REGIONS)],
    benchIndicatorCode(Math.floor(random() * SHARED_INDICATORS)),
  );
}

const ownAddresses = workload !== 'one-address';
const server = await startServerProcess({
  env: { DATABASE_URL: url, SETARA_DEMO: 'off', ...(ownAddresses ? { TRUST_PROXY: '1' } : {}) },
});
const { port } = new URL(server.base);
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function get(path: string, headers: Record<string, string>): Promise<{ status: number; etag?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const rssOf = () =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const idleRss = rssOf();
let peakRss = idleRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf())), 200);

const latencies: number[] = [];
/** The answers other than 429: the pages and JSON actually served. */
const served: number[] = [];
const statuses = new Map<number, number>();
let failures = 0;
const deadline = Date.now() + SECONDS * 1000;
async function client(i: number) {
  const address = `10.${(i >> 8) & 255}.${i & 255}.7`;
  const held = new Map<string, string>();
  while (Date.now() < deadline) {
    const path = nextUrl();
    const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
    if (ownAddresses) headers['x-forwarded-for'] = address;
    const etag = held.get(path);
    if (etag && random() < 1 / 3) headers['if-none-match'] = etag;
    const started = process.hrtime.bigint();
    try {
      const res = await get(path, headers);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      latencies.push(ms);
      if (res.status !== 429) served.push(ms);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.etag) held.set(path, res.etag);
    } catch {
      failures += 1;
    }
  }
}

try {
  console.log(`${target.label}: ${workload}, ${CLIENTS} clients for ${SECONDS} s, ${named.length} kab/kota`);
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  clearInterval(sampler);
  const f = figuresOf(latencies);
  const unexpected = [...statuses].filter(([s]) => ![200, 301, 304, 429].includes(s));
  console.log(
    `${latencies.length.toLocaleString('en')} requests (${(latencies.length / SECONDS).toFixed(0)}/s): ` +
      `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(0)} ms`,
  );
  if (served.length) {
    const g = figuresOf(served);
    console.log(
      `  of which served (not 429): ${served.length.toLocaleString('en')}, p50 ${g.p50.toFixed(1)} ms, ` +
        `p95 ${g.p95.toFixed(1)} ms, p99 ${g.p99.toFixed(1)} ms`,
    );
  }
  console.log(`answers: ${[...statuses].map(([s, n]) => `${s} × ${n.toLocaleString('en')}`).join(', ')}`);
  console.log(
    `failed connections: ${failures}; unexpected statuses: ${unexpected.length ? JSON.stringify(unexpected) : 'none'}`,
  );
  console.log(`server memory: ${idleRss.toFixed(0)} MiB before, ${peakRss.toFixed(0)} MiB at the peak`);
  console.log(
    `target p99 ≤ 500 ms: ${f.p99 <= 500 && failures === 0 && unexpected.length === 0 ? 'met' : 'NOT met'}`,
  );
} finally {
  clearInterval(sampler);
  agent.destroy();
  server.child.kill('SIGTERM');
}
