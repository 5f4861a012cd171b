/**
 * Forward-only migrations (drizzle-kit SQL files in ./migrations), then the reference data
 * every deployment needs (the Kemendagri region list, the national indicator catalog). Runs on every start; safe to repeat.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.js';
import { loadCatalog } from './seed/catalog.js';
import { loadRegions } from './seed/regions.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function migrate(database: Database): Promise<void> {
  await database.applyMigrations(migrationsFolder);
  await loadRegions(database.db);
  await loadCatalog(database.db);
}
