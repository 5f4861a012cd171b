/**
 * Home page benchmark (issue 9): a kab/kota with 40 OPDs answering for 160 indicators, each
 * with 80 cells (2 sexes × 40 member combinations) over eight years — 102,400 values, the
 * latest year a mix of drafts, submissions and OPDs that have not started — plus a review
 * trail with returns, 2,000 sub-kegiatan with 200 GAP documents in every status and 30 imports.
 * Then GET /api/regions/:code/home through the real app for each role that has a home (the
 * admin daerah, a reviewer, an operator, a pokja member, the provinsi user, superadmin):
 * p50/p95/max over RUNS requests after a warm-up, and the CPU the process spent per request
 * (on PGlite the database's share included), which a crowded machine hardly changes. Target:
 * p95 ≤ 50 ms on both databases. The province board of the same region's province is timed
 * too (no target; an analytics read). A signed-in request doing nothing (/api/auth/me) gives
 * the machine's floor.
 *   npx tsx bench/home-tasks.ts                    # PGlite in a temporary directory
 *   npx tsx bench/home-tasks.ts --url postgres://postgres@127.0.0.1:5432/postgres
 * With --url, a scratch database is created on that server and dropped at the end.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import type { Db } from '../server/db/connection.js';
import { users } from '../server/db/schema.js';
import {
  dataReviews,
  dataValues,
  importBatches,
  indicatorAssignments,
  indicators,
} from '../server/db/schema-data.js';
import { gapDocuments, subActivities } from '../server/db/schema-planning.js';
import { hashPassword } from '../server/lib/passwords.js';
import { internCombos } from '../server/modules/values/combos.js';
import { openAndMigrate } from '../server/start.js';
import { lcg, scratchTarget, seedRegion, signIn } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string' } } });
const RUNS = Number(args.runs ?? 200);
const WARM_UP = 20;
const REGION = '73.71'; // Kota Makassar: any kab/kota of the reference list
const PROVINCE = '73';
const OPDS = 40;
const INDICATORS_PER_OPD = 4;
const COMBOS = 40;
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const LATEST = YEARS[YEARS.length - 1];
const PASSWORD = 'Bench#Home2026';
const GAP_STATUSES = ['draft', 'submitted', 'revision', 'approved'] as const;
const TARGET_MS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 2000) await insert(rows.slice(i, i + 2000));
}

/** The latest year's state of OPD `o`: a quarter each drafting, submitted, verified, not started. */
const latestStatus = (o: number) => (['draft', 'submitted', 'verified', null] as const)[o % 4];

async function seed(db: Db) {
  const random = lcg(2026);
  const opdRows = await seedRegion(
    db,
    { regionCode: REGION, opds: OPDS, name: (i) => `Perangkat Daerah Uji ${i}`, shortName: (i) => `PD${i}` },
    PASSWORD,
  );
  const hash = await hashPassword(PASSWORD);
  const people = [
    { username: 'bench.operator', role: 'operator_opd' as const, regionCode: REGION, opdId: opdRows[0].id },
    { username: 'bench.reviewer', role: 'reviewer' as const, regionCode: REGION, opdId: null },
    { username: 'bench.pokja', role: 'pokja' as const, regionCode: REGION, opdId: null },
    { username: 'bench.provinsi', role: 'provinsi' as const, regionCode: PROVINCE, opdId: null },
    { username: 'bench.superadmin', role: 'superadmin' as const, regionCode: 'ID', opdId: null },
  ];
  await db.insert(users).values(
    people.map((p) => ({
      ...p,
      fullName: p.username,
      email: `${p.username}@setara.invalid`,
      passwordHash: hash,
    })),
  );

  const codes = opdRows.flatMap((_, o) =>
    Array.from(
      { length: INDICATORS_PER_OPD },
      (_, k) => `BENCH_${String(o * INDICATORS_PER_OPD + k).padStart(3, '0')}`,
    ),
  );
  await db.insert(indicators).values(
    codes.map((code) => ({
      code,
      ownerRegionCode: REGION,
      nameId: `Indikator uji ${code}`,
      nameEn: `Bench indicator ${code}`,
      unit: 'orang',
      domainGroup: 'kependudukan',
      source: 'administrative',
      aggregation: 'sum',
      dimensions: ['umur8', 'disabilitas'],
    })),
  );
  await db.insert(indicatorAssignments).values(
    codes.map((code, i) => ({
      regionCode: REGION,
      indicatorCode: code,
      opdId: opdRows[Math.floor(i / INDICATORS_PER_OPD)].id,
    })),
  );
  const comboKeys = Array.from(
    { length: COMBOS },
    (_, i) => `disabilitas=d${i % 5};umur8=u${Math.floor(i / 5)}`,
  );
  const combos = await internCombos(db, comboKeys);

  const values: (typeof dataValues.$inferInsert)[] = [];
  codes.forEach((code, i) => {
    const o = Math.floor(i / INDICATORS_PER_OPD);
    for (const year of YEARS) {
      const status = year < LATEST ? 'verified' : latestStatus(o);
      if (status === null) continue;
      for (const sex of ['P', 'L']) {
        for (const key of comboKeys) {
          values.push({
            regionCode: REGION,
            indicatorCode: code,
            period: String(year),
            sex,
            comboId: combos.get(key)!,
            value: String(Math.floor(random() * 5000)),
            status,
          });
        }
      }
    }
  });
  await insertChunked(values, (chunk) => db.insert(dataValues).values(chunk));

  // Every OPD submitted and got verified each year; some had a return first; this year's are open.
  const steps: (typeof dataReviews.$inferInsert)[] = [];
  opdRows.forEach(({ id }, o) => {
    for (const year of YEARS) {
      // One review step of this OPD and year, on a day of the following March.
      const step = (action: 'submit' | 'return' | 'verify', day: number) =>
        steps.push({
          regionCode: REGION,
          opdId: id,
          period: String(year),
          action,
          ...(action === 'return' ? { comment: 'Periksa lagi.' } : {}),
          at: new Date(Date.UTC(year + 1, 2, day)),
        });
      if (year === LATEST) {
        if (latestStatus(o) !== null && latestStatus(o) !== 'draft') step('submit', 1);
        if (o % 8 === 0) step('return', 2);
        continue;
      }
      step('submit', 1);
      if (random() < 0.3) {
        step('return', 2);
        step('submit', 3);
      }
      step('verify', 4);
    }
  });
  await insertChunked(steps, (chunk) => db.insert(dataReviews).values(chunk));

  const lines = opdRows.flatMap(({ id }, o) =>
    Array.from({ length: 50 }, (_, n) => ({
      regionCode: REGION,
      year: 2026,
      opdId: id,
      code: `${1 + (o % 3)}.${String(1 + (o % 32)).padStart(2, '0')}.${String(1 + (n % 9)).padStart(2, '0')}.2.${String(1 + Math.floor(n / 9)).padStart(2, '0')}.0001`,
      name: `Sub kegiatan uji ${o + 1}-${n + 1}`,
      budget: '100000000.00',
      argCategory: n % 2 ? ('khusus' as const) : null,
      argAmount: n % 2 ? '50000000.00' : null,
    })),
  );
  const ids: { id: string; opdId: string }[] = [];
  for (let i = 0; i < lines.length; i += 1000) {
    ids.push(
      ...(await db
        .insert(subActivities)
        .values(lines.slice(i, i + 1000))
        .returning({ id: subActivities.id, opdId: subActivities.opdId })),
    );
  }
  await db.insert(gapDocuments).values(
    Array.from({ length: 200 }, (_, i) => ({
      regionCode: REGION,
      subActivityId: ids[i * 10].id,
      opdId: ids[i * 10].opdId,
      year: 2026,
      status: GAP_STATUSES[i % 4],
      gap: { steps: {} },
      submission: i % 4 === 0 ? 0 : 1,
    })),
  );
  await db.insert(importBatches).values(
    Array.from({ length: 30 }, (_, i) => ({
      regionCode: REGION,
      fileName: `impor-${i}.csv`,
      status: i % 5 === 0 ? ('checked' as const) : ('committed' as const),
      rowsTotal: 1000,
    })),
  );
  await db.execute(sql`analyze`);
  return { values: values.length, steps: steps.length };
}

