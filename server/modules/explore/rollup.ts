/**
 * Roll-ups: a region's figure from the regions below it, by the indicator's aggregation rule
 * (domain/aggregate.ts). Pure, over the per-sex sums of sums.ts and the rules of combine.ts:
 * - `sum`: the children's sums add up, per sex;
 * - `ratio`: the children's numerators and denominators add up, per sex only over the children
 *   that have both (one without its denominator would skew the rate), and the rate is
 *   recomputed from them — never an average of rates;
 * - `none` (survey rates, indices): nothing combines, so there is no roll-up (null).
 */
import type { Sex } from '../../../domain/indicators.js';
import { addExact, combineSexes, type AggIndicator, type SexSum, type SexValues } from './combine.js';
import { keyOf } from './sums.js';

/** The sums of one region and period: keyOf(indicator code, sex) -> sum. */
export type PartSums = Map<string, SexSum>;

export const EMPTY_SUMS: PartSums = new Map();

export type FigureSource = 'stored' | 'rolled_up';

export interface Resolved {
  figure: SexValues;
  /** The sums the figure was made from: what a roll-up one level higher adds. */
  parts: PartSums;
  source: FigureSource | null;
}

/** The figure of one region from its own stored sums. */
export function figureOf(ind: AggIndicator, sums: PartSums): SexValues {
  return combineSexes(ind, (code, sex) => sums.get(keyOf(code, sex)));
}

export function hasFigure(v: SexValues): boolean {
  return v.p !== null || v.l !== null || v.t !== null;
}

/** True when the indicator can be rolled up at all (a ratio needs both its parts named). */
export function canRollUp(ind: AggIndicator): boolean {
  if (ind.aggregation === 'sum') return true;
  return ind.aggregation === 'ratio' && ind.numeratorCode !== null && ind.denominatorCode !== null;
}

/**
 * Adds the children's parts. Answers null for an indicator that cannot be rolled up; else the
 * added sums, the figure they give and how many children took part (for any sex).
 */
export function rollUp(
  ind: AggIndicator,
  children: PartSums[],
): { figure: SexValues; parts: PartSums; reporting: number } | null {
  if (!canRollUp(ind)) return null;
  const added: PartSums = new Map();
  const add = (code: string, sex: Sex, total: number) => {
    const key = keyOf(code, sex);
    added.set(key, { total: addExact([added.get(key)?.total ?? 0, total]), own: null });
  };
  let reporting = 0;
  for (const child of children) {
    let took = false;
    for (const sex of ind.sexes) {
      if (ind.aggregation === 'sum') {
        const s = child.get(keyOf(ind.code, sex));
        if (s) {
          add(ind.code, sex, s.total);
          took = true;
        }
        continue;
      }
      const num = child.get(keyOf(ind.numeratorCode!, sex));
      const den = child.get(keyOf(ind.denominatorCode!, sex));
      if (num && den) {
        add(ind.numeratorCode!, sex, num.total);
        add(ind.denominatorCode!, sex, den.total);
        took = true;
      }
    }
    if (took) reporting++;
  }
  return { figure: figureOf(ind, added), parts: added, reporting };
}

/**
 * A region with regions below it (a province, in a list of provinces): the value stored for
 * it when there is one — an official figure is shown as published — else the roll-up of its
 * children, saying which.
 */
export function storedOrRolledUp(ind: AggIndicator, own: PartSums, children: PartSums[]): Resolved {
  const stored = figureOf(ind, own);
  if (hasFigure(stored)) return { figure: stored, parts: own, source: 'stored' };
  const up = rollUp(ind, children);
  if (up && hasFigure(up.figure)) return { figure: up.figure, parts: up.parts, source: 'rolled_up' };
  return { figure: stored, parts: EMPTY_SUMS, source: null };
}

/** A region without regions below it (a kab/kota): its stored value or nothing. */
export function storedOnly(ind: AggIndicator, own: PartSums): Resolved {
  const stored = figureOf(ind, own);
  return { figure: stored, parts: own, source: hasFigure(stored) ? 'stored' : null };
}
