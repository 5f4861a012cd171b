/**
 * DP3A's standardisation board at national scale (issue 12: ≤ 100 ms p95 on PostgreSQL): 552
 * regions (every kab/kota and province of the reference list, up to 552) × 200 service
 * institutions (110 k) and 50 k dossiers against the LPLPP example standard spread over them,
 * at every stage, each with its 12 answers (600 k rows), reviews, a file row where evidence is
 * expected (no bytes: the board only counts them) and history. The data is generated inside
 * the database (insert … select generate_series), then analysed. Then, through the real app
 * (sign-in, permission check, validation, serialisation), a kab/kota's board: everything, one
 * stage, one field — p50 and p95 over RUNS requests each after 5 warm-ups.
 *   npx tsx bench/institution-dossiers.ts                 # PGlite in a new temporary directory
 *   npx tsx bench/institution-dossiers.ts --url postgres://postgres@127.0.0.1:5432/setara_institution_dossiers_bench [--runs 200]
 *   npx tsx bench/institution-dossiers.ts --regions 3 --runs 5   # checks the script, measures nothing
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
import { LPLPP_EXAMPLE } from '../server/modules/institution-standards/examples.js';
import { openAndMigrate } from '../server/start.js';
import { ensurePgDatabase } from './lib/bench-db.js';
import { signInSuperadmin } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, runs: { type: 'string' }, regions: { type: 'string' } },
});
const RUNS = Number(args.runs ?? 200);
const REGIONS = Number(args.regions ?? 552);
const PER_REGION = 200;
const DOSSIERS = Math.round((50_000 * REGIONS) / 552);
const PASSWORD = 'Bench#Dossiers2026';

async function target() {
  if (args.url) {
    await ensurePgDatabase(args.url);
    return {
      config: loadConfig({ DATABASE_URL: args.url, LOG_LEVEL: 'silent' }),
      label: `PostgreSQL ${args.url.replace(/\/\/[^@]*@/, '//')}`,
      cleanup: () => undefined,
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-dossiers-bench-'));
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
    insert into institutions (region_code, name, name_key, type_id, owner_kind, fields, address, address_key)
    select r.code, 'Lembaga Uji ' || i, 'lembaga uji ' || i,
      (select id from institution_types where code = 'lplpp' and owner_region_code is null),
      'masyarakat',
      array[(array['ekonomi','politik','hukum','sosial','budaya','lingkungan'])[1 + i % 6],
            (array['ekonomi','politik','hukum','sosial','budaya','lingkungan'])[1 + (i / 6) % 6]],
      'Jl. Uji No. ' || i, 'jl uji ' || i
    from bench_regions r cross join generate_series(1, ${PER_REGION}) i`);
  const perRegion = Math.ceil(DOSSIERS / REGIONS);
  const stages = sql`(array['draft','dp3a_review','fixing','province_review','decided','decided'])[1 + i % 6]`;
  await db.execute(sql`
    insert into institution_dossiers (region_code, institution_id, standard_id, stage, outcome,
      decision_number, decision_date, valid_until, verification_code)
    select i0.region_code, i0.id, ${LPLPP_EXAMPLE.id}, ${stages},
      case when i % 6 >= 4 then (array['terstandar','perlu_perbaikan','terstandar'])[1 + i % 3] end,
      case when i % 6 >= 4 then 'UJI/' || i end,
      case when i % 6 >= 4 then date '2024-01-01' + (i % 700)::int end,
      case when i % 6 >= 4 then date '2027-01-01' - (i % 900)::int end,
      case when i % 6 >= 4 then upper(substr(md5(i0.id::text), 1, 16)) end
    from (select region_code, id, row_number() over (partition by region_code order by id) as i
          from institutions where name like 'Lembaga Uji %') i0
    where i0.i <= ${perRegion}`);
  await db.execute(sql`
    insert into institution_dossier_answers (region_code, dossier_id, criterion_id, value, review)
    select d.region_code, d.id, c.id,
      case when (hashtext(d.id::text) + c.position) % 5 = 0 then null
           when c.kind = 'yes_no' then 'true'::jsonb else '3'::jsonb end,
      case when d.stage = 'draft' then null
           when d.stage = 'fixing' and c.position = 1 then 'needs_fix' else 'accepted' end
    from institution_dossiers d
    join institution_standard_criteria c on c.standard_id = d.standard_id
    where d.verification_code is null or d.verification_code not like 'DEM0%'`);
  await db.execute(sql`
    insert into institution_dossier_evidence (region_code, dossier_id, criterion_id, file_key, file_name, content_type, bytes)
    select d.region_code, d.id, c.id, 'bench/' || d.id || '/' || c.id, 'bukti.pdf', 'application/pdf', 1000
    from institution_dossiers d
    join institution_standard_criteria c on c.standard_id = d.standard_id and c.evidence_expected <> ''
    where hashtext(d.id::text) % 3 <> 0`);
  await db.execute(sql`
    insert into institution_dossier_history (region_code, dossier_id, action, from_stage, to_stage)
    select region_code, id, 'create', null, 'draft' from institution_dossiers`);
  await db.execute(sql`
    update institutions i set standard_status = d.outcome, standard_valid_until = d.valid_until
    from institution_dossiers d where d.institution_id = i.id and d.outcome is not null`);
  await db.execute(sql`vacuum (analyze)`);
}

const where = await target();
const database = await openAndMigrate(where.config);
const app = await buildApp(database, where.config);
try {
  const db = database.db;
  const [{ n: present }] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from institutions where name like 'Lembaga Uji %'`,
  );
  console.log(`${where.label}: ${REGIONS} regions × ${PER_REGION} institutions, ${DOSSIERS} dossiers`);
  if (present === 0) {
    const started = Date.now();
    await load(db);
    console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else console.log(`  dataset already loaded (${present} institutions)`);
  const [{ code, n }] = await rowsOf<{ code: string; n: number }>(
    db,
    sql`select d.region_code as code, count(*)::int as n
        from institution_dossiers d join regions r on r.code = d.region_code and r.level = 'kabkota'
        group by d.region_code order by d.region_code limit 1`,
  );
  const [{ total }] = await rowsOf<{ total: number }>(
    db,
    sql`select count(*)::int as total from institution_dossiers`,
  );
  const cookie = await signInSuperadmin(app, db, 'bench.dossiers', PASSWORD);
  console.log(
    `  ${total} dossiers in all; region ${code}: ${n} dossiers; ${RUNS} requests each after 5 warm-ups; load ${os.loadavg()[0].toFixed(2)}`,
  );
  const base = `/api/regions/${code}/institution-dossiers`;
  const cases: [string, string][] = [
    ['board: every institution', base],
    ['board: waiting for DP3A', `${base}?stage=dp3a_review`],
    ['board: one field (hukum)', `${base}?field=hukum`],
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
      `${label.padEnd(30)} p50 ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   max ${ms[ms.length - 1].toFixed(1).padStart(7)} ms   target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'}`,
    );
  }
  console.log(`  load ${os.loadavg()[0].toFixed(2)}`);
} finally {
  await app.close();
  await database.close();
  where.cleanup();
}
