/**
 * The one way anything in Setara tells a user something: `notify(tx, …)` inside the
 * transaction of the event writes the inbox rows and, for each recipient with an e-mail
 * address who has not opted out of the kind, a job that mails it (email-job.ts). So an event
 * that rolls back tells nobody, and a mail server that is down delays mail, never the event.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { NotificationKind } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { notificationPreferences, notifications } from '../../db/schema-notifications.js';
import { enqueueJobs } from '../../lib/jobs/index.js';

export const EMAIL_JOB = 'notifications.email';

export interface NotificationSpec {
  regionCode: string;
  kind: NotificationKind;
  /** Recipients; the actor who caused the event is left out, and duplicates are told once. */
  userIds: string[];
  /** What the text needs (names, periods, the comment); rendered in each reader's language. */
  params: Record<string, string | number | null>;
  /** The web path of the object, e.g. `/perencanaan/gap/<id>`. */
  link: string;
  actorUserId?: string | null;
  /** One notification per user and key: a second call with the same key tells nobody again. */
  dedupeKey?: string;
}

/** Answers how many users were told (0 when every recipient had it already). */
export async function notify(tx: Db, spec: NotificationSpec): Promise<number> {
  const recipients = [...new Set(spec.userIds)].filter((id) => id !== spec.actorUserId);
  if (!recipients.length) return 0;
  const mailable = await mailableUsers(tx, recipients, spec.kind);
  const rows = await tx
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        regionCode: spec.regionCode,
        userId,
        kind: spec.kind,
        params: spec.params,
        link: spec.link,
        actorUserId: spec.actorUserId ?? null,
        emailStatus: mailable.has(userId) ? ('pending' as const) : null,
        dedupeKey: spec.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({
      id: notifications.id,
      userId: notifications.userId,
      emailStatus: notifications.emailStatus,
    });
  await enqueueJobs(
    tx,
    rows
      .filter((row) => row.emailStatus === 'pending')
      .map((row) => ({
        kind: EMAIL_JOB,
        payload: { notificationId: row.id },
        dedupeKey: `${EMAIL_JOB}:${row.id}`,
        regionCode: spec.regionCode,
      })),
  );
  return rows.length;
}

/** Recipients with an address who did not switch this kind's e-mail off. */
async function mailableUsers(tx: Db, ids: string[], kind: NotificationKind): Promise<Set<string>> {
  const rows = await tx
    .select({ id: users.id, email: users.email, optedIn: notificationPreferences.email })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, kind)),
    )
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  return new Set(rows.filter((r) => r.email && r.optedIn !== false).map((r) => r.id));
}
