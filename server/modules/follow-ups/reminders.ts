/**
 * The daily follow-up reminder: owners are told the day before a follow-up is due
 * (follow_up_due) and once it is overdue (follow_up_overdue), each once per follow-up and kind
 * (the notification's dedupe key), so a rerun, a second server or the next day tells nobody
 * twice. Dates are each region's own (domain/follow-ups/dates.ts): the job reads follow-ups
 * due between yesterday and the day after tomorrow by the server's date, then keeps those the
 * region's calendar says are due tomorrow or overdue. Overdue ones are only looked back at for
 * OVERDUE_LOOKBACK_DAYS, so a follow-up that was already overdue when reminders began (or
 * whose reminder went out) is not re-read every day.
 *
 * Pattern of server/modules/monev/reminders.ts: a job of the shared queue that queues the next
 * day's run before doing today's.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { OPEN_FOLLOW_UP_STATUSES } from '../../../domain/follow-ups/constants.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { followUps } from '../../db/schema-follow-ups.js';
import { meetings } from '../../db/schema-meetings.js';
import type { AppContext } from '../../lib/context.js';
import { enqueueJob } from '../../lib/jobs/index.js';
import { nextRunAt, todayInIndonesia } from '../deadlines/reminders.js';
import { notifyFollowUp } from './notify.js';

export const FOLLOW_UP_REMIND_JOB = 'follow_ups.remind';
export const OVERDUE_LOOKBACK_DAYS = 30;

/** Sends the follow-up reminders due at `now`; answers how many users were told. */
export async function remindFollowUps(db: Db, now: Date = new Date()): Promise<number> {
  const serverToday = todayInIndonesia(now);
  const rows = await db
    .select({
      id: followUps.id,
      regionCode: followUps.regionCode,
      text: followUps.text,
      dueDate: followUps.dueDate,
      ownerOpdId: followUps.ownerOpdId,
      ownerPersonId: followUps.ownerPersonId,
      meetingTitle: meetings.title,
    })
    .from(followUps)
    .innerJoin(
      meetings,
      and(eq(meetings.regionCode, followUps.regionCode), eq(meetings.id, followUps.meetingId)),
    )
    .where(
      and(
        inArray(followUps.status, [...OPEN_FOLLOW_UP_STATUSES]),
        gte(followUps.dueDate, addDays(serverToday, -OVERDUE_LOOKBACK_DAYS)),
        lte(followUps.dueDate, addDays(serverToday, 2)),
      ),
    );
  let told = 0;
  for (const row of rows) {
    const today = todayInRegion(row.regionCode, now);
    const due = String(row.dueDate);
    const kind = due < today ? 'follow_up_overdue' : due === addDays(today, 1) ? 'follow_up_due' : null;
    if (!kind) continue;
    const f = { ...row, dueDate: due };
    told += await db.transaction((tx) =>
      notifyFollowUp(tx, kind, f, row.meetingTitle, { dedupeKey: `${kind}:${row.id}` }),
    );
  }
  return told;
}

const scheduleKey = (day: string) => `${FOLLOW_UP_REMIND_JOB}:${day}`;

/** The daily job on the shared queue; its first run is queued when the queue starts. */
export function registerFollowUpReminders({ database, jobs }: AppContext): void {
  jobs.register(FOLLOW_UP_REMIND_JOB, async (_payload, { db, log }) => {
    const today = todayInIndonesia();
    // Tomorrow's run first: a day whose reminders fail for good must not end the schedule.
    const next = nextRunAt(today);
    await enqueueJob(db, {
      kind: FOLLOW_UP_REMIND_JOB,
      runAt: next,
      dedupeKey: scheduleKey(next.toISOString().slice(0, 10)),
    });
    const told = await remindFollowUps(db);
    if (told) log.info({ told }, 'follow-up reminders sent');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, {
      kind: FOLLOW_UP_REMIND_JOB,
      dedupeKey: scheduleKey(todayInIndonesia()),
    });
  });
}
