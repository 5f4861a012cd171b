/**
 * The read services of explore: the open values API and the aggregates behind the charts.
 * Each checks who may read what (access.ts) before it queries, and passes the statuses the
 * actor may see down to the queries.
 */
import { inArray } from 'drizzle-orm';
import { roundTo } from '../../../domain/aggregate.js';
import { gapPoint, type GapPoint } from '../../../domain/gaps.js';
import { regionLevelOf } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { PageQuery } from '../../lib/pagination.js';
import { statusesWithin, valueReadScope } from './access.js';
import { loadBreakdown } from './breakdown.js';
import { provinceComparison } from './compare.js';
import { pageOfValues, regionsOf, type ValueFilter } from './queries.js';
import { DIM_PREFIX } from '../../../api/explore.js';
import { loadSeries } from './series.js';
import type { ValueStatus } from './sums.js';

export interface ValueFilterInput {
  region: string;
  descendants: boolean;
  indicator?: string[];
  from?: string;
  to?: string;
  sex?: string;
  status?: ValueStatus[];
  /** Also `dim.<set>` keys. */
  [key: string]: unknown;
}

/** Query -> filter: resolves the regions, checks the actor may read each, parses member filters. */
export async function resolveValueFilter(
  db: Db,
  actor: Actor | null,
  q: ValueFilterInput,
): Promise<ValueFilter> {
  // Permission before existence, as elsewhere: a region out of reach is refused, not looked up.
  const scope = valueReadScope(actor, [q.region]);
  const regionCodes = await regionsOf(db, q.region, q.descendants);
  valueReadScope(actor, regionCodes);
  const members: Record<string, string> = {};
  for (const [key, value] of Object.entries(q)) {
    if (key.startsWith(DIM_PREFIX) && typeof value === 'string')
      members[key.slice(DIM_PREFIX.length)] = value;
  }
  return {
    regionCodes,
    indicatorCodes: q.indicator,
    from: q.from,
    to: q.to,
    sex: q.sex,
    members,
    statuses: statusesWithin(scope, q.status),
  };
}

export async function listValues(db: Db, actor: Actor | null, q: ValueFilterInput & PageQuery) {
  const filter = await resolveValueFilter(db, actor, q);
  return pageOfValues(db, filter, q);
}

/** A gap with the binary noise of P − L taken off (97.45 − 96.13 is not 1.3200000000000074). */
export function tidyGap<T extends GapPoint>(g: T): T {
  return { ...g, diff: g.diff === null ? null : roundTo(g.diff, 10) };
}

export type IndicatorSummary = Awaited<ReturnType<typeof indicatorSummaries>>[number];

export async function indicatorSummaries(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({
      code: indicators.code,
      nameId: indicators.nameId,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      domainGroup: indicators.domainGroup,
      aggregation: indicators.aggregation,
      decimals: indicators.decimals,
      dimensions: indicators.dimensions,
      sexes: indicators.sexes,
    })
    .from(indicators)
    .where(inArray(indicators.code, codes))
    .orderBy(indicators.code);
}

async function oneIndicator(db: Db, code: string): Promise<IndicatorSummary> {
  const [row] = await indicatorSummaries(db, [code]);
  if (!row) throw new NotFound();
  return row;
}

/** One indicator's P, L and T over time with the gap between the sexes at each period. */
export async function trend(
  db: Db,
  actor: Actor | null,
  q: { region: string; indicator: string; from?: string; to?: string },
) {
  const scope = valueReadScope(actor, [q.region]);
  // Independent reads: on a PostgreSQL pool they run side by side.
  const [indicator, series] = await Promise.all([
    oneIndicator(db, q.indicator),
    loadSeries(db, {
      regionCodes: [q.region],
      indicatorCodes: [q.indicator],
      from: q.from,
      to: q.to,
      statuses: scope.statuses,
    }),
  ]);
  return {
    regionCode: q.region,
    indicator,
    points: series.map((s) => ({
      ...tidyGap(gapPoint({ period: s.period, p: s.p, l: s.l })),
      t: s.t,
      ...(s.setAside ? { setAside: s.setAside } : {}),
    })),
  };
}

export async function breakdown(
  db: Db,
  actor: Actor | null,
  q: { region: string; indicator: string; period: string; dimension: string },
) {
  const scope = valueReadScope(actor, [q.region]);
  return loadBreakdown(db, {
    regionCode: q.region,
    indicatorCode: q.indicator,
    period: q.period,
    dimension: q.dimension,
    statuses: scope.statuses,
  });
}

/**
 * Kab/kota of a province side by side. Reading the province is enough: the comparison is the
 * province's view of its kab/kota (superadmin, the provinsi user, and the province's readers).
 */
export async function compare(
  db: Db,
  actor: Actor | null,
  q: { province: string; indicator: string; period: string },
) {
  const scope = valueReadScope(actor, [q.province]);
  if (regionLevelOf(q.province) !== 'provinsi') throw new Invalid({ province: 'not_a_province' });
  const indicator = await oneIndicator(db, q.indicator);
  const result = await provinceComparison(db, {
    provinceCode: q.province,
    indicatorCode: q.indicator,
    period: q.period,
    statuses: scope.statuses,
  });
  return { indicator, period: result.period, items: result.items, province: result.province };
}
