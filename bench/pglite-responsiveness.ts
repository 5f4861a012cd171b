/**
 * Responsiveness during a big import (issue 8, finding 10): a server started as its own
 * process (PGlite in a temporary directory by default; PostgreSQL with --pg), a long CSV of N
 * rows (default 300,000; bench/import-data.ts) uploaded and checked, then committed, while a
 * bounded number of other users' readers — GET /api/health, the ARG recap and a value list,
 * signed in as the region's admin — run back to back. Every reading is tagged with what the
 * import was doing when it started (idle before the upload, checking, committing), and the
 * bench prints p50/p95/p99/max and timeouts per phase and endpoint. Target: p99 ≤ 2 s while
 * the commit runs.
 *
 *   npx tsx bench/pglite-responsiveness.ts [--rows 300000] [--readers 6] [--timeout-ms 10000]
 *     [--pg | --url postgres://…] [--env NAME=VALUE,...]
 *
 * --env passes settings to the server (e.g. IMPORT_PGLITE_MAX_ROWS=0 lifts the PGlite cap).
 * When the server refuses the file (the PGlite cap), the bench says so and measures nothing
 * more for that run.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeImportCsv } from './import-data.js';
import { scratchTarget, type ScratchTarget } from './lib/scratch-app.js';
import { startServerProcess } from './lib/server-process.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string' },
    readers: { type: 'string' },
    'timeout-ms': { type: 'string' },
    pg: { type: 'boolean' },
    url: { type: 'string' },
    env: { type: 'string' },
  },
});
const ROWS = Number(args.rows ?? 300_000);
const READERS = Number(args.readers ?? 6);
const TIMEOUT_MS = Number(args['timeout-ms'] ?? 10_000);
const PG_URL = args.url ?? (args.pg ? 'postgres://postgres@127.0.0.1:5432/postgres' : null);
const EXTRA_ENV = Object.fromEntries(
  (args.env ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
const PASSWORD = 'Setara#Demo2026';
const REGION = '72.71';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-bench-responsive-'));
const STALL_LOG = path.join(work, 'stalls.log');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What other users read: a cheap round trip, a recap, a page of values. */
const ENDPOINTS = {
  health: '/api/health',
  'arg-recap': `/api/regions/${REGION}/arg-recap?year=2026`,
  values: `/api/values?region=${REGION}&pageSize=50`,
} as const;
type Endpoint = keyof typeof ENDPOINTS;
type Phase = 'idle' | 'checking' | 'committing';

interface Reading {
  endpoint: Endpoint;
  phase: Phase;
  ms: number;
  timedOut: boolean;
  status: number;
}

