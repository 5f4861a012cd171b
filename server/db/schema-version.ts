/**
 * Which migrations the code ships and which ones a database has: health reports a database
 * that is behind (or ahead of) the code, and a restore refuses a backup newer than the code.
 * Drizzle's migrator records each applied migration's journal timestamp in
 * drizzle.__drizzle_migrations and applies those newer than the last one recorded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface SchemaVersion {
  /** Migrations applied (database) or shipped (code). */
  migrations: number;
  /** The journal timestamp of the last one; null when there is none. */
  lastAt: number | null;
}

export type SchemaState = 'current' | 'behind' | 'ahead';

interface Journal {
  entries: { when: number; tag: string }[];
}

let shipped: (SchemaVersion & { lastTag: string | null }) | null = null;

/** The migrations this code ships (server/db/migrations/meta/_journal.json). */
export function codeSchemaVersion(): SchemaVersion & { lastTag: string | null } {
  if (!shipped) {
    const journal = JSON.parse(
      fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    ) as Journal;
    const last = journal.entries.at(-1);
    shipped = { migrations: journal.entries.length, lastAt: last?.when ?? null, lastTag: last?.tag ?? null };
  }
  return shipped;
}

/** The tag (file name) of the shipped migration with this journal timestamp, if the code has it. */
export function migrationTag(lastAt: number | null): string | null {
  if (lastAt === null) return null;
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  return journal.entries.find((e) => e.when === lastAt)?.tag ?? null;
}

type Rows<T> = { rows: T[] };

/** The migrations a database has; none when it was never migrated (no bookkeeping table). */
export async function databaseSchemaVersion(db: Db): Promise<SchemaVersion> {
  const present = (await db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  )) as unknown as Rows<{ present: boolean }>;
  if (!present.rows[0]?.present) return { migrations: 0, lastAt: null };
  const result = (await db.execute(
    sql`select count(*)::int as migrations, max(created_at)::text as last_at from drizzle.__drizzle_migrations`,
  )) as unknown as Rows<{ migrations: number; last_at: string | null }>;
  const row = result.rows[0];
  return { migrations: Number(row.migrations), lastAt: row.last_at === null ? null : Number(row.last_at) };
}

/** How a database's schema stands against the code's. */
export function compareSchema(
  database: SchemaVersion,
  code: SchemaVersion = codeSchemaVersion(),
): SchemaState {
  const have = database.lastAt ?? -1;
  const want = code.lastAt ?? -1;
  if (have > want) return 'ahead';
  if (have < want) return 'behind';
  return 'current';
}
