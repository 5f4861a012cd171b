/**
 * First contentful paint of the portal's region page in Chromium on a throttled network
 * (issue 15, docs/performance.md): Lighthouse's "Slow 4G" conditions through the DevTools
 * protocol (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), a fresh browser context per
 * run (nothing cached in the browser). Target: FCP ≤ 2 s.
 *   - the demo's Kota Palu (the app on its embedded database, as the browser tests run it);
 *   - with --url, a kab/kota of the national dataset (PostgreSQL, bench/load-national.ts): a
 *     region not asked before on every run, so the server renders each page uncached.
 *   npx tsx bench/portal-first-paint.ts [--runs 5] [--url postgres://…/setara_bench]
 */
import os from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { regionPagePath } from '../domain/portal.js';
import { loadConfig } from '../server/config.js';
import { regions } from '../server/db/schema.js';
import { openAndMigrate } from '../server/start.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable, startHarness } from '../tests/e2e/support/harness.js';
import { loadedRegions } from './lib/bench-db.js';
import { startServerProcess } from './lib/server-process.js';
import { inArray } from 'drizzle-orm';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const runs = Number(option('runs') ?? 5);
const nationalUrl = option('url');

/** Lighthouse's mobile "Slow 4G" (its default throttling), in bytes per second. */
const SLOW_4G = { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function firstPaint(browser: Browser, url: string): Promise<{ fcp: number; bytes: number }> {
  const context = await browser.newContext({ locale: 'id-ID' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The paint entry may come after `load` on a small page: wait for it (buffered observer).
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(Number.NaN), 10_000);
        }),
    );
    return { fcp, bytes };
  } finally {
    await context.close();
  }
}

const summary = (label: string, xs: { fcp: number; bytes: number }[]) => {
  const fcps = xs.map((x) => x.fcp).sort((a, b) => a - b);
  console.log(
    `${label}: FCP median ${fcps[Math.floor(fcps.length / 2)].toFixed(0)} ms, max ${fcps[fcps.length - 1].toFixed(0)} ms ` +
      `(${xs.map((x) => x.fcp.toFixed(0)).join(', ')}); transferred ${(xs[0].bytes / 1024).toFixed(1)} KB`,
  );
};

if (!chromiumAvailable()) {
  console.log('no Chromium: first paint not measured');
  process.exit(0);
}
console.log(
  `load average before: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const harness = await startHarness();
try {
  const demo = [];
  for (let i = 0; i < runs; i++)
    demo.push(await firstPaint(harness.browser, `${harness.baseUrl}/p/72.71-kota-palu`));
  summary(`Kota Palu (demo, embedded database), Slow 4G, ${runs} runs`, demo);
} finally {
  await harness.close();
}

if (nationalUrl) {
  const database = await openAndMigrate(loadConfig({ DATABASE_URL: nationalUrl, LOG_LEVEL: 'silent' }));
  const { kabkota } = await loadedRegions(database);
  const named = await database.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, kabkota.slice(-runs)));
  await database.close();
  const server = await startServerProcess({ env: { DATABASE_URL: nationalUrl, SETARA_DEMO: 'off' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const national = [];
    for (const region of named)
      national.push(await firstPaint(browser, `${server.base}${regionPagePath(region)}`));
    summary(
      `national dataset (300 indicators a region, uncached on the server), Slow 4G, ${named.length} runs`,
      national,
    );
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
  }
}
console.log(
  `load average after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
