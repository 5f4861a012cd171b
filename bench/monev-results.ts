/**
 * The Rakor result documents of one region at national OPD scale (issue 10: ≤ 5 s for the PDF):
 * one kab/kota with 40 OPDs × 30 gender-responsive sub-kegiatan × 4 quarterly reports (4 800
 * reports, each with a GAP step 9 indicator; a third of the lines with an approved GAP), the
 * region's deadlines and the example scoring configuration. The data is generated inside the
 * database. Then, through the real app (sign-in, permission check, the PDF laid out on the
 * worker thread, the whole body read): the results API, the Rakor PDF, the XLSX and the slides,
 * p50 and max over RUNS requests after one warm-up.
 *   npx tsx bench/monev-results.ts                      # PGlite in a new temporary directory
 *   npx tsx bench/monev-results.ts --url postgres://…/setara_monev_results_bench [--runs 5]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { EXAMPLE_SCORING_CONFIG } from '../domain/monev/scoring.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import type { Db } from '../server/db/connection.js';
import { monevScoringConfigs } from '../server/db/schema-monev.js';
import { rowsOf } from '../server/modules/home/queries.js';
import { openAndMigrate } from '../server/start.js';
import { ensurePgDatabase } from './lib/bench-db.js';
import { signInSuperadmin } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string' } } });
const RUNS = Number(args.runs ?? 5);
const YEAR = 2026;
const OPDS = 40;
const LINES = 30;
const PASSWORD = 'Bench#Results2026';
const BENCH_OPD = 'BENCH-OPD-';

async function target() {
  if (args.url) {
    await ensurePgDatabase(args.url);
    return {
      config: loadConfig({ DATABASE_URL: args.url, LOG_LEVEL: 'silent' }),
      label: `PostgreSQL ${args.url.replace(/\/\/[^@]*@/, '//')}`,
      cleanup: () => undefined,
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-monev-results-bench-'));
  return {
    config: loadConfig({ SETARA_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
    label: `PGlite in ${dir}`,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** One kab/kota's year: OPDs, lines, GAPs, settings, four reports a line, an indicator each. */
async function load(db: Db, code: string) {
  await db.execute(sql`
    insert into opd (region_code, name, short_name, kind)
    select ${code}, 'Perangkat Daerah Uji Kinerja Nomor ' || i, ${BENCH_OPD} || i, 'dinas'
    from generate_series(1, ${OPDS}) i`);
  await db.execute(sql`
    insert into sub_activities (region_code, year, opd_id, code, name, output_indicator, target, budget, arg_category, arg_amount)
    select o.region_code, ${YEAR}, o.id, '1.02.02.2.02.' || lpad(i::text, 4, '0'), 'Sub kegiatan uji ' || i,
      'Jumlah penerima layanan', (array['200 orang', '1.250 paket', '12,5 km', 'Dokumen'])[1 + i % 4],
      (50000000 + i * 1250000)::numeric(18,2), (array['khusus', 'kesetaraan', 'kelembagaan'])[1 + i % 3],
      (50000000 + i * 1250000)::numeric(18,2)
    from opd o cross join generate_series(1, ${LINES}) i
    where o.region_code = ${code} and o.short_name like ${BENCH_OPD + '%'}`);
  await db.execute(sql`
    insert into gap_documents (region_code, sub_activity_id, opd_id, year, status, gap)
    select s.region_code, s.id, s.opd_id, s.year, 'approved',
      '{"step9":{"indicators":[{"id":"i1","kind":"output","text":"Perempuan terlayani","target":"150"}]}}'::jsonb
    from sub_activities s where s.region_code = ${code} and s.year = ${YEAR} and s.arg_category = 'khusus'`);
  await db.execute(sql`
    insert into monev_settings (region_code, year, deadline_q1, deadline_q2, deadline_q3, deadline_q4, source_note)
    values (${code}, ${YEAR}, '2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15', 'Bench')`);
  // Q1–Q2 verified, Q3 submitted (some late), Q4 draft or returned; realisation varies by line.
  await db.execute(sql`
    insert into monev_reports (region_code, year, opd_id, sub_activity_id, quarter, status, entry_mode,
      budget_addition, budget_cumulative, output_addition, output_cumulative, submission, submitted_at)
    select s.region_code, s.year, s.opd_id, s.id, q,
      case when q <= 2 then 'verified' when q = 3 then 'submitted'
           when hashtext(s.id::text) % 2 = 0 then 'draft' else 'returned' end,
      'increment',
      round(s.budget * (0.10 + (abs(hashtext(s.id::text)) % 15) / 100.0), 2),
      round(s.budget * q * (0.10 + (abs(hashtext(s.id::text)) % 15) / 100.0), 2),
      10 * q, 10 * q * (1 + abs(hashtext(s.id::text)) % 20),
      case when q <= 3 then 1 else 0 end,
      case when q <= 3 then make_timestamptz(2026, q * 3 + 1, 1 + abs(hashtext(s.id::text)) % 25, 3, 0, 0, 'UTC') end
    from sub_activities s cross join generate_series(1, 4) q
    where s.region_code = ${code} and s.year = ${YEAR}`);
  await db.execute(sql`
    insert into monev_indicator_progress (region_code, report_id, indicator_id, kind, text, target, unit, achieved)
    select r.region_code, r.id, 'i1', 'output', 'Perempuan terlayani', '150', 'orang', 20 * r.quarter + abs(hashtext(r.id::text)) % 60
    from monev_reports r where r.region_code = ${code} and r.year = ${YEAR}`);
  const { sourceNote, criteria, grades } = EXAMPLE_SCORING_CONFIG;
  await db.insert(monevScoringConfigs).values({
    regionCode: code,
    year: YEAR,
    version: 1,
    sourceNote,
    criteria: [...criteria],
    grades: [...grades],
  });
  await db.execute(sql`vacuum (analyze)`);
}

