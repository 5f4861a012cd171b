/**
 * Events list benchmark at national scale (issue 11): every region the seed provides that holds
 * PUG events (the 38 provinces and 514 kab/kota: 552) × 40 events a year × 5 years (110,400
 * meetings, one day each), 80 attendees per event (≈ 8.8 M meeting_attendance rows), loaded by
 * COPY (streams generated here; the server's copyFrom for either driver). Then
 * GET /api/regions/:code/meetings?year=… through the real app (sign-in, permission check,
 * response validation included) for a random region and year: p50/p95/max over RUNS requests
 * after a warm-up; target p95 ≤ 100 ms on PostgreSQL. The load average is printed beside.
 *   npx tsx bench/meetings.ts [--url postgres://…/setara_meetings_bench] [--runs 200] [--sample]
 * --sample loads every tenth region. The dataset stays (a re-run skips the load); drop the
 * database to rebuild it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { signInSuperadmin } from './lib/scratch-app.js';
import { ensurePgDatabase } from './lib/bench-db.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { rowsOf } from '../server/modules/home/queries.js';
import { openAndMigrate } from '../server/start.js';
import { MEETING_KINDS } from '../domain/meetings/constants.js';
import { signInWindow } from '../domain/meetings/days.js';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, runs: { type: 'string' }, sample: { type: 'boolean' } },
});
const RUNS = Number(args.runs ?? 200);
const WARM_UP = 20;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const PER_YEAR = 40;
const ATTENDEES = 80;
const TARGET_MS = 100;
const loadAverage = () => os.loadavg()[0].toFixed(2);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Text for COPY: tabs, line breaks and backslashes escaped; null as \N. */
const field = (v: string | number | null) => (v === null ? '\\N' : String(v).replace(/[\\\t\n\r]/g, ' '));
const line = (values: (string | number | null)[]) => `${values.map(field).join('\t')}\n`;

/** Streams `rows` lines lazily, a few thousand at a time. */
function streamOf(rows: Iterable<string>): Readable {
  const it = rows[Symbol.iterator]();
  return new Readable({
    read() {
      let chunk = '';
      for (let i = 0; i < 5000; i++) {
        const next = it.next();
        if (next.done) {
          if (chunk) this.push(chunk);
          this.push(null);
          return;
        }
        chunk += next.value;
      }
      this.push(chunk);
    },
  });
}

interface BenchMeeting {
  regionCode: string;
  id: string;
  day: string;
}

function planMeetings(codes: string[]): BenchMeeting[] {
  const list: BenchMeeting[] = [];
  for (const regionCode of codes)
    for (const year of YEARS)
      for (let i = 0; i < PER_YEAR; i++) {
        const month = 1 + Math.floor((i * 12) / PER_YEAR);
        const dayOfMonth = 1 + ((i * 7) % 28);
        list.push({
          regionCode,
          id: randomUUID(),
          day: `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`,
        });
      }
  return list;
}

const url =
  args.url ?? `postgres://postgres@127.0.0.1:5432/setara_meetings_bench${args.sample ? '_sample' : ''}`;
