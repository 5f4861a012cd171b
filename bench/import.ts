/**
 * Import benchmark: a long CSV of N rows (default 1,000,000; real codes, valid members) goes
 * through the product's HTTP path — upload, background check, commit — on a server started as
 * its own process, whose resident memory is sampled throughout. The same rows are then loaded
 * by one raw COPY into data_values of an equally prepared database, the best case the import
 * is measured against. PGlite always; PostgreSQL with --pg or DATABASE_URL.
 *
 *   npx tsx bench/import.ts [--rows 1000000] [--sizes 100000,1000000] [--pg [url]] [--pg-only]
 *                           [--repeat 3] [--heap-mb 128]
 *
 * --repeat runs each measurement again and ends with the medians: on two cores a checkpoint or
 * a busy neighbour moves one run's ratio by several points.
 *
 * BENCH_NODE_FLAGS adds flags to the servers' node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 * for a profile of each thread (the check's worker included).
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { seedDemo } from '../server/db/seed/demo.js';
import { openAndMigrate } from '../server/start.js';
import { internCombos } from '../server/modules/values/combos.js';
import { catalogCells, writeImportCsv, writeRawCopy } from './import-data.js';
import { startServerProcess } from './lib/server-process.js';
import { median } from './lib/timing.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? null : args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : '';
};
const sizes = (option('sizes') ?? option('rows') ?? '1000000').split(',').map(Number);
const pgFlag = option('pg');
const pgUrl =
  pgFlag !== null
    ? pgFlag || 'postgres://postgres@127.0.0.1:5432/postgres'
    : process.env.DATABASE_URL || null;
const heapMb = option('heap-mb');
const repeat = Number(option('repeat') ?? 1);
const pgOnly = option('pg-only') !== null;
const PASSWORD = 'Setara#Demo2026';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-bench-import-'));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function scratchPg(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function startServer(env: Record<string, string>) {
  return startServerProcess({
    // --heap-mb caps the server's JS heap: an import whose memory grew with the file would die.
    nodeFlags: [
      ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
      ...(process.env.BENCH_NODE_FLAGS?.split(' ') ?? []),
    ],
    // Throughput is measured here, so the embedded database's import cap (decision on import
    // size, docs/decisions.md) is lifted; bench/pglite-responsiveness.ts measures why it exists.
    env: { IMPORT_PGLITE_MAX_VALUES: '0', ...env },
  });
}

async function stopServer(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

interface Run {
  rows: number;
  uploadS: number;
  checkS: number;
  commitS: number;
  rssIdle: number;
  rssCheck: number;
  rssCommit: number;
}

/**
 * Upload → check → commit through HTTP, sampling the server's RSS every 100 ms. With
 * `saveWhenClean` the upload asks for the merge while checking (merge-as-checked.ts): one wait
 * until committed, reported as the check, and no commit step.
 */
async function productImport(
  base: string,
  pid: number,
  csv: string,
  rows: number,
  saveWhenClean: boolean,
): Promise<Run> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo.superadmin', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const headers = { cookie, origin: base };
  const rssIdle = rssMb(pid);
  let peak = rssIdle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const wait = async (id: number, until: string[]) => {
    for (;;) {
      const batch = await (await fetch(`${base}/api/imports/${id}`, { headers })).json();
      if (until.includes(batch.status)) return batch;
      await sleep(200);
    }
  };
  try {
    const t0 = performance.now();
    const form = new FormData();
    if (saveWhenClean) form.append('saveWhenClean', 'true');
    form.append('file', await fs.openAsBlob(csv), 'bench.csv');
    const res = await fetch(`${base}/api/regions/72.71/imports`, { method: 'POST', headers, body: form });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
    const { id } = await res.json();
    const t1 = performance.now();
    if (saveWhenClean) {
      const saved = await wait(id, ['checked', 'committed', 'failed']);
      if (saved.status !== 'committed' || saved.comparison.new !== rows)
        throw new Error(`not saved as checked: ${JSON.stringify(saved)}`);
      const t2 = performance.now();
      return {
        rows,
        uploadS: (t1 - t0) / 1000,
        checkS: (t2 - t1) / 1000,
        commitS: 0,
        rssIdle,
        rssCheck: peak,
        rssCommit: peak,
      };
    }
    const checked = await wait(id, ['checked', 'failed']);
    if (checked.status !== 'checked' || checked.errorCount) throw new Error(JSON.stringify(checked.errors));
    const t2 = performance.now();
    const rssCheck = peak;
    peak = rssMb(pid);
    const commit = await fetch(`${base}/api/imports/${id}/commit`, { method: 'POST', headers });
    if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
    const done = await wait(id, ['committed', 'failed']);
    if (done.status !== 'committed') throw new Error(JSON.stringify(done.errors));
    const t3 = performance.now();
    if (done.comparison.new !== rows)
      throw new Error(`expected ${rows} new values: ${JSON.stringify(done.comparison)}`);
    return {
      rows,
      uploadS: (t1 - t0) / 1000,
      checkS: (t2 - t1) / 1000,
      commitS: (t3 - t2) / 1000,
      rssIdle,
      rssCheck,
      rssCommit: peak,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The best case: one COPY of the same, already normalised rows into data_values. */
async function rawCopy(kind: 'pglite' | 'postgres', target: string, rows: number): Promise<number> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SETARA_DATA_DIR: kind === 'pglite' ? target : 'memory://',
  });
  if (kind === 'postgres') config.databaseUrl = target;
  else config.dataDir = target;
  const database = await openAndMigrate(config);
  await seedDemo(database.db);
  const ids = await internCombos(
    database.db,
    catalogCells().map((c) => c.key),
  );
  await database.close();
  const file = path.join(work, 'raw.tsv');
  await writeRawCopy(file, rows, ids);
  const columns = '(region_code, indicator_code, period, sex, combo_id, value, status)';
  if (kind === 'postgres') {
    const db = await openDatabase({ databaseUrl: target, dataDir: 'memory://' });
    const t0 = performance.now();
    await db.withSession((s) =>
      s.copyFrom(
        'data_values',
        ['region_code', 'indicator_code', 'period', 'sex', 'combo_id', 'value', 'status'],
        file,
      ),
    );
    const s = (performance.now() - t0) / 1000;
    await db.db.execute(sql`select 1`);
    await db.close();
    return s;
  }
  const client = await PGlite.create(target);
  const blob = await fs.openAsBlob(file);
  const t0 = performance.now();
  await client.query(`copy data_values ${columns} from '/dev/blob'`, [], { blob });
  const s = (performance.now() - t0) / 1000;
  await client.close();
  return s;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The path, with nothing left there by an earlier round of --repeat. */
