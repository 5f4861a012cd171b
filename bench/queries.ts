/**
 * Query benchmark at national scale (issue 3): the one-indicator trend of a kab/kota and the
 * province comparison of one indicator and year, each through the HTTP API and as the same
 * query functions called directly, p50/p95 over RUNS runs with random regions and
 * indicators. Load the data first with bench/load-national.ts.
 *   npx tsx bench/queries.ts [--sample] [--url postgres://… | --pglite DIR] [--runs 100]
 */
import { buildApp } from '../server/app.js';
import { provinceComparison } from '../server/modules/explore/compare.js';
import { loadSeries } from '../server/modules/explore/series.js';
import { openAndMigrate } from '../server/start.js';
import { benchValueCount, loadedRegions } from './lib/bench-db.js';
import { signInSuperadmin } from './lib/scratch-app.js';
import { benchTarget } from './lib/bench-target.js';
import { BENCH_INDICATORS, BENCH_YEARS, benchIndicatorCode } from './lib/national-dataset.js';

const target = await benchTarget({ runs: { type: 'string' } });
const RUNS = Number(target.args.runs ?? 100);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timeRuns(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await run(i); // warm-up: plans and caches
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await run(i + 5);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const figures = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
  console.log(
    `${label.padEnd(44)} p50 ${figures.p50.toFixed(1).padStart(7)} ms   p95 ${figures.p95.toFixed(1).padStart(7)} ms`,
  );
  return figures;
}

const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
try {
  const values = await benchValueCount(database);
  if (values === 0) throw new Error('no bench data: run bench/load-national.ts first');
  const { kabkota, provinces } = await loadedRegions(database);
  const cookie = await signInSuperadmin(app, database.db, 'bench.superadmin', 'bench-password-1');

  const pick = <T>(list: T[], i: number, salt: number) => list[(i * 7919 + salt) % list.length];
  const indicator = (i: number) => benchIndicatorCode((i * 104729) % BENCH_INDICATORS);
  const year = (i: number) => String(BENCH_YEARS[i % BENCH_YEARS.length]);

  console.log(`${target.label}: ${values.toLocaleString('en')} bench values, ${RUNS} runs each`);
  const trendSql = await timeRuns('trend, query function', (i) =>
    loadSeries(database.db, { regionCodes: [pick(kabkota, i, 1)], indicatorCodes: [indicator(i)] }),
  );
  const trendApi = await timeRuns('trend, GET /api/explore/trend', async (i) => {
    const res = await app.inject({
      url: `/api/explore/trend?region=${pick(kabkota, i, 1)}&indicator=${indicator(i)}`,
      headers: { cookie },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  });
  const compareSql = await timeRuns('province comparison, query function', (i) =>
    provinceComparison(database.db, {
      provinceCode: pick(provinces, i, 3),
      indicatorCode: indicator(i),
      period: year(i),
    }),
  );
  const compareApi = await timeRuns('province comparison, GET /api/explore/compare', async (i) => {
    const res = await app.inject({
      url: `/api/explore/compare?province=${pick(provinces, i, 3)}&indicator=${indicator(i)}&period=${year(i)}`,
      headers: { cookie },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  });
  console.log(
    `API p95 / query p95: trend ${(trendApi.p95 / trendSql.p95).toFixed(2)}×, comparison ${(compareApi.p95 / compareSql.p95).toFixed(2)}× (target ≤ 1.5× and ≤ 150 ms)`,
  );
} finally {
  await app.close();
  await database.close();
}
