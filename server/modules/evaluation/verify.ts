/**
 * The stages after self-assessment: the region submits (its worksheet freezes), the stage's
 * verifier decides per question (accepted / adjusted with a comment / rejected with a
 * comment), returns its comments to the region, the region replies before the stage closes,
 * and the verifier closes the stage (questions left undecided are accepted). Each move checks
 * who acts (domain/evaluation/access.ts) and the status (worksheet.ts), is audited, rescores
 * the worksheet and tells the next people, in one transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { decideBody } from '../../../api/evaluation.js';
import { canManageWorksheet, canReplyToComment, canVerifyStage } from '../../../domain/evaluation/access.js';
import { checkDecision, undecidedAtClose } from '../../../domain/evaluation/verification.js';
import {
  currentStageOf,
  statusAfterClose,
  statusWhileVerifying,
  type VerificationStage,
} from '../../../domain/evaluation/worksheet.js';
import type { Db } from '../../db/connection.js';
import { evaluationDecisions, evaluationReplies } from '../../db/schema-evaluation.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid } from '../../lib/errors.js';
import { answerRow, assertWritable, questionOf } from './answers.js';
import { readableWorksheet, type LoadedWorksheet } from './load.js';
import { notifyWorksheet, regionPeople, stageVerifiers } from './notify.js';
import { computeScores, loadScoringRows, refreshWorksheet } from './score.js';

const fmt = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);

function assertVersion(w: LoadedWorksheet, version: number) {
  if (w.row.version !== version)
    throw new Conflict({ version: 'evaluation_worksheet_stale' }, 'evaluation_worksheet_stale');
}

/** DP3A submits: the worksheet freezes and waits for its first stage's verifier. */
export async function submitWorksheet(db: Db, actor: Actor | null, id: string, body: { version: number }) {
  return db.transaction(async (tx) => {
    const w = await readableWorksheet(tx, actor, id, true);
    if (!canManageWorksheet(w.actor, w.row.regionCode)) throw new Forbidden();
    assertWritable(w);
    assertVersion(w, body.version);
    const { row } = await refreshWorksheet(tx, w.row, w.cycle.instrument, w.cycle.tiers, {
      status: 'submitted',
      submittedAt: new Date(),
      submittedBy: w.actor.userId,
    });
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'update',
      entity: 'evaluation_worksheet',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { status: w.row.status },
      after: { status: row.status, total: row.total, tier: row.tier },
    });
    await notifyWorksheet(tx, 'evaluation_submitted', w, await stageVerifiers(tx, w, 'administrative'), {
      total: fmt(row.total),
    });
    return { version: row.version, status: row.status };
  });
}

/** The worksheet locked, at a verification stage the caller verifies (403 / 409 otherwise). */
async function atStage(tx: Db, actor: Actor | null, id: string, stage?: VerificationStage) {
  const w = await readableWorksheet(tx, actor, id, true);
  const current = currentStageOf(w.row.status);
  const nationalKabKota = w.cycle.row.nationalVerifiesKabKota;
  const probe = stage ?? current ?? 'administrative';
  if (!canVerifyStage(w.actor, w.row.regionCode, probe, nationalKabKota)) throw new Forbidden();
  if (!current || (stage && stage !== current))
    throw new Conflict({ stage: 'evaluation_wrong_status' }, 'evaluation_wrong_status');
  return { w, stage: current };
}

export async function decide(db: Db, actor: Actor | null, id: string, body: z.infer<typeof decideBody>) {
  return db.transaction(async (tx) => {
    const { w, stage } = await atStage(tx, actor, id);
    const seen = new Set<string>();
    body.items.forEach((it, i) => {
      const q = questionOf(w, it.questionCode, `items.${i}.questionCode`);
      if (seen.has(it.questionCode))
        throw new Invalid(
          { [`items.${i}.questionCode`]: 'evaluation_question_duplicate' },
          'evaluation_question_duplicate',
        );
      seen.add(it.questionCode);
      const refusal = checkDecision(it, q.maxScore);
      if (refusal) {
        const field = refusal === 'decision_comment_required' ? 'comment' : 'adjustedScore';
        throw new Invalid(
          { [`items.${i}.${field}`]: `evaluation_${refusal}` as const },
          `evaluation_${refusal}`,
          {
            max: q.maxScore,
          },
        );
      }
    });
    const { decisions: before } = await loadScoringRows(tx, w.row);
    const prior = new Map(before.filter((d) => d.stage === stage).map((d) => [d.questionCode, d]));
    const now = new Date();
    for (const it of body.items) {
      const values = {
        decision: it.decision,
        adjustedScore: it.decision === 'adjusted' ? (it.adjustedScore ?? null) : null,
        comment: it.comment ?? '',
        byClose: false,
        decidedBy: w.actor.userId,
        decidedAt: now,
      };
      await tx
        .insert(evaluationDecisions)
        .values({
          regionCode: w.row.regionCode,
          worksheetId: w.row.id,
          stage,
          questionCode: it.questionCode,
          ...values,
        })
        .onConflictDoUpdate({
          target: [
            evaluationDecisions.regionCode,
            evaluationDecisions.worksheetId,
            evaluationDecisions.stage,
            evaluationDecisions.questionCode,
          ],
          set: values,
        });
      const p = prior.get(it.questionCode);
      await recordAudit(tx, subjectOf(w.actor), {
        action: p ? 'update' : 'create',
        entity: 'evaluation_decision',
        entityId: w.row.id,
        regionCode: w.row.regionCode,
        before: p
          ? {
              stage,
              questionCode: p.questionCode,
              decision: p.decision,
              adjustedScore: p.adjustedScore,
              comment: p.comment,
            }
          : null,
        after: { stage, questionCode: it.questionCode, ...values },
      });
    }
    const status = w.row.status === 'submitted' ? statusWhileVerifying(stage) : w.row.status;
    const { row } = await refreshWorksheet(tx, w.row, w.cycle.instrument, w.cycle.tiers, { status });
    return { version: row.version, status: row.status, total: row.total, tier: row.tier };
  });
}

