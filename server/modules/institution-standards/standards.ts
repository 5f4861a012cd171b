/**
 * Standards as versioned data: listing and reading them (every signed-in user; drafts the
 * superadmin only), importing a version from its JSON definition, exporting it, starting a
 * new version as a copy of the latest, publishing a draft and retiring a published version.
 * A published version is frozen: nothing here changes its elements or criteria, so a dossier
 * is always read against the version it was filled for.
 */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { standardDefinition } from '../../../api/institution-standards.js';
import { canManageStandards, canReadStandards } from '../../../domain/institution-standards/access.js';
import { checkDefinition } from '../../../domain/institution-standards/definition.js';
import type { Db } from '../../db/connection.js';
import {
  institutionStandardCriteria,
  institutionStandardElements,
  institutionStandards,
} from '../../db/schema-institution-standards.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { iso, loadStandard, type LoadedStandard, type StandardRow } from './load.js';

type Definition = z.infer<typeof standardDefinition>;

const counts = {
  elementCount: sql<number>`(select count(*)::int from ${institutionStandardElements} e where e.standard_id = ${institutionStandards.id})`,
  criterionCount: sql<number>`(select count(*)::int from ${institutionStandardCriteria} c where c.standard_id = ${institutionStandards.id})`,
};

export function standardSummaryDto(row: StandardRow, elementCount: number, criterionCount: number) {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: row.name,
    institutionType: row.institutionType,
    status: row.status,
    sourceNote: row.sourceNote,
    validityMonths: row.validityMonths,
    nationalReview: row.nationalReview,
    example: row.example,
    publishedAt: iso(row.publishedAt),
    elementCount: Number(elementCount),
    criterionCount: Number(criterionCount),
  };
}

export function standardBodyDto(s: LoadedStandard) {
  const criteria = s.elements.reduce((n, e) => n + e.criteria.length, 0);
  return {
    ...standardSummaryDto(s.row, s.elements.length, criteria),
    elements: s.elements.map((e) => ({
      id: e.row.id,
      code: e.row.code,
      name: e.row.name,
      weight: e.row.weight,
      criteria: e.criteria.map((c) => ({
        id: c.id,
        code: c.code,
        text: c.text,
        help: c.help,
        kind: c.kind,
        weight: c.weight,
        scaleMax: c.scaleMax,
        thresholds: c.thresholds,
        evidenceExpected: c.evidenceExpected,
      })),
    })),
  };
}

/** Published and retired versions for everyone; drafts too for those who manage standards. */
export async function listStandards(db: Db, actor: Actor | null, q: { institutionType?: string }) {
  const a = requireActor(actor);
  if (!canReadStandards(a)) throw new Forbidden();
  const manage = canManageStandards(a);
  const rows = await db
    .select({ row: institutionStandards, ...counts })
    .from(institutionStandards)
    .where(
      and(
        manage ? undefined : ne(institutionStandards.status, 'draft'),
        q.institutionType ? eq(institutionStandards.institutionType, q.institutionType) : undefined,
      ),
    )
    .orderBy(asc(institutionStandards.code), desc(institutionStandards.version));
  return {
    items: rows.map((r) => standardSummaryDto(r.row, r.elementCount, r.criterionCount)),
    canManage: manage,
  };
}

async function readable(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const s = await loadStandard(db, id);
  if (s.row.status === 'draft' && !canManageStandards(a)) throw new NotFound();
  return { actor: a, s };
}

export async function getStandard(db: Db, actor: Actor | null, id: string) {
  const { actor: a, s } = await readable(db, actor, id);
  return { ...standardBodyDto(s), can: { manage: canManageStandards(a) } };
}

/** The version's definition in the import format, so an exported file imports as a new version. */
export async function exportStandard(db: Db, actor: Actor | null, id: string): Promise<Definition> {
  const { s } = await readable(db, actor, id);
  return {
    code: s.row.code,
    name: s.row.name,
    institutionType: s.row.institutionType,
    sourceNote: s.row.sourceNote,
    validityMonths: s.row.validityMonths,
    nationalReview: s.row.nationalReview,
    example: s.row.example,
    elements: s.elements.map((e) => ({
      code: e.row.code,
      name: e.row.name,
      weight: e.row.weight,
      criteria: e.criteria.map((c) => ({
        code: c.code,
        text: c.text,
        help: c.help,
        kind: c.kind,
        weight: c.weight,
        ...(c.scaleMax !== null ? { scaleMax: c.scaleMax } : {}),
        ...(c.thresholds?.length ? { thresholds: c.thresholds } : {}),
        evidenceExpected: c.evidenceExpected,
      })),
    })),
  };
}

function assertManager(actor: Actor | null) {
  const a = requireActor(actor);
  if (!canManageStandards(a)) throw new Forbidden();
  return a;
}

