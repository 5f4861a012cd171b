/** Loads what the value services need to know about indicators, once per request. */
import { inArray } from 'drizzle-orm';
import { allCombos, comboKey, type Members } from '../../../domain/combo.js';
import { memberBelongsToRegion, type Sex } from '../../../domain/indicators.js';
import type { RuleIndicator } from '../../../domain/value-rules.js';
import type { Db } from '../../db/connection.js';
import { dimensionMembers, indicators } from '../../db/schema-data.js';

export type IndicatorRow = typeof indicators.$inferSelect;

export interface IndicatorInfo {
  row: IndicatorRow;
  rule: RuleIndicator;
  /** Allowed members per dimension set of this indicator. */
  members: Map<string, Set<string>>;
  /** Every cell of the entry grid: sexes × member combinations. */
  cells: { sex: Sex; comboKey: string; members: Members }[];
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
  };
}

/**
 * With `regionCode`, region-bound members (kecamatan) are those of that region only, so the
 * grid offers and the checks accept just the region's own districts.
 */
export async function loadIndicatorInfo(
  db: Db,
  codes: string[],
  regionCode?: string,
): Promise<Map<string, IndicatorInfo>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select().from(indicators).where(inArray(indicators.code, codes));
  const setCodes = [...new Set(rows.flatMap((r) => r.dimensions))];
  const memberRows = setCodes.length
    ? await db.select().from(dimensionMembers).where(inArray(dimensionMembers.setCode, setCodes))
    : [];
  const bySet = new Map<string, { code: string; sort: number }[]>();
  for (const m of memberRows) {
    if (regionCode && !memberBelongsToRegion(m.setCode, m.code, regionCode)) continue;
    const list = bySet.get(m.setCode) ?? [];
    list.push({ code: m.code, sort: m.sortOrder });
    bySet.set(m.setCode, list);
  }
  const out = new Map<string, IndicatorInfo>();
  for (const row of rows) {
    const sets = row.dimensions.map((code) => ({
      code,
      members: (bySet.get(code) ?? []).sort((a, b) => a.sort - b.sort).map((m) => m.code),
    }));
    const combos = allCombos(sets);
    out.set(row.code, {
      row,
      rule: ruleOf(row),
      members: new Map(sets.map((s) => [s.code, new Set(s.members)])),
      cells: (row.sexes as Sex[]).flatMap((sex) =>
        combos.map((members) => ({ sex, comboKey: comboKey(members), members })),
      ),
    });
  }
  return out;
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
