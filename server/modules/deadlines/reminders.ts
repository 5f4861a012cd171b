/**
 * The daily reminder of deadlines: once a day (a job of the shared queue that enqueues the
 * next day's run), every deadline due within the largest threshold of DEADLINE_REMINDER_DAYS
 * tells the users who still have work for it. Idempotent: a reminder's notification carries
 * the key deadline/threshold, so a rerun of the same day, or a second server, tells nobody
 * twice, and a deadline moved later is reminded again at its new thresholds only if those
 * were not told yet.
 *
 * Who still has work: for data terpilah values of year N, the operators of each OPD that has
 * an assigned indicator with no value of a period of N, or with a value still in draft; for
 * GAP submission of budget year N, the operators of each OPD with a sub-kegiatan of N whose
 * GAP document is in draft or sent back for revision, or that needs a GAP (tagged
 * gender-responsive, domain/planning/arg-recap.ts) and has none yet.
 */
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import {
  DEADLINE_REMINDER_DAYS,
  daysUntil,
  reminderThreshold,
  type DeadlineKind,
} from '../../../domain/deadlines.js';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import type { Db } from '../../db/connection.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { deadlines } from '../../db/schema-notifications.js';
import type { AppContext } from '../../lib/context.js';
import { enqueueJob } from '../../lib/jobs/index.js';
import { gapSubActivityJoin } from '../gap/access.js';
import { notify } from '../notifications/notify.js';
import { membersOfOpds } from '../notifications/recipients.js';

export const REMIND_JOB = 'deadlines.remind';

/** Days are Indonesian days: Jakarta's calendar (WIB), the earliest of the three time zones' evenings. */
export function todayInIndonesia(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/**
 * 01:00 UTC, 08:00 WIB, of the day after `today`: reminders arrive at the start of office hours
 * (the monev reminder runs at the same hour).
 */
export function nextRunAt(today: string): Date {
  const d = new Date(`${today}T01:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

const scheduleKey = (day: string) => `${REMIND_JOB}:${day}`;

async function opdsWithWork(
  db: Db,
  regionCode: string,
  kind: DeadlineKind,
  year: number,
): Promise<Set<string>> {
  if (kind === 'gap_submission') {
    const rows = await db
      .selectDistinct({ opdId: subActivities.opdId })
      .from(subActivities)
      .leftJoin(gapDocuments, gapSubActivityJoin)
      .where(
        and(
          eq(subActivities.regionCode, regionCode),
          eq(subActivities.year, year),
          or(
            inArray(gapDocuments.status, ['draft', 'revision']),
            and(isNull(gapDocuments.id), inArray(subActivities.argCategory, [...RESPONSIVE_CATEGORIES])),
          ),
        ),
      );
    return new Set(rows.map((r) => r.opdId));
  }
  // Raw SQL: two correlated EXISTS over the values of one year read plainer than the builder.
  const result = (await db.execute(sql`
    select distinct a.opd_id as "opdId"
    from indicator_assignments a
    join indicators i on i.code = a.indicator_code and i.active
    where a.region_code = ${regionCode}
      and (
        not exists (select 1 from data_values v
          where v.region_code = a.region_code and v.indicator_code = a.indicator_code
            and (v.period = ${String(year)} or v.period like ${`${year}-%`}))
        or exists (select 1 from data_values v
          where v.region_code = a.region_code and v.indicator_code = a.indicator_code
            and (v.period = ${String(year)} or v.period like ${`${year}-%`}) and v.status = 'draft')
      )`)) as unknown as { rows: { opdId: string }[] };
  return new Set(result.rows.map((r) => r.opdId));
}

function linkOf(kind: DeadlineKind, year: number): string {
  return kind === 'data_values' ? `/data/isian?period=${year}` : `/perencanaan/sub-kegiatan?year=${year}`;
}

/** Sends the reminders due on `today`; answers how many users were told. */
export async function remindDeadlines(db: Db, today: string): Promise<number> {
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + Math.max(...DEADLINE_REMINDER_DAYS));
  const due = await db
    .select()
    .from(deadlines)
    .where(and(gte(deadlines.dueDate, today), lte(deadlines.dueDate, horizon.toISOString().slice(0, 10))));
  let told = 0;
  for (const d of due) {
    const days = daysUntil(today, d.dueDate);
    const threshold = reminderThreshold(days);
    if (threshold === null) continue;
    const recipients = await membersOfOpds(
      db,
      d.regionCode,
      await opdsWithWork(db, d.regionCode, d.kind, d.year),
    );
    told += await db.transaction((tx) =>
      notify(tx, {
        regionCode: d.regionCode,
        kind: 'deadline_approaching',
        userIds: recipients,
        params: { deadlineKind: d.kind, year: d.year, dueDate: d.dueDate, days },
        link: linkOf(d.kind, d.year),
        dedupeKey: `deadline:${d.id}:${threshold}`,
      }),
    );
  }
  return told;
}

/** The daily job on the shared queue; its first run is queued when the queue starts. */
export function registerDeadlineReminders({ database, jobs }: AppContext): void {
  jobs.register(REMIND_JOB, async (_payload, { db, log }) => {
    const today = todayInIndonesia();
    // Tomorrow's run first: a day whose reminders fail for good must not end the schedule.
    const next = nextRunAt(today);
    await enqueueJob(db, {
      kind: REMIND_JOB,
      runAt: next,
      dedupeKey: scheduleKey(next.toISOString().slice(0, 10)),
    });
    const told = await remindDeadlines(db, today);
    if (told) log.info({ told }, 'deadline reminders sent');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, { kind: REMIND_JOB, dedupeKey: scheduleKey(todayInIndonesia()) });
  });
}
