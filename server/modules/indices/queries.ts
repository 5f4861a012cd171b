/** The stored region-year of an index, as the indices services read and delete it. */
import { and, eq } from 'drizzle-orm';
import type { IndexCode } from '../../../domain/indices/constants.js';
import type { Db } from '../../db/connection.js';
import { indexValues } from '../../db/schema-indices.js';

/** The row of one region, index and year (the table's key). */
export const indexValueKey = (code: string, index: IndexCode, year: number) =>
  and(eq(indexValues.regionCode, code), eq(indexValues.indexCode, index), eq(indexValues.year, year));

export async function findIndexValue(db: Db, code: string, index: IndexCode, year: number) {
  const [row] = await db
    .select()
    .from(indexValues)
    .where(indexValueKey(code, index, year));
  return row;
}
