/**
 * Opens the database: the embedded PGlite (default) or a PostgreSQL server (DATABASE_URL).
 * Application code only sees `Db`, Drizzle's common PostgreSQL type, so both run the same
 * queries. Drizzle talks to PGlite through PGlite's own driver: on PGlite's node-postgres
 * adapter parameterised queries hang (ARCHITECTURE.md).
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as dataSchema from './schema-data.js';
import * as foundationSchema from './schema.js';

const schema = { ...foundationSchema, ...dataSchema };

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Applies the SQL migrations in `folder` that have not run yet. */
  applyMigrations(folder: string): Promise<void>;
  close(): Promise<void>;
}

// An arbitrary constant: two app servers starting together must not both migrate.
const MIGRATION_LOCK = 7_274_271;

export interface OpenOptions {
  /** PostgreSQL server URL; when null the embedded database is used. */
  databaseUrl: string | null;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
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
    return { db, kind: 'postgres', applyMigrations, close: () => pool.end() };
  }
  if (!options.dataDir.startsWith('memory://')) fs.mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const applyMigrations = (migrationsFolder: string) =>
    migratePglite(drizzlePglite(client), { migrationsFolder });
  return { db, kind: 'pglite', applyMigrations, close: () => client.close() };
}
