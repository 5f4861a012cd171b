/**
 * The periods of a region that hold values, newest first: what a year picker offers, and what
 * the entry page opens by default (the latest). Every reader of the region reads its values
 * (the explore pages), so its periods too; asked for one OPD, only the values of the
 * indicators assigned to it count, and the OPD goes through the caller's OPD scope
 * (domain/access.ts opdScopeOf): an operator gets their own OPD's whichever they name, and an
 * operator without an OPD none.
 */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { opdScopeOf, type OpdScope } from '../../../domain/access.js';
import type { Db } from '../../db/connection.js';
import { dataValues, indicatorAssignments } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { opdScopeCondition } from '../../lib/opd-scope.js';
import { assertCanReadRegion } from '../../lib/permissions.js';

export async function listPeriods(db: Db, actor: Actor | null, regionCode: string, opdId?: string) {
  const a = assertCanReadRegion(actor, regionCode);
  const scope: OpdScope = opdId ? opdScopeOf(a, regionCode, opdId) : { kind: 'all' };
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
