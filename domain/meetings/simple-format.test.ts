import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRuns, parseSimpleFormat } from './simple-format.js';

test('bold runs, an unclosed marker stays as typed', () => {
  assert.deepEqual(parseRuns('a **b** c'), [
    { text: 'a ', bold: false },
    { text: 'b', bold: true },
    { text: ' c', bold: false },
  ]);
  assert.deepEqual(parseRuns('a **b'), [{ text: 'a **b', bold: false }]);
});

test('paragraphs, bullets and numbered items; HTML is just text', () => {
  const blocks = parseSimpleFormat(
    'Pembukaan oleh\nKepala DP3A\n\n- satu\n- <script>x</script>\n1. pertama\n2) kedua',
  );
  assert.deepEqual(blocks, [
    { kind: 'paragraph', runs: [{ text: 'Pembukaan oleh Kepala DP3A', bold: false }] },
    {
      kind: 'bullets',
      items: [[{ text: 'satu', bold: false }], [{ text: '<script>x</script>', bold: false }]],
    },
    { kind: 'numbered', items: [[{ text: 'pertama', bold: false }], [{ text: 'kedua', bold: false }]] },
  ]);
});
