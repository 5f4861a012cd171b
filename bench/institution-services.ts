/**
 * Institution services at national scale (issue 12): 552 regions (every kab/kota and province
 * of the reference list, up to 552) × 200 institutions × 5 years of quarterly service records
 * (one kind per institution and quarter: 552 × 200 × 20 ≈ 2.2 M rows), generated inside the
 * database (insert … select generate_series), then analysed. Then, through the real app
 * (sign-in, permission check, validation, serialisation), a kab/kota's summary of a year (by
 * kind, field and region in one grouped query), a province's summary (its kab/kota), and a
 * kab/kota's list of one year's records — p50 and p95 over RUNS requests each after 5 warm-ups.
 *   npx tsx bench/institution-services.ts                      # PostgreSQL, scratch database on 127.0.0.1 (dropped after)
 *   npx tsx bench/institution-services.ts --url postgres://…/postgres [--runs 200]
 *   npx tsx bench/institution-services.ts --pglite --regions 3 --runs 5   # checks the script, measures nothing
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { SERVICE_KIND_DEFS } from '../domain/institution-services/constants.js';
import { buildApp } from '../server/app.js';
import type { Db } from '../server/db/connection.js';
import { rowsOf } from '../server/modules/home/queries.js';
import { openAndMigrate } from '../server/start.js';
import { scratchTarget, signInSuperadmin } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    pglite: { type: 'boolean' },
    runs: { type: 'string' },
    regions: { type: 'string' },
  },
});
const RUNS = Number(args.runs ?? 200);
const REGIONS = Number(args.regions ?? 552);
const INSTITUTIONS = 200;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const PASSWORD = 'Bench#Services2026';
const KINDS = SERVICE_KIND_DEFS.map((k) => k.code);

async function load(db: Db) {
  await db.execute(sql`
    create temporary table bench_regions as
    select code from regions where level in ('kabkota', 'provinsi')
    order by level = 'provinsi', code limit ${REGIONS}`);
  await db.execute(sql`
    insert into institutions (region_code, name, name_key, type_id, owner_kind, fields, address, address_key)
    select r.code, 'Lembaga Uji ' || i, 'lembaga uji ' || i,
      (select id from institution_types where code = 'lplpp' and owner_region_code is null),
      'masyarakat', array['ekonomi', 'sosial'], 'Jl. Uji ' || i, 'jl uji ' || i
    from bench_regions r cross join generate_series(1, ${INSTITUTIONS}) i`);
  const kinds = sql.raw(`array[${KINDS.map((k) => `'${k}'`).join(',')}]`);
  // Per institution and quarter one kind; women mostly; ages that add up to the sexes.
  await db.execute(sql`
    insert into service_records (region_code, institution_id, period, year, kind, services_count, female, male,
      age_0_17, age_18_24, age_25_44, age_45_59, age_60_plus, tg_perempuan, tg_lansia)
    select i.region_code, i.id, y || '-Q' || q, y, (${kinds})[1 + (abs(hashtext(i.id::text)) + q) % ${KINDS.length}],
      1 + n / 6, f, n - f, 0, n / 5, n - n / 5 - n / 5 - n / 10, n / 5, n / 10, f, n / 10
    from institutions i
    cross join unnest(${sql.raw(`array[${YEARS.join(',')}]`)}::int[]) y
    cross join generate_series(1, 4) q
    cross join lateral (select 10 + (abs(hashtext(i.id::text || y || q)) % 40) as n) a
    cross join lateral (select (n * 3) / 4 as f) b
    where i.name like 'Lembaga Uji %'`);
  await db.execute(sql`vacuum (analyze)`);
}

const where = await scratchTarget(
  args.pglite ? undefined : (args.url ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
  'institution-services',
);
const database = await openAndMigrate(where.config);
const app = await buildApp(database, where.config);
try {
  const db = database.db;
  console.log(
    `${where.label}: ${REGIONS} regions × ${INSTITUTIONS} institutions × ${YEARS.length} years × 4 quarters`,
  );
  const started = Date.now();
  await load(db);
  const [{ n }] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from service_records`);
  console.log(
    `  loaded ${n.toLocaleString('en')} service records in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const [{ code }] = await rowsOf<{ code: string }>(
    db,
    sql`select r.code from regions r where r.level = 'kabkota' and exists (select 1 from service_records s where s.region_code = r.code) order by r.code limit 1`,
  );
  const province = code.slice(0, 2);
  const cookie = await signInSuperadmin(app, db, 'bench.services', PASSWORD);
  console.log(
    `  kab/kota ${code}, province ${province}; ${RUNS} requests each after 5 warm-ups; load ${os.loadavg()[0].toFixed(2)}`,
  );
  const cases: [string, string][] = [
    ['summary: kab/kota, one year', `/api/regions/${code}/service-summary?year=2025`],
    ['summary: province, one year', `/api/regions/${province}/service-summary?year=2025`],
    ['records: kab/kota, one year (800 rows)', `/api/regions/${code}/service-records?year=2025`],
  ];
  for (const [label, url] of cases) {
    const run = async () => {
      const res = await app.inject({ url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    };
    for (let i = 0; i < 5; i++) await run();
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      await run();
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)];
    const p95 = at(0.95);
    console.log(
      `${label.padEnd(40)} p50 ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   max ${ms[ms.length - 1].toFixed(1).padStart(7)} ms   target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'}`,
    );
  }
  console.log(`  load ${os.loadavg()[0].toFixed(2)}`);
} finally {
  await app.close();
  await database.close();
  await where.cleanup();
}
