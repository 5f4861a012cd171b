/**
 * Runs the shared value rules (domain/value-rules.ts) on what is stored for a region and
 * period: the live check after saving, the submit gate, and the validation report.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import { previousPeriod } from '../../../domain/period.js';
import {
  validateSnapshot,
  valueKey,
  type CustomRule,
  type Snapshot,
  type Violation,
} from '../../../domain/value-rules.js';
import type { Sex } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { dataValues, indicators, validationRules } from '../../db/schema-data.js';
import { visibleTo } from '../indicators/visibility.js';
import { combosById } from './combos.js';
import { ruleOf, type IndicatorRow } from './indicator-info.js';

const DEFAULT_JUMP_PCT = 50;

async function loadSnapshot(db: Db, regionCode: string, period: string, codes: string[]): Promise<Snapshot> {
  const prev = previousPeriod(period) ?? period;
  const rows = codes.length
    ? await db
        .select({
          indicatorCode: dataValues.indicatorCode,
          period: dataValues.period,
          sex: dataValues.sex,
          comboId: dataValues.comboId,
          value: dataValues.value,
        })
        .from(dataValues)
        .where(
          and(
            eq(dataValues.regionCode, regionCode),
            or(eq(dataValues.period, period), eq(dataValues.period, prev)),
            inArray(dataValues.indicatorCode, codes),
          ),
        )
    : [];
  const combos = await combosById(
    db,
    rows.map((r) => r.comboId),
  );
  const snapshot: Snapshot = { current: new Map(), previous: new Map() };
  for (const r of rows) {
    const key = valueKey(r.indicatorCode, r.sex as Sex, combos.get(r.comboId)?.key ?? '');
    (r.period === period ? snapshot.current : snapshot.previous).set(key, r.value);
  }
  return snapshot;
}

export async function customRulesFor(db: Db, regionCode: string): Promise<CustomRule[]> {
  const rows = await db
    .select()
    .from(validationRules)
    .where(and(eq(validationRules.active, true), visibleTo(validationRules.ownerRegionCode, regionCode)));
  return rows.map((r) => ({
    ...r,
    leftSex: r.leftSex as CustomRule['leftSex'],
    rightSex: r.rightSex as CustomRule['rightSex'],
  }));
}

/** The rules only need the indicator rows, not their dimension members. */
async function indicatorRows(db: Db, codes: string[]): Promise<Map<string, IndicatorRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select().from(indicators).where(inArray(indicators.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}

/** The region's rate indicators whose numerator or denominator is one of `codes`. */
async function ratesOver(db: Db, regionCode: string, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: indicators.code })
    .from(indicators)
    .where(
      and(
        visibleTo(indicators.ownerRegionCode, regionCode),
        or(inArray(indicators.numeratorCode, codes), inArray(indicators.denominatorCode, codes)),
      ),
    );
  return rows.map((r) => r.code);
}

/**
 * Violations among the given indicators' values; with `ratesOfParts` (after a save) also of
 * the rates computed from them. The submit gate leaves that out: another OPD's rate must not
 * block the OPD that only supplies its count. Rates and rules also look at the counts
 * they name, so those are loaded too.
 */
export async function violationsFor(
  db: Db,
  regionCode: string,
  period: string,
  asked: string[],
  opts: { ratesOfParts?: boolean } = {},
): Promise<Violation[]> {
  const rules = await customRulesFor(db, regionCode);
  // A saved count speaks for the rates computed from it too (a typed rate it contradicts).
  const codes = opts.ratesOfParts
    ? [...new Set([...asked, ...(await ratesOver(db, regionCode, asked))])]
    : asked;
  const rows = await indicatorRows(db, codes);
  const related = new Set(codes);
  for (const row of rows.values()) {
    if (row.numeratorCode) related.add(row.numeratorCode);
    if (row.denominatorCode) related.add(row.denominatorCode);
  }
  const relevantRules = rules.filter((r) => related.has(r.leftIndicator) || related.has(r.rightIndicator));
  for (const r of relevantRules) related.add(r.leftIndicator).add(r.rightIndicator);
  // Only the parts and rule sides not loaded yet.
  const more = await indicatorRows(
    db,
    [...related].filter((c) => !rows.has(c)),
  );
  const snapshot = await loadSnapshot(db, regionCode, period, [...related]);
  const catalog = new Map([...rows.values(), ...more.values()].map((row) => [row.code, ruleOf(row)]));
  return validateSnapshot(catalog, snapshot, relevantRules, DEFAULT_JUMP_PCT).filter(
    (v) => codes.includes(v.indicatorCode) || v.rule === 'custom',
  );
}

/** Every violation among the region's values of a period (all indicators that have values). */
export async function validationReport(db: Db, actor: Actor | null, regionCode: string, period: string) {
  assertCanReadRegion(actor, regionCode);
  const rows = await db
    .selectDistinct({ code: dataValues.indicatorCode })
    .from(dataValues)
    .where(and(eq(dataValues.regionCode, regionCode), eq(dataValues.period, period)));
  return violationsFor(
    db,
    regionCode,
    period,
    rows.map((r) => r.code),
  );
}
