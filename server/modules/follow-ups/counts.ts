/**
 * The count the home page and the menu badge show an operator: open and in-progress
 * follow-ups owned by their OPD (follow_ups_owner_opd_idx).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { OPEN_FOLLOW_UP_STATUSES } from '../../../domain/follow-ups/constants.js';
import type { Db } from '../../db/connection.js';
import { followUps } from '../../db/schema-follow-ups.js';

export async function openFollowUpsOfOpd(db: Db, regionCode: string, opdId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(followUps)
    .where(
      and(
        eq(followUps.regionCode, regionCode),
        eq(followUps.ownerOpdId, opdId),
        inArray(followUps.status, [...OPEN_FOLLOW_UP_STATUSES]),
      ),
    );
  return Number(row?.n ?? 0);
}
