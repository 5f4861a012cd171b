import type { ValueKey } from '../../../../domain/value-rules.ts';
import type { EntryLayout } from './gridLayout.ts';

/** The grid's value inputs carry their cell key in `data-key` (ValueCell). */
export function cellInput(root: ParentNode | null, key: ValueKey): HTMLInputElement | null {
  return root?.querySelector<HTMLInputElement>(`input[data-key="${CSS.escape(key)}"]`) ?? null;
}

export function keyOfInput(element: EventTarget | null): ValueKey | null {
  return element instanceof HTMLInputElement && element.dataset.key
    ? (element.dataset.key as ValueKey)
    : null;
}

/** Focuses a cell with its text selected, so typing replaces it as in a spreadsheet. */
export function focusCell(root: ParentNode | null, key: ValueKey | null | undefined): boolean {
  const input = key ? cellInput(root, key) : null;
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'first' | 'last';

/** The cell a move lands on, or null when there is none in that direction (the focus stays). */
export function target(layout: EntryLayout, from: ValueKey, move: Move): ValueKey | null {
  const at = layout.position.get(from);
  if (!at) return null;
  const { rows } = layout;
  const row = rows[at.row].slots;
  switch (move) {
    case 'up':
    case 'down': {
      const step = move === 'down' ? 1 : -1;
      for (let r = at.row + step; r >= 0 && r < rows.length; r += step) {
        const key = rows[r].slots[at.col];
        if (key) return key;
      }
      return null;
    }
    case 'left':
      return lastCell(row.slice(0, at.col));
    case 'right':
      return row.slice(at.col + 1).find((k) => k !== null) ?? null;
    case 'rowStart':
      return row.find((k) => k !== null) ?? null;
    case 'rowEnd':
      return lastCell(row);
    case 'first':
      return rows.flatMap((r) => r.slots).find((k) => k !== null) ?? null;
    case 'last':
      return lastCell(rows.flatMap((r) => r.slots));
  }
}

function lastCell(slots: (ValueKey | null)[]): ValueKey | null {
  for (let i = slots.length - 1; i >= 0; i--) if (slots[i]) return slots[i];
  return null;
}

/**
 * The next cell after `from` (row by row, left to right, wrapping to the top) that is empty and
 * may be written; null when every writable cell holds something.
 */
export function nextEmpty(
  layout: EntryLayout,
  from: ValueKey | null,
  isEmptyAndOpen: (key: ValueKey) => boolean,
): ValueKey | null {
  const all = layout.rows.flatMap((r) => r.slots).filter((k): k is ValueKey => k !== null);
  const start = from ? all.indexOf(from) + 1 : 0;
  for (let i = 0; i < all.length; i++) {
    const key = all[(start + i) % all.length];
    if (key !== from && isEmptyAndOpen(key)) return key;
  }
  return null;
}
