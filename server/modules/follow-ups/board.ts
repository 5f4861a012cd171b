/**
 * A region's follow-up board: its follow-ups sorted by due date, filtered by status (or every
 * open one), owner OPD, overdue, meeting, or "mine" (the caller's OPD or person), paged; with
 * the counts of open, overdue and due-soon ones. Overdue and due soon are the region's
 * calendar's (domain/follow-ups/dates.ts). Reads go through follow_ups_board_idx
 * (region, status, due date) and follow_ups_owner_opd_idx.
 */
import { and, asc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { canManageFollowUps, canReadFollowUps } from '../../../domain/follow-ups/access.js';
import { FOLLOW_UP_DUE_SOON_DAYS, OPEN_FOLLOW_UP_STATUSES } from '../../../domain/follow-ups/constants.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { z } from 'zod';
import type { boardQuery } from '../../../api/follow-ups.js';
import type { Db } from '../../db/connection.js';
import { followUps } from '../../db/schema-follow-ups.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { followUpActorOf, followUpDto, selectFollowUps } from './load.js';

type BoardQuery = z.infer<typeof boardQuery>;

const OPEN = [...OPEN_FOLLOW_UP_STATUSES];

export async function followUpBoard(db: Db, actor: Actor | null, regionCode: string, q: BoardQuery) {
  const a = await followUpActorOf(db, requireActor(actor));
  if (!canReadFollowUps(a, regionCode)) throw new Forbidden();
  const today = todayInRegion(regionCode);
  const where: SQL[] = [eq(followUps.regionCode, regionCode)];
  if (q.status === 'open_all' || q.overdue) where.push(inArray(followUps.status, OPEN));
  else if (q.status) where.push(eq(followUps.status, q.status));
  if (q.overdue) where.push(lt(followUps.dueDate, today));
  if (q.ownerOpdId) where.push(eq(followUps.ownerOpdId, q.ownerOpdId));
  if (q.meetingId) where.push(eq(followUps.meetingId, q.meetingId));
  if (q.mine) {
    const mine: SQL[] = [];
    if (a.role === 'operator_opd' && a.opdId) mine.push(eq(followUps.ownerOpdId, a.opdId));
    if (a.email) {
      mine.push(
        sql`${followUps.ownerPersonId} in (select ${pugPeople.id} from ${pugPeople}
          where ${pugPeople.regionCode} = ${regionCode} and lower(${pugPeople.email}) = lower(${a.email}))`,
      );
    }
    where.push(mine.length ? or(...mine)! : sql`false`);
  }
  const filter = and(...where);
  const [rows, [totals], [counts]] = await Promise.all([
    selectFollowUps(db)
      .where(filter)
      .orderBy(asc(followUps.dueDate), asc(followUps.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(followUps)
      .where(filter),
    db
      .select({
        open: sql<number>`count(*)::int`,
        overdue: sql<number>`count(*) filter (where ${lt(followUps.dueDate, today)})::int`,
        dueSoon: sql<number>`count(*) filter (where ${and(
          gte(followUps.dueDate, today),
          lte(followUps.dueDate, addDays(today, FOLLOW_UP_DUE_SOON_DAYS)),
        )})::int`,
      })
      .from(followUps)
      .where(and(eq(followUps.regionCode, regionCode), inArray(followUps.status, OPEN))),
  ]);
  return {
    items: rows.map((j) => followUpDto(j, a, today)),
    total: totals.total,
    page: q.page,
    pageSize: q.pageSize,
    today,
    counts,
    canManage: canManageFollowUps(a, regionCode),
  };
}