const where = await target();
const database = await openAndMigrate(where.config);
const app = await buildApp(database, where.config);
try {
  const db = database.db;
  const [{ code }] = await rowsOf<{ code: string }>(
    db,
    sql`select code from regions where level = 'kabkota' order by code limit 1`,
  );
  const present = Number(
    (
      await rowsOf<{ n: number }>(
        db,
        sql`select count(*)::int as n from monev_reports where region_code = ${code} and year = ${YEAR}`,
      )
    )[0].n,
  );
  console.log(`${where.label}: ${code}, ${OPDS} OPDs × ${LINES} lines × 4 quarters`);
  const started = Date.now();
  if (present === 0) {
    await load(db, code);
    console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else console.log(`  dataset already loaded (${present} reports)`);

  const cookie = await signInSuperadmin(app, db, 'bench.results', PASSWORD);

  console.log(`${RUNS} requests each after 1 warm-up; load ${os.loadavg()[0].toFixed(2)}`);
  const base = `/api/regions/${code}/monev`;
  const cases: [string, string, number | null][] = [
    ['results API (40 OPDs scored)', `${base}/results?year=${YEAR}`, null],
    ['Rakor PDF (report, landscape)', `${base}/results.pdf?year=${YEAR}`, 5000],
    ['Rakor XLSX', `${base}/results.xlsx?year=${YEAR}`, null],
    ['slides PDF (one chart a page)', `${base}/results-slides.pdf?year=${YEAR}`, null],
  ];
  for (const [label, url, targetMs] of cases) {
    const run = async () => {
      const res = await app.inject({ url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return res.rawPayload.length;
    };
    await run();
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      bytes = await run();
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((a, b) => a - b);
    const p50 = ms[Math.floor((ms.length - 1) / 2)];
    const max = ms[ms.length - 1];
    const verdict =
      targetMs === null ? '' : `   target ≤ ${targetMs} ms: ${max <= targetMs ? 'met' : 'NOT met'}`;
    console.log(
      `${label.padEnd(34)} p50 ${p50.toFixed(0).padStart(6)} ms   max ${max.toFixed(0).padStart(6)} ms   ${(bytes / 1024).toFixed(0)} KiB${verdict}`,
    );
  }
  console.log(`  load ${os.loadavg()[0].toFixed(2)}`);
} finally {
  await app.close();
  await database.close();
  where.cleanup();
}
