/**
 * The public directory of service institutions at national scale (issue 12): 552 regions ×
 * 200 institutions (bench/lib/institutions-dataset.ts, 110 k rows with 220 k staff rows).
 * 1. In process, through the real app: a kab/kota's directory as JSON and as the HTML page,
 *    unfiltered and with a field and a search — p50/p95 over RUNS requests after 5 warm-ups
 *    (target p95 ≤ 100 ms on PostgreSQL).
 * 2. A real server process (bench/lib/server-process.ts) on the same database: READERS
 *    anonymous readers over loopback, each fetching the page, reading it THINK_MS (default
 *    1 s: "bounded load"), fetching again, until REQUESTS are done; then the same without the
 *    pause, which measures the server's capacity (every reader queues behind the others).
 *    Target with the pause: p95 ≤ 200 ms, no error. Every request comes from 127.0.0.1, so the per-address
 *    limit (RATE_LIMIT_ANON_PER_MINUTE) is raised for the run.
 *   npx tsx bench/institutions.ts                          # PostgreSQL, database setara_institutions_bench
 *   npx tsx bench/institutions.ts --url postgres://…/other_bench [--runs 200] [--readers 200] [--think-ms 1000]
 *   npx tsx bench/institutions.ts --regions 3 --runs 5 --readers 5 --requests 50   # checks the script
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { rowsOf } from '../server/modules/home/queries.js';
import { openAndMigrate } from '../server/start.js';
import { ensurePgDatabase } from './lib/bench-db.js';
import { loadInstitutionsDataset } from './lib/institutions-dataset.js';
import { startServerProcess } from './lib/server-process.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string' },
    regions: { type: 'string' },
    readers: { type: 'string' },
    requests: { type: 'string' },
    'think-ms': { type: 'string' },
  },
});
const URL_ = args.url ?? 'postgres://postgres@127.0.0.1:5432/setara_institutions_bench';
const RUNS = Number(args.runs ?? 200);
const REGIONS = Number(args.regions ?? 552);
const PER_REGION = 200;
const READERS = Number(args.readers ?? 200);
const REQUESTS = Number(args.requests ?? 2000);
const THINK_MS = Number(args['think-ms'] ?? 1000);

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

await ensurePgDatabase(URL_);
const config = loadConfig({ DATABASE_URL: URL_, LOG_LEVEL: 'silent', SETARA_DEMO: 'off' });
const database = await openAndMigrate(config);
let code = '';
try {
  const app = await buildApp(database, config);
  try {
    const started = Date.now();
    const n = await loadInstitutionsDataset(database.db, { regions: REGIONS, perRegion: PER_REGION });
    console.log(
      `PostgreSQL ${URL_.replace(/\/\/[^@]*@/, '//')}: ${n} bench institutions (${((Date.now() - started) / 1000).toFixed(1)} s); load ${load()}`,
    );
    [{ code }] = await rowsOf<{ code: string }>(
      database.db,
      sql`select i.region_code as code from institutions i join regions r on r.code = i.region_code and r.level = 'kabkota'
          where i.name like 'Lembaga Uji %' group by i.region_code order by i.region_code limit 1`,
    );
    const cases: [string, string][] = [
      ['directory JSON, whole region', `/api/public/directory/${code}`],
      ['directory JSON, field + search', `/api/public/directory/${code}?field=hukum&q=uji%201`],
      ['directory page, whole region', `/direktori-layanan/${code}`],
      ['directory page, standing filter', `/direktori-layanan/${code}?standing=kedaluwarsa`],
    ];
    console.log(`region ${code}; ${RUNS} requests each after 5 warm-ups`);
    for (const [label, url] of cases) {
      let bytes = 0;
      const run = async () => {
        const res = await app.inject({
          url,
          remoteAddress: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
        });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        bytes = res.rawPayload.length;
      };
      for (let i = 0; i < 5; i++) await run();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        await run();
        ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      ms.sort((a, b) => a - b);
      const p95 = percentile(ms, 0.95);
      console.log(
        `${label.padEnd(34)} ${String(Math.round(bytes / 1024)).padStart(4)} KiB   p50 ${percentile(ms, 0.5).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await app.close();
  }
} finally {
  await database.close();
}

// 2. Concurrent anonymous readers on a real server over loopback.
const { child, base } = await startServerProcess({
  env: { DATABASE_URL: URL_, RATE_LIMIT_ANON_PER_MINUTE: '10000000', SETARA_DEMO: 'off' },
});
try {
  const url = `${base}/direktori-layanan/${code}`;
  await (await fetch(url)).arrayBuffer();
  // Bounded load, the target: each reader opens the page, reads it for THINK_MS, opens it
  // again. Then saturation, for the record: no pause, so the figure is the server's capacity
  // and the latency is the queue (readers ÷ capacity) rather than the page.
  for (const think of [THINK_MS, 0]) {
    const times: number[] = [];
    const errors = new Map<string, number>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: READERS }, async (_, reader) => {
        // Readers arrive spread over one pause, as people do, not in one instant.
        if (think) await new Promise((go) => setTimeout(go, (reader * think) / READERS));
        while (next++ < REQUESTS) {
          const t0 = performance.now();
          try {
            const res = await fetch(url);
            await res.arrayBuffer();
            if (res.status !== 200) errors.set(String(res.status), (errors.get(String(res.status)) ?? 0) + 1);
          } catch (error) {
            const key = (error as Error).message;
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
          times.push(performance.now() - t0);
          if (think) await new Promise((go) => setTimeout(go, think));
        }
      }),
    );
    const wall = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 0.95);
    const mode = think ? `each reading ${think} ms between pages` : 'no pause (saturation, no target)';
    const verdict = think
      ? `   target p95 ≤ 200 ms, no error: ${p95 <= 200 && errors.size === 0 ? 'met' : 'NOT met'}`
      : '';
    console.log(
      `page, ${READERS} concurrent readers, ${mode}, ${times.length} requests: p50 ${percentile(times, 0.5).toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   max ${times.at(-1)!.toFixed(0)} ms   ${Math.round(times.length / wall)}/s   errors ${JSON.stringify(Object.fromEntries(errors))}${verdict}`,
    );
  }
  console.log(`load ${load()}`);
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
}
