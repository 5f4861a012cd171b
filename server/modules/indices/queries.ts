/** Reads the indices services share: the region (404 when unknown) and one stored region-year. */
import { and, eq } from 'drizzle-orm';
import type { IndexCode } from '../../../domain/indices/constants.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { indexValues } from '../../db/schema-indices.js';
import { NotFound } from '../../lib/errors.js';

export async function regionOf(db: Db, code: string) {
  const [row] = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.code, code));
  if (!row) throw new NotFound();
  return row;
}

export async function findIndexValue(db: Db, code: string, index: IndexCode, year: number) {
  const [row] = await db
    .select()
    .from(indexValues)
    .where(
      and(eq(indexValues.regionCode, code), eq(indexValues.indexCode, index), eq(indexValues.year, year)),
    );
  return row;
}
