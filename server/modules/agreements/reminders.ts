/**
 * The daily expiry reminder of agreements: 90 and 30 days before a signed agreement's end date
 * (in its region's calendar, domain/agreements/status.ts dueReminder), the region's DP3A
 * (active admin daerah accounts) is told through notify(). The notification's dedupe key per
 * agreement and threshold makes a rerun, a second server or the next day tell nobody twice.
 * Pattern of server/modules/meetings/reminders.ts: a job of the shared queue that queues the
 * next day's run before doing today's.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { dueReminder } from '../../../domain/agreements/status.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { agreements } from '../../db/schema-agreements.js';
import type { AppContext } from '../../lib/context.js';
import { enqueueJob } from '../../lib/jobs/index.js';
import { nextRunAt, todayInIndonesia } from '../deadlines/reminders.js';
import { notify } from '../notifications/notify.js';

/** 14 Januari 2027: the date as the Indonesian text of the reminder writes it. */
function longDate(day: string): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export const AGREEMENT_REMIND_JOB = 'agreements.remind';

/** Sends the reminders due at `now`; answers how many agreements a reminder was due for. */
export async function remindExpiringAgreements(db: Db, now: Date = new Date()): Promise<number> {
  const serverToday = todayInIndonesia(now);
  const candidates = await db
    .select()
    .from(agreements)
    .where(
      and(
        eq(agreements.status, 'signed'),
        gte(agreements.endsOn, addDays(serverToday, -1)),
        lte(agreements.endsOn, addDays(serverToday, 92)),
      ),
    );
  let due = 0;
  for (const a of candidates) {
    const days = dueReminder(a, todayInRegion(a.regionCode, now));
    if (days === null) continue;
    due++;
    const admins = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.regionCode, a.regionCode),
          inArray(users.role, ['admin_daerah']),
          eq(users.active, true),
        ),
      );
    if (!admins.length) continue;
    await db.transaction((tx) =>
      notify(tx, {
        regionCode: a.regionCode,
        kind: 'agreement_expiring',
        userIds: admins.map((u) => u.id),
        params: { title: a.title, endsOn: longDate(a.endsOn), days },
        link: `/lembaga-layanan/kerja-sama/${a.id}`,
        dedupeKey: `agreement_expiring:${a.id}:${days}`,
      }),
    );
  }
  return due;
}

const scheduleKey = (day: string) => `${AGREEMENT_REMIND_JOB}:${day}`;

/** The daily job on the shared queue; its first run is queued when the queue starts. */
export function registerAgreementReminders({ database, jobs }: AppContext): void {
  jobs.register(AGREEMENT_REMIND_JOB, async (_payload, { db, log }) => {
    const next = nextRunAt(todayInIndonesia());
    await enqueueJob(db, {
      kind: AGREEMENT_REMIND_JOB,
      runAt: next,
      dedupeKey: scheduleKey(next.toISOString().slice(0, 10)),
    });
    const n = await remindExpiringAgreements(db);
    if (n) log.info({ agreements: n }, 'agreement expiry reminders sent');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, { kind: AGREEMENT_REMIND_JOB, dedupeKey: scheduleKey(todayInIndonesia()) });
  });
}
