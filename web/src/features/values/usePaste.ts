import type { ClipboardEvent } from 'react';
import {
  isBlockPaste,
  parseTsv,
  planPaste,
  type PasteRefused,
  type PasteSlot,
} from '../../../../domain/tsv-paste.ts';
import type { ValueKey } from '../../../../domain/value-rules.ts';
import { formatDecimal } from '../../components/format.ts';
import { keyOfInput } from './gridFocus.ts';
import type { EntryLayout } from './gridLayout.ts';
import type { EntryState } from './useEntryState.ts';

export interface PasteResult {
  /** Cells that received a number. */
  filled: number;
  /** Cells an empty pasted cell cleared. */
  cleared: number;
  refused: PasteRefused[];
}

/**
 * A block pasted into a cell (tab-separated, from a spreadsheet) lands from that cell down and
 * to the right, in the grid's visual order: numbers as the Indonesian-formatted text of what
 * typing would read, refused cells untouched, all of it one undo step. Text without a tab or a
 * line break is left to the browser, so pasting part of a number into a cell still works.
 */
export function usePaste(
  layout: EntryLayout,
  state: EntryState,
  isOpen: (key: ValueKey) => boolean,
  onResult: (result: PasteResult) => void,
) {
  return function onPaste(event: ClipboardEvent<HTMLElement>) {
    const from = keyOfInput(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!from || !isBlockPaste(text)) return;
    event.preventDefault();
    const at = layout.position.get(from);
    if (!at) return;
    const slots: PasteSlot[][] = layout.rows.map((row) =>
      row.slots.map((key) =>
        key === null
          ? { kind: 'na' }
          : isOpen(key)
            ? { kind: 'open', key }
            : { kind: 'locked', key, value: state.current.get(key) ?? null },
      ),
    );
    const plan = planPaste(parseTsv(text), slots, at);
    const cleared = plan.writes.filter(
      (w) => w.value === null && state.text(w.key as ValueKey) !== '',
    ).length;
    state.setTexts(
      plan.writes.map((w) => ({
        key: w.key as ValueKey,
        text: w.value === null ? '' : formatDecimal(w.value),
      })),
    );
    onResult({ filled: plan.filled, cleared, refused: plan.refused });
  };
}
