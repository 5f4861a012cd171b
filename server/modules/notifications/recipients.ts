/**
 * Who is told about an event, decided by the same predicates of domain/access.ts that decide
 * who may act on it: whoever may verify a region's values hears that values were submitted,
 * whoever may review its planning hears of a submitted GAP, and the users bound to an OPD
 * hear what happened to their OPD's work. Only active users of the region itself are asked
 * (a superadmin or provinsi user acts anywhere but is nobody's daily reviewer).
 */
import { and, eq } from 'drizzle-orm';
import {
  canManageRegion,
  canReviewPlanning,
  canVerifyData,
  opdScopeOf,
  type AccessActor,
} from '../../../domain/access.js';
import { canReviewMonevIn } from '../../../domain/monev/access.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';

type RegionUser = AccessActor & { id: string };

async function activeUsersOf(db: Db, regionCode: string): Promise<RegionUser[]> {
  return db
    .select({ id: users.id, role: users.role, regionCode: users.regionCode, opdId: users.opdId })
    .from(users)
    .where(and(eq(users.regionCode, regionCode), eq(users.active, true)));
}

const idsWhere = async (db: Db, regionCode: string, keep: (u: RegionUser) => boolean) =>
  (await activeUsersOf(db, regionCode)).filter(keep).map((u) => u.id);

/** Who verifies (or returns) the region's submitted values. */
export const dataVerifiersOf = (db: Db, regionCode: string) =>
  idsWhere(db, regionCode, (u) => canVerifyData(u, regionCode));

/** Who reviews the region's GAP documents. */
export const planningReviewersOf = (db: Db, regionCode: string) =>
  idsWhere(db, regionCode, (u) => canReviewPlanning(u, regionCode));

/** Who verifies or returns the region's submitted monev reports. */
export const monevReviewersOf = (db: Db, regionCode: string) =>
  idsWhere(db, regionCode, (u) => canReviewMonevIn(u, regionCode));

/** The region's own admins (DP3A): who follows every OPD's obligations. */
export const regionManagersOf = (db: Db, regionCode: string) =>
  idsWhere(db, regionCode, (u) => canManageRegion(u, regionCode));

/** The users whose work is one OPD's (its operators), not everyone who may also edit it. */
export const opdMembersOf = (db: Db, regionCode: string, opdId: string) =>
  idsWhere(db, regionCode, (u) => {
    const scope = opdScopeOf(u, regionCode);
    return scope.kind === 'opd' && scope.opdId === opdId;
  });

/** The users bound to any of `opdIds`, each once with the OPDs that are theirs. */
export async function membersOfOpds(db: Db, regionCode: string, opdIds: Set<string>): Promise<string[]> {
  if (!opdIds.size) return [];
  return idsWhere(db, regionCode, (u) => {
    const scope = opdScopeOf(u, regionCode);
    return scope.kind === 'opd' && opdIds.has(scope.opdId);
  });
}
