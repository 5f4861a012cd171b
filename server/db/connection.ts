/**
 * Opens the database: the embedded PGlite (default) or a PostgreSQL server (DATABASE_URL).
 * Application code only sees `Db`, Drizzle's common PostgreSQL type, so both run the same
 * queries. Drizzle talks to PGlite through PGlite's own driver: on PGlite's node-postgres
 * adapter parameterised queries hang (ARCHITECTURE.md).
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { copyIntoPg, copyIntoPglite } from './copy.js';
import * as dataSchema from './schema-data.js';
import * as planningSchema from './schema-planning.js';
import * as foundationSchema from './schema.js';
import { serializeQueries } from './serial-client.js';

const schema = { ...foundationSchema, ...dataSchema, ...planningSchema };

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

/** One connection of its own: temp tables created through it stay visible to it. */
export interface DbSession {
  db: Db;
  /**
   * Bulk-loads PostgreSQL COPY text (tab-separated, `\N` for null, one row a line) from a
   * stream or a file path into `table`'s `columns`; answers the rows loaded.
   */
  copyFrom(table: string, columns: string[], source: Readable | string): Promise<number>;
}

export interface Database {
  db: Db;
  /**
   * For read-only work that may lag the primary by a moment (analytics, recaps, publications):
   * a read replica's pool when DATABASE_READ_URL is set, otherwise the same handle as `db`.
   */
  readDb: Db;
  /** Whether readDb is a separate replica (health reports its lag). */
  hasReplica: boolean;
  kind: DatabaseKind;
  /** Applies the SQL migrations in `folder` that have not run yet. */
  applyMigrations(folder: string): Promise<void>;
  /**
   * Runs `work` on a dedicated connection (a pooled client on PostgreSQL, the only one on
   * PGlite) with the COPY capability Drizzle lacks; used by bulk imports.
   */
  withSession<T>(work: (session: DbSession) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction on a dedicated connection, COPY included; committed when it
   * resolves, rolled back when it throws. On PGlite every other query waits until it ends.
   */
  inTransaction<T>(work: (session: DbSession) => Promise<T>): Promise<T>;
  /**
   * PGlite only: a tarball of the data directory, taken between two statements, so it is a
   * consistent (crash-safe) image while the server keeps running (backup.ts).
   */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

// An arbitrary constant: two app servers starting together must not both migrate.
const MIGRATION_LOCK = 7_274_271;

export interface OpenOptions {
  /** PostgreSQL server URL; when null the embedded database is used. */
  databaseUrl: string | null;
  /** A read replica of databaseUrl for readDb; ignored with the embedded database. */
  databaseReadUrl?: string | null;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  /** PGlite only: start from this data-directory image (dumpDataDir) instead of an empty cluster; tests use it to skip initdb and the migrations. */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle pooled connection that the server ends (restart, failover, a dropped database)
    // emits 'error' on the pool; unhandled, that would crash the process. The pool replaces the
    // connection on the next query, so logging to stderr is enough.
    pool.on('error', (error) => console.error(`PostgreSQL idle connection lost: ${error.message}`));
    pool.on('connect', serializeQueries);
    // Surface a wrong URL at start, not at the first request.
    await pool.query('select 1');
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const applyMigrations = async (migrationsFolder: string) => {
      // A session-level lock needs one connection for the whole run, hence a dedicated client.
      const client = new pg.Client({ connectionString: options.databaseUrl! });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.end();
      }
    };
    const withSession = async <T>(work: (session: DbSession) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      let failed = false;
      try {
        const sessionDb = drizzlePg(client, { schema }) as unknown as Db;
        return await work({ db: sessionDb, copyFrom: (t, c, source) => copyIntoPg(client, t, c, source) });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        // After a failure the connection may still hold temp tables or an aborted transaction.
        client.release(failed);
      }
    };
    const inTransaction = <T>(work: (session: DbSession) => Promise<T>): Promise<T> =>
      withSession((session) =>
        session.db.transaction((tx) => work({ db: tx as unknown as Db, copyFrom: session.copyFrom })),
      );
    let readPool: pg.Pool | null = null;
    try {
      if (options.databaseReadUrl) readPool = await openReadPool(options.databaseReadUrl);
    } catch (error) {
      await pool.end();
      throw error;
    }
    const readDb = readPool ? (drizzlePg(readPool, { schema }) as unknown as Db) : db;
    const close = async () => {
      await Promise.all([pool.end(), readPool?.end()]);
    };
    return {
      db,
      readDb,
      hasReplica: !!readPool,
      kind: 'postgres',
      applyMigrations,
      withSession,
      inTransaction,
      close,
    };
  }
  if (!options.dataDir.startsWith('memory://')) fs.mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const applyMigrations = (migrationsFolder: string) =>
    migratePglite(drizzlePglite(client), { migrationsFolder });
  const session: DbSession = { db, copyFrom: (t, c, source) => copyIntoPglite(client, t, c, source) };
  const withSession = <T>(work: (s: DbSession) => Promise<T>) => work(session);
  // PGlite's own transaction, which holds off every other query; Drizzle and COPY both go through it.
  const inTransaction = <T>(work: (s: DbSession) => Promise<T>) =>
    client.transaction((tx) =>
      work({
        db: drizzlePglite({ client: tx as unknown as PGlite, schema }) as unknown as Db,
        copyFrom: (t, c, source) => copyIntoPglite(tx, t, c, source),
      }),
    );
  return {
    db,
    readDb: db,
    hasReplica: false,
    kind: 'pglite',
    applyMigrations,
    withSession,
    inTransaction,
    dumpDataDir: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}

/**
 * The replica's pool. A replica that is down at start stops the start, like the primary; one
 * that fails later fails the read-only requests only, until it is back.
 */
async function openReadPool(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', (error) => console.error(`PostgreSQL replica idle connection lost: ${error.message}`));
  await pool.query('select 1');
  return pool;
}
