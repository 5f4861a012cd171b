/**
 * The daily event reminder, one day before: every invitee of a planned event that starts
 * tomorrow in its region's calendar (domain/meetings/days.ts) and was not reminded yet is told
 * once — a Setara user (matched by e-mail) through `meeting_reminder` in-app (and its e-mail per
 * their preferences), anyone else with an address by e-mail through the letter job's mailer.
 * `reminded_at` and the notification's dedupe key make a rerun, a second server or the next
 * day tell nobody twice. Pattern of server/modules/monev/reminders.ts: a job of the shared
 * queue that queues the next day's run before doing today's.
 */
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetingInvitees, meetings } from '../../db/schema-meetings.js';
import type { AppContext } from '../../lib/context.js';
import { enqueueJob, enqueueJobs, PermanentJobError, type JobContext } from '../../lib/jobs/index.js';
import { translate } from '../../lib/messages.js';
import { nextRunAt, todayInIndonesia } from '../deadlines/reminders.js';
import type { Mailer } from '../notifications/mailer.js';
import { notify } from '../notifications/notify.js';
import { getRegion } from '../regions/service.js';
import { meetingDateText, meetingNoticeParams, venueText } from './letter.js';

export const MEETING_REMIND_JOB = 'meetings.remind';
export const REMINDER_EMAIL_JOB = 'meetings.reminder_email';

/** Sends the reminders due at `now`; answers how many invitees were reminded. */
export async function remindMeetings(db: Db, now: Date = new Date()): Promise<number> {
  const serverToday = todayInIndonesia(now);
  // Tomorrow in any Indonesian zone is within a day of the server's; the region's own calendar decides.
  const candidates = await db
    .select({ m: meetings })
    .from(meetings)
    .where(
      and(
        eq(meetings.status, 'planned'),
        gte(meetings.startsOn, serverToday),
        lte(meetings.startsOn, addDays(serverToday, 2)),
      ),
    );
  let reminded = 0;
  for (const { m } of candidates) {
    if (m.startsOn !== addDays(todayInRegion(m.regionCode, now), 1)) continue;
    reminded += await db.transaction(async (tx) => {
      const due = await tx
        .update(meetingInvitees)
        .set({ remindedAt: now })
        .where(
          and(
            eq(meetingInvitees.regionCode, m.regionCode),
            eq(meetingInvitees.meetingId, m.id),
            isNull(meetingInvitees.remindedAt),
          ),
        )
        .returning({ personId: meetingInvitees.personId });
      if (!due.length) return 0;
      const people = await tx
        .select({ id: pugPeople.id, email: pugPeople.email })
        .from(pugPeople)
        .where(
          and(
            eq(pugPeople.regionCode, m.regionCode),
            inArray(
              pugPeople.id,
              due.map((d) => d.personId),
            ),
          ),
        );
      const emails = people.filter((p) => p.email).map((p) => p.email!.toLowerCase());
      const accounts = emails.length
        ? await tx
            .select({ id: users.id, email: users.email })
            .from(users)
            .where(and(inArray(sql`lower(${users.email})`, emails), eq(users.active, true)))
        : [];
      const userByEmail = new Map(accounts.map((u) => [u.email!.toLowerCase(), u.id]));
      const userIds = people.flatMap((p) =>
        p.email && userByEmail.has(p.email.toLowerCase()) ? [userByEmail.get(p.email.toLowerCase())!] : [],
      );
      if (userIds.length) {
        await notify(tx, {
          regionCode: m.regionCode,
          kind: 'meeting_reminder',
          userIds,
          params: meetingNoticeParams(m),
          link: `/kelembagaan/kegiatan/${m.id}`,
          dedupeKey: `meeting_reminder:${m.id}`,
        });
      }
      const others = people.filter((p) => p.email && !userByEmail.has(p.email.toLowerCase()));
      await enqueueJobs(
        tx,
        others.map((p) => ({
          kind: REMINDER_EMAIL_JOB,
          payload: { regionCode: m.regionCode, meetingId: m.id, personId: p.id },
          dedupeKey: `${REMINDER_EMAIL_JOB}:${m.id}:${p.id}`,
          regionCode: m.regionCode,
        })),
      );
      return due.length;
    });
  }
  return reminded;
}

/** Mails the reminder to one invitee who is not a Setara user. */
export function reminderEmailJob(config: Config, mailer: Mailer | null) {
  return async (payload: Record<string, unknown>, { db }: JobContext): Promise<void> => {
    const { regionCode, meetingId, personId } = payload as Record<string, string>;
    if (!regionCode || !meetingId || !personId) throw new PermanentJobError('incomplete payload');
    if (!mailer) return;
    const [r] = await db
      .select({ m: meetings, email: pugPeople.email, name: pugPeople.fullName })
      .from(meetingInvitees)
      .innerJoin(
        meetings,
        and(eq(meetings.regionCode, meetingInvitees.regionCode), eq(meetings.id, meetingInvitees.meetingId)),
      )
      .innerJoin(
        pugPeople,
        and(eq(pugPeople.regionCode, meetingInvitees.regionCode), eq(pugPeople.id, meetingInvitees.personId)),
      )
      .where(
        and(
          eq(meetingInvitees.regionCode, regionCode),
          eq(meetingInvitees.meetingId, meetingId),
          eq(meetingInvitees.personId, personId),
        ),
      );
    if (!r || !r.email || r.m.status === 'cancelled') return;
    const region = await getRegion(db, regionCode);
    const params = {
      name: r.name,
      meeting: r.m.title,
      date: meetingDateText(r.m),
      venue: venueText(r.m),
      sender: region.name,
    };
    await mailer.send({
      to: r.email,
      subject: `[Setara] ${translate('notify_meeting_reminder_title', 'id', params)}`,
      text: `${translate('meeting_reminder_mail_body', 'id', params)}\n\n${config.publicUrl}`,
    });
  };
}

const scheduleKey = (day: string) => `${MEETING_REMIND_JOB}:${day}`;

/** The daily job on the shared queue; its first run is queued when the queue starts. */
export function registerMeetingReminders({ database, jobs }: AppContext): void {
  jobs.register(MEETING_REMIND_JOB, async (_payload, { db, log }) => {
    const today = todayInIndonesia();
    const next = nextRunAt(today);
    await enqueueJob(db, {
      kind: MEETING_REMIND_JOB,
      runAt: next,
      dedupeKey: scheduleKey(next.toISOString().slice(0, 10)),
    });
    const n = await remindMeetings(db);
    if (n) log.info({ reminded: n }, 'meeting reminders sent');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, { kind: MEETING_REMIND_JOB, dedupeKey: scheduleKey(todayInIndonesia()) });
  });
}
