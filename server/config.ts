/**
 * Every environment variable Setara reads, parsed and documented in one place.
 * Nothing else in the server reads process.env.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { defaultLogLevel, LOG_FORMATS, type LogFormat } from './lib/logging.js';

export interface Config {
  /** TCP port to listen on (PORT, default 3000). */
  port: number;
  /** Interface to bind (HOST, default 0.0.0.0). */
  host: string;
  /** PostgreSQL server URL (DATABASE_URL). When unset, the embedded PGlite database is used. */
  databaseUrl: string | null;
  /**
   * Seconds a starting server keeps retrying a PostgreSQL that does not answer, with back-off,
   * before it gives up (DATABASE_WAIT_SECONDS, default 60; 0 tries once).
   */
  databaseWaitSeconds: number;
  /**
   * A read replica of DATABASE_URL (DATABASE_READ_URL) for read-only analytics (explore, ARG
   * recap, Profil Gender); unset, they read from DATABASE_URL. Ignored without DATABASE_URL.
   */
  databaseReadUrl: string | null;
  /** Directory of the embedded database (SETARA_DATA_DIR, default ./data). */
  dataDir: string;
  /** Create the demo region on start (SETARA_DEMO=off disables; default on). */
  demo: boolean;
  /** Minutes of inactivity after which a session expires (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes: number;
  /** Hours after which a session expires regardless of activity (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /**
   * API requests a minute per client address without a session (RATE_LIMIT_ANON_PER_MINUTE,
   * default 600) and per signed-in user (RATE_LIMIT_USER_PER_MINUTE, default 1200); over it, 429.
   * Behind a reverse proxy this needs TRUST_PROXY, or all visitors share the proxy's address.
   */
  rateLimitAnonPerMinute: number;
  rateLimitUserPerMinute: number;
  /** Sign-in attempts a minute per client address, any outcome (RATE_LIMIT_SIGN_IN_PER_MINUTE, default 30). */
  rateLimitSignInPerMinute: number;
  /**
   * `/api/public/…` requests a minute per API key (RATE_LIMIT_API_KEY_PER_MINUTE, default 6000):
   * the heavier allowance a registered key buys over the per-address one. docs/api-keys.md.
   */
  rateLimitApiKeyPerMinute: number;
  /** API key registrations an hour per client address (RATE_LIMIT_API_KEY_REGISTER_PER_HOUR, default 10). */
  rateLimitApiKeyRegisterPerHour: number;
  /**
   * Milliseconds an app server counts API requests on its own before adding them to the shared
   * count in the database (RATE_LIMIT_SYNC_MS, default 1000; 0 writes every request). Sign-in
   * attempts are always written at once. docs/security.md.
   */
  rateLimitSyncMs: number;
  /** Origins allowed to make cookie-authenticated writes besides the server's own (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** Trust X-Forwarded-* headers from a reverse proxy (TRUST_PROXY=1). */
  trustProxy: boolean;
  /** Built web app to serve (WEB_DIST, default web/dist). */
  webDist: string;
  /**
   * Log lines' shape (LOG_FORMAT): `json`, one object a line for log collectors (the default when
   * NODE_ENV=production), or `readable`, short lines for a person at a terminal (the default
   * otherwise). See server/lib/logging.ts.
   */
  logFormat: LogFormat;
  /** Log level (LOG_LEVEL; default info in the json format, warn in the readable one; tests use silent). */
  logLevel: string;
  /**
   * This server's scratch folder for imports (IMPORT_DIR; default `<SETARA_DATA_DIR>/imports`, or
   * a fresh folder under the system temp dir when the database lives in memory): uploads arrive
   * and checked rows are written here before they go to the file store, and copies fetched from
   * an S3 store are read here. App servers need not share it.
   */
  importDir: string;
  /** Largest import upload in megabytes (IMPORT_MAX_MB, default 200); JSON bodies stay at 1 MiB. */
  importMaxMb: number;
  /**
   * Uploads of at least this many bytes are checked on a worker thread (IMPORT_WORKER_MIN_BYTES,
   * default 1 MiB, about 25,000 rows); smaller ones on the server's thread, where starting a
   * thread would cost more than it saves.
   */
  importWorkerMinBytes: number;
  /**
   * Most values one import may hold on the embedded PGlite database (IMPORT_PGLITE_MAX_VALUES,
   * default 20000; 0 lifts the cap): its commit holds the only connection, so other users wait
   * for it (docs/decisions.md, "Import size on the embedded database"). No cap on PostgreSQL.
   */
  importPgliteMaxValues: number;
  /** Largest monev evidence file in megabytes (EVIDENCE_MAX_MB, default 10). */
  evidenceMaxMb: number;
  /** Where stored files live (server/lib/file-store): FILE_STORE=disk (default) or s3. */
  fileStore: FileStoreConfig;
  /** Outgoing e-mail of notifications (SmtpConfig); null when no SMTP server is set: in-app only. */
  smtp: SmtpConfig | null;
  /**
   * The address users open Setara at (PUBLIC_URL, default http://localhost:<PORT>): links in
   * e-mails point there.
   */
  publicUrl: string;
  /**
   * The open-data catalogue's contact address (PORTAL_CONTACT_EMAIL, default `data@` + the host
   * of PUBLIC_URL): every dataset's contactPoint in /api/public/catalog.jsonld and /data.json.
   * Set it to the data steward's mailbox. The catalogue's absolute URLs use PUBLIC_URL, never the
   * request's Host header, so a forged Host cannot poison the cached catalogue.
   */
  portalContactEmail: string;
  /** Milliseconds between looks at the background job queue (JOBS_POLL_MS, default 2000). */
  jobsPollMs: number;
  /**
   * The public attendance sign-in (/hadir/:token): sign-ins a minute per client address
   * (ATTENDANCE_SIGN_IN_PER_MINUTE_PER_ADDRESS, default 60 — a venue's guests often share one
   * Wi-Fi address), per event day (ATTENDANCE_SIGN_IN_PER_MINUTE_PER_EVENT, default 600), and
   * the largest drawn signature in kilobytes (ATTENDANCE_SIGNATURE_MAX_KB, default 100).
   */
  attendanceSignInPerMinutePerAddress: number;
  attendanceSignInPerMinutePerEvent: number;
  attendanceSignatureMaxKb: number;
}

