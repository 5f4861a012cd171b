/**
 * The streaming check runs in its own file, hence its own process (node's test runner isolates
 * files), so garbage left by other tests does not blur the memory figures.
 */
import assert from 'node:assert/strict';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readCsvRows } from './csv-reader.js';
import { withTempDir } from './test-fixtures.js';

test('streams a 200,000-row file: first rows come early and memory stays flat', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write('indicator_code;region_code;period;sex;age_group;disability;value;note\n');
    for (let i = 0; i < 200_000; i++) {
      const line = `IND-${i % 300};72.${String(i % 99).padStart(2, '0')};${2015 + (i % 10)};${i % 2 ? 'P' : 'L'};`;
      const ok = out.write(`${line}${i % 8};tidak;${i},${i % 100};"catatan baris ${i}; sumber BPS"\n`);
      if (!ok) await new Promise<void>((resolve) => out.once('drain', resolve));
    }
    await new Promise<void>((resolve) => out.end(resolve));
    const size = statSync(path).size;

    const input = createReadStream(path);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let halfway = baseline;
    let bytesAtFirstRow = -1;
    let count = 0;
    let last: string[] = [];
    for await (const row of readCsvRows(input)) {
      if (count === 0) bytesAtFirstRow = input.bytesRead;
      if (++count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (count === 100_000) halfway = peak;
      last = row.cells;
    }

    assert.equal(count, 200_001);
    assert.deepEqual(last.slice(-2), ['199999,99', 'catatan baris 199999; sumber BPS']);
    assert.ok(size > 10_000_000, `file is ${size} bytes`);
    assert.ok(bytesAtFirstRow < size / 10, `first row after ${bytesAtFirstRow} of ${size} bytes`);
    const growth = (peak - baseline) / 1024 / 1024;
    // Generous: the runner's own garbage shows up in RSS too; the flatness check below is the
    // real streaming property.
    assert.ok(growth < 200, `RSS grew ${growth.toFixed(1)} MB`);
    // Flat, not just small: the second half of the file adds (almost) nothing.
    const secondHalf = (peak - halfway) / 1024 / 1024;
    assert.ok(secondHalf < 30, `RSS grew ${secondHalf.toFixed(1)} MB over the second 100,000 rows`);
  });
});
