/**
 * A fingerprint of the reference data the code ships (regions, districts, built-in dimension
 * sets, starter catalog, SIPD nomenclature). Stored in `settings` after loading, so a start
 * whose data is unchanged skips rewriting thousands of rows.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { BUILTIN_DIMENSION_SETS } from '../../../domain/indicators.js';
import type { Db } from '../connection.js';
import { settings } from '../schema.js';
import { STARTER_INDICATORS } from './catalog-data.js';
import { officialNomenclature } from './nomenclature.js';
import { officialDistricts, officialRegions } from './regions.js';

const KEY = 'reference_data_version';

export function referenceFingerprint(): string {
  const content = JSON.stringify([
    officialRegions(),
    officialDistricts(),
    BUILTIN_DIMENSION_SETS,
    STARTER_INDICATORS,
    officialNomenclature(),
  ]);
  return createHash('sha256').update(content).digest('hex');
}

export async function storedFingerprint(db: Db): Promise<string | null> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return (row?.value as string | undefined) ?? null;
}

export async function saveFingerprint(db: Db, fingerprint: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value: fingerprint })
    .onConflictDoUpdate({ target: settings.key, set: { value: fingerprint, updatedAt: sql`now()` } });
}
