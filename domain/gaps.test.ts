import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gapPoint, rankGaps, slope } from './gaps.js';

test('gap of a pair: difference, parity ratio, relative gap', () => {
  const g = gapPoint({ period: '2024', p: 52, l: 80 });
  assert.equal(g.diff, -28);
  assert.equal(g.ratio, 0.65);
  assert.equal(g.relative, 28 / 66);
  assert.equal(gapPoint({ period: '2024', p: 3, l: 0 }).ratio, null);
  assert.equal(gapPoint({ period: '2024', p: 3, l: 0 }).relative, 2);
  assert.equal(gapPoint({ period: '2024', p: 0, l: 0 }).relative, 0);
  assert.equal(gapPoint({ period: '2024', p: null, l: 4 }).diff, null);
});

test('slope of an equally spaced series', () => {
  assert.equal(slope([1, 2, 3, 4]), 1);
  assert.equal(slope([5, 5, 5]), 0);
  assert.equal(slope([7]), null);
});

test('indicators rank by widest latest gap, with the trend of each', () => {
  const ranked = rankGaps([
    {
      indicatorCode: 'APS',
      points: [
        { period: '2023', p: 85, l: 84 },
        { period: '2024', p: 86, l: 85 },
      ],
    },
    {
      indicatorCode: 'TPAK',
      points: [
        { period: '2022', p: 50, l: 80 },
        { period: '2023', p: 48, l: 81 },
        { period: '2024', p: 47, l: 82 },
      ],
    },
    { indicatorCode: 'EMPTY', points: [{ period: '2024', p: null, l: 3 }] },
  ]);
  assert.deepEqual(
    ranked.map((r) => r.indicatorCode),
    ['TPAK', 'APS'],
  );
  assert.ok(ranked[0].trend! > 0, 'TPAK gap widens');
  assert.ok(ranked[1].trend! < 0, 'APS gap narrows');
});
