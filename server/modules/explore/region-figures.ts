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
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import { gapPoint } from '../../../domain/gaps.js';
import type { Sex } from '../../../domain/indicators.js';
import { competitionRanks, differenceOf } from '../../../domain/rollup.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { dataValues, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid } from '../../lib/errors.js';
import { inRegionOrItsKabKota } from '../../lib/region-scope.js';
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
import { keyOf, statusCondition, type ValueStatus } from './sums.js';

export interface RegionFiguresQuery {
  indicator: string;
  year: string;
  scope: string;
  level: 'provinsi' | 'kabkota';
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

/**
 * Σ value per region × indicator × period × sex for the indicator's parts in the given periods,
 * over every region of the scope, in one GROUP BY. `own` is the value without other
 * dimensions (combo 0), as in sums.ts sumsBySex.
 */
async function sumsInScope(
  db: Db,
  q: { scopeCode: string; codes: string[]; periods: string[]; statuses: readonly ValueStatus[] },
): Promise<Map<string, PartSums>> {
  const v = dataValues;
  const rows = await db
    .select({
      regionCode: v.regionCode,
      indicatorCode: v.indicatorCode,
      period: v.period,
      sex: v.sex,
      total: sql<string>`sum(${v.value})`,
      own: sql<string | null>`max(${v.value}) filter (where ${v.comboId} = 0)`,
    })
    .from(v)
    .where(
      and(
        q.codes.length === 1 ? eq(v.indicatorCode, q.codes[0]) : inArray(v.indicatorCode, q.codes),
        inArray(v.period, q.periods),
        // The nation is every region: no condition at all.
        q.scopeCode === NATIONAL_CODE ? undefined : inRegionOrItsKabKota(v.regionCode, q.scopeCode),
        statusCondition(q.statuses),
      ),
    )
    .groupBy(v.regionCode, v.indicatorCode, v.period, v.sex);
  // keyOf(region, period) -> that region's sums in that period.
  const out = new Map<string, PartSums>();
  for (const r of rows) {
    const key = keyOf(r.regionCode, r.period);
    let sums = out.get(key);
    if (!sums) out.set(key, (sums = new Map()));
    sums.set(keyOf(r.indicatorCode, r.sex), {
      total: Number(r.total),
      own: r.own === null ? null : Number(r.own),
    });
  }
  return out;
}

const figure = (v: SexValues) => ({ total: v.t, female: v.p, male: v.l });

export async function regionFigures(db: Db, actor: Actor | null, q: RegionFiguresQuery) {
  const scopeCode = q.scope === 'national' ? NATIONAL_CODE : q.scope;
  // Permission before existence, as elsewhere: a scope out of reach is refused, not looked up.
  const access = valueReadScope(actor, [scopeCode]);
  const [ind, regionRows] = await Promise.all([loadIndicator(db, q.indicator), loadRegions(db, scopeCode)]);
  const scopeRegion = regionRows.find((r) => r.code === scopeCode);
  if (!scopeRegion) throw new Invalid({ scope: 'region_unknown' });
  const listed = regionRows.filter((r) => r.level === q.level);
  // Every row must be readable too (an account placed at `ID` that is not national reads `ID` only).
  valueReadScope(
    actor,
    listed.map((r) => r.code),
  );

  const year = Number(q.year);
  const periods = [String(year), String(year - 1)];
  const sums = await sumsInScope(db, {
    scopeCode,
    codes: partsOf(ind),
    periods,
    statuses: access.statuses,
  });
  const sumsOf = (region: string, period: string) => sums.get(keyOf(region, period)) ?? EMPTY_SUMS;

  const kabkotaOf = new Map<string, string[]>();
  for (const r of regionRows) {
    if (r.level !== 'kabkota' || !r.parentCode) continue;
    const list = kabkotaOf.get(r.parentCode) ?? [];
    list.push(r.code);
    kabkotaOf.set(r.parentCode, list);
  }
  const resolve = (code: string, period: string): Resolved =>
    q.level === 'kabkota'
      ? storedOnly(ind, sumsOf(code, period))
      : storedOrRolledUp(
          ind,
          sumsOf(code, period),
          (kabkotaOf.get(code) ?? []).map((k) => sumsOf(k, period)),
        );

  const now = listed.map((r) => resolve(r.code, periods[0]));
  const before = listed.map((r) => resolve(r.code, periods[1]));
  const ranks = competitionRanks(now.map((n) => n.figure.t));
  const rows = listed.map((r, i) => {
    const { figure: f, source } = now[i];
    const gap = gapPoint({ period: periods[0], p: f.p, l: f.l });
    const previousTotal = before[i].figure.t;
    return {
      regionCode: r.code,
      regionName: r.name,
      parentCode: r.parentCode,
      total: f.t,
      female: f.p,
      male: f.l,
      gap: differenceOf(f.p, f.l),
      ratio: gap.ratio,
      source,
      previousTotal,
      change: differenceOf(f.t, previousTotal),
      rank: ranks[i],
    };
  });

  // The scope rolled up from the rows' parts (the parts each row's figure was made from).
  const up = rollUp(
    ind,
    now.map((n) => n.parts),
  );
  const stored = figureOf(ind, sumsOf(scopeCode, periods[0]));
  const rolledUp = up ? up.figure : null;
  return {
    indicator: {
      code: ind.code,
      nameId: ind.nameId,
      nameEn: ind.nameEn,
      unit: ind.unit,
      decimals: ind.decimals,
      aggregation: ind.aggregation,
    },
    year,
    previousYear: year - 1,
    scope: { code: scopeCode === NATIONAL_CODE ? null : scopeCode, name: scopeRegion.name },
    level: q.level,
    rows,
    scopeFigure: {
      rolledUp: rolledUp ? figure(rolledUp) : null,
      stored: figure(stored),
      difference: {
        total: differenceOf(stored.t, rolledUp?.t ?? null),
        female: differenceOf(stored.p, rolledUp?.p ?? null),
        male: differenceOf(stored.l, rolledUp?.l ?? null),
      },
      reporting: up?.reporting ?? 0,
      of: listed.length,
    },
  };
}
