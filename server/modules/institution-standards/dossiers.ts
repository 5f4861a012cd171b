/**
 * Opening a dossier, reading it, answering its criteria and submitting it. The institution's
 * own account and DP3A (for it) fill; a submitted dossier is frozen except the criteria DP3A
 * asked to fix (domain/institution-standards/workflow.ts). Every write names the version it
 * saw (409 when someone saved first) and writes its audit entry in the same transaction.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  canFillDossier,
  canReadDossier,
  isInstitutionAccount,
} from '../../../domain/institution-standards/access.js';
import {
  checkAnswerValue,
  dossierGaps,
  isReadyToSubmit,
} from '../../../domain/institution-standards/scoring.js';
import { canEditCriterion, submitTarget } from '../../../domain/institution-standards/workflow.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { institutionTypes, institutions } from '../../db/schema-institutions.js';
import {
  institutionDossierAnswers,
  institutionDossierHistory,
  institutionDossiers,
  institutionStandards,
} from '../../db/schema-institution-standards.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { uniqueViolation } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { dossierDetailDto, dossierSummaryDto } from './dto.js';
import {
  allCriteria,
  answersOf,
  criterionByCode,
  loadStandard,
  readableDossier,
  scoringElements,
  standardsActorOf,
  type DossierRow,
} from './load.js';
import { dossierNotice } from './moves.js';
import { notifyDossier, stageReviewers } from './notify.js';
import { markInProcess } from './registry.js';
import { publishedStandardsFor } from './standards.js';

async function institutionOf(db: Db, id: string) {
  const [row] = await db
    .select({
      regionCode: institutions.regionCode,
      id: institutions.id,
      name: institutions.name,
      type: institutionTypes.code,
    })
    .from(institutions)
    .innerJoin(institutionTypes, eq(institutionTypes.id, institutions.typeId))
    .where(eq(institutions.id, id));
  return row ?? null;
}

/** An institution's dossiers and the published standards of its type a new one may use. */
export async function listInstitutionDossiers(db: Db, actor: Actor | null, institutionId: string) {
  const a = await standardsActorOf(db, actor);
  const inst = await institutionOf(db, institutionId);
  if (!inst || !canReadDossier(a, { regionCode: inst.regionCode, institutionId })) throw new NotFound();
  const rows = await db
    .select({ row: institutionDossiers, standard: institutionStandards })
    .from(institutionDossiers)
    .innerJoin(institutionStandards, eq(institutionStandards.id, institutionDossiers.standardId))
    .where(
      and(
        eq(institutionDossiers.regionCode, inst.regionCode),
        eq(institutionDossiers.institutionId, institutionId),
      ),
    )
    .orderBy(desc(institutionDossiers.createdAt));
  return {
    items: rows.map((r) =>
      dossierSummaryDto(
        r.row,
        { id: inst.id, name: inst.name },
        {
          id: r.standard.id,
          code: r.standard.code,
          name: r.standard.name,
          version: r.standard.version,
          example: r.standard.example,
        },
      ),
    ),
    standards: await publishedStandardsFor(db, inst.type),
    canCreate: canFillDossier(a, { regionCode: inst.regionCode, institutionId }),
  };
}

/**
 * Opens a dossier for a published standard of the institution's type. One per institution
 * and version: a second is 409 at `standardId` (a decided one is reopened instead).
 */
export async function createDossier(db: Db, actor: Actor | null, institutionId: string, standardId: string) {
  const a = await standardsActorOf(db, actor);
  const inst = await institutionOf(db, institutionId);
  if (!inst || !canReadDossier(a, { regionCode: inst.regionCode, institutionId })) throw new NotFound();
  if (!canFillDossier(a, { regionCode: inst.regionCode, institutionId })) throw new Forbidden();
  const [standard] = await db
    .select()
    .from(institutionStandards)
    .where(eq(institutionStandards.id, standardId));
  if (!standard || standard.status !== 'published')
    throw new Invalid({ standardId: 'dossier_standard_not_published' }, 'dossier_standard_not_published');
  if (standard.institutionType !== inst.type)
    throw new Invalid({ standardId: 'dossier_standard_wrong_type' }, 'dossier_standard_wrong_type');
  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(institutionDossiers)
        .values({
          regionCode: inst.regionCode,
          institutionId,
          standardId,
          createdBy: a.userId,
          updatedBy: a.userId,
        })
        .returning();
      await tx.insert(institutionDossierHistory).values({
        regionCode: row.regionCode,
        dossierId: row.id,
        action: 'create',
        fromStage: null,
        toStage: 'draft',
        actorId: a.userId,
      });
      await markInProcess(tx, row, todayInRegion(row.regionCode));
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'institution_dossier',
        entityId: row.id,
        regionCode: row.regionCode,
        after: { institutionId, standardId, standard: `${standard.code} v${standard.version}` },
      });
      return row.id;
    });
  } catch (error) {
    if (uniqueViolation(error) !== null)
      throw new Conflict({ standardId: 'dossier_duplicate' }, 'dossier_duplicate');
    throw error;
  }
  return getDossier(db, a, id);
}

export async function getDossier(db: Db, actor: Actor | null, id: string) {
  const { actor: a, d } = await readableDossier(db, actor, id);
  return dossierDetailDto(db, a, d);
}

export function assertVersion(row: DossierRow, version: number) {
  if (row.version !== version) throw new Conflict({ version: 'dossier_stale' }, 'dossier_stale');
}

