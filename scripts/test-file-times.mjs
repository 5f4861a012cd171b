// A node test reporter that writes each test file's wall time (spawn to exit, setup included),
// slowest first, one "seconds<TAB>file" line each. scripts/run-tests.mjs adds it when
// TEST_TIMES_FILE names where to write (docs/performance.md, "Test suite time").
import path from 'node:path';

export default async function* fileTimes(source) {
  const started = new Map();
  const times = new Map();
  for await (const event of source) {
    // Node 20 reports each file as a test of its own named by its path; its own duration_ms
    // leaves out the process start, so the time is taken here, from dequeue to complete.
    const { name, file, nesting } = event.data ?? {};
    if (nesting !== 0 || !file || name !== file) continue;
    if (event.type === 'test:dequeue') started.set(file, Date.now());
    if (event.type === 'test:complete' && started.has(file)) {
      times.set(path.relative(process.cwd(), file), (Date.now() - started.get(file)) / 1000);
    }
  }
  const total = [...times.values()].reduce((sum, s) => sum + s, 0);
  yield `${total.toFixed(1)}\t(sum of ${times.size} files)\n`;
  for (const [file, seconds] of [...times].sort((a, b) => b[1] - a[1]))
    yield `${seconds.toFixed(1)}\t${file}\n`;
}
