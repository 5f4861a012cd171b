/**
 * A block copied from Excel, LibreOffice Calc or Google Sheets arrives on the clipboard as
 * tab-separated text (`text/plain`): cells separated by tabs, rows by line breaks (CRLF from
 * Excel on Windows, LF elsewhere), usually with one line break after the last row. A cell that
 * holds a tab, a line break or a double quote is written between double quotes with inner quotes
 * doubled (`"a""b"`), as in CSV. This module reads that text into rows of cells and decides,
 * without touching the page, where each cell of the block lands in a grid and which ones are
 * refused and why, reading numbers with the same `parseDecimal` as typing does.
 */
import { parseDecimal } from './number-parse.js';

/**
 * Rows of cell texts, as written (not trimmed). Rows may differ in length when the text was not
 * copied from a rectangle; a missing cell is simply absent (it is not an empty cell).
 *
 * Rules:
 *  - `\r\n`, `\n` and a lone `\r` all end a row; one line break at the very end of the text ends
 *    the last row and does not start an empty one (Excel always adds it, LibreOffice does too).
 *  - A cell whose first character is `"` is quoted when a matching closing quote is followed by a
 *    tab, a line break or the end of the text: its content is what lies between, `""` read as `"`,
 *    and line breaks inside it are kept (normalised to `\n`). Otherwise the quote is an ordinary
 *    character (`5" layar` stays as written), which is what spreadsheets do with such text.
 *  - Empty text is an empty block (no rows).
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    // A line break: \r\n counts once.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/** A quoted cell starting at `start`, or null when the quote does not close before a separator. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      if (after === undefined || after === '\t' || after === '\n' || after === '\r')
        return { value, end: i + 1 };
      return null;
    }
    if (c === '\r') {
      value += '\n';
      i += text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    value += c;
    i++;
  }
  return null;
}

/**
 * Whether pasted text is a block for the grid rather than text for the one input the caret is
 * in: it holds a tab or a line break (a single spreadsheet cell comes with its line break).
 */
export function isBlockPaste(text: string): boolean {
  return /[\t\n\r]/.test(text);
}

/** What a position of the grid holds. */
export type PasteSlot =
  /** An input that may be written. */
  | { kind: 'open'; key: string }
  /** A value the user may not change now (submitted or verified, for an operator). */
  | { kind: 'locked'; key: string; value: string | null }
  /** A sex or combination the indicator does not have ("Tidak berlaku"). */
  | { kind: 'na' };

export type PasteRefusal = 'not_a_number' | 'ambiguous' | 'locked' | 'not_applicable' | 'outside';

export interface PasteWrite {
  key: string;
  /** The canonical decimal (`1234.5`), or null when an empty cell clears the target. */
  value: string | null;
}

export interface PasteRefused {
  /** The grid position the block's cell fell on (it may lie beyond the grid). */
  row: number;
  col: number;
  /** The target's key when the position is an input of the grid. */
  key?: string;
  /** The pasted text, trimmed. */
  text: string;
  reason: PasteRefusal;
}

export interface PastePlan {
  writes: PasteWrite[];
  refused: PasteRefused[];
  /** How many of `writes` put a number (the rest clear their cell). */
  filled: number;
}

/**
 * Lays a block over `grid` (rows of slots in visual order) with its top-left cell on
 * `start`. Each cell is read as typing reads it (`parseDecimal`, Indonesian style).
 *
 *  - A number on an open slot is written; text that is not a number is refused with the reason
 *    typing would show, and the cell keeps what it had.
 *  - An empty cell clears an open slot, as pasting a range does in a spreadsheet (the undo step
 *    brings it back). On a locked, not-applicable or outside position it is ignored: nothing is
 *    lost there.
 *  - A number on a locked slot is refused unless it equals the locked value (then nothing
 *    changes); on a not-applicable slot, or beyond the grid's rows or columns, it is refused,
 *    so no pasted figure disappears without a word.
 */
export function planPaste(
  block: string[][],
  grid: PasteSlot[][],
  start: { row: number; col: number },
): PastePlan {
  const writes: PasteWrite[] = [];
  const refused: PasteRefused[] = [];
  let filled = 0;
  block.forEach((cells, r) => {
    cells.forEach((raw, c) => {
      const row = start.row + r;
      const col = start.col + c;
      const text = raw.trim();
      const slot = grid[row]?.[col];
      const parsed = parseDecimal(text);
      const empty = !parsed.ok && parsed.reason === 'empty';
      if (!slot || slot.kind !== 'open') {
        if (empty) return;
        if (!slot) return void refused.push({ row, col, text, reason: 'outside' });
        if (slot.kind === 'na') return void refused.push({ row, col, text, reason: 'not_applicable' });
        if (parsed.ok && parsed.value === slot.value) return;
        return void refused.push({ row, col, key: slot.key, text, reason: 'locked' });
      }
      if (parsed.ok) {
        writes.push({ key: slot.key, value: parsed.value });
        filled++;
      } else if (parsed.reason === 'empty') {
        writes.push({ key: slot.key, value: null });
      } else {
        refused.push({ row, col, key: slot.key, text, reason: parsed.reason });
      }
    });
  });
  return { writes, refused, filled };
}
