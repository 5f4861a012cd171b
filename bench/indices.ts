/**
 * Index computation at national scale (issue 14: all 552 regions × 10 years ≤ 2 s): synthetic,
 * clearly made-up IPG components (plausible ranges, deterministic) for every province and
 * kab/kota over 2015–2024, then
 *   (a) the formulas alone over all 5,520 region-years (domain/indices);
 *   (b) storing and computing all of them through the import's write path (writeIndexValue:
 *       components merged, computed with the latest method, audited) in one transaction;
 *   (c) GET /api/indices/regions of the national kab/kota for one year (514 rows), p50/p95.
 *
 *   npx tsx bench/indices.ts [--url postgres://postgres@127.0.0.1:5432/postgres] [--runs 100]
 *
 * Without --url: PGlite in a temporary directory; with it: a scratch database on that server,
 * dropped at the end.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { calculateIndex } from '../domain/indices/calculate.js';
import type { IndexMethods } from '../domain/indices/method.js';
import { buildApp } from '../server/app.js';
import { regions } from '../server/db/schema.js';
import type { Actor } from '../server/lib/actor.js';
import { subjectOf } from '../server/lib/audit.js';
import { methodOf } from '../server/modules/indices/methods.js';
import { writeIndexValues } from '../server/modules/indices/values.js';
import { openAndMigrate } from '../server/start.js';
import { lcg, scratchTarget, signInSuperadmin } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string' } } });
const RUNS = Number(args.runs ?? 100);
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

const target = await scratchTarget(args.url, 'indices');
const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
const { db } = database;
try {
  const cookie = await signInSuperadmin(app, db, 'bench.indices', 'Bench#Indices2026');
  const codes = (await db.select({ code: regions.code, level: regions.level }).from(regions))
    .filter((r) => r.level !== 'nasional')
    .map((r) => r.code);
  const random = lcg(14);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const inputs = codes.flatMap((code) =>
    YEARS.map((year) => ({
      code,
      year,
      values: {
        lifeExpectancyF: between(64, 76),
        lifeExpectancyM: between(60, 72),
        expectedSchoolingF: between(11, 15),
        expectedSchoolingM: between(11, 15),
        meanSchoolingF: between(6, 11),
        meanSchoolingM: between(7, 12),
        expenditureF: between(6e6, 14e6),
        expenditureM: between(9e6, 18e6),
      },
    })),
  );
  console.log(
    `${target.label}: ${codes.length} regions × ${YEARS.length} years = ${inputs.length} region-years`,
  );

  const method = await methodOf(db, 'ipg');
  const params = method.params as unknown as IndexMethods['ipg'];
  let t0 = performance.now();
  let sum = 0;
  for (const i of inputs) sum += calculateIndex('ipg', i.values, params).value!;
  console.log(
    `(a) formulas only: ${(performance.now() - t0).toFixed(1)} ms (mean IPG ${(sum / inputs.length).toFixed(2)})`,
  );

  const [actor] = await db
    .execute<{ id: string }>(`select id from users where username = 'bench.indices'`)
    .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
  const a: Actor = {
    userId: actor!.id,
    username: 'bench.indices',
    role: 'superadmin' as const,
    regionCode: 'ID',
    opdId: null,
    ip: null,
  };
  t0 = performance.now();
  await db.transaction((tx) =>
    writeIndexValues(
      tx,
      subjectOf(a),
      'ipg',
      inputs.map((i) => ({
        code: i.code,
        year: i.year,
        write: {
          components: Object.fromEntries(
            Object.entries(i.values).map(([n, v]) => [n, { value: v, source: 'BENCH — angka buatan' }]),
          ),
        },
        before: undefined,
      })),
      'imported',
      method,
    ),
  );
  const stored = performance.now() - t0;
  console.log(
    `(b) ${inputs.length} region-years stored and computed in one transaction: ${(stored / 1000).toFixed(2)} s — target ≤ 2 s: ${stored <= 2000 ? 'met' : 'NOT met'}`,
  );

  const ms: number[] = [];
  for (let r = 0; r < RUNS + 5; r++) {
    const s = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: '/api/indices/regions?index=ipg&year=2024&scope=national&level=kabkota',
      headers: { cookie },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
    if (r >= 5) ms.push(performance.now() - s);
  }
  ms.sort((x, y) => x - y);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  console.log(
    `(c) national kab/kota IPG map data (514 rows): p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms`,
  );
} finally {
  await app.close();
  await database.close();
  await target.cleanup();
}
