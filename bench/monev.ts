/**
 * Monev dashboard benchmark at national scale (issue 10): every kab/kota of the reference list
 * (514) × 40 OPDs × 30 gender-responsive sub-kegiatan × 4 quarterly reports (≈ 2.5 M reports),
 * each with beneficiaries by sex, two target groups and an age group, and one GAP step 9
 * indicator; a third of the lines ARG khusus with a GAP whose TOR names whom they serve; the
 * region's deadlines and expected shares set, so every flag rule runs. The data is generated
 * inside the database (generate_series, insert … select), not sent row by row.
 * Then GET /api/regions/:code/monev/dashboard through the real app (sign-in, permission check,
 * response validation included): a random kab/kota's dashboard (target p95 ≤ 100 ms) and a
 * random province's kab/kota side by side (target p95 ≤ 250 ms), p50/p95/max over RUNS requests
 * after a warm-up. Both read each kab/kota's kept figures (dashboard-cache.ts), so they are
 * timed with a kab/kota changed before each request and with nothing changed (the province also
 * with nothing kept).
 * The load average is printed beside each figure (the machine may be shared).
 *   npx tsx bench/monev.ts [--url postgres://…/setara_monev_bench] [--runs 100]
 *   npx tsx bench/monev.ts --pglite DIR --sample    # PGlite, every tenth kab/kota
 * The dataset stays in the database (a re-run skips the load); to rebuild it, drop that database
 * (or remove the PGlite directory).
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import type { Db } from '../server/db/connection.js';
import { users } from '../server/db/schema.js';
import { hashPassword } from '../server/lib/passwords.js';
import { rowsOf } from '../server/modules/home/queries.js';
import { openAndMigrate } from '../server/start.js';
import { ensurePgDatabase } from './lib/bench-db.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    pglite: { type: 'string' },
    sample: { type: 'boolean' },
    runs: { type: 'string' },
  },
});
const RUNS = Number(args.runs ?? 100);
const WARM_UP = 10;
const YEAR = 2026;
const OPDS = 40;
const LINES = 30;
const PASSWORD = 'Bench#Monev2026';
const BENCH_OPD = 'BENCH-OPD-';

const loadAverage = () => os.loadavg()[0].toFixed(2);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function target() {
  if (args.pglite !== undefined) {
    const dir = path.resolve(args.pglite || path.join(os.tmpdir(), 'setara-monev-bench-pglite'));
    return { config: loadConfig({ SETARA_DATA_DIR: dir, LOG_LEVEL: 'silent' }), label: `PGlite in ${dir}` };
  }
  const url =
    args.url ?? `postgres://postgres@127.0.0.1:5432/setara_monev_bench${args.sample ? '_sample' : ''}`;
  await ensurePgDatabase(url);
  return {
    config: loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }),
    label: `PostgreSQL ${url.replace(/\/\/[^@]*@/, '//')}`,
  };
}

const count = async (db: Db, query: ReturnType<typeof sql>) =>
  Number((await rowsOf<{ n: string | number }>(db, query))[0].n);

async function timed(label: string, db: Db, query: ReturnType<typeof sql>) {
  const started = Date.now();
  await db.execute(query);
  console.log(`  ${label.padEnd(40)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
}

/** Generates the dataset in the database for `codes` (kab/kota). */
async function load(db: Db, codes: string[]) {
  const list = sql`array[${sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`;
  const started = Date.now();
  await timed(
    'opd',
    db,
    sql`
    insert into opd (region_code, name, short_name, kind)
    select r.code, 'Perangkat Daerah Uji ' || i, ${BENCH_OPD} || i, 'dinas'
    from unnest(${list}) r(code) cross join generate_series(1, ${OPDS}) i`,
  );
  // Lines: a third each khusus, kesetaraan, kelembagaan; targets written as people write them.
  // Stored region by region, as each region's budget import writes its lines together (the
  // reports, which arrive over the year from every region at once, stay interleaved).
  await timed(
    'sub_activities',
    db,
    sql`
    insert into sub_activities (region_code, year, opd_id, code, name, output_indicator, target, budget, arg_category, arg_amount)
    select o.region_code, ${YEAR}, o.id, '1.02.02.2.02.' || lpad(i::text, 4, '0'), 'Sub kegiatan uji ' || i,
      'Jumlah penerima layanan',
      (array['200 orang', '1.250 paket', '12,5 km', 'Dokumen'])[1 + i % 4],
      (50000000 + i * 1250000)::numeric(18,2),
      (array['khusus', 'kesetaraan', 'kelembagaan'])[1 + i % 3],
      (50000000 + i * 1250000)::numeric(18,2)
    from opd o cross join generate_series(1, ${LINES}) i
    where o.region_code = any(${list}) and o.short_name like ${BENCH_OPD + '%'}
    order by o.region_code, o.id, i`,
  );
  await timed(
    'gap_documents (khusus lines)',
    db,
    sql`
    insert into gap_documents (region_code, sub_activity_id, opd_id, year, status, gap, tor)
    select s.region_code, s.id, s.opd_id, s.year, 'approved',
      '{"step9":{"indicators":[{"id":"i1","kind":"output","text":"Perempuan terlayani","target":"150"}]}}'::jsonb,
      jsonb_build_object('beneficiaries', jsonb_build_object('women', '200', 'men', ''))
    from sub_activities s
    where s.region_code = any(${list}) and s.year = ${YEAR} and s.arg_category = 'khusus'`,
  );
  await timed(
    'monev_settings',
    db,
    sql`
    insert into monev_settings (region_code, year, threshold_q1, threshold_q2, threshold_q3, threshold_q4,
      deadline_q1, deadline_q2, deadline_q3, deadline_q4, source_note)
    select code, ${YEAR}, 20, 45, 70, 95, '2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15', 'Bench'
    from unnest(${list}) code`,
  );
  // Four quarters per line: Q1–Q2 verified, Q3 submitted (some late), Q4 draft or returned;
  // cumulative figures growing, a few lines over the pagu or behind schedule.
  await timed(
    'monev_reports',
    db,
    sql`
    insert into monev_reports (region_code, year, opd_id, sub_activity_id, quarter, status, entry_mode,
      budget_addition, budget_cumulative, output_addition, output_cumulative,
      beneficiaries_female, beneficiaries_male, submission, submitted_at)
    select s.region_code, s.year, s.opd_id, s.id, q,
      case when q <= 2 then 'verified' when q = 3 then 'submitted'
           when hashtext(s.id::text) % 2 = 0 then 'draft' else 'returned' end,
      'increment',
      round(s.budget * (0.18 + (abs(hashtext(s.id::text)) % 10) / 100.0), 2),
      round(s.budget * q * (0.18 + (abs(hashtext(s.id::text)) % 10) / 100.0), 2),
      10 * q, 10 * q * (1 + abs(hashtext(s.id::text)) % 20),
      30 * q + abs(hashtext(s.id::text)) % 50, 20 * q + abs(hashtext(s.id::text)) % 40,
      case when q <= 3 then 1 else 0 end,
      case when q <= 3 then make_timestamptz(2026, q * 3 + 1, 1 + abs(hashtext(s.id::text)) % 25, 3, 0, 0, 'UTC') end
    from sub_activities s cross join generate_series(1, 4) q
    where s.region_code = any(${list}) and s.year = ${YEAR}`,
  );
  await timed(
    'monev_beneficiaries',
    db,
    sql`
    insert into monev_beneficiaries (region_code, report_id, dimension, category, female, male)
    select r.region_code, r.id, g.dimension, g.category,
      case when g.category = 'anak' then r.beneficiaries_female / 3 else r.beneficiaries_female / 2 end,
      case when g.category = 'perempuan' then 0 else r.beneficiaries_male / 2 end
    from monev_reports r
    cross join (values ('target_group', 'perempuan'), ('target_group', 'anak'), ('age_group', 'dewasa'))
      g(dimension, category)
    where r.region_code = any(${list}) and r.year = ${YEAR}`,
  );
  await timed(
    'monev_indicator_progress',
    db,
    sql`
    insert into monev_indicator_progress (region_code, report_id, indicator_id, kind, text, target, unit, achieved)
    select r.region_code, r.id, 'i1', 'output', 'Perempuan terlayani', '150', 'orang',
      least(r.beneficiaries_female, 200)
    from monev_reports r
    where r.region_code = any(${list}) and r.year = ${YEAR}`,
  );
  // As autovacuum leaves tables after a load: statistics, and the visibility map that lets the
  // covering indexes answer without visiting the table.
  await timed('vacuum (analyze)', db, sql`vacuum (analyze)`);
  console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const where = await target();
const database = await openAndMigrate(where.config);
const app = await buildApp(database, where.config);
try {
  const db = database.db;
  const allKabkota = (
    await rowsOf<{ code: string }>(db, sql`select code from regions where level = 'kabkota' order by code`)
  ).map((r) => r.code);
  const codes = args.sample ? allKabkota.filter((_, i) => i % 10 === 0) : allKabkota;
  const present = await count(db, sql`select count(*) as n from monev_reports where year = ${YEAR}`);
  const expected = codes.length * OPDS * LINES * 4;
  console.log(`${where.label}: ${codes.length} kab/kota × ${OPDS} OPDs × ${LINES} lines × 4 quarters`);
  if (present === 0) await load(db, codes);
  else if (present !== expected)
    throw new Error(`partial dataset (${present} of ${expected} reports): use a new database`);
  else console.log(`  dataset already loaded`);
  const figures = {
    reports: await count(db, sql`select count(*) as n from monev_reports`),
    beneficiaries: await count(db, sql`select count(*) as n from monev_beneficiaries`),
    indicators: await count(db, sql`select count(*) as n from monev_indicator_progress`),
  };
  console.log(
    `  ${figures.reports.toLocaleString('en')} reports, ${figures.beneficiaries.toLocaleString('en')} beneficiary rows, ` +
      `${figures.indicators.toLocaleString('en')} indicator rows`,
  );

  const hash = await hashPassword(PASSWORD);
  await db
    .insert(users)
    .values({
      username: 'bench.superadmin',
      fullName: 'Bench',
      role: 'superadmin',
      regionCode: 'ID',
      passwordHash: hash,
    })
    .onConflictDoNothing();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench.superadmin', password: PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const provinces = [...new Set(codes.map((c) => c.slice(0, 2)))].sort();

  const pick = <T>(list: T[], i: number) => list[(i * 7919 + 13) % list.length];
  /** Times RUNS requests after the warm-up; `before` runs untimed ahead of each one. */
  async function bench(
    label: string,
    url: (i: number) => string,
    targetMs: number,
    opts: { before?: (i: number) => Promise<void>; runs?: number; warmUp?: number } = {},
  ) {
    const run = async (i: number) => {
      const res = await app.inject({ url: url(i), headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url(i)}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    };
    const warmUp = opts.warmUp ?? WARM_UP;
    for (let i = 0; i < warmUp; i++) await run(i);
    const ms: number[] = [];
    for (let i = 0; i < (opts.runs ?? RUNS); i++) {
      await opts.before?.(i + warmUp);
      const t = process.hrtime.bigint();
      await run(i + warmUp);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((a, b) => a - b);
    const p95 = percentile(ms, 95);
    console.log(
      `${label.padEnd(52)} p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ` +
        `max ${ms[ms.length - 1].toFixed(1).padStart(7)} ms   target ≤ ${targetMs} ms: ${p95 <= targetMs ? 'met' : 'NOT met'}`,
    );
  }
  const kabkota = (i: number) => `/api/regions/${pick(codes, i)}/monev/dashboard?year=${YEAR}`;
  const province = (i: number) => `/api/regions/${pick(provinces, i)}/monev/dashboard?year=${YEAR}`;
  // One report of a kab/kota changes (its triggers mark the kab/kota's kept figures stale), as
  // operators and reviewers work between two views of a dashboard.
  const touch = async (code: string) => {
    await db.execute(sql`update monev_reports set updated_at = now()
      where region_code = ${code} and year = ${YEAR} and quarter = 4
        and sub_activity_id = (select id from sub_activities where region_code = ${code}
          and year = ${YEAR} limit 1)`);
  };
  const touchInProvince = (provinceCode: string, i: number) =>
    touch(
      pick(
        codes.filter((c) => c.startsWith(`${provinceCode}.`)),
        i,
      ),
    );
  const loadNow = () => console.log(`  load ${loadAverage()}`);
  console.log(`${RUNS} requests each after ${WARM_UP} warm-up, random regions; load ${loadAverage()}`);
  // A kab/kota changed since its last view is computed whole, as one never viewed or viewed
  // before a deadline passed; then the same kab/kota again, nothing changed.
  await bench('kab/kota (40 OPDs, 1,200 lines), changed since last view', kabkota, 100, {
    before: (i) => touch(pick(codes, i)),
  });
  loadNow();
  await bench('kab/kota, nothing changed since the last view', kabkota, 100);
  loadNow();
  // Nothing kept (a new database, or right after a deadline passed): every kab/kota computed.
  // Few runs, they are slow.
  await bench('province, nothing kept (every kab/kota computed)', province, 250, {
    before: () => db.execute(sql`delete from monev_dashboard_cache`).then(() => undefined),
    runs: Math.min(RUNS, 10),
    warmUp: 0,
  });
  loadNow();
  for (let i = 0; i < provinces.length; i++) await app.inject({ url: province(i), headers: { cookie } });
  await bench('province, one kab/kota changed since the last view', province, 250, {
    before: (i) => touchInProvince(pick(provinces, i), i),
  });
  loadNow();
  await bench('province, nothing changed since the last view', province, 250);
  loadNow();
  const biggest = (
    await rowsOf<{ code: string; n: number }>(
      db,
      sql`select parent_code as code, count(*)::int as n from regions where level = 'kabkota'
        and code = any(${sql`array[${sql.join(
          codes.map((c) => sql`${c}`),
          sql`, `,
        )}]::text[]`}) group by parent_code order by n desc, code limit 1`,
    )
  )[0];
  await bench(
    `largest province (${biggest.code}, ${biggest.n} kab/kota), one kab/kota changed`,
    () => `/api/regions/${biggest.code}/monev/dashboard?year=${YEAR}`,
    250,
    { before: (i) => touchInProvince(biggest.code, i) },
  );
  loadNow();
} finally {
  await app.close();
  await database.close();
}
