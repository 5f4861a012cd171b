/**
 * Forward-only migrations (drizzle-kit SQL files in ./migrations), then the reference data
 * every deployment needs (the Kemendagri region list, the national indicator catalog, the SIPD
 * nomenclature). Runs on every start; the reference data is rewritten only when the code ships a
 * different version.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.js';
import { loadCatalog } from './seed/catalog.js';
import { loadNomenclature } from './seed/nomenclature.js';
import { loadRegions } from './seed/regions.js';
import { referenceFingerprint, saveFingerprint, storedFingerprint } from './seed/reference-version.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function migrate(database: Database): Promise<void> {
  await database.applyMigrations(migrationsFolder);
  const fingerprint = referenceFingerprint();
  if ((await storedFingerprint(database.db)) === fingerprint) return;
  await loadRegions(database.db);
  await loadCatalog(database.db);
  await loadNomenclature(database.db);
  await saveFingerprint(database.db, fingerprint);
}
