/**
 * The follow-up board at national scale (issue 11: ≤ 100 ms p95 on PostgreSQL): 552 regions
 * (every kab/kota and province of the reference list, up to 552), each with 20 OPDs, 40 events
 * a year over 5 years (110 k meetings) and, spread over them, 200 k follow-ups owned by an OPD
 * (one in ten by a person of the region's registry), with statuses, due dates from 2022 to 2027
 * and history rows. The data is generated inside the database (insert … select
 * generate_series), then analysed. Then, through the real app (sign-in, permission check,
 * validation, serialisation), a kab/kota's board: the default view (every open follow-up by
 * due date, 20 a page), overdue only, one owner OPD, and a later page — p50 and p95 over RUNS
 * requests each after 5 warm-ups.
 *   npx tsx bench/follow-ups.ts                            # PGlite in a new temporary directory
 *   npx tsx bench/follow-ups.ts --url postgres://…/setara_follow_ups_bench [--runs 200]
 *   npx tsx bench/follow-ups.ts --regions 3 --runs 5     # checks the script, measures nothing
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import type { Db } from '../server/db/connection.js';
import { rowsOf } from '../server/modules/home/queries.js';
import { openAndMigrate } from '../server/start.js';
import { ensurePgDatabase } from './lib/bench-db.js';
import { signInSuperadmin } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, runs: { type: 'string' }, regions: { type: 'string' } },
});
const RUNS = Number(args.runs ?? 200);
/** `--regions 3` checks the script on a few regions (the follow-ups scale with them). */
const REGIONS = Number(args.regions ?? 552);
const OPDS = 20;
const MEETINGS = 40 * 5;
const FOLLOW_UPS = Math.round((200_000 * REGIONS) / 552);
const PASSWORD = 'Bench#FollowUps2026';
const BENCH_OPD = 'BENCH-FU-';

