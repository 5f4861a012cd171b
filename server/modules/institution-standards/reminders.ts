/**
 * The daily reminder before a standardisation ends: the institution's accounts and the
 * region's DP3A are told 90 and 30 days before its last valid day (standard_expiring), each
 * once per dossier, decision and threshold (the notification's dedupe key), so a rerun, a
 * second server or the next day tells nobody twice, and a day the job missed is caught up.
 * Dates are each region's own; the query reads decisions ending within 91 days by the
 * server's date (institution_dossiers_valid_until_idx), the region's calendar decides.
 *
 * Pattern of server/modules/follow-ups/reminders.ts: a job of the shared queue that queues the
 * next day's run before doing today's.
 */
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { reminderDue } from '../../../domain/institution-standards/validity.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { institutions } from '../../db/schema-institutions.js';
import { institutionDossiers, institutionStandards } from '../../db/schema-institution-standards.js';
import type { AppContext } from '../../lib/context.js';
import { enqueueJob } from '../../lib/jobs/index.js';
import { nextRunAt, todayInIndonesia } from '../deadlines/reminders.js';
import { expiryRecipients, notifyDossier } from './notify.js';

export const STANDARD_REMIND_JOB = 'institution_standards.remind';

export async function remindExpiringStandards(db: Db, now: Date = new Date()): Promise<number> {
  const serverToday = todayInIndonesia(now);
  const rows = await db
    .select({
      id: institutionDossiers.id,
      regionCode: institutionDossiers.regionCode,
      institutionId: institutionDossiers.institutionId,
      validUntil: institutionDossiers.validUntil,
      decisionNumber: institutionDossiers.decisionNumber,
      institutionName: institutions.name,
      standardName: institutionStandards.name,
    })
    .from(institutionDossiers)
    .innerJoin(institutions, eq(institutions.id, institutionDossiers.institutionId))
    .innerJoin(institutionStandards, eq(institutionStandards.id, institutionDossiers.standardId))
    .where(
      and(
        eq(institutionDossiers.outcome, 'terstandar'),
        isNull(institutionDossiers.revokedAt),
        gte(institutionDossiers.validUntil, addDays(serverToday, -1)),
        lte(institutionDossiers.validUntil, addDays(serverToday, 91)),
      ),
    );
  let told = 0;
  for (const row of rows) {
    const validUntil = String(row.validUntil);
    const days = reminderDue(validUntil, todayInRegion(row.regionCode, now));
    if (!days) continue;
    told += await db.transaction(async (tx) =>
      notifyDossier(
        tx,
        'standard_expiring',
        row,
        await expiryRecipients(tx, row.regionCode, row.institutionId),
        {
          dedupeKey: `standard_expiring:${row.id}:${validUntil}:${days}`,
          params: { days, dueDate: validUntil },
        },
      ),
    );
  }
  return told;
}

const scheduleKey = (day: string) => `${STANDARD_REMIND_JOB}:${day}`;

export function registerStandardReminders({ database, jobs }: AppContext): void {
  jobs.register(STANDARD_REMIND_JOB, async (_payload, { db, log }) => {
    const today = todayInIndonesia();
    const next = nextRunAt(today);
    await enqueueJob(db, {
      kind: STANDARD_REMIND_JOB,
      runAt: next,
      dedupeKey: scheduleKey(next.toISOString().slice(0, 10)),
    });
    const told = await remindExpiringStandards(db);
    if (told) log.info({ told }, 'standardisation expiry reminders sent');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, { kind: STANDARD_REMIND_JOB, dedupeKey: scheduleKey(todayInIndonesia()) });
  });
}
