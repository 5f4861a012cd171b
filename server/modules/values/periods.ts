/**
 * The periods of a region that hold values, newest first: what a year picker offers, and what
 * the entry page opens by default (the latest). Given an OPD, only the values of the
 * indicators assigned to it count; an operator's are always their own OPD's (domain/access.ts
 * opdScopeOf), and an operator without an OPD has none.
 */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { opdScopeOf } from '../../../domain/access.js';
import type { Db } from '../../db/connection.js';
import { dataValues, indicatorAssignments } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { opdScopeCondition } from '../../lib/opd-scope.js';
import { assertCanReadRegion } from '../../lib/permissions.js';

export async function listPeriods(db: Db, actor: Actor | null, regionCode: string, opdId?: string) {
  const a = assertCanReadRegion(actor, regionCode);
  const scope = opdScopeOf(a, regionCode, opdId);
  const columns = {
    period: dataValues.period,
    values: count(),
    verified: sql<number>`count(*) filter (where ${dataValues.status} = 'verified')`.mapWith(Number),
  };
  if (scope.kind === 'all') {
    return db
      .select(columns)
      .from(dataValues)
      .where(eq(dataValues.regionCode, regionCode))
      .groupBy(dataValues.period)
      .orderBy(desc(dataValues.period));
  }
  // A value is the OPD's whose indicator it is (one OPD per indicator and region).
  return db
    .select(columns)
    .from(dataValues)
    .innerJoin(
      indicatorAssignments,
      and(
        eq(indicatorAssignments.regionCode, dataValues.regionCode),
        eq(indicatorAssignments.indicatorCode, dataValues.indicatorCode),
      ),
    )
    .where(and(eq(dataValues.regionCode, regionCode), opdScopeCondition(indicatorAssignments.opdId, scope)))
    .groupBy(dataValues.period)
    .orderBy(desc(dataValues.period));
}
