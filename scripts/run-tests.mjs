// Runs every *.test.ts through node's test runner. Node 20 finds no .ts file from a glob or a
// folder, so the files are listed explicitly (ARCHITECTURE.md).
//   node scripts/run-tests.mjs                 all tests
//   node scripts/run-tests.mjs --only server,domain
//   node scripts/run-tests.mjs --only tests/e2e/home.test.ts      one file
// TEST_CONCURRENCY sets how many test files run at once (node's default: cores - 1).
// TEST_TIMES_FILE=path also writes each file's wall time there, slowest first.
//
// The run's test databases start from snapshots built once for this run
// (server/test-support/snapshot.ts): a fresh directory for the PGlite images and a run id naming
// the PostgreSQL templates, both removed here at the end, so no run reuses another's.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const onlyIndex = process.argv.indexOf('--only');
const roots = onlyIndex > 0 ? process.argv[onlyIndex + 1].split(',') : ['domain', 'server', 'tests'];

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return dir.endsWith('.test.ts') ? [dir] : [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = roots.flatMap(findTests).sort();
if (files.length === 0) {
  console.error(`No test files under ${roots.join(', ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY
  ? [`--test-concurrency=${process.env.TEST_CONCURRENCY}`]
  : [];
const times = process.env.TEST_TIMES_FILE
  ? [
      '--test-reporter=./scripts/test-file-times.mjs',
      `--test-reporter-destination=${process.env.TEST_TIMES_FILE}`,
    ]
  : [];
// With a second reporter, node needs the spec reporter's destination named too.
const spec = times.length
  ? ['--test-reporter=spec', '--test-reporter-destination=stdout']
  : ['--test-reporter=spec'];

const runId = randomBytes(6).toString('hex');
const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), `setara-test-${runId}-`));

async function dropTemplates() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    const { rows } = await admin.query('select datname from pg_database where datname like $1', [
      `setara_tpl_${runId}_%`,
    ]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
  } catch (error) {
    console.error(`Could not drop this run's template databases (setara_tpl_${runId}_*): ${error.message}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', ...concurrency, ...spec, ...times, ...files],
  {
    stdio: 'inherit',
    env: { ...process.env, SETARA_TEST_SNAPSHOT_DIR: snapshotDir, SETARA_TEST_RUN_ID: runId },
  },
);
// Ctrl-C reaches the test runner too (same process group); wait for it, then clean up.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const status = await new Promise((resolve) =>
  child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1))),
);
fs.rmSync(snapshotDir, { recursive: true, force: true });
await dropTemplates();
process.exit(status);
