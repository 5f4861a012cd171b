/**
 * A person's journey through the balancer in Chromium: sign in, open the explorer (replica
 * reads), upload an import and wait for its check, then — after `beforeCommit`, where the
 * driver kills the server that took the upload — save the import and open another page. Every
 * API answer the page gets after signing in is watched: an error there is a failure the user saw.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Response } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, signIn } from '../../tests/e2e/support/harness.js';

export const IMPORT_PERIOD = '2029';
export const IMPORT_VALUES = { P: '71.11', L: '67.22' };

export interface JourneyResult {
  uploadedOn: string;
  committedOn: string;
  sessionOn: string;
  sessionStatus: number;
  batchId: number;
  /** API answers of 400 and above, and requests that got no answer, after signing in. */
  failures: string[];
  /** Requests the page cancelled itself by navigating on. */
  cancelled: number;
  steps: { step: string; ms: number }[];
}

const servedBy = (r: Response) => r.headers()['x-served-by'] ?? '';

export async function runJourney(options: {
  base: string;
  password: string;
  dir: string;
  beforeCommit: (uploadedOn: string) => Promise<void>;
}): Promise<JourneyResult> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const steps: JourneyResult['steps'] = [];
  const failures: string[] = [];
  let cancelled = 0;
  let watching = false;
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    steps.push({ step: name, ms: Date.now() - started });
    return result;
  };
  try {
    const context = await browser.newContext({ baseURL: options.base, locale: 'id-ID' });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    page.on('response', (r) => {
      if (watching && r.url().includes('/api/') && r.status() >= 400)
        failures.push(`${r.request().method()} ${r.url()} → ${r.status()} (${servedBy(r)})`);
    });
    page.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      // ERR_ABORTED is the page itself dropping a request it no longer needs (it navigated
      // away); a server that vanished shows as ERR_EMPTY_RESPONSE, ERR_CONNECTION_* or a 50x.
      if (reason === 'net::ERR_ABORTED') cancelled++;
      else if (watching) failures.push(`${r.method()} ${r.url()} → no answer: ${reason}`);
    });

    await step('sign in', () => signIn(page, 'demo.admin', options.password));
    watching = true;
    await step('open the explorer (trend chart)', async () => {
      await page.goto('/data/jelajah?indicator=KES_UHH');
      await page.getByTestId('trend-chart').locator('svg').first().waitFor();
    });

    const file = path.join(options.dir, `uhh-${IMPORT_PERIOD}.csv`);
    await writeFile(
      file,
      [
        'indicator_code;region_code;period;sex;value',
        `KES_UHH;72.71;${IMPORT_PERIOD};P;${IMPORT_VALUES.P.replace('.', ',')}`,
        `KES_UHH;72.71;${IMPORT_PERIOD};L;${IMPORT_VALUES.L.replace('.', ',')}`,
        '',
      ].join('\n'),
    );
    const upload = await step('upload an import and wait for its check', async () => {
      await page.goto('/data/impor');
      await page.getByRole('heading', { name: 'Impor data' }).waitFor();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && /\/imports$/.test(r.url())),
        page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(file),
      ]);
      await page.getByTestId('import-summary').getByText('Baru').waitFor();
      return { uploadedOn: servedBy(response), batchId: ((await response.json()) as { id: number }).id };
    });

    await options.beforeCommit(upload.uploadedOn);

    const committedOn = await step('save the import (after the kill)', async () => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && /\/commit$/.test(r.url())),
        page.getByTestId('import-commit').click(),
      ]);
      await page.getByText('Tersimpan: 2 nilai baru, 0 berubah, 0 tidak berubah.').waitFor();
      return servedBy(response);
    });

    const session = await step('open the ARG recap on the same session', async () => {
      await page.waitForLoadState('networkidle');
      await page.goto('/perencanaan/rekap-arg');
      await page.waitForLoadState('networkidle');
      const me = await page.request.get('/api/auth/me');
      return { sessionOn: me.headers()['x-served-by'] ?? '', sessionStatus: me.status() };
    });
    return { ...upload, committedOn, ...session, failures, cancelled, steps };
  } finally {
    await browser.close();
  }
}
