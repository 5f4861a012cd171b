/**
 * A province's kab/kota side by side for one indicator and period, plus the province as a
 * whole computed from them: counts add up, rates are recomputed from the summed numerators
 * and denominators (never averaged), and a `none` indicator shows the value stored for the
 * province itself, since such rates cannot be combined.
 */
import { asc, eq } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { NotFound } from '../../lib/errors.js';
import { addExact, combineSexes, partsOf, type SexSum, type SexValues } from './combine.js';
import { keyOf, loadAggIndicators, sumsBySex, type ValueStatus } from './sums.js';

export interface ProvinceComparisonQuery {
  provinceCode: string;
  indicatorCode: string;
  period: string;
  statuses?: ValueStatus[];
}

export interface ComparisonRow extends SexValues {
  regionCode: string;
  name: string;
}

export interface ProvinceComparison {
  indicatorCode: string;
  period: string;
  /** Every kab/kota of the province, by code, with nulls where it has no value. */
  items: ComparisonRow[];
  /** The province aggregate; `reporting` counts the kab/kota that have a value. */
  province: ComparisonRow & { reporting: number; of: number };
}

export async function provinceComparison(db: Db, q: ProvinceComparisonQuery): Promise<ProvinceComparison> {
  const [province] = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.code, q.provinceCode));
  const ind = (await loadAggIndicators(db, [q.indicatorCode])).get(q.indicatorCode);
  if (!province || !ind) throw new NotFound();
  const kabkota = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.parentCode, q.provinceCode))
    .orderBy(asc(regions.code));

  const rows = await sumsBySex(db, {
    regionCodes: [province.code, ...kabkota.map((k) => k.code)],
    indicatorCodes: partsOf(ind),
    period: q.period,
    statuses: q.statuses,
  });
  const sums = new Map(rows.map((r) => [keyOf(r.regionCode, r.indicatorCode, r.sex), r.sum]));
  const lookupIn = (region: string) => (code: string, sex: Sex) => sums.get(keyOf(region, code, sex));

  const items = kabkota.map((k) => ({
    regionCode: k.code,
    name: k.name,
    ...combineSexes(ind, lookupIn(k.code)),
  }));
  const reporting = items.filter((i) => i.p !== null || i.l !== null || i.t !== null).length;

  let whole: SexValues;
  if (ind.aggregation === 'none') {
    whole = combineSexes(ind, lookupIn(province.code));
  } else {
    const added = new Map<string, SexSum>();
    const add = (code: string, sex: Sex, total: number) => {
      const prev = added.get(keyOf(code, sex))?.total ?? 0;
      added.set(keyOf(code, sex), { total: addExact([prev, total]), own: null });
    };
    for (const k of kabkota) {
      for (const sex of ind.sexes) {
        const get = lookupIn(k.code);
        if (ind.aggregation === 'sum') {
          const s = get(ind.code, sex);
          if (s) add(ind.code, sex, s.total);
          continue;
        }
        // A rate only takes in the kab/kota that have both its parts, or it would be skewed.
        const num = get(ind.numeratorCode!, sex);
        const den = get(ind.denominatorCode!, sex);
        if (num && den) {
          add(ind.numeratorCode!, sex, num.total);
          add(ind.denominatorCode!, sex, den.total);
        }
      }
    }
    whole = combineSexes(ind, (code, sex) => added.get(keyOf(code, sex)));
  }

  return {
    indicatorCode: ind.code,
    period: q.period,
    items,
    province: { regionCode: province.code, name: province.name, ...whole, reporting, of: kabkota.length },
  };
}
