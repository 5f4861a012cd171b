/**
 * The review of a quarterly report: draft → submitted → (returned → submitted)* → verified.
 * Submitting checks the whole report (validateReport, stage "submit": every figure, indicator,
 * kendala, tindak lanjut and evidence where the quarter adds realisation); the region's
 * reviewer or DP3A verifies it or returns it with a comment per field; a verified report is
 * locked until DP3A reopens it with a reason (back to "returned"). Every step is audited in its
 * transaction and told through the notification service (a submission to the reviewers, the
 * decisions to the OPD).
 */
import { and, eq, sql } from 'drizzle-orm';
import {
  canReopenMonevIn,
  canReviewMonevIn,
  canWriteMonevOf,
  isMonevEditable,
} from '../../../domain/monev/access.js';
import type { AgeGroup, TargetGroup } from '../../../domain/monev/constants.js';
import { validateReport } from '../../../domain/monev/flags.js';
import { approvalCheck } from '../../../domain/separation-of-duties.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { monevComments, monevIndicatorProgress, monevReports } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid } from '../../lib/errors.js';
import type { MonevDecisionInput, SaveMonevInput } from '../../../api/monev.js';
import { groupCountsOf, previousOf, readableReport, type PlanLine, type ReportRow } from './load.js';
import { selfApprovalAllowed } from '../region-settings/service.js';
import { notifyMonevStep } from './notify.js';
import { reportView } from './report.js';
import { audited, invalidReport, reportInput } from './save.js';

function assertVersion(report: ReportRow, version: number) {
  if (report.version !== version)
    throw new Conflict({ version: 'monev_version_stale' }, 'monev_version_stale');
}

/** The report as the operator would have typed it in its entry mode: what submission checks. */
async function typedOf(db: Db, plan: PlanLine, report: ReportRow): Promise<SaveMonevInput> {
  const increment = report.entryMode === 'increment';
  const previous = await previousOf(db, report.regionCode, report.subActivityId, report.quarter);
  const groups = await groupCountsOf(db, report.regionCode, report.id);
  const typedCount = (now: number | null, before: number) =>
    now === null ? null : increment ? now - before : now;
  const groupTyped = (dimension: 'target_group' | 'age_group') =>
    Object.fromEntries(
      [...groups[dimension]].map(([g, v]) => {
        const before = previous.groups?.[dimension].get(g) ?? { P: 0, L: 0 };
        return [g, { P: typedCount(v.P, before.P), L: typedCount(v.L, before.L) }];
      }),
    );
  const progress = await db
    .select()
    .from(monevIndicatorProgress)
    .where(
      and(
        eq(monevIndicatorProgress.regionCode, report.regionCode),
        eq(monevIndicatorProgress.reportId, report.id),
      ),
    );
  const planned = new Set(plan.indicators.map((i) => i.id));
  return {
    version: report.version,
    entryMode: report.entryMode,
    budgetRealised: increment ? report.budgetAddition : report.budgetCumulative,
    physicalRealised: increment ? report.outputAddition : report.outputCumulative,
    beneficiaries: {
      P: typedCount(report.beneficiariesFemale, previous.figures.beneficiaries.P),
      L: typedCount(report.beneficiariesMale, previous.figures.beneficiaries.L),
      group: groupTyped('target_group') as Partial<
        Record<TargetGroup, { P: number | null; L: number | null }>
      >,
      age: groupTyped('age_group') as Partial<Record<AgeGroup, { P: number | null; L: number | null }>>,
    },
    genderIndicators: Object.fromEntries(
      progress.filter((p) => planned.has(p.indicatorId)).map((p) => [p.indicatorId, p.achieved]),
    ),
    kendala: report.kendala,
    tindakLanjut: report.tindakLanjut,
    overConfirmed: report.overConfirmed,
    overReason: report.overReason,
  };
}

async function setState(tx: Db, report: ReportRow, changes: Partial<ReportRow>, actorId: string) {
  const [row] = await tx
    .update(monevReports)
    .set({ ...changes, version: report.version + 1, updatedBy: actorId, updatedAt: sql`now()` })
    .where(and(eq(monevReports.regionCode, report.regionCode), eq(monevReports.id, report.id)))
    .returning();
  return row;
}

async function auditStep(
  tx: Db,
  a: Actor,
  before: ReportRow,
  after: ReportRow,
  extra: Record<string, unknown> = {},
) {
  await recordAudit(tx, subjectOf(a), {
    action: 'update',
    entity: 'monev_report',
    entityId: after.id,
    regionCode: after.regionCode,
    before: { subActivityId: before.subActivityId, status: before.status },
    after: { ...audited(after), ...extra },
  });
}

