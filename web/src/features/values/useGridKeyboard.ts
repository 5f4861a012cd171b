import { useEffect, useEffectEvent, type KeyboardEvent, type RefObject } from 'react';
import type { ValueKey } from '../../../../domain/value-rules.ts';
import { cellInput, focusCell, keyOfInput, nextEmpty, target, type Move } from './gridFocus.ts';
import type { EntryLayout } from './gridLayout.ts';
import type { EntryState } from './useEntryState.ts';

/**
 * Spreadsheet keys for the entry grid (the help lists them: KeyboardHelp.tsx).
 *
 *  - ↑/↓ always move up and down the column; Enter/Shift+Enter move to the next writable cell
 *    below/above in the column (skipping locked ones), Tab/Shift+Tab are the browser's own.
 *  - ←/→ and Home/End edit the text while there is text on that side of the caret; when the caret
 *    is already at that edge, or the whole text is selected (as on arriving in a cell), they move
 *    to the cell on the left/right or the row's first/last cell.
 *  - Ctrl+Home/Ctrl+End: the grid's first/last cell. Ctrl+Alt+N: the next empty writable cell
 *    (from anywhere on the page). Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, across cells.
 */
export function useGridKeyboard(
  root: RefObject<HTMLElement | null>,
  layout: EntryLayout,
  state: EntryState,
  isOpen: (key: ValueKey) => boolean,
  onNoEmptyCell: () => void,
) {
  function go(key: ValueKey | null) {
    if (key) focusCell(root.current, key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const from = keyOfInput(event.target);
    if (!from || event.nativeEvent.isComposing) return;
    const input = event.target as HTMLInputElement;
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;

    if (ctrl && !event.altKey && (key.toLowerCase() === 'z' || key.toLowerCase() === 'y')) {
      event.preventDefault();
      const redo = key.toLowerCase() === 'y' || event.shiftKey;
      const touched = redo ? state.redo() : state.undo();
      go(touched.find((k) => k !== from) ?? touched[0] ?? null);
      return;
    }
    if (key === 'Enter') {
      event.preventDefault();
      let next: ValueKey | null = from;
      do next = target(layout, next, event.shiftKey ? 'up' : 'down');
      while (next && !isOpen(next));
      go(next);
      return;
    }
    if (event.altKey || event.shiftKey) return;
    const move = moveOf(key, ctrl, input);
    if (!move) return;
    const next = target(layout, from, move);
    // At the grid's edge the key does nothing rather than moving the caret unexpectedly.
    event.preventDefault();
    go(next);
  }

  // Ctrl+Alt+N works wherever the focus is on the entry page, so it also starts the work.
  const jump = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (!((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyN')) return;
    event.preventDefault();
    const from = keyOfInput(document.activeElement);
    const next = nextEmpty(layout, from, (k) => isOpen(k) && state.text(k).trim() === '');
    if (next) focusCell(root.current, next);
    else onNoEmptyCell();
  });
  useEffect(() => {
    window.addEventListener('keydown', jump);
    return () => window.removeEventListener('keydown', jump);
  }, []);

  /** A cell gained the focus: its keystrokes form a new undo step. */
  function onFocus(event: { target: EventTarget }) {
    if (keyOfInput(event.target)) state.endTyping();
  }

  return { onKeyDown, onFocus, focus: (key: ValueKey) => cellInput(root.current, key)?.focus() };
}

function moveOf(key: string, ctrl: boolean, input: HTMLInputElement): Move | null {
  if (ctrl) return key === 'Home' ? 'first' : key === 'End' ? 'last' : null;
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? 0;
  const length = input.value.length;
  const all = start === 0 && end === length;
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return all || end === 0 ? 'left' : null;
    case 'ArrowRight':
      return all || start === length ? 'right' : null;
    case 'Home':
      return all || end === 0 ? 'rowStart' : null;
    case 'End':
      return all || start === length ? 'rowEnd' : null;
    default:
      return null;
  }
}
