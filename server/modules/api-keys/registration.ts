/**
 * Asking for an API key: the request is written and its confirmation e-mail queued in one
 * transaction; the mail job (below) makes the single-use token, stores its hash and mails the
 * link, so the token is never written anywhere in clear, not even in the job's payload.
 *
 * The answer is the same for every well-formed request — a new address, one that holds keys,
 * one past its hourly allowance — so it tells nobody who has a key; past the allowance
 * (REGISTRATIONS_PER_EMAIL_PER_HOUR) nothing is written or mailed, so nobody can flood
 * someone else's mailbox.
 */
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { RegisterApiKeyBody } from '../../../api/api-keys.js';
import { CONFIRMATION_TTL_HOURS, REGISTRATIONS_PER_EMAIL_PER_HOUR } from '../../../domain/api-keys.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { apiKeyRequests } from '../../db/schema-api-keys.js';
import { AppError } from '../../lib/errors.js';
import { enqueueJob, PermanentJobError, type JobContext } from '../../lib/jobs/index.js';
import { translate, type Language } from '../../lib/messages.js';
import type { Mailer } from '../notifications/mailer.js';
import { newConfirmationToken, sha256Hex } from './secrets.js';

export const CONFIRMATION_EMAIL_JOB = 'api-keys.confirmation_email';

/** The page the e-mail links to (server-rendered, page.ts). */
export const confirmationPagePath = (token: string) => `/kunci-api/${token}`;

export async function registerApiKey(
  db: Db,
  config: Config,
  input: RegisterApiKeyBody,
  ip: string | null,
): Promise<{ status: 'check_your_email'; expiresInHours: number }> {
  // Without a mail server no key could ever be confirmed: say so rather than accept in vain.
  if (!config.smtp) throw new AppError(503, 'mail_unavailable', 'api_key_mail_unavailable');
  const answer = { status: 'check_your_email' as const, expiresInHours: CONFIRMATION_TTL_HOURS };
  await db.transaction(async (tx) => {
    // Serialises registrations of one address, so two at once cannot both pass the count.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`api-key:${input.email}`}))`);
    const [recent] = await tx
      .select({ n: count() })
      .from(apiKeyRequests)
      .where(
        and(
          eq(apiKeyRequests.email, input.email),
          gt(apiKeyRequests.createdAt, sql`now() - interval '1 hour'`),
        ),
      );
    if (recent.n >= REGISTRATIONS_PER_EMAIL_PER_HOUR) return;
    const [row] = await tx
      .insert(apiKeyRequests)
      .values({ email: input.email, name: input.name, purpose: input.purpose, ip })
      .returning({ id: apiKeyRequests.id });
    await enqueueJob(tx, {
      kind: CONFIRMATION_EMAIL_JOB,
      payload: { requestId: row.id },
      dedupeKey: `${CONFIRMATION_EMAIL_JOB}:${row.id}`,
    });
  });
  return answer;
}

/** Both languages in one mail: the address belongs to nobody Setara knows the language of. */
function mailText(name: string, url: string): { subject: string; text: string } {
  const part = (lang: Language) =>
    translate('api_key_mail_body', lang, { name, url, hours: CONFIRMATION_TTL_HOURS });
  return {
    subject: translate('api_key_mail_subject', 'id', { name }),
    text: [part('id'), '', '—', '', part('en')].join('\n'),
  };
}

/**
 * Mails the confirmation link. Each attempt makes a new token and replaces the stored hash,
 * so a retry after a failed send leaves exactly one working link: the one that was mailed.
 */
export function confirmationEmailJob(config: Config, mailer: Mailer | null) {
  return async (payload: Record<string, unknown>, { db }: JobContext): Promise<void> => {
    const id = payload.requestId;
    if (typeof id !== 'string') throw new PermanentJobError('payload without requestId');
    if (!mailer) return;
    const [row] = await db.select().from(apiKeyRequests).where(eq(apiKeyRequests.id, id));
    // Confirmed already, or gone: nothing to send.
    if (!row || row.confirmedAt) return;
    const token = newConfirmationToken();
    await db
      .update(apiKeyRequests)
      .set({
        tokenHash: sha256Hex(token),
        tokenExpiresAt: sql`now() + make_interval(hours => ${CONFIRMATION_TTL_HOURS})`,
      })
      .where(eq(apiKeyRequests.id, id));
    const { subject, text } = mailText(row.name, `${config.publicUrl}${confirmationPagePath(token)}`);
    await mailer.send({ to: row.email, subject, text });
  };
}
