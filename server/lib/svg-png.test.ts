import assert from 'node:assert/strict';
import { test } from 'node:test';
import { concurrencyLimit, pngSize, svgToPng } from './svg-png.js';

test('an SVG becomes a PNG of its own size, its text set in the shipped font', async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="90"><text x="10" y="50" font-family="system-ui, sans-serif" font-size="30">Kota Palu — ąé</text></svg>`;
  const png = await svgToPng(svg);
  assert.deepEqual(pngSize(png), { width: 320, height: 90 });
  // Without a font the text would not be drawn and the picture would be one flat colour.
  const blank = await svgToPng(svg.replace(/<text[^]*<\/text>/, ''));
  assert.ok(png.length > blank.length + 500, `${png.length} vs ${blank.length}`);
});

test('pngSize reads the IHDR and refuses what is not a PNG', () => {
  assert.equal(pngSize(Buffer.from('GIF89a not a png at all, long enough')), null);
  assert.equal(pngSize(Buffer.alloc(10)), null);
});

test('concurrencyLimit runs at most `max` tasks at once, every task in the end, in order', async () => {
  const run = concurrencyLimit(2);
  let active = 0;
  let peak = 0;
  const order: number[] = [];
  const task = (i: number) => async () => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, 5));
    active--;
    order.push(i);
    if (i === 3) throw new Error('a failing task frees its slot too');
    return i;
  };
  const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((i) => run(task(i))));
  assert.equal(peak, 2);
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'],
  );
  assert.deepEqual([...order].sort(), [1, 2, 3, 4, 5, 6]);
  assert.equal(await run(async () => 'free again'), 'free again');
});
