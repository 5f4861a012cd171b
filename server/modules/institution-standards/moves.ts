/**
 * The reviewers' moves: DP3A's review of each criterion, sending the dossier back for fixes,
 * forwarding it to the province (and from there to the national level when the standard says
 * so), the last stage's decision, reopening a decided dossier for a new round, and revoking a
 * standardisation. Each checks who acts at the dossier's stage (domain/institution-standards/
 * access.ts) and the stage rules (workflow.ts), names the version it saw, records the history
 * and the audit entry, updates the registry and tells the next people, in one transaction.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  canActAtStage,
  canFillDossier,
  canRevokeStandardisation,
} from '../../../domain/institution-standards/access.js';
import type {
  DossierAction,
  DossierOutcome,
  DossierStage,
} from '../../../domain/institution-standards/constants.js';
import { defaultValidUntil } from '../../../domain/institution-standards/validity.js';
import {
  canReopen,
  canReviewCriteria,
  checkDecide,
  checkForward,
  checkReturnForFix,
  nextReviewStage,
} from '../../../domain/institution-standards/workflow.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import {
  institutionDossierAnswers,
  institutionDossierHistory,
} from '../../db/schema-institution-standards.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid } from '../../lib/errors.js';
import { assertVersion, getDossier, touchDossier } from './dossiers.js';
import { standingOfDossier, tallyOf } from './dto.js';
import {
  allCriteria,
  answersOf,
  dossierFacts,
  loadStandard,
  readableDossier,
  type DossierRow,
  type LoadedDossier,
} from './load.js';
import { institutionUsers, notifyDossier, stageReviewers, type DossierNotice } from './notify.js';
import { clearStanding, markInProcess, writeDecision } from './registry.js';

export const dossierNotice = (d: LoadedDossier): DossierNotice => ({
  id: d.row.id,
  regionCode: d.row.regionCode,
  institutionId: d.row.institutionId,
  institutionName: d.institutionName,
  standardName: d.standard.name,
});

async function record(
  tx: Db,
  a: Actor,
  before: DossierRow,
  after: DossierRow,
  action: DossierAction,
  note: string | null,
  extra: Record<string, unknown> = {},
) {
  await tx.insert(institutionDossierHistory).values({
    regionCode: before.regionCode,
    dossierId: before.id,
    action,
    fromStage: before.stage,
    toStage: after.stage,
    note,
    actorId: a.userId,
  });
  await recordAudit(tx, subjectOf(a), {
    action: 'update',
    entity: 'institution_dossier',
    entityId: before.id,
    regionCode: before.regionCode,
    before: { stage: before.stage, outcome: before.outcome },
    after: { stage: after.stage, outcome: after.outcome, action, note, ...extra },
  });
}

/** The dossier locked, with the caller allowed to act at its current stage (403 otherwise). */
async function atStage(tx: Db, actor: Actor | null, id: string, version: number) {
  const r = await readableDossier(tx, actor, id, true);
  if (!canActAtStage(r.actor, r.d.row.stage, r.d.row.regionCode)) throw new Forbidden();
  assertVersion(r.d.row, version);
  return r;
}

async function tally(tx: Db, d: LoadedDossier) {
  const standard = await loadStandard(tx, d.row.standardId);
  const { answers } = await answersOf(tx, d.row);
  return { standard, answers, tally: tallyOf(allCriteria(standard).length, answers) };
}

