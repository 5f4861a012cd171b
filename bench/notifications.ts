/**
 * Notifications benchmark (issue 9): a kab/kota with 40 OPDs, an operator per OPD and the
 * admin daerah; 100,000 notifications in their inboxes (a fifth unread). Then, through the
 * real app, the bell (GET /api/notifications/unread-count, asked by every open page each
 * minute) and the inbox's first page for one operator, p50/p95/max over RUNS requests;
 * `notify()` telling 40 users in one transaction (what a review step adds); and the mail job
 * draining 1,000 e-mails into a real SMTP server in this process (mails a second).
 *   npx tsx bench/notifications.ts                    # PGlite in a temporary directory
 *   npx tsx bench/notifications.ts --url postgres://postgres@127.0.0.1:5432/postgres
 */
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { users } from '../server/db/schema.js';
import { notifications } from '../server/db/schema-notifications.js';
import { hashPassword } from '../server/lib/passwords.js';
import { notify } from '../server/modules/notifications/notify.js';
import { startTestSmtp } from '../server/modules/notifications/test-smtp.js';
import { openAndMigrate } from '../server/start.js';
import { scratchTarget, seedRegion } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, runs: { type: 'string' }, concurrency: { type: 'string' } },
});
const RUNS = Number(args.runs ?? 200);
const WARM_UP = 20;
const REGION = '73.71';
const OPDS = 40;
const PER_USER = Number(process.env.BENCH_PER_USER ?? 2_500);
const MAILS = 1_000;
const PASSWORD = 'Bench#Notify2026';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function summary(label: string, times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} p50 ${percentile(s, 50).toFixed(1)} ms  p95 ${percentile(s, 95).toFixed(1)} ms  max ${s.at(-1)!.toFixed(1)} ms`,
  );
}

const target = await scratchTarget(args.url, 'notifications');
const smtp = await startTestSmtp();
try {
  const config = loadConfig({
    ...(target.config.databaseUrl
      ? { DATABASE_URL: target.config.databaseUrl }
      : { SETARA_DATA_DIR: target.config.dataDir }),
    LOG_LEVEL: 'silent',
    JOBS_POLL_MS: '3600000',
    ...smtp.env,
  });
  const database = await openAndMigrate(config);
  const db = database.db;
  const opds = await seedRegion(
    db,
    { regionCode: REGION, opds: OPDS, name: (i) => `Perangkat Daerah Uji ${i}`, shortName: (i) => `PD${i}` },
    PASSWORD,
  );
  const hash = await hashPassword(PASSWORD);
  const operators = await db
    .insert(users)
    .values(
      opds.map((o, i) => ({
        username: `bench.operator${i + 1}`,
        fullName: `Operator ${i + 1}`,
        email: `operator${i + 1}@setara.invalid`,
        role: 'operator_opd' as const,
        regionCode: REGION,
        opdId: o.id,
        passwordHash: hash,
      })),
    )
    .returning({ id: users.id });
  const started = Date.now();
  for (const op of operators) {
    await db.execute(sql`
      insert into notifications (region_code, user_id, kind, params, link, created_at, read_at)
      select ${REGION}, ${op.id}, 'values_returned',
             jsonb_build_object('opd', 'Perangkat Daerah Uji', 'period', '2024', 'actor', 'Admin', 'comment', 'Periksa lagi.'),
             '/data/isian?period=2024', now() - make_interval(mins => g),
             case when g % 5 = 0 then null else now() end
      from generate_series(1, ${PER_USER}) g`);
  }
  console.log(
    `${target.label}: ${(operators.length * PER_USER).toLocaleString('en')} notifications seeded in ${Date.now() - started} ms`,
  );

  const app = await buildApp(database, config);
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench.operator1', password: PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0];

  for (const [label, url] of [
    ['GET /api/notifications/unread-count', '/api/notifications/unread-count'],
    ['GET /api/notifications (first page of 20)', '/api/notifications?pageSize=20'],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const t0 = performance.now();
      const res = await app.inject({ url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      if (i >= WARM_UP) times.push(performance.now() - t0);
    }
    summary(label, times);
  }

  const recipients = operators.map((o) => o.id);
  // A deadline reminder to every operator: what a review step or the daily job writes.
  const tellEveryone = (key: string) =>
    db.transaction((tx) =>
      notify(tx, {
        regionCode: REGION,
        kind: 'deadline_approaching',
        userIds: recipients,
        params: { deadlineKind: 'data_values', year: 2025, dueDate: '2026-03-31', days: 7 },
        link: '/data/isian?period=2025',
        dedupeKey: key,
      }),
    );
  const notifyTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await tellEveryone(`bench:${i}`);
    notifyTimes.push(performance.now() - t0);
  }
  summary('notify() to 40 users with e-mail, one tx', notifyTimes);

  // Drain: 1,000 mail jobs through the queue into the SMTP server.
  await db.delete(notifications).where(eq(notifications.kind, 'deadline_approaching'));
  await db.execute(sql`delete from jobs where kind = 'notifications.email'`);
  for (let i = 0; i < MAILS / recipients.length; i++) {
    await tellEveryone(`drain:${i}`);
  }
  // --concurrency tries other worker counts than the app's default.
  if (args.concurrency) app.jobs.options.concurrency = Number(args.concurrency);
  const t0 = performance.now();
  await app.jobs.runDue();
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `mail job: ${smtp.delivered.length} e-mails delivered in ${seconds.toFixed(1)} s (${(smtp.delivered.length / seconds).toFixed(0)} mails/s, concurrency ${app.jobs.options.concurrency})`,
  );
  await app.close();
  await database.close();
} finally {
  await smtp.close();
  await target.cleanup();
}
