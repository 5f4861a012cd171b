import type { ValueKey } from '../../../../domain/value-rules.ts';

/**
 * The typed texts of the grid with their undo and redo stacks. A text of `undefined` means the
 * cell shows its stored value (nothing typed). Pure functions over an immutable value, so React
 * state updates stay functional and a render never sees half an undo.
 */
export interface CellChange {
  key: ValueKey;
  before: string | undefined;
  after: string | undefined;
}

export interface Step {
  cells: CellChange[];
  /** Keystrokes in one cell while it keeps the focus join one step, as a spreadsheet's cell edit. */
  session?: number;
}

export interface Editing {
  edits: Map<ValueKey, string>;
  undo: Step[];
  redo: Step[];
}

/** Enough for a working session; older steps fall off so a long day does not grow memory. */
const MAX_STEPS = 200;

export const EMPTY_EDITING: Editing = { edits: new Map(), undo: [], redo: [] };

function applyTexts(edits: Map<ValueKey, string>, cells: CellChange[], side: 'before' | 'after') {
  const next = new Map(edits);
  for (const cell of cells) {
    const text = cell[side];
    if (text === undefined) next.delete(cell.key);
    else next.set(cell.key, text);
  }
  return next;
}

/** Sets texts as one undo step; a typing `session` extends the last step of the same cell and session. */
export function write(
  state: Editing,
  texts: { key: ValueKey; text: string | undefined }[],
  session?: number,
): Editing {
  const last = state.undo.at(-1);
  if (
    session !== undefined &&
    texts.length === 1 &&
    last?.session === session &&
    last.cells.length === 1 &&
    last.cells[0].key === texts[0].key
  ) {
    const cell = { ...last.cells[0], after: texts[0].text };
    return {
      edits: applyTexts(state.edits, [cell], 'after'),
      undo: [...state.undo.slice(0, -1), { cells: [cell], session }],
      redo: [],
    };
  }
  const cells = texts
    .map(({ key, text }) => ({ key, before: state.edits.get(key), after: text }))
    .filter((c) => c.before !== c.after);
  if (cells.length === 0) return state;
  return {
    edits: applyTexts(state.edits, cells, 'after'),
    undo: [...state.undo, { cells, session }].slice(-MAX_STEPS),
    redo: [],
  };
}

export function undo(state: Editing): Editing {
  const step = state.undo.at(-1);
  if (!step) return state;
  return {
    edits: applyTexts(state.edits, step.cells, 'before'),
    undo: state.undo.slice(0, -1),
    redo: [...state.redo, { cells: step.cells }],
  };
}

export function redo(state: Editing): Editing {
  const step = state.redo.at(-1);
  if (!step) return state;
  return {
    edits: applyTexts(state.edits, step.cells, 'after'),
    undo: [...state.undo, { cells: step.cells }],
    redo: state.redo.slice(0, -1),
  };
}

/** Drops every typed text as one step, so "revert all" can itself be undone. */
export function revertAll(state: Editing): Editing {
  return write(
    state,
    [...state.edits.keys()].map((key) => ({ key, text: undefined })),
  );
}
