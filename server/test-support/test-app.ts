/**
 * A real app on a fresh database for integration tests: in-memory PGlite by default, or a
 * new throw-away database on the PostgreSQL server named by TEST_DATABASE_URL, so the same
 * suite covers both. The database starts as a copy of a migrated (and, unless demo: false,
 * seeded) one built once per test run (snapshot.ts).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp, type BuildOptions } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { seedDemo } from '../db/seed/demo.js';
import { DEMO_PASSWORD } from '../db/seed/demo-data.js';
import type { ZodApp } from '../lib/context.js';
import { openFileStore, type FileStore } from '../lib/file-store/index.js';
import { openAndMigrate } from '../start.js';
import { cloneTemplate, databaseUrlOf, pgliteImage, postgresTemplate, snapshotsEnabled } from './snapshot.js';
import type { Database } from '../db/connection.js';

export interface TestApp {
  app: ZodApp;
  database: Database;
  config: Config;
  /** The app's file store (config.fileStore), for tests that look at stored files. */
  files: FileStore;
  /** Signs in and returns the Cookie header value. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

async function createScratchDatabase(
  serverUrl: string,
  template: string | null,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `setara_test_${randomBytes(6).toString('hex')}`;
  if (template) await cloneTemplate(serverUrl, template, name);
  else {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  }
  return {
    url: databaseUrlOf(serverUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function createTestApp(
  options: { demo?: boolean; env?: NodeJS.ProcessEnv; instrument?: BuildOptions['instrument'] } = {},
): Promise<TestApp> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const kind = options.demo === false ? 'bare' : 'demo';
  // A test that names its own database gets exactly that, migrated the usual way.
  const snapshot = snapshotsEnabled() && !options.env?.DATABASE_URL ? kind : null;
  const template = serverUrl && snapshot ? await postgresTemplate(serverUrl, snapshot) : null;
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, template) : null;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SETARA_DATA_DIR: 'memory://',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...options.env,
  });
  config.dataDir = 'memory://';
  // From a snapshot the app still starts the way it does in production (openAndMigrate), which
  // finds every migration applied and the reference data current.
  const loadDataDir = !config.databaseUrl && snapshot ? await pgliteImage(snapshot) : undefined;
  const database = await openAndMigrate(config, { loadDataDir });
  if (options.demo !== false && !template && !loadDataDir) await seedDemo(database.db);
  const files = await openFileStore(config.fileStore);
  const app = await buildApp(database, config, { instrument: options.instrument, files });
  await app.ready();

  return {
    app,
    database,
    config,
    files,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'setara_session');
      return `setara_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      await scratch?.drop();
    },
  };
}

/** Runs a counting query; both drivers answer `{ rows }`. */
export async function countOf(t: TestApp, query: import('drizzle-orm').SQL): Promise<number> {
  const result = (await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  return Number(Object.values(result.rows[0])[0]);
}
