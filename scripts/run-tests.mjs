// Runs every *.test.ts through node's test runner. Node 20 finds no .ts file from a glob or a
// folder, so the files are listed explicitly (ARCHITECTURE.md).
//   node scripts/run-tests.mjs                 all tests
//   node scripts/run-tests.mjs --only server,domain
//   node scripts/run-tests.mjs --only tests/e2e/home.test.ts      one file
//   node scripts/run-tests.mjs --only server --database-only        those reaching the database server
// Files run in two passes: first the unit and integration tests, several files at once
// (TEST_CONCURRENCY, default max(2, cores - 1): they mostly wait on their database, and on a
// 2-core machine node's default of one file at a time left a core idle), then the browser
// journeys one at a time (each drives a server and a Chromium; two at once on a small machine
// made their 15 s waits flaky). Either pass failing fails the run; both always run.
// TEST_CONCURRENCY=n sets the first pass; TEST_BROWSER_CONCURRENCY=n the second (default 1).
// TEST_TIMES_FILE=path also writes each file's wall time there, slowest first, per pass.
//
// The run's test databases start from snapshots built once for this run
// (server/test-support/snapshot.ts): a fresh directory for the PGlite images and a run id naming
// the PostgreSQL templates, both removed here at the end, so no run reuses another's.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
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

/**
 * --database-only: just the files that reach the database server — a test app, a permission
 * table or TEST_DATABASE_URL by name. CI's PostgreSQL pass runs the server suite a second time
 * for what differs between the two databases; a pure unit test, or one that always runs on the
 * embedded database (the CLI, the data directory's lock), would only repeat its first run.
 */
const USES_DATABASE_SERVER = /createTestApp|permissionMatrix|TEST_DATABASE_URL|test-app/;
const databaseOnly = process.argv.includes('--database-only');

const files = roots
  .flatMap(findTests)
  .filter((file) => !databaseOnly || USES_DATABASE_SERVER.test(fs.readFileSync(file, 'utf8')))
  .sort();
if (files.length === 0) {
  console.error(
    `No test files under ${roots.join(', ')}${databaseOnly ? ' that reach the database server (--database-only)' : ''}`,
  );
  process.exit(1);
}
const isBrowserTest = (file) => file.split(path.sep).join('/').startsWith('tests/e2e/');
const passes = [
  {
    name: 'unit and integration',
    files: files.filter((f) => !isBrowserTest(f)),
    concurrency: Number(process.env.TEST_CONCURRENCY) || Math.max(2, os.availableParallelism() - 1),
  },
  {
    name: 'browser',
    files: files.filter(isBrowserTest),
    concurrency: Number(process.env.TEST_BROWSER_CONCURRENCY) || 1,
  },
].filter((pass) => pass.files.length > 0);

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

/** Runs one pass through node's test runner; answers its exit status. */
async function runPass(pass, index) {
  const timesFile = process.env.TEST_TIMES_FILE ? `${process.env.TEST_TIMES_FILE}.${index}` : null;
  // With a second reporter, node needs the spec reporter's destination named too.
  const reporters = timesFile
    ? [
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/test-file-times.mjs',
        `--test-reporter-destination=${timesFile}`,
      ]
    : ['--test-reporter=spec'];
  if (passes.length > 1)
    console.log(`\n=== ${pass.name} tests: ${pass.files.length} files, ${pass.concurrency} at a time`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${pass.concurrency}`, ...reporters, ...pass.files],
    {
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, SETARA_TEST_SNAPSHOT_DIR: snapshotDir, SETARA_TEST_RUN_ID: runId },
    },
  );
  current = child;
  // Passed through as it comes, and the summary's counts kept for the whole run's summary.
  child.stdout.pipe(process.stdout);
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const count = /^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)$/.exec(line);
    if (count) totals.set(count[1], (totals.get(count[1]) ?? 0) + Number(count[2]));
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1))));
}

/** The summary counts of every pass, summed, printed last as the run's own summary. */
const totals = new Map();

let current = null;
let interrupted = false;
// Ctrl-C reaches the test runner too (same process group); wait for it, then clean up.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
const statuses = [];
for (const [index, pass] of passes.entries()) {
  if (interrupted) break;
  statuses.push(await runPass(pass, index));
}
const status = statuses.some((s) => s !== 0) || interrupted ? 1 : 0;
if (process.env.TEST_TIMES_FILE) {
  const parts = passes.map((_, i) => `${process.env.TEST_TIMES_FILE}.${i}`).filter((f) => fs.existsSync(f));
  fs.writeFileSync(process.env.TEST_TIMES_FILE, parts.map((f) => fs.readFileSync(f, 'utf8')).join(''));
  for (const f of parts) fs.rmSync(f);
}
if (passes.length > 1) {
  const outcome = passes.map((pass, i) => `${pass.name} ${statuses[i] === 0 ? 'passed' : 'FAILED'}`);
  console.log(`\n=== the whole run (${outcome.join(', ')})`);
  for (const [name, value] of totals)
    console.log(`ℹ ${name} ${name === 'duration_ms' ? value.toFixed(0) : value}`);
}
fs.rmSync(snapshotDir, { recursive: true, force: true });
await dropTemplates();
process.exit(status);
