/** The answers of the dossier routes: a summary for lists, the detail with scores, gaps and what the caller may do. */
import { and, asc, eq } from 'drizzle-orm';
import {
  canActAtStage,
  canFillDossier,
  canRevokeStandardisation,
  type StandardsActor,
} from '../../../domain/institution-standards/access.js';
import {
  criterionFraction,
  dossierGaps,
  isReadyToSubmit,
  scoreDossier,
  type AnswerFacts,
} from '../../../domain/institution-standards/scoring.js';
import { certificateState } from '../../../domain/institution-standards/validity.js';
import {
  canEditCriterion,
  canReopen,
  checkDecide,
  checkForward,
  checkReturnForFix,
  submitTarget,
} from '../../../domain/institution-standards/workflow.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import { SCORE_FULL } from '../../../domain/institution-standards/constants.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { institutionDossierHistory } from '../../db/schema-institution-standards.js';
import {
  allCriteria,
  answersOf,
  dossierFacts,
  iso,
  loadStandard,
  scoringElements,
  type DossierRow,
  type LoadedDossier,
} from './load.js';
import { standardBodyDto } from './standards.js';

export function standingOfDossier(row: DossierRow, today: string) {
  if (row.outcome !== 'terstandar' || row.stage !== 'decided') return null;
  return certificateState({ validUntil: row.validUntil, revokedAt: row.revokedAt }, today);
}

export function dossierSummaryDto(
  row: DossierRow,
  institution: { id: string; name: string },
  standard: { id: string; code: string; name: string; version: number; example: boolean },
) {
  const today = todayInRegion(row.regionCode);
  return {
    id: row.id,
    regionCode: row.regionCode,
    institution,
    standard,
    stage: row.stage,
    round: row.round,
    outcome: row.outcome,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate === null ? null : String(row.decisionDate),
    validUntil: row.validUntil === null ? null : String(row.validUntil),
    standing: standingOfDossier(row, today),
    submittedAt: iso(row.submittedAt),
    version: row.version,
    isDemo: row.isDemo,
    updatedAt: iso(row.updatedAt)!,
  };
}

/** Review tally of the dossier's answers, over every criterion of its standard. */
export function tallyOf(total: number, answers: { review: string | null }[]) {
  return {
    total,
    accepted: answers.filter((x) => x.review === 'accepted').length,
    needsFix: answers.filter((x) => x.review === 'needs_fix').length,
  };
}

export async function dossierDetailDto(db: Db, actor: StandardsActor, d: LoadedDossier) {
  const standard = await loadStandard(db, d.row.standardId);
  const { answers, evidence } = await answersOf(db, d.row);
  const byCriterion = new Map(answers.map((x) => [x.criterionId, x]));
  const criteria = allCriteria(standard);
  const facts = new Map<string, AnswerFacts>();
  for (const c of criteria) {
    const x = byCriterion.get(c.id);
    facts.set(c.code, {
      value: x?.value ?? null,
      evidenceCount: evidence.filter((e) => e.criterionId === c.id).length,
      review: x?.review ?? null,
    });
  }
  const gaps = dossierGaps(scoringElements(standard), facts);
  const history = await db
    .select({ h: institutionDossierHistory, name: users.fullName })
    .from(institutionDossierHistory)
    .leftJoin(users, eq(users.id, institutionDossierHistory.actorId))
    .where(
      and(
        eq(institutionDossierHistory.regionCode, d.row.regionCode),
        eq(institutionDossierHistory.dossierId, d.row.id),
      ),
    )
    .orderBy(asc(institutionDossierHistory.at));
  const owner = { regionCode: d.row.regionCode, institutionId: d.row.institutionId };
  const fill = canFillDossier(actor, owner);
  const atStage = canActAtStage(actor, d.row.stage, d.row.regionCode);
  const f = dossierFacts(d);
  const tally = tallyOf(criteria.length, answers);
  const today = todayInRegion(d.row.regionCode);
  const standing = standingOfDossier(d.row, today);
  return {
    ...dossierSummaryDto(
      d.row,
      { id: d.row.institutionId, name: d.institutionName },
      {
        id: d.standard.id,
        code: d.standard.code,
        name: d.standard.name,
        version: d.standard.version,
        example: d.standard.example,
      },
    ),
    standardDetail: standardBodyDto(standard),
    answers: criteria.map((c) => {
      const x = byCriterion.get(c.id);
      return {
        criterionCode: c.code,
        value: x?.value ?? null,
        note: x?.note ?? '',
        review: x?.review ?? null,
        reviewComment: x?.reviewComment ?? null,
        evidence: evidence
          .filter((e) => e.criterionId === c.id)
          .map((e) => ({
            id: e.id,
            fileName: e.fileName,
            contentType: e.contentType,
            bytes: e.bytes,
            createdAt: iso(e.createdAt)!,
          })),
        score: criterionFraction(c, x?.value ?? null) * SCORE_FULL,
        editable: fill && canEditCriterion(d.row.stage, x?.review ?? null),
      };
    }),
    score: scoreDossier(scoringElements(standard), facts),
    gaps,
    history: history.map(({ h, name }) => ({
      action: h.action,
      fromStage: h.fromStage,
      toStage: h.toStage,
      note: h.note,
      actor: name ?? null,
      at: iso(h.at)!,
    })),
    verificationCode: d.row.verificationCode,
    revokedAt: iso(d.row.revokedAt),
    revokeReason: d.row.revokeReason,
    decisionNote: d.row.decisionNote,
    can: {
      fill: fill && (d.row.stage === 'draft' || d.row.stage === 'fixing'),
      submit: fill && submitTarget(d.row.stage) !== null && isReadyToSubmit(gaps),
      review: atStage && d.row.stage === 'dp3a_review',
      returnForFix: atStage && checkReturnForFix(d.row.stage, tally) === null,
      forward: atStage && checkForward(f, tally) === null,
      decide: atStage && checkDecide(f) === null,
      reopen:
        (fill || canRevokeStandardisation(actor, d.row.regionCode)) &&
        canReopen(f, standing === 'expired' || standing === 'revoked'),
      revoke: canRevokeStandardisation(actor, d.row.regionCode) && standing === 'valid',
      certificate: standing !== null,
    },
  };
}