async function insertVersion(tx: Db, a: Actor, def: Definition, version: number) {
  const [row] = await tx
    .insert(institutionStandards)
    .values({
      code: def.code,
      version,
      name: def.name,
      institutionType: def.institutionType,
      status: 'draft',
      sourceNote: def.sourceNote,
      validityMonths: def.validityMonths,
      nationalReview: def.nationalReview,
      example: def.example ?? false,
      createdBy: a.userId,
      updatedBy: a.userId,
    })
    .returning();
  for (const [ei, e] of def.elements.entries()) {
    const [el] = await tx
      .insert(institutionStandardElements)
      .values({ standardId: row.id, code: e.code, name: e.name, position: ei + 1, weight: e.weight })
      .returning();
    if (e.criteria.length === 0) continue;
    await tx.insert(institutionStandardCriteria).values(
      e.criteria.map((c, ci) => ({
        standardId: row.id,
        elementId: el.id,
        code: c.code,
        text: c.text,
        help: c.help ?? '',
        kind: c.kind,
        scaleMax: c.kind === 'scale' ? (c.scaleMax ?? null) : null,
        thresholds: c.kind === 'number' ? (c.thresholds ?? null) : null,
        weight: c.weight,
        evidenceExpected: c.evidenceExpected ?? '',
        position: ci + 1,
      })),
    );
  }
  return row;
}

async function latestOf(tx: Db, code: string) {
  const rows = await tx
    .select({
      id: institutionStandards.id,
      version: institutionStandards.version,
      status: institutionStandards.status,
    })
    .from(institutionStandards)
    .where(sql`upper(${institutionStandards.code}) = upper(${code})`)
    .orderBy(desc(institutionStandards.version));
  return rows;
}

/**
 * Imports a definition as a new draft version of its code (version 1 for a new code). Every
 * rule it breaks is named by element and criterion code (422); a code that already has a
 * draft is 409 — publish or finish that one first.
 */
export async function importStandard(db: Db, actor: Actor | null, def: Definition) {
  const a = assertManager(actor);
  const problems = checkDefinition(def.elements);
  if (problems.length) {
    const fields: FieldErrors = {};
    for (const p of problems) fields[p.path] = p.reason as MessageKey;
    throw new Invalid(fields, 'standard_definition_invalid', { count: problems.length });
  }
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`institution_standard:${def.code.toUpperCase()}`}))`,
    );
    const versions = await latestOf(tx, def.code);
    if (versions.some((v) => v.status === 'draft'))
      throw new Conflict({ code: 'standard_draft_exists' }, 'standard_draft_exists');
    const row = await insertVersion(tx, a, def, (versions[0]?.version ?? 0) + 1);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'institution_standard',
      entityId: row.id,
      after: { code: row.code, version: row.version, name: row.name, elements: def.elements.length },
    });
    return { id: row.id, code: row.code, version: row.version };
  });
}

/** A new draft version as a copy of this one (a published version is never edited). */
export async function newStandardVersion(db: Db, actor: Actor | null, id: string) {
  assertManager(actor);
  const def = await exportStandard(db, actor, id);
  return importStandard(db, actor, def);
}

async function setStatus(
  db: Db,
  actor: Actor | null,
  id: string,
  from: StandardRow['status'],
  to: StandardRow['status'],
) {
  const a = assertManager(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(institutionStandards)
      .where(eq(institutionStandards.id, id))
      .for('update');
    if (!row) throw new NotFound();
    if (row.status !== from) throw new Conflict({ status: 'standard_wrong_status' }, 'standard_wrong_status');
    if (to === 'published') {
      const s = await loadStandard(tx, id);
      const problems = checkDefinition(
        s.elements.map((e) => ({
          code: e.row.code,
          name: e.row.name,
          weight: e.row.weight,
          criteria: e.criteria,
        })),
      );
      if (problems.length) throw new Invalid({ [problems[0].path]: problems[0].reason as MessageKey });
    }
    await tx
      .update(institutionStandards)
      .set({
        status: to,
        updatedBy: a.userId,
        updatedAt: new Date(),
        ...(to === 'published' ? { publishedAt: new Date() } : {}),
      })
      .where(eq(institutionStandards.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'institution_standard',
      entityId: id,
      before: { status: from },
      after: { status: to },
    });
  });
  return getStandard(db, a, id);
}

export const publishStandard = (db: Db, actor: Actor | null, id: string) =>
  setStatus(db, actor, id, 'draft', 'published');
export const retireStandard = (db: Db, actor: Actor | null, id: string) =>
  setStatus(db, actor, id, 'published', 'retired');

/** Published versions for an institution type (what a new dossier may use). */
export async function publishedStandardsFor(db: Db, institutionType: string) {
  const rows = await db
    .select({ row: institutionStandards, ...counts })
    .from(institutionStandards)
    .where(
      and(
        eq(institutionStandards.status, 'published'),
        inArray(institutionStandards.institutionType, [institutionType]),
      ),
    )
    .orderBy(asc(institutionStandards.code), desc(institutionStandards.version));
  return rows.map((r) => standardSummaryDto(r.row, r.elementCount, r.criterionCount));
}
