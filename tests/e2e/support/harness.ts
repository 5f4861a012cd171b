/**
 * A browser journey's world: the real server (built web app, fresh in-memory database with
 * the demo) on a free port, and Debian's Chromium driven by playwright-core. No browser is
 * ever downloaded.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../server/config.js';
import { seedDemo } from '../../../server/db/seed/demo.js';
import type { ZodApp } from '../../../server/lib/context.js';
import { openAndMigrate } from '../../../server/start.js';
import { pgliteImage, snapshotsEnabled } from '../../../server/test-support/snapshot.js';
import type { Database } from '../../../server/db/connection.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) with a page on it. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

export interface HarnessOptions {
  /** More environment for the server, e.g. SMTP settings pointing at a test mail server. */
  env?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  // Build on demand so that `npm test` works on a fresh clone too.
  execSync('node scripts/ensure-web-build.mjs', { stdio: 'inherit' });
  const config = loadConfig({ LOG_LEVEL: 'silent', SETARA_DATA_DIR: 'memory://', ...options.env });
  config.dataDir = 'memory://';
  // The demo database image the run's other tests start from too (server/test-support/snapshot.ts).
  const loadDataDir = snapshotsEnabled() ? await pgliteImage('demo') : undefined;
  const database: Database = await openAndMigrate(config, { loadDataDir });
  if (!loadDataDir) await seedDemo(database.db);
  const app: ZodApp = await buildApp(database, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

  return {
    baseUrl,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'id-ID' });
      context.setDefaultTimeout(15_000);
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** Signs in through the login form. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/Nama pengguna|Username/i).fill(username);
  await page.getByLabel(/Kata sandi|Password/i).fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
