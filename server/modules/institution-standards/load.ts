/**
 * Reading standards and dossiers with what every answer needs: a standard with its elements
 * and criteria in order, a dossier with its institution and standard, its answers and
 * evidence. A dossier the caller may not read answers 404, as if it did not exist.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { canReadDossier, type StandardsActor } from '../../../domain/institution-standards/access.js';
import type { DossierFacts } from '../../../domain/institution-standards/workflow.js';
import type { Db } from '../../db/connection.js';
import { institutionAccounts, institutions } from '../../db/schema-institutions.js';
import {
  institutionDossierAnswers,
  institutionDossierEvidence,
  institutionDossiers,
  institutionStandardCriteria,
  institutionStandardElements,
  institutionStandards,
} from '../../db/schema-institution-standards.js';
import type { Actor } from '../../lib/actor.js';
import { NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';

export type StandardRow = typeof institutionStandards.$inferSelect;
export type CriterionRow = typeof institutionStandardCriteria.$inferSelect;
export type DossierRow = typeof institutionDossiers.$inferSelect;

/**
 * The caller as the rules see them: an institution account with the institution it is bound
 * to (read from institution_accounts when the session did not carry it).
 */
export async function standardsActorOf(db: Db, actor: Actor | null): Promise<Actor & StandardsActor> {
  const a = requireActor(actor);
  if (a.role !== 'lembaga_layanan' || a.institutionId) return a;
  const [row] = await db
    .select({ institutionId: institutionAccounts.institutionId })
    .from(institutionAccounts)
    .where(eq(institutionAccounts.userId, a.userId));
  return { ...a, institutionId: row?.institutionId ?? null };
}

export interface LoadedStandard {
  row: StandardRow;
  elements: {
    row: typeof institutionStandardElements.$inferSelect;
    criteria: CriterionRow[];
  }[];
}

export async function loadStandard(db: Db, id: string): Promise<LoadedStandard> {
  const [row] = await db.select().from(institutionStandards).where(eq(institutionStandards.id, id));
  if (!row) throw new NotFound();
  const [elements, criteria] = await Promise.all([
    db
      .select()
      .from(institutionStandardElements)
      .where(eq(institutionStandardElements.standardId, id))
      .orderBy(asc(institutionStandardElements.position)),
    db
      .select()
      .from(institutionStandardCriteria)
      .where(eq(institutionStandardCriteria.standardId, id))
      .orderBy(asc(institutionStandardCriteria.position)),
  ]);
  return {
    row,
    elements: elements.map((e) => ({ row: e, criteria: criteria.filter((c) => c.elementId === e.id) })),
  };
}

/** The definition as domain/institution-standards/scoring.ts reads it. */
export function scoringElements(s: LoadedStandard) {
  return s.elements.map((e) => ({
    code: e.row.code,
    weight: e.row.weight,
    criteria: e.criteria.map((c) => ({
      code: c.code,
      kind: c.kind,
      weight: c.weight,
      scaleMax: c.scaleMax,
      thresholds: c.thresholds,
      evidenceExpected: c.evidenceExpected,
    })),
  }));
}

export function allCriteria(s: LoadedStandard): CriterionRow[] {
  return s.elements.flatMap((e) => e.criteria);
}

export interface LoadedDossier {
  row: DossierRow;
  institutionName: string;
  institutionType: string;
  standard: StandardRow;
}

/** One dossier the caller may read (404 otherwise), locked for update when `forUpdate`. */
export async function readableDossier(db: Db, actor: Actor | null, id: string, forUpdate = false) {
  const a = await standardsActorOf(db, actor);
  if (forUpdate) await db.execute(sql`select 1 from institution_dossiers where id = ${id} for update`);
  const [j] = await db
    .select({ row: institutionDossiers, institutionName: institutions.name, standard: institutionStandards })
    .from(institutionDossiers)
    .innerJoin(
      institutions,
      and(
        eq(institutions.regionCode, institutionDossiers.regionCode),
        eq(institutions.id, institutionDossiers.institutionId),
      ),
    )
    .innerJoin(institutionStandards, eq(institutionStandards.id, institutionDossiers.standardId))
    .where(eq(institutionDossiers.id, id));
  if (!j || !canReadDossier(a, { regionCode: j.row.regionCode, institutionId: j.row.institutionId }))
    throw new NotFound('dossier_not_found');
  const d: LoadedDossier = { ...j, institutionType: j.standard.institutionType };
  return { actor: a, d };
}

export const dossierFacts = (d: LoadedDossier): DossierFacts => ({
  stage: d.row.stage,
  outcome: d.row.outcome,
  nationalReview: d.standard.nationalReview,
});

export async function answersOf(db: Db, row: DossierRow) {
  const [answers, evidence] = await Promise.all([
    db
      .select()
      .from(institutionDossierAnswers)
      .where(
        and(
          eq(institutionDossierAnswers.regionCode, row.regionCode),
          eq(institutionDossierAnswers.dossierId, row.id),
        ),
      ),
    db
      .select()
      .from(institutionDossierEvidence)
      .where(
        and(
          eq(institutionDossierEvidence.regionCode, row.regionCode),
          eq(institutionDossierEvidence.dossierId, row.id),
        ),
      )
      .orderBy(asc(institutionDossierEvidence.createdAt)),
  ]);
  return { answers, evidence };
}

export type AnswerRow = typeof institutionDossierAnswers.$inferSelect;
export type EvidenceRow = typeof institutionDossierEvidence.$inferSelect;

/** The criterion of the dossier's standard with this code (404 naming it otherwise). */
export async function criterionByCode(db: Db, standardId: string, code: string): Promise<CriterionRow> {
  const [c] = await db
    .select()
    .from(institutionStandardCriteria)
    .where(
      and(
        eq(institutionStandardCriteria.standardId, standardId),
        sql`upper(${institutionStandardCriteria.code}) = upper(${code})`,
      ),
    );
  if (!c) throw new NotFound('dossier_criterion_unknown');
  return c;
}

export const iso = (d: Date | string | null) =>
  d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();
