/**
 * The national-scale benchmark dataset (issue 3): every kab/kota (514) × 300 indicators ×
 * 10 years × 2 sexes × 8 age groups ≈ 24.7 million values, or a 1/10 sample (every tenth
 * kab/kota... see `scale`). The indicators are synthetic bench indicators (BENCH_001…); values
 * are deterministic pseudo-random counts. Rows are produced as a stream of COPY text lines.
 */
import { Readable } from 'node:stream';

export const BENCH_INDICATORS = 300;
export const BENCH_YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
export const AGE_MEMBERS = ['0-4', '5-14', '15-24', '25-34', '35-44', '45-54', '55-64', '65+'];

export function benchIndicatorCode(i: number): string {
  return `BENCH_${String(i + 1).padStart(3, '0')}`;
}

/** A small, fast, deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DatasetShape {
  regionCodes: string[];
  indicatorCount: number;
  years: number[];
  /** combo id of each age member, as interned in the bench database. */
  ageComboIds: number[];
}

export function rowCount(shape: DatasetShape): number {
  return shape.regionCodes.length * shape.indicatorCount * shape.years.length * 2 * shape.ageComboIds.length;
}

/**
 * COPY text lines `region\tindicator\tperiod\tsex\tcombo\tvalue\tstatus\n`, in primary-key
 * order (region, indicator, period, sex, combo), which is also the cheapest order to index.
 */
export function datasetStream(shape: DatasetShape, batchLines = 5_000): Readable {
  const random = prng(20261124);
  let r = 0;
  let i = 0;
  let y = 0;
  function* lines(): Generator<string> {
    for (; r < shape.regionCodes.length; r++) {
      const region = shape.regionCodes[r];
      for (i = 0; i < shape.indicatorCount; i++) {
        const code = benchIndicatorCode(i);
        for (y = 0; y < shape.years.length; y++) {
          const period = String(shape.years[y]);
          for (const sex of ['L', 'P']) {
            let chunk = '';
            for (const combo of shape.ageComboIds) {
              chunk += `${region}\t${code}\t${period}\t${sex}\t${combo}\t${Math.floor(random() * 5000)}\tverified\n`;
            }
            yield chunk;
          }
        }
      }
    }
  }
  const source = lines();
  return new Readable({
    read() {
      let text = '';
      for (let n = 0; n < batchLines / shape.ageComboIds.length; n++) {
        const next = source.next();
        if (next.done) {
          if (text) this.push(text);
          this.push(null);
          return;
        }
        text += next.value;
      }
      this.push(text);
    },
  });
}
