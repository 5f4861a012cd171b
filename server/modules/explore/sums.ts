/**
 * The SQL side of aggregation: stored values summed per region × indicator × period × sex
 * (GROUP BY in the database, so a national table of tens of millions of rows never travels
 * to the app), plus the filters every value read shares (periods, statuses).
 */
import { and, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { VALUE_STATUSES, type Sex } from '../../../domain/indicators.js';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { dataValues, indicators } from '../../db/schema-data.js';
import { inRegionOrItsKabKota } from '../../lib/region-scope.js';
import { partsOf, type AggIndicator, type SexSum } from './combine.js';

export type ValueStatus = (typeof VALUE_STATUSES)[number];

export interface PeriodRange {
  from?: string;
  to?: string;
}

/**
 * Periods from `from` to `to`, both included. A bare year as `to` takes in its semesters and
 * quarters too (`2024-Q3` sorts after `2024`), so `to=2024` means "through 2024".
 */
export function periodConditions({ from, to }: PeriodRange): SQL[] {
  const out: SQL[] = [];
  if (from) out.push(gte(dataValues.period, from));
  if (to) {
    const upTo = lte(dataValues.period, to);
    out.push(/^\d{4}$/.test(to) ? or(upTo, sql`left(${dataValues.period}, 4) = ${to}`)! : upTo);
  }
  return out;
}

/** No condition when every status is wanted, so the planner is not handed a useless filter. */
export function statusCondition(statuses: readonly ValueStatus[] | undefined): SQL | undefined {
  if (!statuses || VALUE_STATUSES.every((s) => statuses.includes(s))) return undefined;
  return inArray(dataValues.status, [...statuses]);
}

/** The aggregation facts of these indicators and of the numerators/denominators they name. */
export async function loadAggIndicators(db: Db, codes: string[]): Promise<Map<string, AggIndicator>> {
  const out = new Map<string, AggIndicator>();
  let wanted = [...new Set(codes)];
  // Two rounds at most: a rate's parts are counts, which name no parts of their own.
  for (let round = 0; round < 2 && wanted.length > 0; round++) {
    const rows = await db
      .select({
        code: indicators.code,
        aggregation: indicators.aggregation,
        numeratorCode: indicators.numeratorCode,
        denominatorCode: indicators.denominatorCode,
        multiplier: indicators.multiplier,
        decimals: indicators.decimals,
        dimensions: indicators.dimensions,
        sexes: indicators.sexes,
      })
      .from(indicators)
      .where(inArray(indicators.code, wanted));
    for (const r of rows) out.set(r.code, { ...r, sexes: r.sexes as Sex[] });
    wanted = rows.flatMap((r) => partsOf({ ...r, sexes: [] })).filter((c) => !out.has(c));
  }
  return out;
}

/** Which regions: these codes, or a scope — a region with its kab/kota, or every region (NATIONAL_CODE). */
type RegionFilter = { regionCodes: string[]; scope?: never } | { scope: string; regionCodes?: never };

export type SumFilter = PeriodRange &
  RegionFilter & {
    /** Exactly this period (instead of a range). */
    period?: string;
    /** Exactly these periods (instead of a range). */
    periods?: string[];
    indicatorCodes: string[];
    statuses?: readonly ValueStatus[];
  };

function regionCondition(f: RegionFilter): SQL | undefined {
  if (f.scope !== undefined) {
    // The nation is every region: no condition at all.
    return f.scope === NATIONAL_CODE ? undefined : inRegionOrItsKabKota(dataValues.regionCode, f.scope);
  }
  return f.regionCodes.length === 1
    ? eq(dataValues.regionCode, f.regionCodes[0])
    : inArray(dataValues.regionCode, f.regionCodes);
}

function periodCondition(f: SumFilter): SQL[] {
  if (f.period) return [eq(dataValues.period, f.period)];
  if (f.periods) return [inArray(dataValues.period, f.periods)];
  return periodConditions(f);
}

export interface SumRow {
  regionCode: string;
  indicatorCode: string;
  period: string;
  sex: Sex;
  sum: SexSum;
}

/** Σ value per region × indicator × period × sex, over every other dimension. */
export async function sumsBySex(db: Db, f: SumFilter): Promise<SumRow[]> {
  if (f.regionCodes?.length === 0 || f.indicatorCodes.length === 0 || f.periods?.length === 0) return [];
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
        regionCondition(f),
        f.indicatorCodes.length === 1
          ? eq(v.indicatorCode, f.indicatorCodes[0])
          : inArray(v.indicatorCode, f.indicatorCodes),
        ...periodCondition(f),
        statusCondition(f.statuses),
      ),
    )
    .groupBy(v.regionCode, v.indicatorCode, v.period, v.sex);
  return rows.map((r) => ({
    regionCode: r.regionCode,
    indicatorCode: r.indicatorCode,
    period: r.period,
    sex: r.sex as Sex,
    sum: { total: Number(r.total), own: r.own === null ? null : Number(r.own) },
  }));
}

/** A lookup key; NUL cannot occur in codes or periods. */
export const keyOf = (...parts: string[]): string => parts.join('\u0000');