const target = await scratchTarget(args.url, 'home');
const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
try {
  const started = Date.now();
  const built = await seed(database.db);
  console.log(
    `${target.label}: ${OPDS} OPDs, ${OPDS * INDICATORS_PER_OPD} indicators, ${built.values} values, ` +
      `${built.steps} review steps, 2,000 sub-kegiatan, 200 GAPs, 30 imports built in ${Date.now() - started} ms`,
  );
  const login = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
    return String(res.headers['set-cookie']).split(';')[0];
  };
  const roles: [string, string][] = [
    ['admin daerah', await signIn(app, PASSWORD)],
    ['operator OPD', await login('bench.operator')],
    ['reviewer', await login('bench.reviewer')],
    ['pokja', await login('bench.pokja')],
    ['provinsi', await login('bench.provinsi')],
    ['superadmin', await login('bench.superadmin')],
  ];
  const time = async (url: string, cookie: string) => {
    const t = process.hrtime.bigint();
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, body: res.json() };
  };
  const measure = async (label: string, url: string, cookie: string, target: number | null) => {
    const first = await time(url, cookie);
    for (let i = 0; i < WARM_UP; i++) await time(url, cookie);
    const ms: number[] = [];
    // CPU this process spent per request: on PGlite the database's work included. Unlike the
    // wall-clock figures it hardly grows when other programs crowd the machine's cores.
    const cpu = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) ms.push((await time(url, cookie)).ms);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / RUNS;
    ms.sort((a, b) => a - b);
    const p95 = percentile(ms, 95);
    const verdict =
      target === null ? '' : ` — target p95 ≤ ${target} ms: ${p95 <= target ? 'met' : 'MISSED'}`;
    console.log(
      `${label}: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms, ` +
        `CPU ${cpuMs.toFixed(1)} ms/request${verdict}`,
    );
    return first.body;
  };
  // The machine's own floor: a signed-in request that does no work (session, rate limit, JSON).
  await measure(`GET /api/auth/me × ${RUNS} (floor)`, '/api/auth/me', roles[0][1], null);
  for (const [role, cookie] of roles) {
    const body = await measure(
      `GET home × ${RUNS}, ${role}`,
      `/api/regions/${REGION}/home`,
      cookie,
      TARGET_MS,
    );
    const tasks = (body.tasks as { kind: string; count: number }[])
      .map((x) => `${x.kind} ${x.count}`)
      .join(', ');
    console.log(
      `  ${role}: data year ${body.dataYear}; ${tasks || 'no task'}; progress ${body.progress?.length ?? '—'} OPDs`,
    );
  }
  const provinsi = roles.find(([r]) => r === 'provinsi')![1];
  const board = await measure(
    `GET board × ${RUNS}, provinsi (${PROVINCE})`,
    `/api/regions/${PROVINCE}/board`,
    provinsi,
    null,
  );
  console.log(
    `  board: ${board.items.length} kab/kota, ${board.total.reporting} reporting, year ${board.year}`,
  );
} finally {
  await app.close();
  await database.close();
  await target.cleanup();
}
