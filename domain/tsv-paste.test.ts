import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isBlockPaste, parseTsv, planPaste, type PasteSlot } from './tsv-paste.js';

describe('parseTsv', () => {
  test('rows and cells as Excel copies them (CRLF, trailing line break)', () => {
    assert.deepEqual(parseTsv('1\t2\r\n3\t4\r\n'), [
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  test('LF and lone CR line breaks, with or without a trailing one', () => {
    assert.deepEqual(parseTsv('1\t2\n3\t4\n'), [
      ['1', '2'],
      ['3', '4'],
    ]);
    assert.deepEqual(parseTsv('1\t2\n3\t4'), [
      ['1', '2'],
      ['3', '4'],
    ]);
    assert.deepEqual(parseTsv('1\r2\r'), [['1'], ['2']]);
  });

  test('only one trailing line break is dropped; a blank row in the middle is one empty cell', () => {
    assert.deepEqual(parseTsv('1\n\n2\n'), [['1'], [''], ['2']]);
    assert.deepEqual(parseTsv('1\n\n'), [['1'], ['']]);
    assert.deepEqual(parseTsv('\n'), [['']]);
  });

  test('empty cells, including leading and trailing ones, keep their place', () => {
    assert.deepEqual(parseTsv('\t2\t\r\n\t\t\r\n'), [
      ['', '2', ''],
      ['', '', ''],
    ]);
  });

  test('a single cell copied from a spreadsheet', () => {
    assert.deepEqual(parseTsv('99,5\r\n'), [['99,5']]);
    assert.deepEqual(parseTsv('99,5'), [['99,5']]);
  });

  test('empty text is an empty block', () => {
    assert.deepEqual(parseTsv(''), []);
  });

  test('quoted cells hold tabs, line breaks and doubled quotes', () => {
    assert.deepEqual(parseTsv('"a\tb"\t2\r\n'), [['a\tb', '2']]);
    assert.deepEqual(parseTsv('"baris 1\r\nbaris 2"\t3\n4\t5\n'), [
      ['baris 1\nbaris 2', '3'],
      ['4', '5'],
    ]);
    assert.deepEqual(parseTsv('"kata ""kutip"""\t1'), [['kata "kutip"', '1']]);
    assert.deepEqual(parseTsv('""\t1'), [['', '1']]);
    assert.deepEqual(parseTsv('1\t"x\ry"'), [['1', 'x\ny']]);
  });

  test('a quote that does not close a cell is an ordinary character', () => {
    assert.deepEqual(parseTsv('5" layar\t2'), [['5" layar', '2']]);
    assert.deepEqual(parseTsv('"12"3\t4'), [['"12"3', '4']]);
    assert.deepEqual(parseTsv('"tidak ditutup\t4\n5'), [['"tidak ditutup', '4'], ['5']]);
    assert.deepEqual(parseTsv('a"b"\t1'), [['a"b"', '1']]);
  });

  test('ragged rows are kept as they are (a missing cell is not an empty one)', () => {
    assert.deepEqual(parseTsv('1\t2\t3\n4\n'), [['1', '2', '3'], ['4']]);
  });

  test('spaces are kept for the number reader to trim', () => {
    assert.deepEqual(parseTsv(' 1.234,5 \t 7 '), [[' 1.234,5 ', ' 7 ']]);
  });
});

describe('isBlockPaste', () => {
  test('a tab or a line break makes a block; plain text goes to the input', () => {
    assert.equal(isBlockPaste('1\t2'), true);
    assert.equal(isBlockPaste('12,5\r\n'), true);
    assert.equal(isBlockPaste('12,5\n'), true);
    assert.equal(isBlockPaste('12,5'), false);
    assert.equal(isBlockPaste(''), false);
  });
});

const open = (key: string): PasteSlot => ({ kind: 'open', key });
const na: PasteSlot = { kind: 'na' };

/** Three rows of P and L: a, b (L not applicable) and c (P locked at 5). */
const grid: PasteSlot[][] = [
  [open('a|P'), open('a|L')],
  [open('b|P'), na],
  [{ kind: 'locked', key: 'c|P', value: '5' }, open('c|L')],
];

describe('planPaste', () => {
  test('Indonesian decimals and thousands land as canonical numbers from the start cell', () => {
    const plan = planPaste(parseTsv('1.234,5\t99,5\r\n'), grid, { row: 0, col: 0 });
    assert.deepEqual(plan, {
      writes: [
        { key: 'a|P', value: '1234.5' },
        { key: 'a|L', value: '99.5' },
      ],
      refused: [],
      filled: 2,
    });
  });

  test('numbers are read as typing reads them (1.234 is a thousand, English with both marks)', () => {
    const plan = planPaste([['1.234', '1,234.5']], grid, { row: 0, col: 0 });
    assert.deepEqual(plan.writes, [
      { key: 'a|P', value: '1234' },
      { key: 'a|L', value: '1234.5' },
    ]);
    const more = planPaste([['Rp 1.250.000,-'], ['45%'], ['-3,0']], [[open('x')], [open('y')], [open('z')]], {
      row: 0,
      col: 0,
    });
    assert.deepEqual(
      more.writes.map((w) => w.value),
      ['1250000', '45', '-3'],
    );
  });

  test('text that is not a number is refused with its reason and its position; the rest lands', () => {
    const plan = planPaste([['abc', '7'], [' 1 234.567 ']], grid, { row: 0, col: 0 });
    assert.deepEqual(plan.writes, [{ key: 'a|L', value: '7' }]);
    assert.deepEqual(plan.refused, [
      { row: 0, col: 0, key: 'a|P', text: 'abc', reason: 'not_a_number' },
      { row: 1, col: 0, key: 'b|P', text: '1 234.567', reason: 'ambiguous' },
    ]);
    assert.equal(plan.filled, 1);
  });

  test('an empty cell clears an open slot and counts as a write, not a fill', () => {
    const plan = planPaste([['', ' 3 ']], grid, { row: 0, col: 0 });
    assert.deepEqual(plan.writes, [
      { key: 'a|P', value: null },
      { key: 'a|L', value: '3' },
    ]);
    assert.equal(plan.filled, 1);
  });

  test('not applicable, locked and outside positions refuse numbers and ignore empty cells', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', ''],
        ['', ''],
      ],
      grid,
      { row: 1, col: 0 },
    );
    // The empty cell on c|L (open) clears it; nothing else is written.
    assert.deepEqual(plan.writes, [
      { key: 'b|P', value: '1' },
      { key: 'c|L', value: null },
    ]);
    assert.deepEqual(plan.refused, [
      { row: 1, col: 1, text: '2', reason: 'not_applicable' },
      { row: 2, col: 0, key: 'c|P', text: '3', reason: 'locked' },
    ]);
  });

  test('a locked cell given its own value is left alone without a refusal', () => {
    const plan = planPaste([['5,0', '8']], grid, { row: 2, col: 0 });
    assert.deepEqual(plan.writes, [{ key: 'c|L', value: '8' }]);
    assert.deepEqual(plan.refused, []);
  });

  test('a locked cell refuses text that is not a number as locked', () => {
    const plan = planPaste([['x']], grid, { row: 2, col: 0 });
    assert.deepEqual(plan.refused, [{ row: 2, col: 0, key: 'c|P', text: 'x', reason: 'locked' }]);
  });

  test('cells beyond the last row or column are refused as outside, never dropped silently', () => {
    const plan = planPaste(
      [
        ['1', '2', '3'],
        ['4', '', ''],
      ],
      grid,
      { row: 2, col: 1 },
    );
    assert.deepEqual(plan.writes, [{ key: 'c|L', value: '1' }]);
    assert.deepEqual(plan.refused, [
      { row: 2, col: 2, text: '2', reason: 'outside' },
      { row: 2, col: 3, text: '3', reason: 'outside' },
      { row: 3, col: 1, text: '4', reason: 'outside' },
    ]);
  });

  test('a 6 × 4 block over a two-column grid: 12 land, the other columns are refused', () => {
    const rows = Array.from({ length: 6 }, (_, r) => [open(`r${r}|P`), open(`r${r}|L`)]);
    const text = Array.from({ length: 6 }, (_, r) => `${r},5\t${r}.000\t${r}\t${r}`).join('\r\n') + '\r\n';
    const plan = planPaste(parseTsv(text), rows, { row: 0, col: 0 });
    assert.equal(plan.filled, 12);
    assert.equal(plan.refused.length, 12);
    assert.ok(plan.refused.every((r) => r.reason === 'outside' && r.col >= 2));
    assert.deepEqual(plan.writes.slice(0, 4), [
      { key: 'r0|P', value: '0.5' },
      { key: 'r0|L', value: '0' },
      { key: 'r1|P', value: '1.5' },
      { key: 'r1|L', value: '1000' },
    ]);
  });

  test('an empty block plans nothing', () => {
    assert.deepEqual(planPaste([], grid, { row: 0, col: 0 }), { writes: [], refused: [], filled: 0 });
  });
});
