/**
 * Roll-ups and region figures at national scale (issue 14), through the real app
 * (`app.inject`: session lookup, permission check, validation, JSON): p50/p95 over RUNS runs
 * with a different indicator and year each run, after 5 warm-up runs.
 *   (a) the national kab/kota map of one indicator-year: GET /api/explore/regions
 *       ?scope=national&level=kabkota (514 kab/kota, target p95 ≤ 150 ms);
 *   (b) a province roll-up: ?scope=<province>&level=kabkota (its kab/kota and the province
 *       rolled up beside its stored value, target p95 ≤ 50 ms);
 *   (c) the nation's 38 provinces, each rolled up from its kab/kota: ?scope=national&level=provinsi;
 *   (d) (a) for a rate, recomputed from a numerator and a denominator (three indicators read);
 *   (e) a province over ten years: GET /api/explore/rollup.
 * Load the data first with bench/load-national.ts (the same dataset as bench/queries.ts).
 *   npx tsx bench/region-figures.ts [--sample] [--url postgres://… | --pglite DIR] [--runs 100]
 */
import { readFile } from 'node:fs/promises';
import { buildApp } from '../server/app.js';
import { indicators } from '../server/db/schema-data.js';
import { openAndMigrate } from '../server/start.js';
import { benchValueCount, loadedRegions } from './lib/bench-db.js';
import { signInSuperadmin } from './lib/scratch-app.js';
import { benchTarget } from './lib/bench-target.js';
import { BENCH_INDICATORS, BENCH_YEARS, benchIndicatorCode } from './lib/national-dataset.js';

const target = await benchTarget({ runs: { type: 'string' } });
const RUNS = Number(target.args.runs ?? 100);
/** A rate over two bench counts, so the ratio rule is measured on the same values. */
const RATE = 'BENCH_RATE';

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
  const figures = { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] };
  console.log(
    `${label.padEnd(52)} p50 ${figures.p50.toFixed(1).padStart(7)} ms   p95 ${figures.p95.toFixed(1).padStart(7)} ms   max ${figures.max.toFixed(1).padStart(7)} ms`,
  );
  return figures;
}

const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
try {
  const values = await benchValueCount(database);
  if (values === 0) throw new Error('no bench data: run bench/load-national.ts first');
  await database.db
    .insert(indicators)
    .values({
      code: RATE,
      nameId: 'Indikator uji: rasio',
      nameEn: 'Benchmark rate',
      unit: 'persen',
      domainGroup: 'kependudukan',
      source: 'administrative',
      aggregation: 'ratio',
      numeratorCode: benchIndicatorCode(0),
      denominatorCode: benchIndicatorCode(1),
      multiplier: '100',
      decimals: 2,
      dimensions: ['umur8'],
    })
    .onConflictDoNothing();
  const { provinces } = await loadedRegions(database, '2024');
  const cookie = await signInSuperadmin(app, database.db, 'bench.superadmin', 'bench-password-1');

  const indicator = (i: number) => benchIndicatorCode((i * 104729) % BENCH_INDICATORS);
  // The year before must exist too, so the change is computed: 2016…2024.
  const year = (i: number) => BENCH_YEARS[1 + (i % (BENCH_YEARS.length - 1))];
  const province = (i: number) => provinces[(i * 7919 + 3) % provinces.length];
  const call = async (url: string) => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.body}`);
  };

  console.log(`${target.label}: ${values.toLocaleString('en')} bench values, ${RUNS} runs each`);
  console.log(`load average before: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`);
  const results = {
    nationalKabkota: await timeRuns('(a) national kab/kota, one indicator-year', (i) =>
      call(`/api/explore/regions?indicator=${indicator(i)}&year=${year(i)}&scope=national&level=kabkota`),
    ),
    province: await timeRuns('(b) province roll-up (its kab/kota)', (i) =>
      call(
        `/api/explore/regions?indicator=${indicator(i)}&year=${year(i)}&scope=${province(i)}&level=kabkota`,
      ),
    ),
    nationalProvinces: await timeRuns('(c) national provinces, rolled up from kab/kota', (i) =>
      call(`/api/explore/regions?indicator=${indicator(i)}&year=${year(i)}&scope=national&level=provinsi`),
    ),
    nationalRate: await timeRuns('(d) national kab/kota of a rate (3 indicators)', (i) =>
      call(`/api/explore/regions?indicator=${RATE}&year=${year(i)}&scope=national&level=kabkota`),
    ),
    rollupYears: await timeRuns('(e) a province over 10 years (/api/explore/rollup)', (i) =>
      call(`/api/explore/rollup?indicator=${indicator(i)}&region=${province(i)}&from=2015&to=2024`),
    ),
  };
  console.log(`load average after: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`);
  console.log(
    `targets: (a) p95 ${results.nationalKabkota.p95.toFixed(1)} ms ≤ 150 ms: ${results.nationalKabkota.p95 <= 150 ? 'met' : 'NOT met'}; ` +
      `(b) p95 ${results.province.p95.toFixed(1)} ms ≤ 50 ms: ${results.province.p95 <= 50 ? 'met' : 'NOT met'}`,
  );
} finally {
  await app.close();
  await database.close();
}
