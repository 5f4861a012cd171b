/**
 * Validation of sex-disaggregated values, shared by the entry grid (live, in the browser),
 * the server (on save and import) and the validation report:
 * - built-in: percents within 0–100, counts are non-negative whole numbers, a sex the
 *   indicator does not apply to, parts not above their total (a rate's numerator ≤ its
 *   denominator), a warning for a jump from the previous period, and a warning for a typed
 *   rate that differs from the one computed from its counts (rate-mismatch.ts);
 * - admin-defined rules between indicators, on totals or one sex.
 */
import { SEXES, type Aggregation, type Sex, type Unit } from './indicators.js';
import { rateMismatches } from './rate-mismatch.js';

export interface RuleIndicator {
  code: string;
  unit: Unit | string;
  aggregation: Aggregation | string;
  percentBounded: boolean;
  sexes: readonly string[];
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  jumpWarningPct?: number | null;
  /** A rate's multiplier and published decimals, for the typed-versus-computed check. */
  multiplier?: string | number | null;
  decimals?: number | null;
}

export const VIOLATION_RULES = [
  'percent_range',
  'count_integer',
  'negative',
  'sex_not_applicable',
  'part_exceeds_total',
  'jump',
  'custom',
  'rate_mismatch',
] as const;
export type ViolationRule = (typeof VIOLATION_RULES)[number];
export const VIOLATION_SEVERITIES = ['error', 'warning'] as const;

export interface Violation {
  severity: (typeof VIOLATION_SEVERITIES)[number];
  rule: ViolationRule;
  indicatorCode: string;
  sex?: Sex;
  comboKey?: string;
  /** Values that explain the violation, for the message. */
  params: Record<string, string | number>;
}

const COUNT_UNITS = new Set(['orang', 'kasus', 'unit']);

export function isCountIndicator(ind: RuleIndicator): boolean {
  return ind.aggregation === 'sum' && COUNT_UNITS.has(ind.unit);
}

/** Rules that a single value can break on its own. */
export function checkSingleValue(ind: RuleIndicator, sex: Sex, value: string, comboKey = ''): Violation[] {
  const out: Violation[] = [];
  const at = { indicatorCode: ind.code, sex, comboKey };
  const n = Number(value);
  if (!ind.sexes.includes(sex))
    out.push({ severity: 'error', rule: 'sex_not_applicable', ...at, params: { sex } });
  if (isCountIndicator(ind)) {
    if (n < 0) out.push({ severity: 'error', rule: 'negative', ...at, params: { value } });
    else if (!/^\d+$/.test(value))
      out.push({ severity: 'error', rule: 'count_integer', ...at, params: { value } });
  } else if (n < 0 && (ind.unit === 'persen' || ind.unit === 'orang')) {
    out.push({ severity: 'error', rule: 'negative', ...at, params: { value } });
  }
  if ((ind.percentBounded || ind.unit === 'persen') && (n < 0 || n > 100)) {
    out.push({ severity: 'error', rule: 'percent_range', ...at, params: { value } });
  }
  return out;
}

export type ValueKey = `${string}|${Sex}|${string}`;

export function valueKey(indicatorCode: string, sex: Sex, comboKey: string): ValueKey {
  return `${indicatorCode}|${sex}|${comboKey}`;
}

/** The values of one region and period (and of the previous period, for jumps). */
export interface Snapshot {
  current: Map<ValueKey, string>;
  previous: Map<ValueKey, string>;
}

/** A side of a custom rule reads one sex, or T: the total of both. */
export const RULE_SEXES = ['T', ...SEXES] as const;
export type RuleSex = (typeof RULE_SEXES)[number];
export const RULE_OPERATORS = ['<=', '<', '=', '>=', '>'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export interface CustomRule {
  id: number;
  leftIndicator: string;
  leftSex: RuleSex;
  operator: RuleOperator;
  rightIndicator: string;
  rightSex: RuleSex;
  rightFactor: string;
}

function totalOf(values: Map<ValueKey, string>, indicator: string, sex: 'T' | Sex): number | null {
  let sum = 0;
  let found = false;
  for (const [key, v] of values) {
    const [code, s] = key.split('|');
    if (code !== indicator || (sex !== 'T' && s !== sex)) continue;
    sum += Number(v);
    found = true;
  }
  return found ? sum : null;
}

function compare(left: number, op: CustomRule['operator'], right: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
  switch (op) {
    case '<=':
      return left <= right + eps;
    case '<':
      return left < right - eps;
    case '=':
      return Math.abs(left - right) <= eps;
    case '>=':
      return left >= right - eps;
    case '>':
      return left > right + eps;
  }
}

/**
 * Every violation in a snapshot: single-value rules, parts above totals, jumps beyond the
 * indicator's (or the default) threshold, and custom rules.
 */
export function validateSnapshot(
  indicators: Map<string, RuleIndicator>,
  snapshot: Snapshot,
  customRules: CustomRule[] = [],
  defaultJumpPct = 50,
): Violation[] {
  const out: Violation[] = [];
  for (const [key, value] of snapshot.current) {
    const [code, sex, combo] = key.split('|') as [string, Sex, string];
    const ind = indicators.get(code);
    if (!ind) continue;
    out.push(...checkSingleValue(ind, sex, value, combo));

    if (ind.numeratorCode && ind.denominatorCode) {
      const num = snapshot.current.get(valueKey(ind.numeratorCode, sex, combo));
      const den = snapshot.current.get(valueKey(ind.denominatorCode, sex, combo));
      if (num !== undefined && den !== undefined && Number(num) > Number(den)) {
        out.push({
          severity: 'error',
          rule: 'part_exceeds_total',
          indicatorCode: ind.numeratorCode,
          sex,
          comboKey: combo,
          params: { part: num, total: den, totalIndicator: ind.denominatorCode },
        });
      }
    }

    const previous = snapshot.previous.get(key);
    const threshold = ind.jumpWarningPct ?? defaultJumpPct;
    if (previous !== undefined && Number(previous) !== 0) {
      const change = ((Number(value) - Number(previous)) / Math.abs(Number(previous))) * 100;
      if (Math.abs(change) > threshold) {
        out.push({
          severity: 'warning',
          rule: 'jump',
          indicatorCode: code,
          sex,
          comboKey: combo,
          params: { previous, value, changePct: Math.round(change * 10) / 10, threshold },
        });
      }
    }
  }

  for (const rule of customRules) {
    const left = totalOf(snapshot.current, rule.leftIndicator, rule.leftSex);
    const right = totalOf(snapshot.current, rule.rightIndicator, rule.rightSex);
    if (left === null || right === null) continue;
    const scaled = right * Number(rule.rightFactor);
    if (!compare(left, rule.operator, scaled)) {
      out.push({
        severity: 'error',
        rule: 'custom',
        indicatorCode: rule.leftIndicator,
        params: { ruleId: rule.id, left, operator: rule.operator, right: scaled },
      });
    }
  }
  // A typed rate that its own counts contradict (domain/rate-mismatch.ts).
  out.push(...rateMismatches(indicators, snapshot.current));
  // Parts above totals are found once per ratio indicator that names them; keep one each.
  const seen = new Set<string>();
  return out.filter((v) => {
    const id = `${v.rule}|${v.indicatorCode}|${v.sex ?? ''}|${v.comboKey ?? ''}|${v.params.ruleId ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
