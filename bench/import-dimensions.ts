/**
 * Import benchmark of issue 8, finding 1: the admin daerah of Kota Palu defines an indicator
 * split by umur5 × kecamatan × disabilitas × jenis_kekerasan (16 × 7,285 in the country × 2 ×
 * 7; 16 × 8 × 2 × 7 in Palu) and imports a long CSV of it through the real HTTP path — upload,
 * background check, commit. Before the fix a 10-row file built every combination of the
 * country's kecamatan (3.3 million cells): about 70 s, then out of memory.
 *
 * Each size runs in a fresh process on a fresh database (PGlite in a temporary directory, or a
 * scratch database on the PostgreSQL server of --url, dropped at the end), which samples its
 * own memory every 50 ms; the CSV files are written beforehand by this parent process. The
 * indicator is quarterly so that a million distinct values fit in Palu: 3,584 cells a quarter.
 *
 *   npx tsx bench/import-dimensions.ts                  # 10, 10,000 and 1,000,000 rows
 *   npx tsx bench/import-dimensions.ts --max 10000      # the quick run: 10 and 10,000
 *   npx tsx bench/import-dimensions.ts --url postgres://postgres@127.0.0.1:5432/postgres
 *   npx tsx bench/import-dimensions.ts --heap-mb 256    # cap the JS heap: growth would crash
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { BUILTIN_DIMENSION_SETS } from '../domain/indicators.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { seedDemo } from '../server/db/seed/demo.js';
import { DEMO_PASSWORD } from '../server/db/seed/demo-data.js';
import { officialDistricts } from '../server/db/seed/regions.js';
import { openAndMigrate } from '../server/start.js';
import { scratchTarget } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: {
    max: { type: 'string' },
    url: { type: 'string' },
    'heap-mb': { type: 'string' },
    child: { type: 'string' },
    csv: { type: 'string' },
  },
});
const SIZES = [10, 10_000, 1_000_000].filter((n) => n <= Number(args.max ?? Infinity));
const REGION = '72.71';
const CODE = 'PALU_KORBAN_KEC';
const DIMENSIONS = ['umur5', 'kecamatan', 'disabilitas', 'jenis_kekerasan'];

const membersOf = (code: string) =>
  BUILTIN_DIMENSION_SETS.find((s) => s.code === code)!.members.map((m) => m.code);

/** Distinct rows, quarter by quarter from 1990-Q1: every cell of Palu's product per quarter. */
function* csvLines(count: number): Generator<string> {
  const ages = membersOf('umur5');
  const kecamatan = officialDistricts()
    .filter((d) => d.regencyCode === REGION)
    .map((d) => d.code);
  const disability = membersOf('disabilitas');
  const violence = membersOf('jenis_kekerasan');
  yield `indicator_code;region_code;period;sex;${DIMENSIONS.join(';')};value\n`;
  let n = 0;
  for (let year = 1990; year <= 2100; year++) {
    for (let q = 1; q <= 4; q++) {
      for (const sex of ['P', 'L'])
        for (const a of ages)
          for (const k of kecamatan)
            for (const d of disability)
              for (const v of violence) {
                if (n >= count) return;
                n++;
                yield `${CODE};${REGION};${year}-Q${q};${sex};${a};${k};${d};${v};${n % 997}\n`;
              }
    }
  }
  throw new Error(`only ${n} distinct rows fit`);
}