async function target() {
  if (args.url) {
    await ensurePgDatabase(args.url);
    return {
      config: loadConfig({ DATABASE_URL: args.url, LOG_LEVEL: 'silent' }),
      label: `PostgreSQL ${args.url.replace(/\/\/[^@]*@/, '//')}`,
      cleanup: () => undefined,
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-follow-ups-bench-'));
  return {
    config: loadConfig({ SETARA_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
    label: `PGlite in ${dir}`,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function load(db: Db) {
  await db.execute(sql`
    create temporary table bench_regions as
    select code, row_number() over (order by level = 'provinsi', code) as n
    from regions where level in ('kabkota', 'provinsi') order by level = 'provinsi', code limit ${REGIONS}`);
  await db.execute(sql`
    insert into opd (region_code, name, short_name, kind)
    select r.code, 'Perangkat Daerah Uji Tindak Lanjut ' || i, ${BENCH_OPD} || i, 'dinas'
    from bench_regions r cross join generate_series(1, ${OPDS}) i`);
  await db.execute(sql`
    insert into pug_people (region_code, full_name, name_key, sex, email)
    select r.code, 'Orang Uji ' || i, 'orang uji ' || i, (array['P', 'L'])[1 + i % 2],
      'orang' || i || '.' || replace(r.code, '.', '') || '@bench.invalid'
    from bench_regions r cross join generate_series(1, 10) i`);
  // 40 events a year over 2022–2026, a Rakor in four.
  await db.execute(sql`
    insert into meetings (region_code, kind, status, title, starts_on, ends_on)
    select r.code, (array['rakor', 'bimtek', 'advokasi', 'sosialisasi'])[1 + i % 4], 'held',
      'Kegiatan uji ' || i, d, d
    from bench_regions r cross join generate_series(1, ${MEETINGS}) i
    cross join lateral (select date '2022-01-10' + ((i - 1) * 9) as d) x`);
  await db.execute(sql`
    create temporary table bench_meetings as
    select region_code, id, starts_on, row_number() over (partition by region_code order by starts_on, id) as n
    from meetings where title like 'Kegiatan uji %'`);
  await db.execute(sql`
    create temporary table bench_owners as
    select region_code, id, row_number() over (partition by region_code order by id) as n
    from opd where short_name like ${BENCH_OPD + '%'}`);
  await db.execute(sql`
    create temporary table bench_people as
    select region_code, id, row_number() over (partition by region_code order by id) as n
    from pug_people where email like '%@bench.invalid'`);
  const perRegion = Math.ceil(FOLLOW_UPS / REGIONS);
  // Older events' follow-ups are mostly done; recent ones mostly open; due 30–150 days after the event.
  await db.execute(sql`
    insert into follow_ups (region_code, meeting_id, text, owner_opd_id, owner_person_id, due_date, status, completion_note)
    select r.code, m.id, 'Tindak lanjut uji ' || i,
      case when i % 10 <> 0 then o.id end, case when i % 10 = 0 then p.id end,
      m.starts_on + 30 + (i * 7) % 120,
      case when m.starts_on < date '2025-06-01' and i % 5 <> 0 then 'done'
           when i % 11 = 0 then 'dropped' when i % 3 = 0 then 'in_progress' else 'open' end,
      case when m.starts_on < date '2025-06-01' and i % 5 <> 0 then 'Selesai (uji)'
           when i % 11 = 0 then 'Tidak dilanjutkan (uji)' end
    from bench_regions r cross join generate_series(1, ${perRegion}) i
    join bench_meetings m on m.region_code = r.code and m.n = 1 + (i * 37) % ${MEETINGS}
    join bench_owners o on o.region_code = r.code and o.n = 1 + i % ${OPDS}
    join bench_people p on p.region_code = r.code and p.n = 1 + i % 10
    where (r.n - 1) * ${perRegion} + i <= ${FOLLOW_UPS}`);
  await db.execute(sql`
    insert into follow_up_status_history (region_code, follow_up_id, from_status, to_status)
    select region_code, id, null, 'open' from follow_ups`);
  await db.execute(sql`vacuum (analyze)`);
}

const where = await target();
const database = await openAndMigrate(where.config);
const app = await buildApp(database, where.config);
try {
  const db = database.db;
  const [{ n: present }] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from follow_ups`);
  console.log(
    `${where.label}: ${REGIONS} regions × ${OPDS} OPDs, ${MEETINGS} events each, ${FOLLOW_UPS} follow-ups`,
  );
  if (present === 0) {
    const started = Date.now();
    await load(db);
    console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else console.log(`  dataset already loaded (${present} follow-ups)`);
  const [{ code, opdId, n }] = await rowsOf<{ code: string; opdId: string; n: number }>(
    db,
    sql`select f.region_code as code, (array_agg(f.owner_opd_id) filter (where f.owner_opd_id is not null))[1]::text as "opdId",
          count(*)::int as n
        from follow_ups f join regions r on r.code = f.region_code and r.level = 'kabkota'
        group by f.region_code order by f.region_code limit 1`,
  );
  const cookie = await signInSuperadmin(app, db, 'bench.follow-ups', PASSWORD);
  console.log(
    `  region ${code}: ${n} follow-ups; ${RUNS} requests each after 5 warm-ups; load ${os.loadavg()[0].toFixed(2)}`,
  );
  const base = `/api/regions/${code}/follow-ups`;
  const cases: [string, string][] = [
    ['board: open, by due date (page 1)', `${base}?status=open_all`],
    ['board: everything (page 1)', base],
    ['board: overdue only', `${base}?overdue=true`],
    ['board: one owner OPD', `${base}?ownerOpdId=${opdId}&status=open_all`],
    ['board: page 5 of every status', `${base}?page=5`],
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
      `${label.padEnd(36)} p50 ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   max ${ms[ms.length - 1].toFixed(1).padStart(7)} ms   target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'}`,
    );
  }
  console.log(`  load ${os.loadavg()[0].toFixed(2)}`);
} finally {
  await app.close();
  await database.close();
  where.cleanup();
}
