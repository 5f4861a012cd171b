/**
 * Which database a benchmark runs on: PostgreSQL (`--url`, default a setara_bench database
 * on 127.0.0.1) or the embedded PGlite (`--pglite DIR`). `--sample` picks the 1/10 dataset.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../../server/config.js';
import { DEFAULT_BENCH_URL, ensurePgDatabase } from './bench-db.js';

export interface BenchTarget {
  config: Config;
  label: string;
  sample: boolean;
  args: Record<string, string | boolean | undefined>;
}

export async function benchTarget(
  extra: Record<string, { type: 'string' | 'boolean' }> = {},
): Promise<BenchTarget> {
  const { values } = parseArgs({
    options: { sample: { type: 'boolean' }, url: { type: 'string' }, pglite: { type: 'string' }, ...extra },
  });
  const sample = Boolean(values.sample);
  if (values.pglite !== undefined) {
    const dir = path.resolve(String(values.pglite || path.join(os.tmpdir(), 'setara-bench-pglite')));
    return {
      config: loadConfig({ SETARA_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
      label: `pglite in ${dir}`,
      sample,
      args: values,
    };
  }
  const url = String(
    values.url ??
      (sample ? DEFAULT_BENCH_URL.replace('setara_bench', 'setara_bench_sample') : DEFAULT_BENCH_URL),
  );
  await ensurePgDatabase(url);
  return {
    config: loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }),
    label: `postgres ${url.replace(/\/\/[^@]*@/, '//')}`,
    sample,
    args: values,
  };
}
