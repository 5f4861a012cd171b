import { useCallback, useMemo, useState } from 'react';
import type { Sex } from '../../../../domain/indicators.ts';
import { parseDecimal } from '../../../../domain/number-parse.ts';
import {
  validateSnapshot,
  valueKey,
  type RuleIndicator,
  type ValueKey,
  type Violation,
} from '../../../../domain/value-rules.ts';
import type { Indicator } from '../indicators/api.ts';
import { formatDecimal } from '../../components/format.ts';
import type { EntryGrid, GridCell, StoredValue, ValueWrite } from './api.ts';

/** The server's default jump threshold (server/modules/values/validation.ts), for indicators without their own. */
const DEFAULT_JUMP_PCT = 50;

export type ParseProblem = 'not_a_number' | 'ambiguous';

export interface Change {
  key: ValueKey;
  write: ValueWrite;
}

export function ruleOf(ind: Indicator): RuleIndicator {
  return {
    code: ind.code,
    unit: ind.unit,
    aggregation: ind.aggregation,
    percentBounded: ind.percentBounded,
    sexes: ind.sexes,
    numeratorCode: ind.numeratorCode,
    denominatorCode: ind.denominatorCode,
    jumpWarningPct: ind.jumpWarningPct === null ? null : Number(ind.jumpWarningPct),
  };
}

/** Stored decimals come padded to the indicator's decimals ("12.50"); rules compare canonical ones. */
function canonicalValues(values: StoredValue[] | undefined): Map<ValueKey, string> {
  const out = new Map<ValueKey, string>();
  for (const v of values ?? []) {
    const parsed = parseDecimal(v.value, { style: 'machine' });
    out.set(valueKey(v.indicatorCode, v.sex, v.comboKey), parsed.ok ? parsed.value : v.value);
  }
  return out;
}

/**
 * What the grid holds while the user types: the typed text per touched cell over the stored
 * values, the cells that changed, and the rule violations of the result, checked with the
 * same domain rules the server runs (and the previous period's values for jumps).
 */
export function useEntryState(grid: EntryGrid, previous: EntryGrid | undefined, editsLocked: boolean) {
  const [edits, setEdits] = useState<Map<ValueKey, string>>(() => new Map());
  const [serverErrors, setServerErrors] = useState<Map<ValueKey, string>>(() => new Map());

  const stored = useMemo(
    () => new Map(grid.values.map((v) => [valueKey(v.indicatorCode, v.sex, v.comboKey), v])),
    [grid.values],
  );
  const storedCanonical = useMemo(() => canonicalValues(grid.values), [grid.values]);
  const previousCanonical = useMemo(() => canonicalValues(previous?.values), [previous?.values]);
  const cells = useMemo(() => {
    const out = new Map<ValueKey, { indicatorCode: string; cell: GridCell }>();
    for (const { indicator, cells: list } of grid.indicators)
      for (const cell of list)
        out.set(valueKey(indicator.code, cell.sex, cell.comboKey), { indicatorCode: indicator.code, cell });
    return out;
  }, [grid.indicators]);
  // A value submitted meanwhile (another tab, or found on a refused save) drops the typed text.
  const locked = useCallback(
    (key: ValueKey) => editsLocked && (stored.get(key)?.status ?? 'draft') !== 'draft',
    [editsLocked, stored],
  );
  const rules = useMemo(
    () => new Map(grid.indicators.map(({ indicator }) => [indicator.code, ruleOf(indicator)])),
    [grid.indicators],
  );

  const derived = useMemo(() => {
    const problems = new Map<ValueKey, ParseProblem>();
    const current = new Map(storedCanonical);
    const changes: Change[] = [];
    for (const [key, text] of edits) {
      if (locked(key)) continue;
      const parsed = parseDecimal(text);
      if (!parsed.ok && parsed.reason !== 'empty') {
        problems.set(key, parsed.reason);
        // Its value is unknown until fixed, so no other rule should speak about it.
        current.delete(key);
        continue;
      }
      const value = parsed.ok ? parsed.value : null;
      if (value === null) current.delete(key);
      else current.set(key, value);
      if (value === (storedCanonical.get(key) ?? null)) continue;
      const at = cells.get(key);
      if (!at) continue;
      changes.push({
        key,
        write: { indicatorCode: at.indicatorCode, sex: at.cell.sex, members: at.cell.members, value },
      });
    }
    const violations = validateSnapshot(
      rules,
      { current, previous: previousCanonical },
      [],
      DEFAULT_JUMP_PCT,
    );
    const byCell = new Map<ValueKey, Violation[]>();
    for (const v of violations) {
      if (!v.sex) continue;
      const key = valueKey(v.indicatorCode, v.sex, v.comboKey ?? '');
      byCell.set(key, [...(byCell.get(key) ?? []), v]);
    }
    const ruleErrors = violations.filter((v) => v.severity === 'error').length;
    const errors = ruleErrors + problems.size;
    const warnings = violations.length - ruleErrors;
    const changedKeys = new Set(changes.map((c) => c.key));
    return { problems, current, changes, changedKeys, violations, byCell, errors, warnings };
  }, [edits, storedCanonical, previousCanonical, cells, rules, locked]);

  return {
    ...derived,
    stored,
    serverErrors,
    /** What a cell's input shows: the typed text, else the stored value the Indonesian way. */
    text(key: ValueKey): string {
      const typed = edits.get(key);
      if (typed !== undefined && !locked(key)) return typed;
      const value = stored.get(key)?.value;
      return value === undefined ? '' : formatDecimal(value);
    },
    setText(key: ValueKey, text: string) {
      // Functional updates only: memoized rows may hold this function from an earlier render.
      setEdits((prev) => new Map(prev).set(key, text));
      setServerErrors((prev) => {
        if (!prev.has(key)) return prev;
        const next = new Map(prev);
        next.delete(key);
        return next;
      });
    },
    /** After a save the grid is reloaded, so the typed texts are no longer needed. */
    clear() {
      setEdits(new Map());
      setServerErrors(new Map());
    },
    /** Puts the server's `values.<i>.<field>` messages on the cells that were sent; returns the rest. */
    placeServerErrors(fields: Record<string, string>, sent: Change[]): string[] {
      const next = new Map<ValueKey, string>();
      const rest: string[] = [];
      for (const [field, message] of Object.entries(fields)) {
        const m = /^values\.(\d+)\./.exec(field);
        const change = m ? sent[Number(m[1])] : undefined;
        if (change) next.set(change.key, message);
        else rest.push(message);
      }
      setServerErrors(next);
      return rest;
    },
  };
}

export type EntryState = ReturnType<typeof useEntryState>;

export function keyOf(indicatorCode: string, sex: Sex, comboKey: string): ValueKey {
  return valueKey(indicatorCode, sex, comboKey);
}
