/**
 * While a server holds the embedded database, nothing else may open it (data-dir-lock.ts), so
 * the server takes the backup itself: it listens on a Unix socket that only its own user can
 * use (no network, no session, nothing to configure) and streams the archive to the command
 * line, which finds the socket in the lock file. The summary follows as an HTTP trailer, so a
 * backup cut short is told apart from a complete one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import type { Config } from '../config.js';
import { writeBackup, type BackupSummary } from './backup.js';
import type { Database } from './connection.js';

const SUMMARY_TRAILER = 'x-setara-backup';

/** One socket per data directory; short enough for the ~100-byte limit on socket paths. */
export function controlSocketPath(dataDir: string): string {
  const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `setara-${id}.sock`);
}

export interface BackupControl {
  path: string;
  close(): Promise<void>;
}

export async function startBackupControl(
  database: Database,
  config: Config,
  log: { info(msg: string): void; error(obj: unknown, msg: string): void },
): Promise<BackupControl> {
  const socketPath = controlSocketPath(config.dataDir);
  // Whoever left it is gone: this process holds the data directory's lock.
  await fs.rm(socketPath, { force: true });
  let busy = false;
  const server = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/backup') {
      response.writeHead(404).end();
      return;
    }
    if (busy) {
      response.writeHead(409, { 'content-type': 'text/plain' }).end('a backup is already running');
      return;
    }
    busy = true;
    response.writeHead(200, { 'content-type': 'application/gzip', trailer: SUMMARY_TRAILER });
    const body = new PassThrough();
    body.pipe(response, { end: false });
    const started = Date.now();
    writeBackup(config, body, database)
      .then((summary) => {
        response.addTrailers({ [SUMMARY_TRAILER]: JSON.stringify(summary) });
        response.end();
        log.info(`backup streamed in ${Date.now() - started} ms`);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'backup failed');
        response.destroy(error as Error);
      })
      .finally(() => (busy = false));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  await fs.chmod(socketPath, 0o600);
  return {
    path: socketPath,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await fs.rm(socketPath, { force: true });
    },
  };
}

/** Asks the running server for a backup, written to `out`; rejects if it was cut short. */
export function requestBackup(socketPath: string, out: Writable): Promise<BackupSummary> {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath, method: 'POST', path: '/backup' }, (response) => {
      if (response.statusCode !== 200) {
        let text = '';
        response.on('data', (d) => (text += d));
        response.on('end', () => reject(new Error(`the server refused: ${text || response.statusCode}`)));
        return;
      }
      response.pipe(out);
      response.on('aborted', () => reject(new Error('the server stopped sending the backup')));
      response.on('error', reject);
      out.on('error', reject);
      out.on('finish', () => {
        const summary = response.trailers[SUMMARY_TRAILER];
        if (!summary) reject(new Error('the backup was cut short'));
        else resolve(JSON.parse(summary) as BackupSummary);
      });
    });
    request.on('error', reject);
    request.end();
  });
}
