/**
 * Map geometry: the bytes of each layer GET /api/maps/geometry/:layer sends (raw and gzipped,
 * as the route compresses them), and the first paint of the national kab/kota map in Chromium
 * (the built app on the demo database, Debian's Chromium through playwright-core as the e2e
 * journeys run it). Target: the national kab/kota layer ≤ 600 KB gzipped; the map drawn
 * ≤ 1.5 s.
 *
 *   npx tsx bench/map-geometry.ts [--runs 5] [--no-browser]
 *
 * First paint: from `page.goto('/peta?…scope=national&level=kabkota')` of a signed-in
 * superadmin until ECharts reports the map drawn (its `finished` event, a path per kab/kota
 * shape) — the app's start, the lazy chunk, the geometry, the figures and the drawing included. "Cold" is a fresh browser context (no
 * cached geometry), "warm" the same context loading the page again (the geometry revalidated
 * with its ETag).
 */
import os from 'node:os';
import { geometryAnswer } from '../server/modules/maps/geometry.js';
import { DEMO_PASSWORD } from '../server/db/seed/demo-data.js';
import { chromiumAvailable, signIn, startHarness } from '../tests/e2e/support/harness.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const runs = Number(option('runs', '5'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log(
  `load average before: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('layer                 shapes   raw        gzipped');
const provinceLayers: { layer: string; gz: number }[] = [];
for (const layer of ['provinces', 'kabkota']) {
  const a = geometryAnswer(layer);
  const shapes = (Object.values(JSON.parse(a.body).objects)[0] as { geometries: unknown[] }).geometries
    .length;
  console.log(
    `${layer.padEnd(20)}  ${String(shapes).padStart(6)}   ${kb(a.body.length).padEnd(9)}  ${kb(a.gzipped.length)}`,
  );
}
for (let p = 11; p <= 96; p++) {
  const layer = `kabkota-${p}`;
  try {
    provinceLayers.push({ layer, gz: geometryAnswer(layer).gzipped.length });
  } catch {
    // Not a province code.
  }
}
provinceLayers.sort((a, b) => a.gz - b.gz);
const median = provinceLayers[Math.floor(provinceLayers.length / 2)];
const largest = provinceLayers[provinceLayers.length - 1];
console.log(
  `kabkota-<province>: ${provinceLayers.length} layers, gzipped median ${kb(median.gz)}, largest ${kb(largest.gz)} (${largest.layer})`,
);

if (process.argv.includes('--no-browser') || !chromiumAvailable()) {
  if (!process.argv.includes('--no-browser')) console.log('no Chromium: first paint not measured');
  process.exit(0);
}

const harness = await startHarness();
const url = '/peta?indicator=KDD_PENDUDUK&year=2023&measure=total&scope=national&level=kabkota';
const shapes = (
  Object.values(JSON.parse(geometryAnswer('kabkota').body).objects)[0] as { geometries: unknown[] }
).geometries.length;

async function paint(page: import('playwright-core').Page): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  await page.waitForFunction(
    (n) =>
      (document.querySelector('[data-testid="choropleth"] svg')?.querySelectorAll('path').length ?? 0) >= n,
    shapes,
    { timeout: 30_000, polling: 16 },
  );
  return performance.now() - start;
}

const cold: number[] = [];
const warm: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await harness.newPage();
    await signIn(page, 'demo.superadmin', DEMO_PASSWORD);
    cold.push(await paint(page));
    warm.push(await paint(page));
    await page.context().close();
  }
} finally {
  await harness.close();
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms (${s.map((x) => x.toFixed(0)).join(', ')})`;
};
console.log(`first paint, national kab/kota map (${shapes} shapes), ${runs} runs:`);
console.log(`  cold context: ${fmt(cold)}`);
console.log(`  warm (reload): ${fmt(warm)}`);
console.log(
  `load average after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