async function writeCsv(file: string, count: number): Promise<void> {
  const out = fs.createWriteStream(file);
  let chunk = '';
  for (const line of csvLines(count)) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

interface Result {
  rows: number;
  mb: number;
  uploadS: number;
  checkS: number;
  commitS: number;
  rssIdle: number;
  heapIdle: number;
  rssCheck: number;
  heapCheck: number;
  rssCommit: number;
  heapCommit: number;
  combos: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => bytes / 1024 / 1024;

/** One size, in this (child) process: a fresh database and app, then the import over HTTP. */
async function runChild(rows: number, csv: string): Promise<Result> {
  const target = await scratchTarget(args.url, 'dims');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-dims-imports-'));
  target.config.importDir = work;
  target.config.logLevel = process.env.LOG_LEVEL ?? 'silent';
  // PGlite refuses imports over IMPORT_PGLITE_MAX_VALUES (25,000) so that others do not wait
  // through a long merge; 0 lifts the cap, as an operator would for a night-time bulk load.
  target.config.importPgliteMaxValues = loadConfig({ IMPORT_PGLITE_MAX_VALUES: '0' }).importPgliteMaxValues;
  const database = await openAndMigrate(target.config);
  await seedDemo(database.db);
  const app = await buildApp(database, target.config);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.admin', password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
    const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0], origin: base };
    const created = await fetch(`${base}/api/indicators`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        code: CODE,
        nameId: 'Korban kekerasan menurut umur, kecamatan, disabilitas dan jenis kekerasan',
        nameEn: 'Victims of violence by age, district, disability and type of violence',
        unit: 'kasus',
        domainGroup: 'kekerasan_perempuan_anak',
        periodicity: 'quarter',
        source: 'administrative',
        aggregation: 'sum',
        dimensions: DIMENSIONS,
      }),
    });
    if (created.status !== 201) throw new Error(`indicator: ${created.status} ${await created.text()}`);

    global.gc?.();
    const idle = process.memoryUsage();
    let peak = { rss: idle.rss, heap: idle.heapUsed };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = { rss: Math.max(peak.rss, m.rss), heap: Math.max(peak.heap, m.heapUsed) };
    }, 50);
    const wait = async (id: number, until: string[]) => {
      for (let failures = 0; ;) {
        try {
          const batch = await (await fetch(`${base}/api/imports/${id}`, { headers })).json();
          if (until.includes(batch.status)) return batch;
        } catch (error) {
          // The server shares this thread with PGlite: a long statement can outlast a kept-alive
          // socket, which then resets under the next poll. Polling again is enough.
          if (++failures > 5) throw error;
        }
        await sleep(100);
      }
    };
    try {
      const t0 = performance.now();
      const form = new FormData();
      form.append('file', await fs.openAsBlob(csv), 'korban.csv');
      const res = await fetch(`${base}/api/regions/${REGION}/imports`, {
        method: 'POST',
        headers,
        body: form,
      });
      if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
      const { id } = await res.json();
      const t1 = performance.now();
      const checked = await wait(id, ['checked', 'failed']);
      if (checked.status !== 'checked' || checked.errorCount) throw new Error(JSON.stringify(checked.errors));
      const t2 = performance.now();
      const atCheck = peak;
      peak = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
      const commit = await fetch(`${base}/api/imports/${id}/commit`, { method: 'POST', headers });
      if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
      const done = await wait(id, ['committed', 'failed']);
      if (done.status !== 'committed') throw new Error(JSON.stringify(done.errors));
      const t3 = performance.now();
      if (done.comparison.new !== rows)
        throw new Error(`expected ${rows} new: ${JSON.stringify(done.comparison)}`);
      const combos = (await database.db.execute(
        sql`select count(*)::int as n from dimension_combos where members ? 'jenis_kekerasan' and members ? 'kecamatan'`,
      )) as unknown as { rows: { n: number }[] };
      return {
        rows,
        mb: mb(fs.statSync(csv).size),
        uploadS: (t1 - t0) / 1000,
        checkS: (t2 - t1) / 1000,
        commitS: (t3 - t2) / 1000,
        rssIdle: mb(idle.rss),
        heapIdle: mb(idle.heapUsed),
        rssCheck: mb(atCheck.rss),
        heapCheck: mb(atCheck.heap),
        rssCommit: mb(peak.rss),
        heapCommit: mb(peak.heap),
        combos: combos.rows[0].n,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await app.close();
    await database.close();
    await target.cleanup();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function runSize(rows: number, csv: string): Promise<Result> {
  const flags = ['--expose-gc', ...(args['heap-mb'] ? [`--max-old-space-size=${args['heap-mb']}`] : [])];
  const child = spawn(
    process.execPath,
    [
      ...flags,
      '--import',
      'tsx',
      process.argv[1],
      '--child',
      String(rows),
      '--csv',
      csv,
      ...(args.url ? ['--url', args.url] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${rows} rows: the import process exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

if (args.child) {
  console.log(JSON.stringify(await runChild(Number(args.child), args.csv!)));
} else {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-bench-dims-'));
  try {
    console.log(
      `${args.url ? 'PostgreSQL' : 'PGlite'}; indicator ${CODE} (${DIMENSIONS.join(' × ')}) in ${REGION}` +
        (args['heap-mb'] ? `; heap capped at ${args['heap-mb']} MB` : ''),
    );
    for (const rows of SIZES) {
      const csv = path.join(work, `dims-${rows}.csv`);
      await writeCsv(csv, rows);
      const r = await runSize(rows, csv);
      fs.rmSync(csv);
      const total = r.uploadS + r.checkS + r.commitS;
      console.log(
        [
          `${fmt(rows)} rows (${r.mb.toFixed(1)} MB CSV): ${r.combos} combinations interned`,
          `  upload ${r.uploadS.toFixed(2)} s | check ${r.checkS.toFixed(2)} s | commit ${r.commitS.toFixed(2)} s | end to end ${total.toFixed(2)} s (${fmt(rows / total)} rows/s)`,
          `  RSS MB: idle ${r.rssIdle.toFixed(0)}, peak check ${r.rssCheck.toFixed(0)}, peak commit ${r.rssCommit.toFixed(0)}` +
            ` | JS heap MB: idle ${r.heapIdle.toFixed(0)}, peak check ${r.heapCheck.toFixed(0)}, peak commit ${r.heapCommit.toFixed(0)}`,
        ].join('\n'),
      );
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
