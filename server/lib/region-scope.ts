/**
 * "A region and its kab/kota" as SQL on a table's region-code column: the codes come from
 * the regions table (the province itself and the rows whose parent it is), so each is one
 * probe of the table's region index. A `like 'X.%'` on the code cannot use that index and
 * read every row of a national table (docs/performance.md, service records: 1.4 s → 80 ms).
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

export function inRegionOrItsKabKota(column: SQLWrapper, code: string): SQL {
  return sql`${column} in (select code from regions where code = ${code} or parent_code = ${code})`;
}