/** DP3A's review of criteria (by code): accepted, or needs fixing with a comment (422 without one). */
export async function reviewCriteria(
  db: Db,
  actor: Actor | null,
  id: string,
  body: {
    version: number;
    reviews: { criterionCode: string; review: 'accepted' | 'needs_fix'; comment?: string }[];
  },
) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await atStage(tx, actor, id, body.version);
    if (!canReviewCriteria(d.row.stage))
      throw new Conflict({ stage: 'dossier_wrong_stage' }, 'dossier_wrong_stage');
    const standard = await loadStandard(tx, d.row.standardId);
    const byCode = new Map(allCriteria(standard).map((c) => [c.code.toUpperCase(), c]));
    const seen = new Set<string>();
    for (const r of body.reviews) {
      const key = r.criterionCode.toUpperCase();
      if (!byCode.has(key))
        throw new Invalid(
          { [`reviews.${r.criterionCode}`]: 'dossier_criterion_unknown' },
          'dossier_criterion_unknown',
        );
      if (seen.has(key))
        throw new Invalid(
          { [`reviews.${r.criterionCode}`]: 'dossier_review_duplicate' },
          'dossier_review_duplicate',
        );
      seen.add(key);
      if (r.review === 'needs_fix' && !r.comment?.trim())
        throw new Invalid(
          { [`reviews.${r.criterionCode}.comment`]: 'dossier_fix_needs_comment' },
          'dossier_fix_needs_comment',
        );
    }
    const now = new Date();
    for (const r of body.reviews) {
      const c = byCode.get(r.criterionCode.toUpperCase())!;
      const comment = r.review === 'needs_fix' ? r.comment!.trim() : r.comment?.trim() || null;
      await tx
        .insert(institutionDossierAnswers)
        .values({
          regionCode: d.row.regionCode,
          dossierId: d.row.id,
          criterionId: c.id,
          review: r.review,
          reviewComment: comment,
          reviewedBy: a.userId,
          reviewedAt: now,
        })
        .onConflictDoUpdate({
          target: [
            institutionDossierAnswers.regionCode,
            institutionDossierAnswers.dossierId,
            institutionDossierAnswers.criterionId,
          ],
          set: { review: r.review, reviewComment: comment, reviewedBy: a.userId, reviewedAt: now },
        });
    }
    await touchDossier(tx, d.row, a.userId);
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'institution_dossier_review',
      entityId: d.row.id,
      regionCode: d.row.regionCode,
      after: { reviews: body.reviews },
    });
  });
  return getDossier(db, actor, id);
}

/** DP3A sends the dossier back to the institution: only the criteria marked needs_fix become editable. */
export async function returnForFix(
  db: Db,
  actor: Actor | null,
  id: string,
  body: { version: number; note?: string },
) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await atStage(tx, actor, id, body.version);
    const refusal = checkReturnForFix(d.row.stage, (await tally(tx, d)).tally);
    if (refusal) throw new Conflict({ stage: refusal }, refusal);
    const after = await touchDossier(tx, d.row, a.userId, { stage: 'fixing' });
    await record(tx, a, d.row, after, 'return_for_fix', body.note || null);
    await notifyDossier(
      tx,
      'standard_dossier_returned',
      dossierNotice(d),
      await institutionUsers(tx, d.row.institutionId),
      {
        actorUserId: a.userId,
        params: { comment: body.note ?? '' },
      },
    );
  });
  return getDossier(db, actor, id);
}

/** To the next review stage; its reviewers are told. */
export async function forwardDossier(
  db: Db,
  actor: Actor | null,
  id: string,
  body: { version: number; note?: string },
) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await atStage(tx, actor, id, body.version);
    const f = dossierFacts(d);
    const refusal = checkForward(f, (await tally(tx, d)).tally);
    if (refusal) throw new Conflict({ stage: refusal }, refusal);
    const to = nextReviewStage(f) as DossierStage;
    const after = await touchDossier(tx, d.row, a.userId, { stage: to });
    await record(tx, a, d.row, after, 'forward', body.note || null);
    await notifyDossier(
      tx,
      'standard_dossier_to_review',
      dossierNotice(d),
      await stageReviewers(tx, to, d.row.regionCode),
      {
        actorUserId: a.userId,
      },
    );
  });
  return getDossier(db, actor, id);
}

const newVerificationCode = () => {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return [...randomBytes(16)].map((b) => alphabet[b % 32]).join('');
};

/**
 * The last stage decides. terstandar needs a decision number; its validity ends on the given
 * day or, by default, after the standard's months; it gets a verification code for its
 * certificate. The registry shows the decision at once.
 */