/**
 * SMTP_URL (`smtp://user:pass@host:587`, `smtps://…` for TLS from the start), or SMTP_HOST with
 * SMTP_PORT (default 587), SMTP_USER, SMTP_PASS and SMTP_SECURE=1 (TLS from the start; default
 * on port 465). SMTP_FROM is the sender (`Setara <setara@pemda.go.id>`), required with either.
 */
export interface SmtpConfig {
  url: string | null;
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  pass: string | null;
  from: string;
}

/**
 * disk: FILE_STORE_DIR, default `<SETARA_DATA_DIR>/files` (several app servers must share it).
 * s3: S3_BUCKET (required), S3_ENDPOINT (unset: AWS), S3_REGION (default us-east-1),
 * S3_ACCESS_KEY_ID + S3_SECRET_ACCESS_KEY (unset: the AWS SDK's own lookup), S3_FORCE_PATH_STYLE=1
 * for most self-hosted servers (MinIO, Garage, Ceph).
 */
export type FileStoreConfig =
  | { kind: 'disk'; dir: string; temporary: boolean }
  | {
      kind: 's3';
      bucket: string;
      endpoint: string | null;
      region: string;
      accessKeyId: string | null;
      secretAccessKey: string | null;
      forcePathStyle: boolean;
    };

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

/** Like intFrom, but 0 is allowed. */
function wholeFrom(value: string | undefined, fallback: number, name: string): number {
  return value === '0' ? 0 : intFrom(value, fallback, name);
}

