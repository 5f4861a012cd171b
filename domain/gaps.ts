/**
 * Gender gaps between female (P) and male (L) values: the difference, the ratio (parity
 * index), and for ranking across indicators of different units, the relative gap
 * |P − L| / mean(P, L), which is 0 at parity and 2 when one side is zero.
 * The "gaps" view (evidence for GAP step 2) ranks indicators by the widest latest gap and by
 * the fastest widening over the periods given.
 */

export interface SexPair {
  period: string;
  p: number | null;
  l: number | null;
}

export interface GapPoint {
  period: string;
  p: number | null;
  l: number | null;
  diff: number | null;
  ratio: number | null;
  relative: number | null;
}

export function gapPoint({ period, p, l }: SexPair): GapPoint {
  if (p === null || l === null) return { period, p, l, diff: null, ratio: null, relative: null };
  const mean = (p + l) / 2;
  return {
    period,
    p,
    l,
    diff: p - l,
    ratio: l === 0 ? null : p / l,
    relative: mean === 0 ? 0 : Math.abs(p - l) / Math.abs(mean),
  };
}

/** Least-squares slope of y over equally spaced periods (per period). */
export function slope(ys: number[]): number | null {
  const n = ys.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

export interface GapRankItem {
  indicatorCode: string;
  latest: GapPoint;
  /** Change of the relative gap per period (positive: widening). */
  trend: number | null;
}

/**
 * Ranks indicators by their latest relative gap (widest first) and returns the trend of each,
 * so the caller can also sort by fastest widening. Series are ordered by period.
 */
export function rankGaps(series: { indicatorCode: string; points: SexPair[] }[]): GapRankItem[] {
  const items: GapRankItem[] = [];
  for (const s of series) {
    const gaps = s.points.map(gapPoint).filter((g) => g.relative !== null);
    if (gaps.length === 0) continue;
    items.push({
      indicatorCode: s.indicatorCode,
      latest: gaps[gaps.length - 1],
      trend: slope(gaps.map((g) => g.relative!)),
    });
  }
  return items.sort((a, b) => b.latest.relative! - a.latest.relative!);
}