function emptyDir(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** A fresh database for one product run: a PGlite directory or a scratch PostgreSQL database. */
async function freshTarget(kind: 'pglite' | 'postgres', name: string, env: Record<string, string>) {
  if (kind === 'pglite') env.SETARA_DATA_DIR = emptyDir(path.join(work, name));
  else env.DATABASE_URL = await scratchPg(pgUrl!, `setara_bench_${name.replace(/-/g, '_')}`);
}

async function timedRun(kind: 'pglite' | 'postgres', csv: string, rows: number, saveWhenClean: boolean) {
  const env: Record<string, string> = { IMPORT_DIR: path.join(work, 'imports') };
  await freshTarget(kind, saveWhenClean ? `import-swc-${rows}` : `import-${rows}`, env);
  const { child, base } = await startServer(env);
  try {
    return await productImport(base, child.pid!, csv, rows, saveWhenClean);
  } finally {
    await stopServer(child);
  }
}

async function benchKind(kind: 'pglite' | 'postgres') {
  for (const rows of sizes) {
    const csv = path.join(work, `bench-${rows}.csv`);
    if (!fs.existsSync(csv)) await writeImportCsv(csv, rows);
    const mb = fs.statSync(csv).size / 1024 / 1024;
    const ratios = { twoStep: [] as number[], clean: [] as number[] };
    for (let round = 1; round <= repeat; round++) {
      const run = await timedRun(kind, csv, rows, false);
      const clean = await timedRun(kind, csv, rows, true);
      const rawTarget =
        kind === 'pglite'
          ? emptyDir(path.join(work, `pglite-raw-${rows}`))
          : await scratchPg(pgUrl!, 'setara_bench_raw');
      const rawS = await rawCopy(kind, rawTarget, rows);
      const rate = (s: number) => fmt(rows / s);
      const total = run.uploadS + run.checkS + run.commitS;
      const cleanTotal = clean.uploadS + clean.checkS;
      ratios.twoStep.push(rawS / total);
      ratios.clean.push(rawS / cleanTotal);
      console.log(
        [
          `${kind} ${fmt(rows)} rows (${mb.toFixed(1)} MB CSV)${repeat > 1 ? `, run ${round} of ${repeat}` : ''}`,
          `  upload ${run.uploadS.toFixed(1)} s | check ${run.checkS.toFixed(1)} s (${rate(run.checkS)} rows/s) | commit ${run.commitS.toFixed(1)} s (${rate(run.commitS)} rows/s)`,
          `  end to end ${total.toFixed(1)} s (${rate(total)} rows/s) | raw COPY ${rawS.toFixed(1)} s (${rate(rawS)} rows/s)`,
          `  commit vs raw COPY ${percent(rawS / run.commitS)} | end to end vs raw COPY ${percent(rawS / total)}`,
          `  save when clean: upload ${clean.uploadS.toFixed(1)} s | checked and saved ${clean.checkS.toFixed(1)} s | end to end ${cleanTotal.toFixed(1)} s (${rate(cleanTotal)} rows/s) — ${percent(rawS / cleanTotal)} of raw COPY`,
          `  server RSS: idle ${run.rssIdle.toFixed(0)} MB, peak while checking ${run.rssCheck.toFixed(0)} MB, while committing ${run.rssCommit.toFixed(0)} MB; saving when clean ${clean.rssCommit.toFixed(0)} MB`,
        ].join('\n'),
      );
    }
    if (repeat > 1)
      console.log(
        `${kind} ${fmt(rows)} rows, median of ${repeat}: end to end ${percent(median(ratios.twoStep))} of raw COPY, save when clean ${percent(median(ratios.clean))}`,
      );
  }
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

try {
  if (!pgOnly) await benchKind('pglite');
  if (pgUrl) await benchKind('postgres');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (pgUrl) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    for (const size of sizes) {
      for (const name of [`setara_bench_import_${size}`, `setara_bench_import_swc_${size}`])
        await admin.query(`drop database if exists ${name} with (force)`);
    }
    for (const name of ['setara_bench_raw'])
      await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