/** The embedded database's folder; `memory://` (tests, try-outs) is kept as is, never made a path. */
function dataDirFrom(value: string | undefined): string {
  const dir = value || 'data';
  return dir.startsWith('memory://') ? dir : path.resolve(dir);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logFormat = logFormatFrom(env);
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    databaseUrl: databaseUrlFrom(env.DATABASE_URL),
    databaseWaitSeconds:
      env.DATABASE_WAIT_SECONDS === '0' ? 0 : intFrom(env.DATABASE_WAIT_SECONDS, 60, 'DATABASE_WAIT_SECONDS'),
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || null,
    dataDir: dataDirFrom(env.SETARA_DATA_DIR),
    demo: (env.SETARA_DEMO || 'on').toLowerCase() !== 'off',
    sessionIdleMinutes: intFrom(env.SESSION_IDLE_MINUTES, 120, 'SESSION_IDLE_MINUTES'),
    sessionMaxHours: intFrom(env.SESSION_MAX_HOURS, 12, 'SESSION_MAX_HOURS'),
    rateLimitAnonPerMinute: intFrom(env.RATE_LIMIT_ANON_PER_MINUTE, 600, 'RATE_LIMIT_ANON_PER_MINUTE'),
    rateLimitUserPerMinute: intFrom(env.RATE_LIMIT_USER_PER_MINUTE, 1200, 'RATE_LIMIT_USER_PER_MINUTE'),
    rateLimitSignInPerMinute: intFrom(env.RATE_LIMIT_SIGN_IN_PER_MINUTE, 30, 'RATE_LIMIT_SIGN_IN_PER_MINUTE'),
    rateLimitApiKeyPerMinute: intFrom(
      env.RATE_LIMIT_API_KEY_PER_MINUTE,
      6000,
      'RATE_LIMIT_API_KEY_PER_MINUTE',
    ),
    rateLimitApiKeyRegisterPerHour: intFrom(
      env.RATE_LIMIT_API_KEY_REGISTER_PER_HOUR,
      10,
      'RATE_LIMIT_API_KEY_REGISTER_PER_HOUR',
    ),
    rateLimitSyncMs: wholeFrom(env.RATE_LIMIT_SYNC_MS, 1000, 'RATE_LIMIT_SYNC_MS'),
    allowedOrigins: (env.ALLOWED_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    webDist: path.resolve(env.WEB_DIST || 'web/dist'),
    logFormat,
    logLevel: env.LOG_LEVEL || defaultLogLevel(logFormat),
    importDir: importDirFrom(env),
    importMaxMb: intFrom(env.IMPORT_MAX_MB, 200, 'IMPORT_MAX_MB'),
    importWorkerMinBytes: wholeFrom(env.IMPORT_WORKER_MIN_BYTES, 1024 * 1024, 'IMPORT_WORKER_MIN_BYTES'),
    importPgliteMaxValues: wholeFrom(env.IMPORT_PGLITE_MAX_VALUES, 20_000, 'IMPORT_PGLITE_MAX_VALUES'),
    evidenceMaxMb: intFrom(env.EVIDENCE_MAX_MB, 10, 'EVIDENCE_MAX_MB'),
    fileStore: fileStoreFrom(env),
    smtp: smtpFrom(env),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${intFrom(env.PORT, 3000, 'PORT')}`).replace(/\/+$/, ''),
    portalContactEmail: portalContactEmailFrom(env),
    jobsPollMs: intFrom(env.JOBS_POLL_MS, 2000, 'JOBS_POLL_MS'),
    attendanceSignInPerMinutePerAddress: intFrom(
      env.ATTENDANCE_SIGN_IN_PER_MINUTE_PER_ADDRESS,
      60,
      'ATTENDANCE_SIGN_IN_PER_MINUTE_PER_ADDRESS',
    ),
    attendanceSignInPerMinutePerEvent: intFrom(
      env.ATTENDANCE_SIGN_IN_PER_MINUTE_PER_EVENT,
      600,
      'ATTENDANCE_SIGN_IN_PER_MINUTE_PER_EVENT',
    ),
    attendanceSignatureMaxKb: intFrom(env.ATTENDANCE_SIGNATURE_MAX_KB, 100, 'ATTENDANCE_SIGNATURE_MAX_KB'),
  };
}

function smtpFrom(env: NodeJS.ProcessEnv): SmtpConfig | null {
  if (!env.SMTP_URL && !env.SMTP_HOST) return null;
  if (env.SMTP_URL && !/^smtps?:\/\/./.test(env.SMTP_URL))
    throw new Error('SMTP_URL must be an smtp:// (or smtps://) URL');
  if (!env.SMTP_FROM) throw new Error('SMTP_URL or SMTP_HOST needs SMTP_FROM, the sender address');
  const port = intFrom(env.SMTP_PORT, 587, 'SMTP_PORT');
  return {
    url: env.SMTP_URL || null,
    host: env.SMTP_URL ? null : env.SMTP_HOST!,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || null,
    pass: env.SMTP_PASS || null,
    from: env.SMTP_FROM,
  };
}

function fileStoreFrom(env: NodeJS.ProcessEnv): FileStoreConfig {
  const kind = (env.FILE_STORE || 'disk').toLowerCase();
  if (kind === 's3') {
    if (!env.S3_BUCKET) throw new Error('FILE_STORE=s3 needs S3_BUCKET');
    if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY)
      throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
    return {
      kind: 's3',
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT || null,
      region: env.S3_REGION || 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID || null,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === '1' || env.S3_FORCE_PATH_STYLE === 'true',
    };
  }
  if (kind !== 'disk') throw new Error(`FILE_STORE must be disk or s3, got "${env.FILE_STORE}"`);
  if (env.FILE_STORE_DIR) return { kind: 'disk', dir: path.resolve(env.FILE_STORE_DIR), temporary: false };
  const dataDir = env.SETARA_DATA_DIR || 'data';
  // Like IMPORT_DIR: an in-memory database gets a folder of its own, removed on close.
  if (dataDir.startsWith('memory://'))
    return {
      kind: 'disk',
      dir: path.join(os.tmpdir(), `setara-files-${process.pid}-${randomBytes(4).toString('hex')}`),
      temporary: true,
    };
  return { kind: 'disk', dir: path.join(path.resolve(dataDir), 'files'), temporary: false };
}

function logFormatFrom(env: NodeJS.ProcessEnv): LogFormat {
  const value = (env.LOG_FORMAT || '').toLowerCase();
  if (value === '') return env.NODE_ENV === 'production' ? 'json' : 'readable';
  if (!(LOG_FORMATS as readonly string[]).includes(value))
    throw new Error(`LOG_FORMAT must be ${LOG_FORMATS.join(' or ')}, got "${env.LOG_FORMAT}"`);
  return value as LogFormat;
}

function databaseUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  // node-postgres reads anything else as a socket folder or host name and fails obscurely.
  if (!/^postgres(ql)?:\/\/./.test(value))
    throw new Error('DATABASE_URL must be a postgres:// (or postgresql://) URL');
  return value;
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

function portalContactEmailFrom(env: NodeJS.ProcessEnv): string {
  if (env.PORTAL_CONTACT_EMAIL) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(env.PORTAL_CONTACT_EMAIL))
      throw new Error('PORTAL_CONTACT_EMAIL must be an e-mail address');
    return env.PORTAL_CONTACT_EMAIL;
  }
  const host = new URL(env.PUBLIC_URL || 'http://localhost').hostname;
  return `data@${host}`;
}
