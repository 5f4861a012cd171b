/** Percentiles and timed runs for the benchmarks that print p50/p95 figures. */

/** The p-th percentile (nearest rank) of ascending `sorted` milliseconds. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The median of a few figures (the lower middle one of an even count). */
export function median(figures: number[]): number {
  return percentile(
    [...figures].sort((a, b) => a - b),
    50,
  );
}

export interface RunFigures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function figuresOf(ms: number[]): RunFigures {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

/** Times `runs` calls of `run` (after `warmUp` untimed ones) and prints p50, p95 and max. */
export async function timeRuns(
  label: string,
  runs: number,
  run: (i: number) => Promise<unknown>,
  warmUp = 5,
): Promise<RunFigures> {
  for (let i = 0; i < warmUp; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await run(i + warmUp);
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const f = figuresOf(ms);
  console.log(`${label.padEnd(56)} p50 ${fmt(f.p50)} ms   p95 ${fmt(f.p95)} ms   max ${fmt(f.max)} ms`);
  return f;
}
