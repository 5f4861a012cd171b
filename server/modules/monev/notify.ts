/**
 * Who hears of a monev review step, through the notification service, inside the step's
 * transaction: a report submitted is told to the region's reviewers (whoever may verify or
 * return it, domain/monev/access.ts); a report returned, verified or reopened is told to the
 * OPD's operators and to whoever submitted it. The deadline reminders are in reminders.ts.
 */
import { eq } from 'drizzle-orm';
import type { NotificationKind } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { notify } from '../notifications/notify.js';
import { monevReviewersOf, opdMembersOf } from '../notifications/recipients.js';
import { periodOf, type PlanLine, type ReportRow } from './load.js';

export async function notifyMonevStep(
  tx: Db,
  actor: Actor,
  plan: PlanLine,
  report: ReportRow,
  step: { kind: Extract<NotificationKind, `monev_${string}`>; comments?: number; comment?: string },
): Promise<void> {
  const recipients =
    step.kind === 'monev_submitted'
      ? await monevReviewersOf(tx, report.regionCode)
      : [
          ...(await opdMembersOf(tx, report.regionCode, report.opdId)),
          ...(report.submittedBy ? [report.submittedBy] : []),
        ];
  const [me] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, actor.userId));
  const period = periodOf(report.year, report.quarter);
  await notify(tx, {
    regionCode: report.regionCode,
    kind: step.kind,
    userIds: recipients,
    actorUserId: actor.userId,
    params: {
      subActivity: plan.line.name,
      opd: plan.opd.name,
      period,
      actor: me?.name ?? null,
      comments: step.comments ?? null,
      comment: step.comment ?? null,
    },
    link: `/monev/${plan.line.id}/${period}`,
  });
}
