/**
 * Reading index methods: the latest version of an index (what new figures use) or a given
 * one (to recompute a figure as it was published). Method rows are immutable, so a process
 * may keep them; the list is tiny (a few versions per index).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { indexMethods } from '../../db/schema-indices.js';
import type { IndexCode } from '../../../domain/indices/constants.js';
import { Invalid } from '../../lib/errors.js';

export type MethodRow = typeof indexMethods.$inferSelect;

export async function methodOf(db: Db, indexCode: IndexCode, version?: number): Promise<MethodRow> {
  const [row] = await db
    .select()
    .from(indexMethods)
    .where(
      version === undefined
        ? eq(indexMethods.indexCode, indexCode)
        : and(eq(indexMethods.indexCode, indexCode), eq(indexMethods.version, version)),
    )
    .orderBy(desc(indexMethods.version))
    .limit(1);
  if (!row) throw new Invalid({ methodVersion: 'index_method_version_unknown' });
  return row;
}

export function methodSummaryOf(row: MethodRow) {
  return { version: row.version, sourceNote: row.sourceNote, provisional: row.provisional };
}
