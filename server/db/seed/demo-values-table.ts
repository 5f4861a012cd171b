/**
 * The machinery behind the demo values (demo-values.ts): deterministic noise, a table of
 * generated figures keyed by indicator, sex, members and year, and whole-number splitting.
 */
import { BUILTIN_DIMENSION_SETS, type Sex } from '../../../domain/indicators.js';
import { STARTER_INDICATORS, type IndicatorDef } from './catalog-data.js';

export type Members = Record<string, string>;

// --- deterministic noise -------------------------------------------------------------------

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One draw of the mulberry32 generator seeded with the key's hash: uniform in [-1, 1). */
export function noise(...key: (string | number)[]): number {
  let t = (fnv1a(key.join('|')) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return u * 2 - 1;
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
export const count = (x: number) => Math.max(0, Math.round(x));
export const roundTo = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
/** 1 in 2020, 0.6 in 2021, else 0: the COVID-19 years. */
export const covid = (year: number) => (year === 2020 ? 1 : year === 2021 ? 0.6 : 0);

// --- the value table -----------------------------------------------------------------------

const SET_MEMBERS = new Map(BUILTIN_DIMENSION_SETS.map((s) => [s.code, s.members.map((m) => m.code)]));
export const DEFS = new Map(STARTER_INDICATORS.map((d) => [d.code, d]));

export function membersOf(setCode: string): string[] {
  const members = SET_MEMBERS.get(setCode);
  if (!members) throw new Error(`Unknown dimension set ${setCode}`);
  return members;
}

/** Every combination of the indicator's dimension members, in dimension order. */
export function combos(def: IndicatorDef): Members[] {
  return def.dimensions.reduce<Members[]>(
    (acc, set) => acc.flatMap((partial) => membersOf(set).map((m) => ({ ...partial, [set]: m }))),
    [{}],
  );
}

export function memberKey(members: Members): string {
  return Object.keys(members)
    .sort()
    .map((k) => `${k}=${members[k]}`)
    .join(';');
}

export class Table {
  private readonly values = new Map<string, number>();

  private key(code: string, sex: Sex, members: Members, year: number): string {
    return `${code}|${sex}|${memberKey(members)}|${year}`;
  }

  set(code: string, sex: Sex, year: number, value: number, members: Members = {}): void {
    this.values.set(this.key(code, sex, members, year), value);
  }

  get(code: string, sex: Sex, year: number, members: Members = {}): number {
    const value = this.values.get(this.key(code, sex, members, year));
    if (value === undefined)
      throw new Error(`No demo value for ${code} ${sex} ${memberKey(members)} ${year}`);
    return value;
  }

  /** The indicator's value summed over the members of its dimensions not fixed by `fixed`. */
  total(code: string, sex: Sex, year: number, fixed: Members = {}): number {
    const def = DEFS.get(code);
    if (!def) throw new Error(`Unknown indicator ${code}`);
    return combos(def)
      .filter((m) => Object.entries(fixed).every(([set, member]) => m[set] === member))
      .reduce((sum, m) => sum + this.get(code, sex, year, m), 0);
  }

  has(code: string, sex: Sex, year: number, members: Members): boolean {
    return this.values.has(this.key(code, sex, members, year));
  }
}

/** Splits a whole number into parts proportional to the weights (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest);
  for (let k = 0; k < missing; k++) parts[order[k].i]++;
  return parts;
}

/** Trends are written as offsets from this year. */
export const BASE_YEAR = 2019;

/** Splits a number of posts between women and men, women holding `femaleShare`. */
export function splitPosts(tbl: Table, code: string, year: number, posts: number, femaleShare: number): void {
  const women = clamp(Math.round(posts * femaleShare), 0, posts);
  tbl.set(code, 'P', year, women);
  tbl.set(code, 'L', year, posts - women);
}
