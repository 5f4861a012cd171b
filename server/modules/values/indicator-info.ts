/**
 * Loads what the value services need to know about indicators, once per request: the rows,
 * and per dimension the members usable in the region. The cells of an entry grid (sexes ×
 * member combinations) are never built here: a product of four dimensions can run into the
 * millions, so callers count first (cellCount) and build only what they may show (gridCells).
 */
import { and, inArray, like, not, or, type SQL } from 'drizzle-orm';
import {
  allCombos,
  comboCount,
  comboKey,
  TooManyCombinations,
  type MemberList,
  type Members,
} from '../../../domain/combo.js';
import { KECAMATAN_DIMENSION, regionMemberPrefix, type Sex } from '../../../domain/indicators.js';
import type { RuleIndicator } from '../../../domain/value-rules.js';
import type { Db } from '../../db/connection.js';
import { dimensionMembers, indicators } from '../../db/schema-data.js';
import { Invalid } from '../../lib/errors.js';

export type IndicatorRow = typeof indicators.$inferSelect;

export interface IndicatorInfo {
  row: IndicatorRow;
  rule: RuleIndicator;
  /** The indicator's dimensions in order, each with its members usable in the region. */
  sets: MemberList[];
  /** Allowed members per dimension set of this indicator. */
  members: Map<string, Set<string>>;
}

export interface GridCell {
  sex: Sex;
  comboKey: string;
  members: Members;
}

export function ruleOf(row: IndicatorRow): RuleIndicator {
  return {
    code: row.code,
    unit: row.unit,
    aggregation: row.aggregation,
    percentBounded: row.percentBounded,
    sexes: row.sexes,
    numeratorCode: row.numeratorCode,
    denominatorCode: row.denominatorCode,
    jumpWarningPct: row.jumpWarningPct === null ? null : Number(row.jumpWarningPct),
    multiplier: row.multiplier,
    decimals: row.decimals,
  };
}

/**
 * The dimension members usable in a region, as a condition on dimension_members: every member
 * of a fixed set, and of the kecamatan only the region's own (domain/indicators.ts
 * memberBelongsToRegion) — a dozen for a kab/kota instead of the country's 7,285.
 */
export function membersInRegion(regionCode: string): SQL {
  // Region codes are digits and dots, so the prefix holds no LIKE wildcard.
  return or(
    not(inArray(dimensionMembers.setCode, [KECAMATAN_DIMENSION])),
    like(dimensionMembers.code, `${regionMemberPrefix(regionCode)}%`),
  )!;
}

export async function loadIndicatorInfo(
  db: Db,
  codes: string[],
  regionCode: string,
): Promise<Map<string, IndicatorInfo>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select().from(indicators).where(inArray(indicators.code, codes));
  const setCodes = [...new Set(rows.flatMap((r) => r.dimensions))];
  const memberRows = setCodes.length
    ? await db
        .select({
          setCode: dimensionMembers.setCode,
          code: dimensionMembers.code,
          sort: dimensionMembers.sortOrder,
        })
        .from(dimensionMembers)
        .where(and(inArray(dimensionMembers.setCode, setCodes), membersInRegion(regionCode)))
    : [];
  const bySet = new Map<string, { code: string; sort: number }[]>();
  for (const m of memberRows) {
    const list = bySet.get(m.setCode) ?? [];
    list.push({ code: m.code, sort: m.sort });
    bySet.set(m.setCode, list);
  }
  for (const list of bySet.values()) list.sort((a, b) => a.sort - b.sort);
  const out = new Map<string, IndicatorInfo>();
  for (const row of rows) {
    const sets = row.dimensions.map((code) => ({
      code,
      members: (bySet.get(code) ?? []).map((m) => m.code),
    }));
    out.set(row.code, {
      row,
      rule: ruleOf(row),
      sets,
      members: new Map(sets.map((s) => [s.code, new Set(s.members)])),
    });
  }
  return out;
}

/** How many member combinations the indicator has in the region (not built). */
export function comboCountOf(info: IndicatorInfo): number {
  return comboCount(info.sets);
}

/** How many cells its entry grid has: sexes × member combinations (not built). */
export function cellCount(info: IndicatorInfo): number {
  return info.row.sexes.length * comboCount(info.sets);
}

/**
 * Refuses, with a 422 naming the field and the largest indicator, a selection whose grid or
 * template would have more than `max` rows by `measure` — before any of them is built.
 */
export function assertShowable(
  infos: IndicatorInfo[],
  max: number,
  measure: (info: IndicatorInfo) => number = cellCount,
): void {
  let total = 0;
  let largest: { code: string; n: number } | null = null;
  for (const info of infos) {
    const n = measure(info);
    total += n;
    if (!largest || n > largest.n) largest = { code: info.row.code, n };
  }
  if (total > max) {
    throw new Invalid({ indicators: 'too_many_cells' }, 'cells_too_many', {
      cells: total,
      max,
      code: largest!.code,
    });
  }
}

/** The combinations of an indicator, at most `max` of them (TooManyCombinations beyond). */
export function combosOf(info: IndicatorInfo, max: number): { key: string; members: Members }[] {
  return allCombos(info.sets, max).map((members) => ({ key: comboKey(members), members }));
}

/** The cells of the entry grid: sexes × member combinations; call assertShowable first. */
export function gridCells(info: IndicatorInfo, max: number): GridCell[] {
  if (cellCount(info) > max) throw new TooManyCombinations(cellCount(info), max);
  const combos = combosOf(info, max);
  return (info.row.sexes as Sex[]).flatMap((sex) =>
    combos.map((c) => ({ sex, comboKey: c.key, members: c.members })),
  );
}

/** Checks that `members` names exactly the indicator's dimensions with known members. */
export function memberProblem(
  info: IndicatorInfo,
  members: Members,
): 'member_unknown' | 'members_incomplete' | null {
  const given = Object.keys(members).filter((k) => members[k] !== '');
  for (const set of given) {
    if (!info.members.get(set)?.has(members[set])) return 'member_unknown';
  }
  if (given.length !== info.members.size) return 'members_incomplete';
  return null;
}
