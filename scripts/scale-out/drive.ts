/**
 * Drives the scale-out setup that run.sh starts (read its header): a browser journey and a
 * bounded load through HAProxy at once, SIGKILL of the app server that took the journey's
 * upload at the middle of the load, then the checks below. Prints figures; exits 1 when a
 * check fails. Traffic goes to 127.0.0.1 only.
 */
import pg from 'pg';
import { DEMO_PASSWORD } from '../../server/db/seed/demo-data.js';
import { haproxyStats, percentile, send, sleep, type Outcome } from './http.js';
import { IMPORT_PERIOD, IMPORT_VALUES, runJourney } from './journey.js';
import { runLoad, type Write } from './load.js';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run scripts/scale-out/run.sh)`);
  return value;
}

const BASE = env('BASE_URL');
const STATS = env('STATS_URL');
const WORK = env('WORK');
const PIDS = new Map(
  env('APP_PIDS')
    .split(',')
    .map((p) => p.split('=') as [string, string]),
);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS || 60);
const LOAD_WORKERS = Number(process.env.LOAD_WORKERS || 6);
const LOAD_MAX_REQUESTS = Number(process.env.LOAD_MAX_REQUESTS || 20000);
/** The load's writes go to years from here on, apart from the demo's and the import's. */
const FIRST_YEAR = 2040;

const checks: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail = '') => checks.push({ name, ok, detail });

async function client(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}
const primary = await client(env('PRIMARY_URL'));
const replica = await client(env('REPLICA_URL'));

async function waitUntil<T>(what: string, seconds: number, probe: () => Promise<T | null>): Promise<T> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const found = await probe().catch(() => null);
    if (found !== null) return found;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${seconds}s`);
}

await waitUntil('both app servers UP in HAProxy', 30, async () => {
  const s = await haproxyStats(STATS);
  return s.get('app1')?.status === 'UP' && s.get('app2')?.status === 'UP' ? true : null;
});

// What runs on the replica, sampled: analytics queries should show up there, session look-ups never.
const replicaSeen = { samples: 0, analytics: 0, sessions: 0 };
const lagSamples: { lagSeconds: number | null; replayBytes: number | null; state: string }[] = [];
let sampling = true;
const samplers = Promise.all([
  (async () => {
    while (sampling) {
      const { rows } = await replica.query(
        `select query from pg_stat_activity
          where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`,
      );
      replicaSeen.samples++;
      if (rows.some((r) => /data_values|sub_activities/.test(r.query))) replicaSeen.analytics++;
      if (rows.some((r) => /"sessions"|from sessions/i.test(r.query))) replicaSeen.sessions++;
      await sleep(200);
    }
  })(),
  (async () => {
    while (sampling) {
      const { body } = await send(BASE, 'health', 'GET', '/api/health');
      const r = (body as { replica?: (typeof lagSamples)[number] } | null)?.replica;
      if (r) lagSamples.push(r);
      await sleep(1000);
    }
  })(),
]);

let killedAt = 0;
let killed = '';
let failoverMs: number | null = null;
let failoverWatch: Promise<void> = Promise.resolve();
const loadStarted = Date.now();
const loadRun = runLoad({
  base: BASE,
  password: DEMO_PASSWORD,
  workers: LOAD_WORKERS,
  seconds: LOAD_SECONDS,
  maxRequests: LOAD_MAX_REQUESTS,
  firstYear: FIRST_YEAR,
});
const journeyRun = runJourney({
  base: BASE,
  password: DEMO_PASSWORD,
  dir: WORK,
  async beforeCommit(uploadedOn) {
    await sleep(Math.max(0, loadStarted + (LOAD_SECONDS * 1000) / 2 - Date.now()));
    killed = uploadedOn;
    const pid = Number(PIDS.get(uploadedOn));
    if (!pid) throw new Error(`no pid for server "${uploadedOn}"`);
    process.kill(pid, 'SIGKILL');
    killedAt = Date.now();
    console.log(
      `[drive] SIGKILL ${uploadedOn} (pid ${pid}) ${((killedAt - loadStarted) / 1000).toFixed(1)}s into the load`,
    );
    failoverWatch = waitUntil('HAProxy marks the killed server DOWN', 30, async () => {
      const status = (await haproxyStats(STATS)).get(uploadedOn)?.status ?? '';
      return status.startsWith('DOWN') ? true : null;
    }).then(() => {
      failoverMs = Date.now() - killedAt;
    });
  },
});
const [load, journey] = await Promise.all([loadRun, journeyRun]);
const loadEnded = Date.now();
await failoverWatch;
sampling = false;
await samplers;
const survivor = [...PIDS.keys()].find((name) => name !== killed) ?? '';

// Checks ---------------------------------------------------------------------------------
const failed = load.outcomes.filter((o) => o.status < 200 || o.status >= 300);
check(
  'no failed request in the load (after HAProxy retries)',
  failed.length === 0,
  failed
    .slice(0, 5)
    .map((o) => `${o.kind}: ${o.status} ${o.error ?? ''}`)
    .join('; '),
);
check('no failed request in the browser journey', journey.failures.length === 0, journey.failures.join('; '));
check('the kill happened while the load ran', killedAt > loadStarted && killedAt < loadEnded);

async function found(db: pg.Client, writes: Write[]): Promise<number> {
  const { rows } = await db.query(
    `select count(*)::int as n
       from unnest($1::text[], $2::text[], $3::text[], $4::numeric[]) as w(indicator, sex, period, value)
       join data_values d on d.region_code = '72.71' and d.indicator_code = w.indicator
        and d.sex = w.sex and d.period = w.period and d.value = w.value`,
    [
      writes.map((w) => w.indicatorCode),
      writes.map((w) => w.sex),
      writes.map((w) => w.period),
      writes.map((w) => w.value),
    ],
  );
  return rows[0].n;
}
const onPrimary = await found(primary, load.acknowledged);
check(
  'every acknowledged write is in the primary',
  onPrimary === load.acknowledged.length,
  `${onPrimary} of ${load.acknowledged.length}`,
);