/** The verifier tells the region its comments wait for replies (once per stage and day's comments). */
export async function returnComments(db: Db, actor: Actor | null, id: string, stage: VerificationStage) {
  return db.transaction(async (tx) => {
    const { w } = await atStage(tx, actor, id, stage);
    const { decisions } = await loadScoringRows(tx, w.row);
    const commented = decisions.filter((d) => d.stage === stage && d.decision !== 'accepted');
    const told = await notifyWorksheet(
      tx,
      'evaluation_returned',
      w,
      await regionPeople(
        tx,
        w,
        commented.map((d) => d.questionCode),
      ),
      { count: commented.length },
    );
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'update',
      entity: 'evaluation_worksheet',
      entityId: w.row.id,
      regionCode: w.row.regionCode,
      after: { returned: stage, questions: commented.map((d) => d.questionCode) },
    });
    return { notified: told, questions: commented.length };
  });
}

/** The region answers a verifier's comment (rejected or adjusted) while the stage is open. */
export async function replyToComment(
  db: Db,
  actor: Actor | null,
  id: string,
  body: { stage: VerificationStage; questionCode: string; body: string },
) {
  return db.transaction(async (tx) => {
    const w = await readableWorksheet(tx, actor, id, true);
    questionOf(w, body.questionCode);
    const a = await answerRow(tx, w, body.questionCode);
    const assignment = a ? { opdId: a.assigneeOpdId, userId: a.assigneeUserId } : null;
    if (!canReplyToComment(w.actor, w.row.regionCode, assignment)) throw new Forbidden();
    if (currentStageOf(w.row.status) !== body.stage)
      throw new Conflict({ stage: 'evaluation_wrong_status' }, 'evaluation_wrong_status');
    const [d] = await tx
      .select()
      .from(evaluationDecisions)
      .where(
        and(
          eq(evaluationDecisions.regionCode, w.row.regionCode),
          eq(evaluationDecisions.worksheetId, w.row.id),
          eq(evaluationDecisions.stage, body.stage),
          eq(evaluationDecisions.questionCode, body.questionCode),
        ),
      );
    if (!d || d.decision === 'accepted')
      throw new Invalid({ questionCode: 'evaluation_reply_no_comment' }, 'evaluation_reply_no_comment');
    const [reply] = await tx
      .insert(evaluationReplies)
      .values({
        regionCode: w.row.regionCode,
        worksheetId: w.row.id,
        stage: body.stage,
        questionCode: body.questionCode,
        body: body.body,
        repliedBy: w.actor.userId,
      })
      .returning();
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'create',
      entity: 'evaluation_decision',
      entityId: w.row.id,
      regionCode: w.row.regionCode,
      after: { reply: body },
    });
    return { id: reply.id };
  });
}

/** The verifier closes its stage: undecided questions are accepted; the worksheet moves on. */
export async function closeStage(
  db: Db,
  actor: Actor | null,
  id: string,
  stage: VerificationStage,
  body: { version: number },
) {
  return db.transaction(async (tx) => {
    const { w } = await atStage(tx, actor, id, stage);
    assertVersion(w, body.version);
    const { answers, decisions } = await loadScoringRows(tx, w.row);
    // The shown questions are those of the self-assessment (answers never change after submit).
    const shown = [...computeScores(w.cycle.instrument, 'submitted', w.cycle.tiers, answers, [], []).visible];
    const now = new Date();
    const accepted = undecidedAtClose(shown, decisions, stage);
    if (accepted.length)
      await tx.insert(evaluationDecisions).values(
        accepted.map((questionCode) => ({
          regionCode: w.row.regionCode,
          worksheetId: w.row.id,
          stage,
          questionCode,
          decision: 'accepted' as const,
          byClose: true,
          decidedBy: w.actor.userId,
          decidedAt: now,
        })),
      );
    const status = statusAfterClose(stage);
    const closed =
      stage === 'administrative'
        ? { administrativeClosedAt: now, administrativeClosedBy: w.actor.userId }
        : { fieldClosedAt: now, fieldClosedBy: w.actor.userId };
    const { row } = await refreshWorksheet(tx, w.row, w.cycle.instrument, w.cycle.tiers, {
      status,
      ...closed,
    });
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'update',
      entity: 'evaluation_worksheet',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { status: w.row.status, total: w.row.total, tier: w.row.tier },
      after: {
        status: row.status,
        closed: stage,
        acceptedByClose: accepted,
        total: row.total,
        tier: row.tier,
      },
    });
    await notifyWorksheet(tx, 'evaluation_stage_closed', w, await regionPeople(tx, w), {
      stage,
      total: fmt(row.total),
      tier: row.tier ?? '—',
    });
    if (status === 'verification_field')
      await notifyWorksheet(tx, 'evaluation_submitted', w, await stageVerifiers(tx, w, 'field'), {
        total: fmt(row.total),
      });
    return { version: row.version, status: row.status, total: row.total, tier: row.tier };
  });
}
