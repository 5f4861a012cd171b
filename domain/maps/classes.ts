/**
 * Classes of a choropleth map: how a region's value picks its colour. Two methods, both on
 * the values present (nulls — a region with no figure — are left out and drawn as "no data"):
 * - equal interval: the range min…max cut into n intervals of the same width;
 * - quantile: about the same number of regions in each class.
 * There are never more classes than distinct values (three values make at most three
 * classes), and all-equal values make one class. Colours: a sequential ramp for a figure, a
 * diverging one for a gap (P − L, centred on 0) and a ratio (P/L, centred on 1), so that
 * "women ahead" and "men ahead" read as two hues and parity as the neutral middle.
 */

export const CLASS_METHODS = ['quantile', 'equal-interval'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export const DEFAULT_CLASS_COUNT = 5;

export interface MapClass {
  /** Lower bound, included. */
  from: number;
  /** Upper bound: excluded, except in the last class, which holds the maximum. */
  to: number;
  /** How many values fall in the class. */
  count: number;
}

function isValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Lower bounds of the classes after the first, strictly increasing, each above the minimum. */
function innerBreaks(sorted: number[], method: ClassMethod, n: number): number[] {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    const last = breaks.length > 0 ? breaks[breaks.length - 1] : min;
    let at: number | undefined;
    if (method === 'equal-interval') at = min + ((max - min) * i) / n;
    else {
      // The value at the i-th n-tile; among ties, the next value above the last break.
      const position = Math.min(sorted.length - 1, Math.floor((i * sorted.length) / n));
      at = sorted[position] > last ? sorted[position] : sorted.find((v) => v > last);
    }
    if (at !== undefined && at > last && at <= max) breaks.push(at);
  }
  return breaks;
}

/** The classes of `values` (nulls and non-finite numbers left out); none when there is no value. */
export function mapClasses(
  values: readonly (number | null | undefined)[],
  method: ClassMethod = 'quantile',
  classCount: number = DEFAULT_CLASS_COUNT,
): MapClass[] {
  const sorted = values.filter(isValue).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const distinct = new Set(sorted).size;
  const wanted = Number.isFinite(classCount) ? Math.floor(classCount) : DEFAULT_CLASS_COUNT;
  const n = Math.max(1, Math.min(wanted, distinct));
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const bounds = [min, ...innerBreaks(sorted, method, n), max];
  const classes = bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1], count: 0 }));
  for (const v of sorted) classes[classIndexOf(v, classes)!].count++;
  return classes;
}

/** The index of the class `value` falls in, or null for no value (or no class). */
export function classIndexOf(value: number | null | undefined, classes: readonly MapClass[]): number | null {
  if (!isValue(value) || classes.length === 0) return null;
  for (let i = classes.length - 1; i > 0; i--) if (value >= classes[i].from) return i;
  return 0;
}

/** What a map shows of a region's figure. */
export const MAP_MEASURES = ['total', 'female', 'male', 'gap', 'ratio'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** The value a diverging measure is centred on; null for a sequential one. */
export function divergingCentre(measure: MapMeasure): number | null {
  if (measure === 'gap') return 0;
  if (measure === 'ratio') return 1;
  return null;
}

/** Light to dark purple (ColorBrewer "Purples"), for a figure. */
const SEQUENTIAL = ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'];
/** Parity (light grey) to the darkest of each side: ColorBrewer "PRGn", colour-blind safe. */
const PARITY = '#f7f7f7';
const MEN_AHEAD = [PARITY, '#d9f0d3', '#a6dba0', '#5aae61', '#1b7837'];
const WOMEN_AHEAD = [PARITY, '#e7d4e8', '#c2a5cf', '#9970ab', '#762a83'];
export const NO_DATA_COLOUR = '#d9d9d9';

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** The colour at `t` (0…1) along `stops`, interpolated in RGB, as #rrggbb. */
export function rampAt(stops: readonly string[], t: number): string {
  const at = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(at));
  const f = at - i;
  const rgb = (c: string) => [1, 3, 5].map((k) => parseInt(c.slice(k, k + 2), 16));
  const [a, b] = [rgb(stops[i]), rgb(stops[i + 1])];
  return '#' + a.map((v, k) => hex2(v + (b[k] - v) * f)).join('');
}

/**
 * One colour per class. Sequential: light (lowest) to dark (highest). Diverging: the hue by
 * the side of the centre a class lies on, the class holding the centre neutral, the depth by
 * the class's rank from the centre — measured against the side with more classes, so that
 * the two sides stay comparable and a map where every region is below parity uses one hue.
 */
export function classColours(classes: readonly MapClass[], measure: MapMeasure): string[] {
  const centre = divergingCentre(measure);
  if (centre === null) {
    if (classes.length === 1) return [rampAt(SEQUENTIAL, 0.5)];
    return classes.map((_, i) => rampAt(SEQUENTIAL, 0.15 + (0.85 * i) / (classes.length - 1)));
  }
  // -1 below the centre, 1 above, 0 for the class holding it (the last class holds its `to`).
  const last = classes.length - 1;
  const side = classes.map((c, i) =>
    c.to < centre || (c.to === centre && i < last) ? -1 : c.from > centre ? 1 : 0,
  );
  const below = side.filter((s) => s < 0).length;
  const above = side.filter((s) => s > 0).length;
  const depth = Math.max(below, above);
  return classes.map((_, i) => {
    if (side[i] === 0) return PARITY;
    // Rank from the centre: 1 for the class next to it.
    const rank = side[i] < 0 ? below - i : i - (classes.length - above) + 1;
    return rampAt(side[i] < 0 ? MEN_AHEAD : WOMEN_AHEAD, rank / depth);
  });
}
