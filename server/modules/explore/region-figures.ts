/**
 * GET /api/explore/regions: one indicator and year for every child region of a scope (the
 * provinces of the nation, every kab/kota of the nation, or the kab/kota of a province), with
 * the gap between the sexes, the change since the year before, a rank, and the scope itself
 * rolled up from its rows beside the value stored for it (api/explore.ts regionFiguresResponse).
 *
 * Cost: three reads whatever the scope — the indicator, the regions of the scope, and one
 * GROUP BY over the values of the indicator's parts in the two years. That read is ranges of
 * the (indicator, period, region) index; a province scope narrows it with the region list of
 * region-scope.ts (never `like '72.%'`, which no index answers). At national scale that is
 * 514 kab/kota × the indicator's other dimensions × 2 years, summed in the database.
 *
 * Access: the scope region must be readable (access.ts valueReadScope), and so must every
 * row: the nation for superadmin, a province for its provinsi user. A kab/kota user reads only
 * its own region today (domain/access.ts canReadRegion), so comparing with its neighbours is
 * refused as the province comparison (GET /api/explore/compare) is.
 */
import { asc, eq, or } from 'drizzle-orm';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import { gapPoint } from '../../../domain/gaps.js';
import type { Sex } from '../../../domain/indicators.js';
import { competitionRanks, differenceOf } from '../../../domain/rollup.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid } from '../../lib/errors.js';
import { valueReadScope } from './access.js';
import { partsOf, type AggIndicator, type SexValues } from './combine.js';
import {
  EMPTY_SUMS,
  figureOf,
  rollUp,
  storedOnly,
  storedOrRolledUp,
  type PartSums,
  type Resolved,
} from './rollup.js';
import { keyOf, sumsBySex, type ValueStatus } from './sums.js';

export type RegionLevelListed = 'provinsi' | 'kabkota';

export interface RegionFiguresQuery {
  indicator: string;
  year: string;
  scope: string;
  level: RegionLevelListed;
}

interface RegionRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

type IndicatorInfo = AggIndicator & { nameId: string; nameEn: string; unit: string };

async function loadIndicator(db: Db, code: string): Promise<IndicatorInfo> {
  const [row] = await db
    .select({
      code: indicators.code,
      nameId: indicators.nameId,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      aggregation: indicators.aggregation,
      numeratorCode: indicators.numeratorCode,
      denominatorCode: indicators.denominatorCode,
      multiplier: indicators.multiplier,
      decimals: indicators.decimals,
      dimensions: indicators.dimensions,
      sexes: indicators.sexes,
    })
    .from(indicators)
    .where(eq(indicators.code, code));
  if (!row) throw new Invalid({ indicator: 'indicator_unknown' });
  return { ...row, sexes: row.sexes as Sex[] };
}

/** The scope region and every region below it (the nation: all of them; 553 rows). */
async function loadRegions(db: Db, scopeCode: string): Promise<RegionRow[]> {
  const query = db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions);
  const rows =
    scopeCode === NATIONAL_CODE
      ? await query.orderBy(asc(regions.code))
      : await query
          .where(or(eq(regions.code, scopeCode), eq(regions.parentCode, scopeCode)))
          .orderBy(asc(regions.code));
  return rows;
}

/** The sums of a scope's values by region and period: keyOf(region, period) -> that region's sums. */
async function sumsInScope(
  db: Db,
  q: { scopeCode: string; codes: string[]; periods: string[]; statuses: readonly ValueStatus[] },
): Promise<Map<string, PartSums>> {
  const rows = await sumsBySex(db, {
    scope: q.scopeCode,
    indicatorCodes: q.codes,
    periods: q.periods,
    statuses: q.statuses,
  });
  const out = new Map<string, PartSums>();
  for (const r of rows) {
    const key = keyOf(r.regionCode, r.period);
    let sums = out.get(key);
    if (!sums) out.set(key, (sums = new Map()));
    sums.set(keyOf(r.indicatorCode, r.sex), r.sum);
  }
  return out;
}

const figure = (v: SexValues) => ({ total: v.t, female: v.p, male: v.l });

/** The values of a scope, ready to resolve any of its regions in any of the periods read. */
export interface ScopeValues {
  ind: IndicatorInfo;
  regionRows: RegionRow[];
  sumsOf: (region: string, period: string) => PartSums;
  kabkotaOf: Map<string, string[]>;
}

export function scopeValues(
  ind: IndicatorInfo,
  regionRows: RegionRow[],
  sums: Map<string, PartSums>,
): ScopeValues {
  const kabkotaOf = new Map<string, string[]>();
  for (const r of regionRows) {
    if (r.level !== 'kabkota' || !r.parentCode) continue;
    const list = kabkotaOf.get(r.parentCode) ?? [];
    list.push(r.code);
    kabkotaOf.set(r.parentCode, list);
  }
  return {
    ind,
    regionRows,
    kabkotaOf,
    sumsOf: (region, period) => sums.get(keyOf(region, period)) ?? EMPTY_SUMS,
  };
}