export async function submitReport(db: Db, actor: Actor | null, id: string, version: number) {
  const done = await db.transaction(async (tx) => {
    const { actor: a, report, plan } = await readableReport(tx, actor, id, true);
    if (!canWriteMonevOf(a, report.regionCode, report.opdId)) throw new Forbidden();
    // A second submission of the same report (a double click, two tabs) is refused, not repeated.
    if (report.status === 'submitted' || report.status === 'verified') {
      throw new Conflict({ status: 'monev_already_submitted' }, 'monev_already_submitted');
    }
    if (!isMonevEditable(report.status))
      throw new Invalid({ status: 'monev_not_editable' }, 'monev_not_editable');
    assertVersion(report, version);
    const { domain } = await reportInput(tx, plan, report.quarter, await typedOf(tx, plan, report), report);
    const issues = validateReport(domain, 'submit');
    if (issues.length) throw invalidReport(issues);
    const now = new Date();
    const row = await setState(
      tx,
      report,
      {
        status: 'submitted',
        submission: report.submission + 1,
        // The first submission decides lateness: a report returned and resubmitted was on time.
        submittedAt: report.submittedAt ?? now,
        submittedBy: a.userId,
      },
      a.userId,
    );
    await auditStep(tx, a, report, row, { submission: row.submission });
    await notifyMonevStep(tx, a, plan, row, { kind: 'monev_submitted' });
    return { actor: a, plan, row };
  });
  return reportView(db, done.actor, done.plan, done.row.quarter, done.row);
}

export async function decideReport(db: Db, actor: Actor | null, id: string, input: MonevDecisionInput) {
  const done = await db.transaction(async (tx) => {
    const { actor: a, report, plan } = await readableReport(tx, actor, id, true);
    if (!canReviewMonevIn(a, report.regionCode)) throw new Forbidden();
    if (report.status !== 'submitted')
      throw new Invalid({ status: 'monev_not_submitted' }, 'monev_not_submitted');
    assertVersion(report, input.version);
    // Whoever submitted the report does not verify it (separation of duties), unless the region waived that.
    const approval =
      input.decision === 'verify'
        ? approvalCheck({
            approverId: a.userId,
            lastSubmitterId: report.submittedBy,
            selfApprovalAllowed: await selfApprovalAllowed(tx, report.regionCode),
          })
        : null;
    if (approval === 'own_submission') throw new Forbidden('monev_verify_own_submission');
    if (input.decision === 'return' && input.comments.length === 0) {
      throw new Invalid({ comments: 'monev_return_comment_required' }, 'monev_return_comment_required');
    }
    const [author] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, a.userId));
    if (input.comments.length) {
      await tx.insert(monevComments).values(
        input.comments.map((c) => ({
          regionCode: report.regionCode,
          reportId: report.id,
          submission: report.submission,
          field: c.field,
          body: c.body,
          authorId: a.userId,
          authorName: author?.name ?? a.username,
        })),
      );
    }
    const now = new Date();
    const row = await setState(
      tx,
      report,
      input.decision === 'verify'
        ? { status: 'verified', verifiedAt: now, verifiedBy: a.userId }
        : { status: 'returned', returnedAt: now },
      a.userId,
    );
    await auditStep(tx, a, report, row, { decision: input.decision, comments: input.comments });
    if (approval === 'waived') {
      await recordAudit(tx, subjectOf(a), {
        action: 'self_approval',
        entity: 'monev_report',
        entityId: row.id,
        regionCode: row.regionCode,
        after: { subActivityId: row.subActivityId, waiver: 'region_settings.self_approval_allowed' },
      });
    }
    await notifyMonevStep(tx, a, plan, row, {
      kind: input.decision === 'verify' ? 'monev_verified' : 'monev_returned',
      comments: input.comments.length,
    });
    return { actor: a, plan, row };
  });
  return reportView(db, done.actor, done.plan, done.row.quarter, done.row);
}

/** DP3A reopens a verified report for correction, with a reason; it goes back to "returned". */
export async function reopenReport(db: Db, actor: Actor | null, id: string, reason: string) {
  const done = await db.transaction(async (tx) => {
    const { actor: a, report, plan } = await readableReport(tx, actor, id, true);
    if (!canReopenMonevIn(a, report.regionCode)) throw new Forbidden();
    if (report.status !== 'verified')
      throw new Invalid({ status: 'monev_not_verified' }, 'monev_not_verified');
    const row = await setState(
      tx,
      report,
      { status: 'returned', reopenedAt: new Date(), reopenedBy: a.userId, reopenReason: reason },
      a.userId,
    );
    await auditStep(tx, a, report, row, { reopenReason: reason });
    await notifyMonevStep(tx, a, plan, row, { kind: 'monev_reopened', comment: reason });
    return { actor: a, plan, row };
  });
  return reportView(db, done.actor, done.plan, done.row.quarter, done.row);
}
