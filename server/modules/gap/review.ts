/**
 * The review workflow: draft → submitted → (revision → submitted)* → approved. Submitting
 * freezes the content in gap_versions; reviewers (Tim Driver), admin daerah and superadmin
 * comment on a step, ask for revision or approve; every step is a review event and audited.
 * An approved document is final, except that the region's admin may reopen it for revision
 * with a reason (e.g. the budget line changed after approval). Whoever made the submission
 * does not approve it (separation of duties) unless the region waived that; an approval under
 * the waiver gets its own audit entry.
 */
import { and, eq } from 'drizzle-orm';
import { canManageRegion, canReviewPlanning } from '../../../domain/access.js';
import { checkCompleteness, type GapIssue } from '../../../domain/planning/gap-rules.js';
import { approvalCheck } from '../../../domain/separation-of-duties.js';
import type { Db } from '../../db/connection.js';
import { gapReviewEvents, gapVersions } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { issueKey } from '../../lib/messages/gap.js';
import { assertCanEditOpdData } from '../../lib/permissions.js';
import { notifyGapTransition } from '../notifications/events.js';
import { selfApprovalAllowed } from '../region-settings/service.js';
import {
  assertEditable,
  assertVersion,
  lastSubmitter,
  readableGap,
  userName,
  writeGap,
  type GapRow,
} from './access.js';
import type { CommentInput, DecisionInput } from '../../../api/gap.js';
import { documentView, reviewEventDto } from './service.js';

/**
 * A refused submission lists every issue as a field named by its place and item, e.g.
 * `step7.factor_unaddressed.f2`, with the issue's message; the document's `completeness`
 * carries the same issues with their parameters for the editor.
 */
class Incomplete extends AppError {
  constructor(issues: GapIssue[]) {
    const fields: FieldErrors = {};
    for (const i of issues) {
      const place = typeof i.target === 'number' ? `step${i.target}` : i.target;
      const key = [place, i.code, i.params.id].filter((p) => p !== undefined).join('.');
      fields[key] = issueKey(i.code);
    }
    super(422, 'gap_incomplete', 'gap_incomplete', fields, { count: issues.length });
  }
}

async function authorOf(db: Db, a: Actor) {
  return { authorId: a.userId, authorName: await userName(db, a.userId), authorRole: a.role };
}

/**
 * Every status change is audited the same way (the status before, what it became and why) and
 * told to whoever acts next or whose document it is (notifications/events.ts).
 */
async function auditTransition(
  tx: Db,
  a: Actor,
  doc: GapRow,
  after: { status: string; body?: string | null } & Record<string, unknown>,
) {
  await recordAudit(tx, subjectOf(a), {
    action: 'update',
    entity: 'gap_document',
    entityId: doc.id,
    regionCode: doc.regionCode,
    before: { status: doc.status },
    after,
  });
  await notifyGapTransition(tx, a, doc, after);
}

export async function submitGap(db: Db, actor: Actor | null, id: string, version: number) {
  const loaded = await db.transaction(async (tx) => {
    const loaded = await readableGap(tx, actor, id, true);
    const { actor: a, doc } = loaded;
    assertEditable(a, doc);
    await assertVersion(tx, doc, version);
    const completeness = checkCompleteness(doc.gap, doc.gbs, doc.tor);
    if (!completeness.ready) throw new Incomplete(completeness.issues);
    const submission = doc.submission + 1;
    const author = await authorOf(tx, a);
    await tx.insert(gapVersions).values({
      regionCode: doc.regionCode,
      documentId: doc.id,
      submission,
      gap: doc.gap,
      gbs: doc.gbs,
      tor: doc.tor,
      submittedBy: a.userId,
      submittedByName: author.authorName,
    });
    await tx
      .insert(gapReviewEvents)
      .values({ regionCode: doc.regionCode, documentId: doc.id, submission, kind: 'submit', ...author });
    const now = new Date();
    const row = await writeGap(tx, a, doc, { status: 'submitted', submission, submittedAt: now });
    await auditTransition(tx, a, doc, { status: 'submitted', submission, version: row.version });
    return { ...loaded, doc: row as typeof doc };
  });
  return documentView(db, loaded.actor, loaded);
}