/** Bumps the dossier's version (a write by `userId`); answers the row after. */
export async function touchDossier(tx: Db, row: DossierRow, userId: string, set: Partial<DossierRow> = {}) {
  const [after] = await tx
    .update(institutionDossiers)
    .set({ ...set, version: row.version + 1, updatedBy: userId, updatedAt: new Date() })
    .where(and(eq(institutionDossiers.regionCode, row.regionCode), eq(institutionDossiers.id, row.id)))
    .returning();
  return after;
}

/**
 * Answers one criterion (by its code): a value fitting its scoring kind and a note. Only the
 * fillers, only while the criterion is editable (draft, or asked to fix).
 */
export async function saveAnswer(
  db: Db,
  actor: Actor | null,
  id: string,
  criterionCode: string,
  body: { version: number; value: boolean | number | null; note?: string },
) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await readableDossier(tx, actor, id, true);
    if (!canFillDossier(a, d.row)) throw new Forbidden();
    const c = await criterionByCode(tx, d.row.standardId, criterionCode);
    const [before] = await tx
      .select()
      .from(institutionDossierAnswers)
      .where(
        and(
          eq(institutionDossierAnswers.regionCode, d.row.regionCode),
          eq(institutionDossierAnswers.dossierId, d.row.id),
          eq(institutionDossierAnswers.criterionId, c.id),
        ),
      );
    if (!canEditCriterion(d.row.stage, before?.review ?? null))
      throw new Conflict({ [criterionCode]: 'dossier_criterion_frozen' }, 'dossier_criterion_frozen');
    assertVersion(d.row, body.version);
    const refusal = checkAnswerValue(c, body.value);
    if (refusal) throw new Invalid({ value: refusal }, refusal);
    const note = body.note ?? before?.note ?? '';
    await tx
      .insert(institutionDossierAnswers)
      .values({
        regionCode: d.row.regionCode,
        dossierId: d.row.id,
        criterionId: c.id,
        value: body.value,
        note,
        updatedBy: a.userId,
      })
      .onConflictDoUpdate({
        target: [
          institutionDossierAnswers.regionCode,
          institutionDossierAnswers.dossierId,
          institutionDossierAnswers.criterionId,
        ],
        set: { value: sql`excluded.value`, note, updatedBy: a.userId, updatedAt: new Date() },
      });
    await touchDossier(tx, d.row, a.userId);
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'institution_dossier_answer',
      entityId: d.row.id,
      regionCode: d.row.regionCode,
      before: before ? { criterion: c.code, value: before.value, note: before.note } : null,
      after: { criterion: c.code, value: body.value, note },
    });
  });
  return getDossier(db, actor, id);
}

/**
 * Submits (or resubmits after fixing): every criterion answered with the evidence it expects
 * (422 naming the first gaps otherwise). The criteria that were fixed go back to unreviewed;
 * the region's DP3A is told.
 */
export async function submitDossier(db: Db, actor: Actor | null, id: string, version: number) {
  await db.transaction(async (tx) => {
    const { actor: a, d } = await readableDossier(tx, actor, id, true);
    if (!canFillDossier(a, d.row)) throw new Forbidden();
    const to = submitTarget(d.row.stage);
    if (!to) throw new Conflict({ stage: 'dossier_wrong_stage' }, 'dossier_wrong_stage');
    assertVersion(d.row, version);
    const standard = await loadStandard(tx, d.row.standardId);
    const { answers, evidence } = await answersOf(tx, d.row);
    const byId = new Map(answers.map((x) => [x.criterionId, x]));
    const facts = new Map(
      allCriteria(standard).map((c) => [
        c.code,
        {
          value: byId.get(c.id)?.value ?? null,
          evidenceCount: evidence.filter((e) => e.criterionId === c.id).length,
        },
      ]),
    );
    const gaps = dossierGaps(scoringElements(standard), facts);
    if (!isReadyToSubmit(gaps)) {
      const fields: Record<string, 'dossier_unanswered' | 'dossier_evidence_missing'> = {};
      for (const code of gaps.unanswered) fields[code] = 'dossier_unanswered';
      for (const code of gaps.missingEvidence) fields[code] ??= 'dossier_evidence_missing';
      throw new Invalid(fields, 'dossier_not_ready', {
        unanswered: gaps.unanswered.length,
        evidence: gaps.missingEvidence.length,
      });
    }
    const resubmit = d.row.stage === 'fixing';
    if (resubmit) {
      await tx
        .update(institutionDossierAnswers)
        .set({ review: null, reviewedAt: null, reviewedBy: null })
        .where(
          and(
            eq(institutionDossierAnswers.regionCode, d.row.regionCode),
            eq(institutionDossierAnswers.dossierId, d.row.id),
            eq(institutionDossierAnswers.review, 'needs_fix'),
          ),
        );
    }
    await touchDossier(tx, d.row, a.userId, { stage: to, submittedAt: new Date() });
    await tx.insert(institutionDossierHistory).values({
      regionCode: d.row.regionCode,
      dossierId: d.row.id,
      action: resubmit ? 'resubmit' : 'submit',
      fromStage: d.row.stage,
      toStage: to,
      actorId: a.userId,
    });
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'institution_dossier',
      entityId: d.row.id,
      regionCode: d.row.regionCode,
      before: { stage: d.row.stage },
      after: { stage: to, action: resubmit ? 'resubmit' : 'submit', byInstitution: isInstitutionAccount(a) },
    });
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
