/**
 * Every environment variable Setara reads, parsed and documented in one place.
 * Nothing else in the server reads process.env.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export interface Config {
  /** TCP port to listen on (PORT, default 3000). */
  port: number;
  /** Interface to bind (HOST, default 0.0.0.0). */
  host: string;
  /** PostgreSQL server URL (DATABASE_URL). When unset, the embedded PGlite database is used. */
  databaseUrl: string | null;
  /** Directory of the embedded database (SETARA_DATA_DIR, default ./data). */
  dataDir: string;
  /** Create the demo region on start (SETARA_DEMO=off disables; default on). */
  demo: boolean;
  /** Minutes of inactivity after which a session expires (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes: number;
  /** Hours after which a session expires regardless of activity (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /** Origins allowed to make cookie-authenticated writes besides the server's own (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** Trust X-Forwarded-* headers from a reverse proxy (TRUST_PROXY=1). */
  trustProxy: boolean;
  /** Built web app to serve (WEB_DIST, default web/dist). */
  webDist: string;
  /** Log level (LOG_LEVEL, default info; tests use silent). */
  logLevel: string;
  /**
   * Where uploaded import files and their staging files are kept while a batch is checked and
   * committed (IMPORT_DIR; default `<SETARA_DATA_DIR>/imports`, or a fresh folder under the
   * system temp dir when the database lives in memory). Several app servers must share it.
   */
  importDir: string;
  /** Largest import upload in megabytes (IMPORT_MAX_MB, default 200); JSON bodies stay at 1 MiB. */
  importMaxMb: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.SETARA_DATA_DIR || 'data'),
    demo: (env.SETARA_DEMO || 'on').toLowerCase() !== 'off',
    sessionIdleMinutes: intFrom(env.SESSION_IDLE_MINUTES, 120, 'SESSION_IDLE_MINUTES'),
    sessionMaxHours: intFrom(env.SESSION_MAX_HOURS, 12, 'SESSION_MAX_HOURS'),
    allowedOrigins: (env.ALLOWED_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    webDist: path.resolve(env.WEB_DIST || 'web/dist'),
    logLevel: env.LOG_LEVEL || 'info',
    importDir: importDirFrom(env),
    importMaxMb: intFrom(env.IMPORT_MAX_MB, 200, 'IMPORT_MAX_MB'),
  };
}

function importDirFrom(env: NodeJS.ProcessEnv): string {
  if (env.IMPORT_DIR) return path.resolve(env.IMPORT_DIR);
  const dataDir = env.SETARA_DATA_DIR || 'data';
  // An in-memory database (tests, try-outs) gets its own folder, so parallel test processes
  // whose batch ids all start at 1 never share files.
  if (dataDir.startsWith('memory://'))
    return path.join(os.tmpdir(), `setara-${process.pid}-${randomBytes(4).toString('hex')}`, 'imports');
  return path.join(path.resolve(dataDir), 'imports');
}