const catchUpStarted = Date.now();
const target = (await primary.query('select pg_current_wal_lsn()::text as lsn')).rows[0].lsn;
await waitUntil('the replica replays up to the primary', 60, async () => {
  const { rows } = await replica.query('select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), $1) >= 0 as done', [
    target,
  ]);
  return rows[0].done ? true : null;
});
const catchUpMs = Date.now() - catchUpStarted;
const onReplica = await found(replica, load.acknowledged);
check(
  'every acknowledged write reached the replica',
  onReplica === load.acknowledged.length,
  `${onReplica} of ${load.acknowledged.length}`,
);

const batch = (
  await primary.query('select status, rows_total from import_batches where id = $1', [journey.batchId])
).rows[0];
const imported = (
  await primary.query(
    `select sex, value::text from data_values
      where region_code = '72.71' and indicator_code = 'KES_UHH' and period = $1 order by sex`,
    [IMPORT_PERIOD],
  )
).rows.map((r) => `${r.sex}=${Number(r.value)}`);
check(
  'the import uploaded on the killed server was committed by the other one',
  journey.uploadedOn === killed && journey.committedOn === survivor && batch?.status === 'committed',
  `uploaded on ${journey.uploadedOn}, committed on ${journey.committedOn}, status ${batch?.status}`,
);
check(
  "the import's values are stored",
  imported.join(',') === `L=${Number(IMPORT_VALUES.L)},P=${Number(IMPORT_VALUES.P)}`,
  imported.join(','),
);
check(
  'the session signed in before the kill works on the surviving server',
  journey.sessionStatus === 200 && journey.sessionOn === survivor,
  `${journey.sessionStatus} from ${journey.sessionOn}`,
);
const measured = lagSamples.filter((s) => s.state === 'ok' && s.lagSeconds !== null);
check('health reports the replica and its lag', measured.length > 0, `${lagSamples.length} samples`);
check(
  'analytics queries run on the replica, session look-ups do not',
  replicaSeen.analytics > 0 && replicaSeen.sessions === 0,
  `${replicaSeen.analytics} of ${replicaSeen.samples} samples saw analytics, ${replicaSeen.sessions} saw sessions`,
);
check('HAProxy marked the killed server DOWN', failoverMs !== null);

// Figures ---------------------------------------------------------------------------------
const stats = await haproxyStats(STATS);
const backend = stats.get('BACKEND');
const ms = (list: Outcome[]) => list.map((o) => o.ms).sort((a, b) => a - b);
const all = ms(load.outcomes);
const aroundKill = ms(
  load.outcomes.filter((o) => o.startedAt >= killedAt - 1000 && o.startedAt <= killedAt + 5000),
);
const kinds = [...new Set(load.outcomes.map((o) => o.kind))];
const lagMax = Math.max(0, ...measured.map((s) => s.lagSeconds!));
const bytesMax = Math.max(0, ...lagSamples.map((s) => s.replayBytes ?? 0));
const seconds = (loadEnded - loadStarted) / 1000;

const lines = [
  `| figure | value |`,
  `|---|---|`,
  `| load | ${LOAD_WORKERS} workers, ${seconds.toFixed(1)} s, ${load.outcomes.length} requests (${(load.outcomes.length / seconds).toFixed(1)}/s) |`,
  `| failed requests (load / journey) | ${failed.length} / ${journey.failures.length} (the page cancelled ${journey.cancelled} itself on navigating) |`,
  `| latency p50 / p95 / p99 / max | ${percentile(all, 50)} / ${percentile(all, 95)} / ${percentile(all, 99)} / ${all.at(-1) ?? 0} ms |`,
  `| latency from 1 s before to 5 s after the kill: p50 / p99 / max | ${percentile(aroundKill, 50)} / ${percentile(aroundKill, 99)} / ${aroundKill.at(-1) ?? 0} ms (${aroundKill.length} requests) |`,
  `| HAProxy retries / redispatches | ${backend?.retries ?? '?'} / ${backend?.redispatches ?? '?'} |`,
  `| kill → HAProxy marks the server DOWN | ${failoverMs ?? '?'} ms |`,
  `| writes acknowledged / on primary / on replica | ${load.acknowledged.length} / ${onPrimary} / ${onReplica} |`,
  `| replica lag in health (max of ${measured.length} samples) | ${lagMax.toFixed(3)} s, ${bytesMax} bytes not yet replayed |`,
  `| replica catch-up after the load | ${catchUpMs} ms |`,
  `| import | uploaded and checked on ${journey.uploadedOn}, committed on ${journey.committedOn} |`,
  ...journey.steps.map((s) => `| journey: ${s.step} | ${s.ms} ms |`),
];
console.log('\nBy request kind (count, p50, p95, max ms):');
for (const kind of kinds) {
  const list = ms(load.outcomes.filter((o) => o.kind === kind));
  console.log(`  ${kind}: ${list.length}, ${percentile(list, 50)}, ${percentile(list, 95)}, ${list.at(-1)}`);
}
console.log(`\n${lines.join('\n')}\n`);
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
const passed = checks.filter((c) => c.ok).length;
console.log(`\nscale-out: ${passed} passed, ${checks.length - passed} failed`);

await primary.end();
await replica.end();
process.exit(passed === checks.length ? 0 : 1);
