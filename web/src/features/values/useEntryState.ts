import { useCallback, useMemo, useRef, useState } from 'react';
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
import * as history from './editHistory.ts';

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
    // A typed rate is checked against its counts (domain/rate-mismatch.ts).
    multiplier: ind.multiplier,
    decimals: ind.decimals,
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
 * same domain rules the server runs (and the previous period's values for jumps). Every write
 * (a cell's typing, a paste, a revert) is an undo step (editHistory.ts).
 */
export function useEntryState(grid: EntryGrid, previous: EntryGrid | undefined, editsLocked: boolean) {
  const [editing, setEditing] = useState<history.Editing>(history.EMPTY_EDITING);
  const [serverErrors, setServerErrors] = useState<Map<ValueKey, string>>(() => new Map());
  const edits = editing.edits;
  // Keystrokes of one visit to a cell form one undo step; leaving the cell starts a new session.
  const session = useRef(0);

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
    /** The grid's region and period, for what a cell saves on its own (ValueComment). */
    regionCode: grid.regionCode,
    period: grid.period,
    /** An operator's submitted or verified value: shown, never written. */
    isLocked: locked,
    /** What a cell's input shows: the typed text, else the stored value the Indonesian way. */
    text(key: ValueKey): string {
      const typed = edits.get(key);
      if (typed !== undefined && !locked(key)) return typed;
      const value = stored.get(key)?.value;
      return value === undefined ? '' : formatDecimal(value);
    },
    setText(key: ValueKey, text: string) {
      // Functional updates only: memoized rows may hold this function from an earlier render.
      const current = session.current;
      setEditing((prev) => history.write(prev, [{ key, text }], current));
      setServerErrors((prev) => dropKeys(prev, [key]));
    },
    /** Several cells at once (a paste), as one undo step. */
    setTexts(texts: { key: ValueKey; text: string }[]) {
      setEditing((prev) => history.write(prev, texts));
      setServerErrors((prev) =>
        dropKeys(
          prev,
          texts.map((t) => t.key),
        ),
      );
    },
    /** The focus left a cell: the next keystrokes start a new undo step. */
    endTyping() {
      session.current++;
    },
    canUndo: editing.undo.length > 0,
    canRedo: editing.redo.length > 0,
    /**
     * Undoes the last step; answers the cells it touched (empty when there was nothing to undo),
     * read from this render's history: React renders after each key press before the next one.
     */
    undo(): ValueKey[] {
      session.current++;
      const keys = editing.undo.at(-1)?.cells.map((c) => c.key) ?? [];
      setEditing(history.undo);
      return keys;
    },
    redo(): ValueKey[] {
      session.current++;
      const keys = editing.redo.at(-1)?.cells.map((c) => c.key) ?? [];
      setEditing(history.redo);
      return keys;
    },
    /** Drops every unsaved text (one undo step) and the server's refusals with them. */
    revertAll() {
      session.current++;
      setEditing(history.revertAll);
      setServerErrors(new Map());
    },
    /** After a save the grid is reloaded, so the typed texts and their history are no longer needed. */
    clear() {
      setEditing(history.EMPTY_EDITING);
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

function dropKeys<T>(map: Map<ValueKey, T>, keys: ValueKey[]): Map<ValueKey, T> {
  if (!keys.some((k) => map.has(k))) return map;
  const next = new Map(map);
  for (const k of keys) next.delete(k);
  return next;
}

export function keyOf(indicatorCode: string, sex: Sex, comboKey: string): ValueKey {
  return valueKey(indicatorCode, sex, comboKey);
}
