/**
 * The background job that mails one notification (queued by notify.ts in the event's
 * transaction). It reads the recipient's address, language and opt-out when it runs, not
 * when the event happened, so an opt-out or a new address made meanwhile counts. A send
 * that fails is retried by the job queue with backoff; the last failure is recorded on the
 * notification. Without SMTP settings nothing is mailed and the notification says so.
 */
import { and, eq } from 'drizzle-orm';
import { DEFAULT_LANGUAGE, type EmailStatus } from '../../../domain/notifications.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { notificationPreferences, notifications } from '../../db/schema-notifications.js';
import { PermanentJobError, type JobContext } from '../../lib/jobs/index.js';
import { translate } from '../../lib/messages.js';
import type { Mailer } from './mailer.js';
import { renderNotification, type StoredParams } from './render.js';

async function setStatus(db: Db, id: string, status: EmailStatus) {
  await db.update(notifications).set({ emailStatus: status }).where(eq(notifications.id, id));
}

export function emailJob(config: Config, mailer: Mailer | null) {
  return async (payload: Record<string, unknown>, { db, job }: JobContext): Promise<void> => {
    const id = payload.notificationId;
    if (typeof id !== 'string') throw new PermanentJobError('payload without notificationId');
    const [row] = await db
      .select({
        kind: notifications.kind,
        params: notifications.params,
        link: notifications.link,
        emailStatus: notifications.emailStatus,
        email: users.email,
        active: users.active,
        language: users.language,
        optedIn: notificationPreferences.email,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .leftJoin(
        notificationPreferences,
        and(
          eq(notificationPreferences.userId, notifications.userId),
          eq(notificationPreferences.kind, notifications.kind),
        ),
      )
      .where(eq(notifications.id, id));
    // Gone with its user: nothing to send, nothing to retry.
    if (!row) return;
    if (row.emailStatus === 'sent') return;
    if (!mailer || !row.email || !row.active || row.optedIn === false) return setStatus(db, id, 'skipped');

    const lang = row.language ?? DEFAULT_LANGUAGE;
    const text = renderNotification(row.kind, row.params as StoredParams, lang);
    const url = `${config.publicUrl}${row.link}`;
    try {
      await mailer.send({
        to: row.email,
        subject: `[Setara] ${text.title}`,
        text: [
          text.body,
          '',
          translate('notify_email_open', lang, { url }),
          '',
          '--',
          translate('notify_email_footer', lang, { url: `${config.publicUrl}/account` }),
        ].join('\n'),
      });
    } catch (error) {
      if (job.attempts >= job.maxAttempts) await setStatus(db, id, 'failed');
      throw error;
    }
    await setStatus(db, id, 'sent');
  };
}
