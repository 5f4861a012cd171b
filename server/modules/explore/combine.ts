/**
 * Turns per-sex sums of stored values into the P, L and T of one indicator, by its
 * aggregation rule (domain/aggregate.ts). Pure: the SQL that produces the sums lives in
 * sums.ts, so the same rules serve a region's series, a breakdown member and a province
 * aggregated from its kab/kota.
 */
import { rateOf, roundTo } from '../../../domain/aggregate.js';
import type { Sex } from '../../../domain/indicators.js';
import { exactRate, publishedRate } from '../../../domain/rate-mismatch.js';

/** What the aggregation needs to know about an indicator. */
export interface AggIndicator {
  code: string;
  aggregation: string;
  numeratorCode: string | null;
  denominatorCode: string | null;
  multiplier: string | null;
  decimals: number;
  dimensions: string[];
  sexes: Sex[];
}

/** The sum of an indicator's stored values of one sex, and its lone value when it has one. */
export interface SexSum {
  total: number;
  /** The value with no other dimension (combo 0), or the single value of a breakdown member. */
  own: number | null;
}

/** Looks up the sum of `code` for one sex in the scope being computed (region, member, …). */
export type SumLookup = (code: string, sex: Sex) => SexSum | undefined;

/** A typed rate that a publication does not show, because its counts give another figure. */
export interface RateSetAside {
  sex: Sex;
  /** As the OPD entered it (kept in the database). */
  typed: number;
  /** Computed from the numerator and denominator: what is shown instead. */
  published: number;
}

export interface SexValues {
  p: number | null;
  l: number | null;
  t: number | null;
  /** Only present when a typed rate was set aside (domain/rate-mismatch.ts, the publish rule). */
  setAside?: RateSetAside[];
}

const BOTH: Sex[] = ['P', 'L'];

/** Adds decimals without binary noise (0.1 + 0.2 = 0.3): stored values have ≤ 10 decimals. */
export function addExact(values: number[]): number {
  return roundTo(
    values.reduce((a, b) => a + b, 0),
    10,
  );
}

/** Every sum an indicator's value depends on: its own, or its numerator's and denominator's. */
export function partsOf(ind: AggIndicator): string[] {
  if (ind.aggregation !== 'ratio') return [ind.code];
  // The rate itself is read too: it is the fallback when its parts were never entered.
  return [ind.code, ind.numeratorCode, ind.denominatorCode].filter((c): c is string => c !== null);
}

function bySex(ind: AggIndicator, value: (sex: Sex) => number | null): SexValues {
  return {
    p: ind.sexes.includes('P') ? value('P') : null,
    l: ind.sexes.includes('L') ? value('L') : null,
    t: null,
  };
}

/** The total of a sum over the indicator's sexes; null unless every one of them is known. */
function totalOf(ind: AggIndicator, code: string, get: SumLookup): number | null {
  const parts = ind.sexes.map((s) => get(code, s)?.total);
  return parts.every((v) => v !== undefined) && parts.length > 0 ? addExact(parts as number[]) : null;
}

export function combineSexes(ind: AggIndicator, get: SumLookup): SexValues {
  if (ind.aggregation === 'sum') {
    const out = bySex(ind, (s) => get(ind.code, s)?.total ?? null);
    return { ...out, t: totalOf(ind, ind.code, get) };
  }
  if (ind.aggregation === 'ratio' && ind.numeratorCode && ind.denominatorCode) {
    const num = ind.numeratorCode;
    const den = ind.denominatorCode;
    const setAside: RateSetAside[] = [];
    // The publish rule, per sex: computed from both counts when they exist, else the rate as
    // typed; a typed rate that the counts contradict is reported, never silently replaced.
    const rate = (s: Sex) => {
      const n = get(num, s)?.total ?? null;
      const d = get(den, s)?.total ?? null;
      const rounded = rateOf(n, d, ind);
      const typed = ind.dimensions.length === 0 ? (get(ind.code, s)?.own ?? null) : null;
      const computed = rounded === null ? null : { rounded, exact: exactRate(n!, d!, ind.multiplier)! };
      const shown = publishedRate(typed, computed, ind.decimals);
      if (shown.setAside !== null) setAside.push({ sex: s, typed: shown.setAside, published: shown.value! });
      return shown.value;
    };
    const out = bySex(ind, rate);
    out.t = rateOf(totalOf(ind, num, get), totalOf(ind, den, get), ind);
    return setAside.length > 0 ? { ...out, setAside } : out;
  }
  // `none` (and a ratio missing its parts): only a lone value exists, and never a total.
  if (ind.dimensions.length > 0) return { p: null, l: null, t: null };
  return bySex(ind, (s) => get(ind.code, s)?.own ?? null);
}

/** True when both sexes apply, so a gap between them can exist. */
export function hasBothSexes(ind: AggIndicator): boolean {
  return BOTH.every((s) => ind.sexes.includes(s));
}
