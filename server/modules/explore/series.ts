/**
 * The core read of data terpilah: per region × indicator × period, the P, L and total T of an
 * indicator aggregated over its other dimensions by its rule (combine.ts). Explore's charts,
 * the gaps ranking and the Profil Gender publication all read through here.
 *
 * No permission check: callers decide which regions and statuses the actor may see (see
 * access.ts valueReadScope) and pass them in.
 */
import type { Db } from '../../db/connection.js';
import { combineSexes, partsOf, type SexValues } from './combine.js';
import { keyOf, loadAggIndicators, sumsBySex, type ValueStatus } from './sums.js';

export type { ValueStatus } from './sums.js';
export { loadBreakdown, type Breakdown, type BreakdownItem, type BreakdownQuery } from './breakdown.js';
export {
  provinceComparison,
  type ComparisonRow,
  type ProvinceComparison,
  type ProvinceComparisonQuery,
} from './compare.js';

export interface SeriesQuery {
  regionCodes: string[];
  indicatorCodes: string[];
  /** First period included (`2019`, `2019-S1`, `2019-Q1`). */
  from?: string;
  /** Last period included; a bare year includes its semesters and quarters. */
  to?: string;
  /** Values of these statuses only; default all. */
  statuses?: ('draft' | 'submitted' | 'verified')[];
}

export interface SeriesPoint extends SexValues {
  regionCode: string;
  indicatorCode: string;
  period: string;
}

/**
 * One point per region × indicator × period where the indicator (or, for a rate, its
 * numerator or denominator) has a stored value; ordered by indicator, region, period.
 * Unknown indicator codes give no points.
 */
export async function loadSeries(db: Db, q: SeriesQuery): Promise<SeriesPoint[]> {
  const info = await loadAggIndicators(db, q.indicatorCodes);
  const targets = [...new Set(q.indicatorCodes)].filter((c) => info.has(c)).sort();
  const needed = [...new Set(targets.flatMap((c) => partsOf(info.get(c)!)))];
  const rows = await sumsBySex(db, {
    regionCodes: [...new Set(q.regionCodes)],
    indicatorCodes: needed,
    from: q.from,
    to: q.to,
    statuses: q.statuses as ValueStatus[] | undefined,
  });

  const sums = new Map(rows.map((r) => [keyOf(r.regionCode, r.indicatorCode, r.period, r.sex), r.sum]));
  // Which periods each region has for each code, to know where a point exists.
  const periods = new Map<string, Set<string>>();
  for (const r of rows) {
    const k = keyOf(r.regionCode, r.indicatorCode);
    if (!periods.has(k)) periods.set(k, new Set());
    periods.get(k)!.add(r.period);
  }

  const points: SeriesPoint[] = [];
  for (const code of targets) {
    const ind = info.get(code)!;
    for (const regionCode of [...new Set(q.regionCodes)].sort()) {
      const seen = new Set<string>();
      for (const part of partsOf(ind)) {
        for (const p of periods.get(keyOf(regionCode, part)) ?? []) seen.add(p);
      }
      for (const period of [...seen].sort()) {
        const values = combineSexes(ind, (c, sex) => sums.get(keyOf(regionCode, c, period, sex)));
        points.push({ regionCode, indicatorCode: code, period, ...values });
      }
    }
  }
  return points;
}
