/**
 * What a portal preview image (the PNG a shared link shows, 1200×630) costs: the SVG's
 * composition, resvg's rendering to PNG, and the PNG's size, for Kota Palu's region card and
 * for the cards of a few of its indicators (the demo database, an in-memory PGlite). The
 * queries are measured apart: they are the region page's own (service.ts).
 *
 *   npx tsx bench/portal-preview.ts [--runs 20] [--out DIR]   # --out keeps the PNGs, to look at
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pngSize, svgToPng } from '../server/lib/svg-png.js';
import { indicatorPreviewSvg, regionPreviewSvg } from '../server/modules/portal/preview-image.js';
import { indicatorDetail, regionSummary } from '../server/modules/portal/service.js';
import { createTestApp } from '../server/test-support/test-app.js';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, out: { type: 'string' } },
});
const RUNS = Number(args.runs);
const REGION = '72.71';
const INDICATORS = ['KES_UHH', 'PDD_APM_SMA', 'PDD_RLS'];

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function measure(name: string, svgOf: () => string) {
  const compose: number[] = [];
  const render: number[] = [];
  let png: Buffer;
  // The first rendering loads resvg's fonts and warms its code: counted apart.
  const first = performance.now();
  png = await svgToPng(svgOf());
  const firstMs = performance.now() - first;
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    const svg = svgOf();
    const b = performance.now();
    png = await svgToPng(svg);
    compose.push(b - a);
    render.push(performance.now() - b);
  }
  const size = pngSize(png);
  console.log(
    `| ${name} | ${size?.width}×${size?.height} | ${(png.length / 1024).toFixed(1)} KB | ${firstMs.toFixed(0)} ms | ${percentile(compose, 0.5).toFixed(2)} ms | ${percentile(render, 0.5).toFixed(0)} ms | ${percentile(render, 0.95).toFixed(0)} ms |`,
  );
  if (args.out) {
    fs.mkdirSync(args.out, { recursive: true });
    fs.writeFileSync(path.join(args.out, `${name.replace(/[^\w.-]+/g, '_')}.png`), png);
  }
}

const t = await createTestApp();
try {
  const db = t.database.db;
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${RUNS} runs each`,
  );
  const q0 = performance.now();
  const summary = await regionSummary(db, REGION, 'id');
  console.log(`region query (regionSummary, uncached): ${(performance.now() - q0).toFixed(0)} ms`);
  console.log('| card | size | PNG | first render | SVG compose p50 | PNG render p50 | PNG render p95 |');
  console.log('|---|---|---|---|---|---|---|');
  await measure(`region ${REGION} id`, () => regionPreviewSvg(summary, 'id'));
  const summaryEn = await regionSummary(db, REGION, 'en');
  await measure(`region ${REGION} en`, () => regionPreviewSvg(summaryEn, 'en'));
  for (const code of INDICATORS) {
    const detail = await indicatorDetail(db, REGION, code, 'id').catch(() => null);
    if (!detail) continue;
    await measure(`${REGION} ${code}`, () => indicatorPreviewSvg(detail, 'id'));
  }
  // Through the route: the first request renders (queries included), the next ones are the cache's.
  for (const url of [
    '/api/public/regions/72.71/preview.png',
    '/api/public/regions/72.71/indicators/KES_UHH/preview.png',
  ]) {
    const a = performance.now();
    const first = await t.app.inject({ url });
    const firstMs = performance.now() - a;
    const cached: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const b = performance.now();
      await t.app.inject({ url });
      cached.push(performance.now() - b);
    }
    console.log(
      `GET ${url}: ${first.statusCode}, first ${firstMs.toFixed(0)} ms, cached p50 ${percentile(cached, 0.5).toFixed(2)} ms`,
    );
  }
} finally {
  await t.close();
}
