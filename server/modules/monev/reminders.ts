/**
 * The daily reminder of quarterly monev reports (domain/monev/reminders.ts says when). For each
 * quarter with a deadline in a region's monev settings, the operators of every OPD that has a
 * gender-responsive sub-kegiatan (ARG-tagged, or with an approved GAP) of the year whose report
 * of the quarter was never submitted (none, or a draft — a report submitted once and returned
 * since was on time, as the "late" flag and the home tasks count it) are told a week and a day
 * before the deadline and once after it; the region's admins (DP3A) get one digest of those
 * OPDs after it. Each notification carries a key (region, quarter, step), so a rerun the same
 * day, a second server or the next day's run tells nobody twice.
 *
 * The job is the deadlines reminder's pattern (server/modules/deadlines/reminders.ts): a job of
 * the shared queue that queues the next day's run before doing today's.
 */
import { sql } from 'drizzle-orm';
import { DEADLINE_REMINDER_DAYS } from '../../../domain/deadlines.js';
import {
  MONEV_OVERDUE_REMINDER_DAYS,
  monevReminderKey,
  monevReminderStep,
  type MonevReminderStep,
} from '../../../domain/monev/reminders.js';
import type { Db } from '../../db/connection.js';
import type { AppContext } from '../../lib/context.js';
import { enqueueJob } from '../../lib/jobs/index.js';
import { rowsOf, unsubmittedMonevLine } from '../home/queries.js';
import { nextRunAt, todayInIndonesia } from '../deadlines/reminders.js';
import { notify } from '../notifications/notify.js';
import { opdMembersOf, regionManagersOf } from '../notifications/recipients.js';
import { periodOf } from './load.js';

export const MONEV_REMIND_JOB = 'monev.remind';

interface Unsubmitted {
  regionCode: string;
  year: number;
  quarter: number;
  deadline: string;
  opdId: string;
  opdName: string;
  /** The OPD's lines without a submitted report of the quarter. */
  n: number;
}

/**
 * Every region's quarters whose deadline falls in the reminder window around `today`, with
 * each OPD that still owes reports and how many. Grouped, so a few rows per region; the lines
 * are read by year (sub_activities_dashboard_idx) and probed by the unique (region, line, quarter)
 * index of the reports.
 */
function unsubmittedAround(db: Db, today: string): Promise<Unsubmitted[]> {
  return rowsOf<Unsubmitted>(
    db,
    sql`
      with due as (
        select s.region_code, s.year, q.quarter, q.deadline
        from monev_settings s
        cross join lateral (values (1, s.deadline_q1), (2, s.deadline_q2), (3, s.deadline_q3), (4, s.deadline_q4))
          as q(quarter, deadline)
        where q.deadline between ${today}::date - ${MONEV_OVERDUE_REMINDER_DAYS}::int
          and ${today}::date + ${Math.max(...DEADLINE_REMINDER_DAYS)}::int
      )
      select d.region_code as "regionCode", d.year, d.quarter, d.deadline::text as deadline,
        o.id::text as "opdId", o.name as "opdName", count(*)::int as n
      from due d
      join sub_activities l on l.region_code = d.region_code and l.year = d.year
      join opd o on o.region_code = l.region_code and o.id = l.opd_id and o.active
      where ${unsubmittedMonevLine(sql`d.quarter`)}
      group by d.region_code, d.year, d.quarter, d.deadline, o.id, o.name
      order by d.region_code, d.year, d.quarter, o.name`,
  );
}

/** The OPD's operators: the quarter's reports due or overdue. */
async function remindOpd(db: Db, row: Unsubmitted, step: MonevReminderStep): Promise<number> {
  const period = periodOf(row.year, row.quarter);
  const recipients = await opdMembersOf(db, row.regionCode, row.opdId);
  return db.transaction((tx) =>
    notify(tx, {
      regionCode: row.regionCode,
      kind: step.kind,
      userIds: recipients,
      params: { period, dueDate: row.deadline, days: Math.abs(step.days), opd: row.opdName, count: row.n },
      link: `/monev?${new URLSearchParams({ year: String(row.year), opd: row.opdId })}`,
      dedupeKey: monevReminderKey(row.regionCode, period, step),
    }),
  );
}

/** DP3A: one digest of the OPDs still missing a quarter after its deadline. */
async function digestForRegion(db: Db, missing: Unsubmitted[]): Promise<number> {
  const [{ regionCode, year, quarter, deadline }] = missing;
  const period = periodOf(year, quarter);
  const recipients = await regionManagersOf(db, regionCode);
  return db.transaction((tx) =>
    notify(tx, {
      regionCode,
      kind: 'monev_unreported',
      userIds: recipients,
      params: {
        period,
        dueDate: deadline,
        opdCount: missing.length,
        opds: missing.map((m) => `${m.opdName} (${m.n})`).join(', '),
      },
      link: `/monev/dasbor?year=${year}`,
      dedupeKey: `monev_unreported:${regionCode}:${period}`,
    }),
  );
}

/** Sends the monev reminders due on `today`; answers how many users were told. */
export async function remindMonev(db: Db, today: string): Promise<number> {
  const rows = await unsubmittedAround(db, today);
  let told = 0;
  const overdueByQuarter = new Map<string, Unsubmitted[]>();
  for (const row of rows) {
    const step = monevReminderStep(today, row.deadline);
    if (!step) continue;
    told += await remindOpd(db, row, step);
    if (step.kind === 'monev_overdue') {
      const key = `${row.regionCode}|${row.year}|${row.quarter}`;
      overdueByQuarter.set(key, [...(overdueByQuarter.get(key) ?? []), row]);
    }
  }
  for (const missing of overdueByQuarter.values()) told += await digestForRegion(db, missing);
  return told;
}

const scheduleKey = (day: string) => `${MONEV_REMIND_JOB}:${day}`;

/** The daily job on the shared queue; its first run is queued when the queue starts. */
export function registerMonevReminders({ database, jobs }: AppContext): void {
  jobs.register(MONEV_REMIND_JOB, async (_payload, { db, log }) => {
    const today = todayInIndonesia();
    // Tomorrow's run first: a day whose reminders fail for good must not end the schedule.
    const next = nextRunAt(today);
    await enqueueJob(db, {
      kind: MONEV_REMIND_JOB,
      runAt: next,
      dedupeKey: scheduleKey(next.toISOString().slice(0, 10)),
    });
    const told = await remindMonev(db, today);
    if (told) log.info({ told }, 'monev reminders sent');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, { kind: MONEV_REMIND_JOB, dedupeKey: scheduleKey(todayInIndonesia()) });
  });
}
