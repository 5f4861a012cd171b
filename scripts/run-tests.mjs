// Runs every *.test.ts through node's test runner. Node 20 finds no .ts file from a glob or a
// folder, so the files are listed explicitly (ARCHITECTURE.md).
//   node scripts/run-tests.mjs                 all tests
//   node scripts/run-tests.mjs --only server,domain
//   node scripts/run-tests.mjs --only tests/e2e/home.test.ts      one file
// TEST_CONCURRENCY sets how many test files run at once (node's default: cores - 1).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...concurrency, '--test-reporter=spec', ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
