/**
 * The workflow events that tell someone, one function per workflow, each called once from
 * the workflow's service inside its transaction: the review of an OPD's values
 * (values/review.ts) and the review of a GAP document (gap/review.ts). Who hears of what:
 *
 * - values submitted → the region's verifiers (DP3A); returned or verified → the OPD's
 *   operators and whoever submitted them;
 * - GAP submitted → the region's reviewers; returned, approved or reopened for revision →
 *   the OPD's operators and whoever submitted it.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { NotificationKind } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { dataReviews } from '../../db/schema-data.js';
import { gapVersions, subActivities } from '../../db/schema-planning.js';
import { notify } from './notify.js';
import { dataVerifiersOf, opdMembersOf, planningReviewersOf } from './recipients.js';

interface EventActor {
  userId: string;
}

async function nameOf(tx: Db, userId: string): Promise<string | null> {
  const [u] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, userId));
  return u?.name ?? null;
}

async function opdName(tx: Db, regionCode: string, opdId: string): Promise<string> {
  const [o] = await tx
    .select({ name: opd.name })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.id, opdId)));
  return o?.name ?? '';
}

const VALUE_KINDS: Record<'submit' | 'verify' | 'return', NotificationKind> = {
  submit: 'values_submitted',
  verify: 'values_verified',
  return: 'values_returned',
};

/** A step of the values review of one OPD and period; call after the step's row is written. */
export async function notifyValuesStep(
  tx: Db,
  actor: EventActor,
  regionCode: string,
  step: { opdId: string; period: string; action: 'submit' | 'verify' | 'return'; comment?: string | null },
): Promise<void> {
  const kind = VALUE_KINDS[step.action];
  let recipients: string[];
  if (step.action === 'submit') {
    recipients = await dataVerifiersOf(tx, regionCode);
  } else {
    const [lastSubmit] = await tx
      .select({ by: dataReviews.actorUserId })
      .from(dataReviews)
      .where(
        and(
          eq(dataReviews.regionCode, regionCode),
          eq(dataReviews.opdId, step.opdId),
          eq(dataReviews.period, step.period),
          eq(dataReviews.action, 'submit'),
        ),
      )
      .orderBy(desc(dataReviews.at), desc(dataReviews.id))
      .limit(1);
    recipients = [
      ...(await opdMembersOf(tx, regionCode, step.opdId)),
      ...(lastSubmit?.by ? [lastSubmit.by] : []),
    ];
  }
  const query = new URLSearchParams({ period: step.period, opd: step.opdId }).toString();
  await notify(tx, {
    regionCode,
    kind,
    userIds: recipients,
    actorUserId: actor.userId,
    params: {
      opd: await opdName(tx, regionCode, step.opdId),
      period: step.period,
      actor: await nameOf(tx, actor.userId),
      comment: step.comment ?? null,
    },
    link: step.action === 'submit' ? `/data/verifikasi?${query}` : `/data/isian?${query}`,
  });
}

interface GapDocFacts {
  id: string;
  regionCode: string;
  opdId: string;
  subActivityId: string;
  year: number;
  status: string;
}

/**
 * A status change of a GAP document (`doc` as it was before); call with the new status and
 * the decision's reason. Comments and saves tell nobody.
 */
export async function notifyGapTransition(
  tx: Db,
  actor: EventActor,
  doc: GapDocFacts,
  change: { status: string; body?: string | null },
): Promise<void> {
  const kind: NotificationKind | null =
    change.status === 'submitted'
      ? 'gap_submitted'
      : change.status === 'approved'
        ? 'gap_approved'
        : change.status === 'revision'
          ? doc.status === 'approved'
            ? 'gap_revision_requested'
            : 'gap_returned'
          : null;
  if (!kind) return;
  let recipients: string[];
  if (kind === 'gap_submitted') {
    recipients = await planningReviewersOf(tx, doc.regionCode);
  } else {
    const [last] = await tx
      .select({ by: gapVersions.submittedBy })
      .from(gapVersions)
      .where(and(eq(gapVersions.regionCode, doc.regionCode), eq(gapVersions.documentId, doc.id)))
      .orderBy(desc(gapVersions.submission))
      .limit(1);
    recipients = [...(await opdMembersOf(tx, doc.regionCode, doc.opdId)), ...(last?.by ? [last.by] : [])];
  }
  const [line] = await tx
    .select({ name: subActivities.name })
    .from(subActivities)
    .where(and(eq(subActivities.regionCode, doc.regionCode), eq(subActivities.id, doc.subActivityId)));
  await notify(tx, {
    regionCode: doc.regionCode,
    kind,
    userIds: recipients,
    actorUserId: actor.userId,
    params: {
      subActivity: line?.name ?? '',
      opd: await opdName(tx, doc.regionCode, doc.opdId),
      year: doc.year,
      actor: await nameOf(tx, actor.userId),
      comment: change.body ?? null,
    },
    link: `/perencanaan/gap/${doc.id}`,
  });
}