/** A row's figure: a kab/kota as stored; a province as stored, else rolled up from its kab/kota. */
export function resolveRow(s: ScopeValues, level: RegionLevelListed, code: string, period: string): Resolved {
  if (level === 'kabkota') return storedOnly(s.ind, s.sumsOf(code, period));
  return storedOrRolledUp(
    s.ind,
    s.sumsOf(code, period),
    (s.kabkotaOf.get(code) ?? []).map((k) => s.sumsOf(k, period)),
  );
}

/** The scope rolled up from its rows' parts (the parts each row's figure was made from), beside its stored value. */
export function scopeFigureOf(s: ScopeValues, scopeCode: string, rows: Resolved[], period: string) {
  const up = rollUp(
    s.ind,
    rows.map((n) => n.parts),
  );
  const stored = figureOf(s.ind, s.sumsOf(scopeCode, period));
  const rolledUp = up ? up.figure : null;
  return {
    rolledUp: rolledUp ? figure(rolledUp) : null,
    stored: figure(stored),
    difference: {
      total: differenceOf(stored.t, rolledUp?.t ?? null),
      female: differenceOf(stored.p, rolledUp?.p ?? null),
      male: differenceOf(stored.l, rolledUp?.l ?? null),
    },
    reporting: up?.reporting ?? 0,
    of: rows.length,
  };
}

export function indicatorOut(ind: IndicatorInfo) {
  return {
    code: ind.code,
    nameId: ind.nameId,
    nameEn: ind.nameEn,
    unit: ind.unit,
    decimals: ind.decimals,
    aggregation: ind.aggregation,
  };
}

/**
 * Reads a scope: checks the actor may read it and every region of `level` in it, then loads
 * the indicator, the regions and the sums of the given periods.
 */
export async function readScope(
  db: Db,
  actor: Actor | null,
  q: { indicator: string; scopeCode: string; level: RegionLevelListed; periods: string[] },
  field: string,
) {
  // Permission before existence, as elsewhere: a scope out of reach is refused, not looked up.
  const access = valueReadScope(actor, [q.scopeCode]);
  const [ind, regionRows] = await Promise.all([loadIndicator(db, q.indicator), loadRegions(db, q.scopeCode)]);
  const scopeRegion = regionRows.find((r) => r.code === q.scopeCode);
  if (!scopeRegion) throw new Invalid({ [field]: 'region_unknown' });
  const listed = regionRows.filter((r) => r.level === q.level);
  // Every row must be readable too (an account placed at `ID` that is not national reads `ID` only).
  valueReadScope(
    actor,
    listed.map((r) => r.code),
  );
  const sums = await sumsInScope(db, {
    scopeCode: q.scopeCode,
    codes: partsOf(ind),
    periods: q.periods,
    statuses: access.statuses,
  });
  return { values: scopeValues(ind, regionRows, sums), scopeRegion, listed };
}

export async function regionFigures(db: Db, actor: Actor | null, q: RegionFiguresQuery) {
  const scopeCode = q.scope === 'national' ? NATIONAL_CODE : q.scope;
  const year = Number(q.year);
  const periods = [String(year), String(year - 1)];
  const { values, scopeRegion, listed } = await readScope(
    db,
    actor,
    { indicator: q.indicator, scopeCode, level: q.level, periods },
    'scope',
  );

  const now = listed.map((r) => resolveRow(values, q.level, r.code, periods[0]));
  const before = listed.map((r) => resolveRow(values, q.level, r.code, periods[1]));
  const ranks = competitionRanks(now.map((n) => n.figure.t));
  const rows = listed.map((r, i) => {
    const { figure: f, source } = now[i];
    const previousTotal = before[i].figure.t;
    return {
      regionCode: r.code,
      regionName: r.name,
      parentCode: r.parentCode,
      total: f.t,
      female: f.p,
      male: f.l,
      gap: differenceOf(f.p, f.l),
      ratio: gapPoint({ period: periods[0], p: f.p, l: f.l }).ratio,
      source,
      previousTotal,
      change: differenceOf(f.t, previousTotal),
      rank: ranks[i],
    };
  });

  return {
    indicator: indicatorOut(values.ind),
    year,
    previousYear: year - 1,
    scope: { code: scopeCode === NATIONAL_CODE ? null : scopeCode, name: scopeRegion.name },
    level: q.level,
    rows,
    scopeFigure: scopeFigureOf(values, scopeCode, now, periods[0]),
  };
}
