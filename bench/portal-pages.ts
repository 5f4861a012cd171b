/**
 * The open-data portal at national scale (issue 15, docs/performance.md): server time of its
 * pages and JSON through the real app (`app.inject`: routing, rate limit, queries, rendering,
 * gzip), each run on a region (and indicator) not asked before, so no answer comes from the
 * portal's cache; then a repeated request answered from that cache with `If-None-Match` (304).
 * Targets on PostgreSQL with the national dataset: region page and indicator page p95
 * ≤ 150 ms; a cached answer ≤ 5 ms. Load the data first with bench/load-national.ts.
 *   npx tsx bench/portal-pages.ts [--sample] [--url postgres://… | --pglite DIR] [--runs 100]
 */
import { inArray } from 'drizzle-orm';
import { indicatorPagePath, regionPagePath } from '../domain/portal.js';
import { buildApp } from '../server/app.js';
import { regions } from '../server/db/schema.js';
import { openAndMigrate } from '../server/start.js';
import { benchValueCount, loadedRegions } from './lib/bench-db.js';
import { benchTarget } from './lib/bench-target.js';
import { BENCH_INDICATORS, benchIndicatorCode } from './lib/national-dataset.js';
import { timeRuns } from './lib/timing.js';

const target = await benchTarget({ runs: { type: 'string' } });
const RUNS = Number(target.args.runs ?? 100);
const WARM_UP = 5;

const database = await openAndMigrate(target.config);
// The bench asks far more than one visitor may: the per-address limit would answer 429.
const config = { ...target.config, rateLimitAnonPerMinute: 1_000_000 };
const app = await buildApp(database, config);
try {
  const values = await benchValueCount(database);
  if (values === 0) throw new Error('no bench data: run bench/load-national.ts first');
  const { kabkota } = await loadedRegions(database);
  if (kabkota.length < RUNS * 2 + WARM_UP * 2) {
    console.log(`only ${kabkota.length} kab/kota loaded: some runs ask a region twice (cached)`);
  }
  const named = await database.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, kabkota));
  const byCode = new Map(named.map((r) => [r.code, r]));
  // Two disjoint halves of the kab/kota, so the page runs and the JSON runs never share one.
  const region = (i: number, half: 0 | 1) => byCode.get(kabkota[(i * 2 + half) % kabkota.length])!;
  const indicator = (i: number) => benchIndicatorCode((i * 104729) % BENCH_INDICATORS);
  const get = async (url: string, expect = 200) => {
    const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    if (res.statusCode !== expect) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res;
  };

  console.log(
    `${target.label}: ${values.toLocaleString('en')} values, ${kabkota.length} kab/kota, ${RUNS} runs`,
  );
  const figures = {
    regionPage: await timeRuns('region page /p/<code>-<slug> (uncached)', RUNS, (i) =>
      get(regionPagePath(region(i, 0))),
    ),
    regionJson: await timeRuns('region JSON /api/public/regions/:code (uncached)', RUNS, (i) =>
      get(`/api/public/regions/${region(i, 1).code}`),
    ),
    indicatorPage: await timeRuns('indicator page /p/<region>/<indicator> (uncached)', RUNS, (i) =>
      get(indicatorPagePath(region(i, 1), indicator(i))),
    ),
    indicatorJson: await timeRuns('indicator JSON …/indicators/:code (uncached)', RUNS, (i) =>
      get(`/api/public/regions/${region(i, 0).code}/indicators/${indicator(i)}`),
    ),
  };

  // A page every visitor of a shared link asks for: answered from the cache by its ETag.
  const shared = regionPagePath(region(0, 0));
  const etag = String((await get(shared)).headers.etag);
  const notModified = await timeRuns('the same page again, If-None-Match → 304 (cached)', RUNS * 5, () =>
    app.inject({ url: shared, headers: { 'if-none-match': etag } }).then((res) => {
      if (res.statusCode !== 304) throw new Error(`expected 304, got ${res.statusCode}`);
    }),
  );
  const page = await get(regionPagePath(region(1, 0)));
  console.log(
    `region page weight: ${(page.rawPayload.length / 1024).toFixed(1)} KB gzipped ` +
      `(${page.headers['content-encoding'] ?? 'identity'})`,
  );
  console.log(
    `targets: region page p95 ${figures.regionPage.p95.toFixed(1)} ms (≤ 150), indicator page p95 ` +
      `${figures.indicatorPage.p95.toFixed(1)} ms (≤ 150), cached 304 p95 ${notModified.p95.toFixed(2)} ms (≤ 5)`,
  );
} finally {
  await app.close();
  await database.close();
}
