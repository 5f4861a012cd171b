/** The periods of a region that hold values, newest first: what a year picker offers. */
import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { dataValues } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';

export async function listPeriods(db: Db, actor: Actor | null, regionCode: string) {
  assertCanReadRegion(actor, regionCode);
  const rows = await db
    .select({
      period: dataValues.period,
      values: count(),
      verified: sql<number>`count(*) filter (where ${dataValues.status} = 'verified')`.mapWith(Number),
    })
    .from(dataValues)
    .where(eq(dataValues.regionCode, regionCode))
    .groupBy(dataValues.period)
    .orderBy(desc(dataValues.period));
  return rows;
}
