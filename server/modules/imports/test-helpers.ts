/** Shared by the import tests: multipart uploads through app.inject and waiting for jobs. */
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../test-support/test-app.js';

/** app.inject's default host; a write must come from the server's own origin (CSRF). */
export const ORIGIN = 'http://localhost:80';

/** `fields` go before the file, as a browser's form sends them. */
export function multipart(fileName: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const boundary = `----setara${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    ...Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: ORIGIN },
  };
}

export interface BatchJson {
  id: number;
  status: string;
  errorCount: number;
  errors: {
    items: { row: number | null; column: string | null; code: string; message: string }[];
    total: number;
  };
  comparison: { new: number; changed: number; unchanged: number; at: string } | null;
  canCommit: boolean;
  canCommitValid: boolean;
  landingStatuses: string[];
  refused: { rows: number; file: boolean };
  values: number;
  rowsTotal: number;
  rowsValid: number;
  rowsSkipped: number;
  preview: { indicatorCode: string; sex: string; value: string; members: Record<string, string> }[];
  [key: string]: unknown;
}

const FINISHED = new Set(['checked', 'committed', 'failed']);

export async function waitFor(t: TestApp, cookie: string, id: number, lang = 'id'): Promise<BatchJson> {
  for (let i = 0; i < 600; i++) {
    const res = await t.app.inject({
      url: `/api/imports/${id}?errorsPageSize=200`,
      headers: { cookie, 'accept-language': lang },
    });
    const batch = res.json() as BatchJson;
    if (res.statusCode !== 200) throw new Error(`GET import ${id}: ${res.statusCode} ${res.body}`);
    if (FINISHED.has(batch.status)) return batch;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

export async function upload(
  t: TestApp,
  cookie: string,
  fileName: string,
  content: Buffer | string,
  region = '72.71',
  fields: Record<string, string> = {},
): Promise<BatchJson> {
  const body = multipart(fileName, content, fields);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/regions/${region}/imports`,
    headers: { ...body.headers, cookie },
    payload: body.payload,
  });
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return waitFor(t, cookie, res.json().id);
}

/** Commits and waits; `choice` is the optional body (mode, landingStatus). */
export async function commit(
  t: TestApp,
  cookie: string,
  id: number,
  choice?: { mode?: string; landingStatus?: string },
): Promise<BatchJson> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/imports/${id}/commit`,
    headers: { cookie, origin: ORIGIN },
    ...(choice ? { payload: choice } : {}),
  });
  if (res.statusCode !== 202) throw new Error(`commit: ${res.statusCode} ${res.body}`);
  return waitFor(t, cookie, id);
}