function startServer(env: Record<string, string>) {
  // The stall probe runs inside the server, timing its event loop.
  return startServerProcess({
    nodeFlags: ['--import', './bench/lib/loop-stalls.ts'],
    env,
    timeoutMs: 120_000,
  });
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** READERS loops, each reading the endpoints in turn until `stop` is set. */
function startReaders(base: string, cookie: string, phaseNow: () => Phase) {
  const readings: Reading[] = [];
  let stop = false;
  const names = Object.keys(ENDPOINTS) as Endpoint[];
  const loops = Array.from({ length: READERS }, async (_, r) => {
    for (let i = r; !stop; i++) {
      const endpoint = names[i % names.length];
      const phase = phaseNow();
      const t0 = performance.now();
      let status = 0;
      let timedOut = false;
      try {
        const res = await fetch(base + ENDPOINTS[endpoint], {
          headers: { cookie },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch (error) {
        timedOut = (error as Error).name === 'TimeoutError';
        if (!timedOut) throw error;
      }
      readings.push({ endpoint, phase, ms: performance.now() - t0, timedOut, status });
    }
  });
  return {
    readings,
    stop: async () => {
      stop = true;
      await Promise.all(loops);
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(readings: Reading[]) {
  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  console.log('| phase | endpoint | requests | p50 | p95 | p99 | max | timeouts | non-200 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const phase of ['idle', 'checking', 'committing'] as Phase[]) {
    for (const endpoint of [...(Object.keys(ENDPOINTS) as Endpoint[]), 'all' as const]) {
      const rs = readings.filter((r) => r.phase === phase && (endpoint === 'all' || r.endpoint === endpoint));
      if (rs.length === 0) continue;
      const ms = rs.map((r) => r.ms).sort((a, b) => a - b);
      const timeouts = rs.filter((r) => r.timedOut).length;
      const bad = rs.filter((r) => !r.timedOut && r.status !== 200).length;
      console.log(
        `| ${phase} | ${endpoint} | ${rs.length} | ${fmt(percentile(ms, 50))} | ${fmt(percentile(ms, 95))} | ` +
          `${fmt(percentile(ms, 99))} | ${fmt(ms[ms.length - 1])} | ${timeouts} | ${bad} |`,
      );
    }
  }
}

/**
 * The server's longest event-loop stalls in each phase (bench/lib/loop-stalls.ts): wall time,
 * and in brackets the server's CPU time over the stall — what it would last on an idle machine.
 */
function reportStalls(phaseStarts: [Phase, number][]) {
  const lines = fs.existsSync(STALL_LOG) ? fs.readFileSync(STALL_LOG, 'utf8').trim().split('\n') : [];
  const stalls = lines.filter(Boolean).map((l) => l.split(' ').map(Number) as [number, number, number]);
  for (let i = 1; i < phaseStarts.length - 1; i++) {
    const [phase, from] = phaseStarts[i];
    const to = phaseStarts[i + 1][1];
    const inPhase = stalls.filter(([at]) => at >= from && at < to);
    const longest = [...inPhase].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const total = inPhase.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `server event loop while ${phase} (${((to - from) / 1000).toFixed(1)} s): ${inPhase.length} stalls over ` +
        `50 ms, ${(total / 1000).toFixed(1)} s in all; longest ` +
        (longest.map(([, ms, cpu]) => `${ms} ms (CPU ${cpu} ms)`).join(', ') || '—'),
    );
  }
}

let scratch: ScratchTarget | null = null;
let server: ChildProcess | null = null;
try {
  const csv = path.join(work, 'bench.csv');
  await writeImportCsv(csv, ROWS);
  const env: Record<string, string> = {
    IMPORT_DIR: path.join(work, 'imports'),
    STALL_LOG: STALL_LOG,
    // The readers stand for many users but share one session: the per-user rate limit is lifted.
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    ...EXTRA_ENV,
  };
  if (PG_URL) {
    scratch = await scratchTarget(PG_URL, 'responsive');
    env.DATABASE_URL = scratch.config.databaseUrl!;
  } else env.SETARA_DATA_DIR = path.join(work, 'pglite');
  const started = await startServer(env);
  server = started.child;
  const { base } = started;
  const importer = await signIn(base, 'demo.superadmin');
  const reader = await signIn(base, 'demo.admin');
  const headers = { cookie: importer, origin: base };

  let phase: Phase = 'idle';
  const phaseStarts: [Phase, number][] = [['idle', Date.now()]];
  const enter = (next: Phase) => {
    phase = next;
    phaseStarts.push([next, Date.now()]);
  };
  const readers = startReaders(base, reader, () => phase);
  await sleep(3000);

  enter('checking');
  const form = new FormData();
  form.append('file', await fs.openAsBlob(csv), 'bench.csv');
  const upload = await fetch(`${base}/api/regions/${REGION}/imports`, {
    method: 'POST',
    headers,
    body: form,
  });
  if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  const { id } = (await upload.json()) as { id: number };
  const waitFor = async (until: string[]) => {
    for (;;) {
      const batch = await (await fetch(`${base}/api/imports/${id}`, { headers })).json();
      if (until.includes(batch.status)) return batch;
      await sleep(250);
    }
  };
  const t0 = performance.now();
  const checked = await waitFor(['checked', 'failed']);
  const checkS = (performance.now() - t0) / 1000;
  let commitS: number | null = null;
  if (checked.status !== 'checked' || !checked.canCommit) {
    console.log(`the server refused the file: ${JSON.stringify(checked.errors.items.slice(0, 3))}`);
  } else {
    enter('committing');
    const t1 = performance.now();
    const commit = await fetch(`${base}/api/imports/${id}/commit`, { method: 'POST', headers });
    if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
    const done = await waitFor(['committed', 'failed']);
    if (done.status !== 'committed') throw new Error(JSON.stringify(done.errors));
    commitS = (performance.now() - t1) / 1000;
  }
  await readers.stop();
  phaseStarts.push(['idle', Date.now()]);
  console.log(
    `load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${os.cpus().length} CPUs`,
  );
  console.log(
    `${PG_URL ? 'PostgreSQL' : 'PGlite'}: ${ROWS.toLocaleString('en-US')} rows, ${READERS} readers ` +
      `(timeout ${TIMEOUT_MS} ms); check ${checkS.toFixed(1)} s` +
      (commitS === null ? '' : `, commit ${commitS.toFixed(1)} s`),
  );
  report(readers.readings);
  reportStalls(phaseStarts);
} finally {
  if (server) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
  await scratch?.cleanup();
  fs.rmSync(work, { recursive: true, force: true });
}