export async function decideDossier(
  db: Db,
  actor: Actor | null,
  id: string,
  body: {
    version: number;
    outcome: DossierOutcome;
    decisionNumber?: string;
    decisionDate: string;
    validUntil?: string | null;
    note?: string;
  },
) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await atStage(tx, actor, id, body.version);
    const refusal = checkDecide(dossierFacts(d));
    if (refusal) throw new Conflict({ stage: refusal }, refusal);
    const terstandar = body.outcome === 'terstandar';
    if (terstandar && !body.decisionNumber?.trim())
      throw new Invalid(
        { decisionNumber: 'dossier_decision_number_required' },
        'dossier_decision_number_required',
      );
    const validUntil = terstandar
      ? (body.validUntil ??
        (d.standard.validityMonths ? defaultValidUntil(body.decisionDate, d.standard.validityMonths) : null))
      : null;
    if (validUntil !== null && validUntil <= body.decisionDate)
      throw new Invalid(
        { validUntil: 'dossier_valid_until_before_decision' },
        'dossier_valid_until_before_decision',
      );
    const after = await touchDossier(tx, d.row, a.userId, {
      stage: 'decided',
      outcome: body.outcome,
      decisionNumber: body.decisionNumber?.trim() || null,
      decisionDate: body.decisionDate,
      validUntil,
      decisionNote: body.note || null,
      decidedBy: a.userId,
      verificationCode: terstandar ? newVerificationCode() : d.row.verificationCode,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    });
    await record(tx, a, d.row, after, 'decide', body.note || null, {
      decisionNumber: after.decisionNumber,
      decisionDate: body.decisionDate,
      validUntil,
    });
    await writeDecision(tx, after);
    await notifyDossier(
      tx,
      'standard_dossier_decided',
      dossierNotice(d),
      [
        ...(await institutionUsers(tx, d.row.institutionId)),
        ...(await stageReviewers(tx, 'dp3a_review', d.row.regionCode)),
      ],
      { actorUserId: a.userId, params: { outcome: body.outcome } },
    );
  });
  return getDossier(db, actor, id);
}

/** A new round of a decided dossier: back to draft, answers kept, every review cleared. */
export async function reopenDossier(db: Db, actor: Actor | null, id: string, version: number) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await readableDossier(tx, actor, id, true);
    const owner = { regionCode: d.row.regionCode, institutionId: d.row.institutionId };
    if (!canFillDossier(a, owner) && !canRevokeStandardisation(a, d.row.regionCode)) throw new Forbidden();
    assertVersion(d.row, version);
    const standing = standingOfDossier(d.row, todayInRegion(d.row.regionCode));
    if (!canReopen(dossierFacts(d), standing === 'expired' || standing === 'revoked'))
      throw new Conflict({ stage: 'dossier_wrong_stage' }, 'dossier_wrong_stage');
    await tx
      .update(institutionDossierAnswers)
      .set({ review: null, reviewComment: null, reviewedAt: null, reviewedBy: null })
      .where(
        and(
          eq(institutionDossierAnswers.regionCode, d.row.regionCode),
          eq(institutionDossierAnswers.dossierId, d.row.id),
        ),
      );
    const after = await touchDossier(tx, d.row, a.userId, {
      stage: 'draft',
      round: d.row.round + 1,
      submittedAt: null,
    });
    await record(tx, a, d.row, after, 'reopen', null);
    await markInProcess(tx, after, todayInRegion(after.regionCode));
  });
  return getDossier(db, actor, id);
}

/** Revoking a standardisation in force (a decision found wrong): the certificate's page says revoked. */
export async function revokeDossier(
  db: Db,
  actor: Actor | null,
  id: string,
  body: { version: number; reason: string },
) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await readableDossier(tx, actor, id, true);
    if (!canRevokeStandardisation(a, d.row.regionCode)) throw new Forbidden();
    assertVersion(d.row, body.version);
    if (standingOfDossier(d.row, todayInRegion(d.row.regionCode)) !== 'valid')
      throw new Conflict({ stage: 'dossier_not_in_force' }, 'dossier_not_in_force');
    const after = await touchDossier(tx, d.row, a.userId, {
      revokedAt: new Date(),
      revokedBy: a.userId,
      revokeReason: body.reason,
    });
    await record(tx, a, d.row, after, 'revoke', body.reason);
    await clearStanding(tx, after);
  });
  return getDossier(db, actor, id);
}
