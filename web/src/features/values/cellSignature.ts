import type { ValueKey } from '../../../../domain/value-rules.ts';
import type { EntryState } from './useEntryState.ts';

/**
 * Everything of `state` that one cell shows, as one comparable string, so memoized rows and
 * cells re-render only when what they show changed. The stored value object is compared by its
 * content's parts that the cell shows (status, note): it is rebuilt only when the grid reloads.
 */
export function cellSignature(state: EntryState, key: ValueKey): string {
  // Each render's state is compared twice (as the next props, then as the previous ones) by the
  // rows and again by their cells: computing it once per state and cell halves the typing cost.
  let known = cache.get(state);
  if (!known) cache.set(state, (known = new Map()));
  let signature = known.get(key);
  if (signature === undefined) known.set(key, (signature = compute(state, key)));
  return signature;
}

const cache = new WeakMap<EntryState, Map<ValueKey, string>>();

function compute(state: EntryState, key: ValueKey): string {
  const stored = state.stored.get(key);
  const rules = (state.byCell.get(key) ?? []).map((v) => `${v.rule}${JSON.stringify(v.params)}`);
  return [
    state.text(key),
    state.problems.get(key),
    state.serverErrors.get(key),
    rules.join(','),
    state.changedKeys.has(key),
    stored?.status,
    stored?.note,
    state.current.get(key),
  ].join('\u0001');
}