await ensurePgDatabase(url);
const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
const database = await openAndMigrate(config);
const app = await buildApp(database, config);
try {
  const db = database.db;
  const all = (
    await rowsOf<{ code: string }>(
      db,
      sql`select code from regions where level in ('provinsi', 'kabkota') order by code`,
    )
  ).map((r) => r.code);
  const codes = args.sample ? all.filter((_, i) => i % 10 === 0) : all;
  const expected = codes.length * YEARS.length * PER_YEAR;
  const present = Number((await rowsOf<{ n: string }>(db, sql`select count(*) as n from meetings`))[0].n);
  console.log(
    `PostgreSQL ${url.replace(/\/\/[^@]*@/, '//')}: ${codes.length} regions × ${PER_YEAR} events × ${YEARS.length} years × ${ATTENDEES} attendees`,
  );
  if (present === 0) {
    const plan = planMeetings(codes);
    const started = Date.now();
    await database.withSession(async (session) => {
      const t0 = Date.now();
      await session.copyFrom(
        'meetings',
        [
          'region_code',
          'id',
          'kind',
          'status',
          'title',
          'theme',
          'starts_on',
          'ends_on',
          'start_time',
          'end_time',
          'venue',
          'agenda',
          'intended_outcomes',
        ],
        streamOf(
          (function* () {
            for (const [i, m] of plan.entries())
              yield line([
                m.regionCode,
                m.id,
                MEETING_KINDS[i % MEETING_KINDS.length],
                m.day < '2026-01-01' ? 'held' : 'planned',
                `Kegiatan PUG uji ${i % PER_YEAR}`,
                'Tema uji',
                m.day,
                m.day,
                '09:00',
                '12:00',
                'Aula uji',
                '[{"id":"a1","text":"Pembukaan"}]',
                '[{"id":"o1","text":"Sinergi"}]',
              ]);
          })(),
        ),
      );
      console.log(
        `  meetings ${plan.length.toLocaleString('en')} rows ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
      const t1 = Date.now();
      await session.copyFrom(
        'meeting_days',
        ['region_code', 'meeting_id', 'day', 'sign_in_token', 'sign_in_opens_at', 'sign_in_closes_at'],
        streamOf(
          (function* () {
            for (const m of plan) {
              const w = signInWindow(m.regionCode, m.day);
              yield line([
                m.regionCode,
                m.id,
                m.day,
                randomBytes(24).toString('base64url'),
                w.opensAt.toISOString(),
                w.closesAt.toISOString(),
              ]);
            }
          })(),
        ),
      );
      console.log(
        `  meeting_days ${plan.length.toLocaleString('en')} rows ${((Date.now() - t1) / 1000).toFixed(1)} s`,
      );
      const t2 = Date.now();
      const rows = await session.copyFrom(
        'meeting_attendance',
        [
          'region_code',
          'meeting_id',
          'day',
          'full_name',
          'dedup_key',
          'sex',
          'institution',
          'position',
          'source',
        ],
        streamOf(
          (function* () {
            for (const m of plan)
              for (let a = 0; a < ATTENDEES; a++)
                yield line([
                  m.regionCode,
                  m.id,
                  m.day,
                  `Peserta ${a}`,
                  `peserta ${a}|${a}`,
                  a % 2 ? 'L' : 'P',
                  `Instansi ${a % 12}`,
                  'Staf',
                  'sign_in',
                ]);
          })(),
        ),
      );
      console.log(
        `  meeting_attendance ${rows.toLocaleString('en')} rows ${((Date.now() - t2) / 1000).toFixed(1)} s`,
      );
    });
    await db.execute(sql`vacuum (analyze) meetings`);
    await db.execute(sql`vacuum (analyze) meeting_days`);
    await db.execute(sql`vacuum (analyze) meeting_attendance`);
    console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else if (present !== expected) {
    throw new Error(`partial dataset (${present} of ${expected} meetings): use a new database`);
  } else console.log('  dataset already loaded');
  const attendance = Number(
    (await rowsOf<{ n: string }>(db, sql`select count(*) as n from meeting_attendance`))[0].n,
  );
  console.log(`  ${attendance.toLocaleString('en')} attendance rows`);

  const cookie = await signInSuperadmin(app, db, 'bench.meetings', 'Bench#Meetings2026');
  const pick = <T>(list: T[], i: number) => list[(i * 7919 + 13) % list.length];
  const listUrl = (i: number) => `/api/regions/${pick(codes, i)}/meetings?year=${YEARS[i % YEARS.length]}`;
  const run = async (i: number) => {
    const res = await app.inject({ url: listUrl(i), headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${listUrl(i)}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (res.json().items.length !== PER_YEAR)
      throw new Error(`${listUrl(i)}: ${res.json().items.length} events`);
  };
  for (let i = 0; i < WARM_UP; i++) await run(i);
  console.log(`${RUNS} requests after ${WARM_UP} warm-up, random region and year; load ${loadAverage()}`);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await run(i + WARM_UP);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const p95 = percentile(ms, 95);
  console.log(
    `events list (40 a year)  p50 ${percentile(ms, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${ms[ms.length - 1].toFixed(1)} ms  ` +
      `target ≤ ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'met' : 'NOT met'}; load ${loadAverage()}`,
  );
} finally {
  await app.close();
  await database.close();
}