/** Any reader of the OPD's documents may comment (operators answer reviewers this way too). */
export async function commentGap(db: Db, actor: Actor | null, id: string, input: CommentInput) {
  const { actor: a, doc } = await readableGap(db, actor, id);
  return db.transaction(async (tx) => {
    const [event] = await tx
      .insert(gapReviewEvents)
      .values({
        regionCode: doc.regionCode,
        documentId: doc.id,
        submission: doc.submission,
        kind: 'comment',
        target: input.target,
        body: input.body,
        ...(await authorOf(tx, a)),
      })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'gap_comment',
      entityId: event.id,
      regionCode: doc.regionCode,
      after: { documentId: doc.id, target: input.target, body: input.body },
    });
    return reviewEventDto(event);
  });
}

/** The OPD's editors mark a comment dealt with (or not). */
export async function resolveComment(
  db: Db,
  actor: Actor | null,
  id: string,
  eventId: string,
  resolved: boolean,
) {
  const { actor: a, doc } = await readableGap(db, actor, id);
  assertCanEditOpdData(a, doc.regionCode, doc.opdId);
  return db.transaction(async (tx) => {
    const [event] = await tx
      .update(gapReviewEvents)
      .set({ resolved })
      .where(
        and(
          eq(gapReviewEvents.regionCode, doc.regionCode),
          eq(gapReviewEvents.documentId, doc.id),
          eq(gapReviewEvents.id, eventId),
          eq(gapReviewEvents.kind, 'comment'),
        ),
      )
      .returning();
    if (!event) throw new NotFound();
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'gap_comment',
      entityId: eventId,
      regionCode: doc.regionCode,
      after: { resolved },
    });
    return reviewEventDto(event);
  });
}

/**
 * A reviewer's decision on the submitted document. Asking for revision needs a reason and may
 * point at a step; an approved document goes back to revision only by the region's admin.
 */
export async function decideGap(db: Db, actor: Actor | null, id: string, input: DecisionInput) {
  const loaded = await db.transaction(async (tx) => {
    const loaded = await readableGap(tx, actor, id, true);
    const { actor: a, doc } = loaded;
    const reopening = input.decision === 'revision' && doc.status === 'approved';
    if (reopening ? !canManageRegion(a, doc.regionCode) : !canReviewPlanning(a, doc.regionCode)) {
      throw new Forbidden();
    }
    if (doc.status !== 'submitted' && !reopening) throw new Invalid({ status: 'gap_not_submitted' });
    if (input.decision === 'revision' && !input.body)
      throw new Invalid({ body: 'gap_revision_reason_required' });
    const approval =
      input.decision === 'approve'
        ? approvalCheck({
            approverId: a.userId,
            lastSubmitterId: (await lastSubmitter(tx, doc))?.id ?? null,
            selfApprovalAllowed: await selfApprovalAllowed(tx, doc.regionCode),
          })
        : null;
    if (approval === 'own_submission') throw new Forbidden('gap_approve_own_submission');
    await tx.insert(gapReviewEvents).values({
      regionCode: doc.regionCode,
      documentId: doc.id,
      submission: doc.submission,
      kind: input.decision,
      target: input.target ?? null,
      body: input.body,
      ...(await authorOf(tx, a)),
    });
    const status = input.decision === 'approve' ? 'approved' : 'revision';
    const row = await writeGap(tx, a, doc, { status, decidedAt: new Date() });
    await auditTransition(tx, a, doc, {
      status,
      submission: doc.submission,
      target: input.target ?? null,
      body: input.body,
    });
    if (approval === 'waived') {
      await recordAudit(tx, subjectOf(a), {
        action: 'self_approval',
        entity: 'gap_document',
        entityId: doc.id,
        regionCode: doc.regionCode,
        after: { submission: doc.submission, waiver: 'region_settings.self_approval_allowed' },
      });
    }
    return { ...loaded, doc: row as typeof doc };
  });
  return documentView(db, loaded.actor, loaded);
}
