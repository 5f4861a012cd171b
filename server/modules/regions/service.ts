/** The region hierarchy is public reference data: anyone may read it. */
import { and, asc, eq, ilike, type SQL } from 'drizzle-orm';
import { NATIONAL_CODE, isValidRegionCode } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { NotFound } from '../../lib/errors.js';
import { containsPattern } from '../../lib/pagination.js';

const columns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
};

export async function listRegions(db: Db, query: { parent?: string; q?: string }) {
  const where: SQL[] = [eq(regions.parentCode, query.parent ?? NATIONAL_CODE)];
  if (query.q) where.push(ilike(regions.name, containsPattern(query.q)));
  return db
    .select(columns)
    .from(regions)
    .where(and(...where))
    .orderBy(asc(regions.code));
}

export async function getRegion(db: Db, code: string) {
  if (!isValidRegionCode(code)) throw new NotFound();
  const [row] = await db.select(columns).from(regions).where(eq(regions.code, code));
  if (!row) throw new NotFound();
  return row;
}
