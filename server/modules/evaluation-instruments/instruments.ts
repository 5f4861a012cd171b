/**
 * Instruments as versioned data: listing and reading them (every signed-in user reads frozen
 * ones; drafts the superadmin only), importing a version (JSON here, XLSX through xlsx-import.ts
 * into the same path), exporting it, and copying a frozen version into a new draft. A frozen
 * instrument is never changed: a cycle using it opened, and worksheets are scored against it.
 *
 * Importing a code that has an unfrozen draft replaces that draft's content in place (same id
 * and version, so draft cycles that name it keep pointing at it); otherwise it becomes the next
 * version. Nothing is stored when any row is bad.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { InstrumentDefinition } from '../../../api/evaluation-instruments.js';
import {
  canManageEvaluationInstruments,
  canReadEvaluationInstruments,
} from '../../../domain/evaluation/instrument-access.js';
import { questionsOf } from '../../../domain/evaluation/instrument.js';
import { maxTotalOf } from '../../../domain/evaluation/scoring.js';
import {
  validateInstrument,
  type InstrumentProblem,
} from '../../../domain/evaluation/validate-instrument.js';
import type { Db } from '../../db/connection.js';
import {
  evaluationCycles,
  evaluationInstrumentAreas,
  evaluationInstrumentQuestions,
  evaluationInstruments,
} from '../../db/schema-evaluation-instruments.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { canonical, definitionOf, insertContent } from './content.js';
import { loadInstrument, type InstrumentRow, type LoadedInstrument } from './load.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function assertManager(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!canManageEvaluationInstruments(a)) throw new Forbidden();
  return a;
}

/** Where a problem is: `questions.P1.01.weight` for JSON; the XLSX import passes its own (sheet/row). */
export type Locate = (p: InstrumentProblem) => string;
export const jsonPath: Locate = (p) => [p.sheet, p.key, p.field].filter((s) => s !== '').join('.');

export function problemsError(problems: InstrumentProblem[], locate: Locate): Invalid {
  const fields: FieldErrors = {};
  for (const p of problems) fields[locate(p)] ??= p.reason as MessageKey;
  return new Invalid(fields, 'evaluation_instrument_invalid', { count: problems.length });
}

type CycleRef = { id: string; year: number; award: 'APE' | 'PPE'; status: 'draft' | 'open' | 'closed' };

async function cyclesByInstrument(db: Db, ids: string[]): Promise<Map<string, CycleRef[]>> {
  const out = new Map<string, CycleRef[]>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      id: evaluationCycles.id,
      instrumentId: evaluationCycles.instrumentId,
      year: evaluationCycles.year,
      award: evaluationCycles.award,
      status: evaluationCycles.status,
    })
    .from(evaluationCycles)
    .where(inArray(evaluationCycles.instrumentId, ids))
    .orderBy(desc(evaluationCycles.year));
  for (const { instrumentId, ...c } of rows) out.set(instrumentId, [...(out.get(instrumentId) ?? []), c]);
  return out;
}

function summaryDto(
  row: InstrumentRow,
  content: { areaCount: number; questionCount: number; maxTotal: number },
  cycles: CycleRef[],
) {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: row.name,
    sourceNote: row.sourceNote,
    example: row.example,
    frozen: row.frozen,
    frozenAt: iso(row.frozenAt),
    copiedFrom: row.copiedFrom,
    ...content,
    cycles,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listInstruments(db: Db, actor: Actor | null) {
  const a = requireActor(actor);
  if (!canReadEvaluationInstruments(a)) throw new Forbidden();
  const manage = canManageEvaluationInstruments(a);
  const rows = await db
    .select({
      row: evaluationInstruments,
      areaCount: sql<number>`(select count(*)::int from ${evaluationInstrumentAreas} a where a.instrument_id = "evaluation_instruments"."id")`,
      questionCount: sql<number>`(select count(*)::int from ${evaluationInstrumentQuestions} q where q.instrument_id = "evaluation_instruments"."id")`,
      maxTotal: sql<number>`(select coalesce(sum(q.max_score * q.weight), 0)::float8 from ${evaluationInstrumentQuestions} q where q.instrument_id = "evaluation_instruments"."id")`,
    })
    .from(evaluationInstruments)
    .where(manage ? undefined : eq(evaluationInstruments.frozen, true))
    .orderBy(asc(evaluationInstruments.code), desc(evaluationInstruments.version));
  const cycles = await cyclesByInstrument(
    db,
    rows.map((r) => r.row.id),
  );
  return {
    items: rows.map((r) =>
      summaryDto(
        r.row,
        {
          areaCount: Number(r.areaCount),
          questionCount: Number(r.questionCount),
          maxTotal: Math.round(Number(r.maxTotal) * 10_000) / 10_000,
        },
        cycles.get(r.row.id) ?? [],
      ),
    ),
    canManage: manage,
  };
}

/** The instrument if the actor may read it (a draft is the superadmin's: 404 for others). */
async function readable(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<{ a: Actor; loaded: LoadedInstrument }> {
  const a = requireActor(actor);
  if (!canReadEvaluationInstruments(a)) throw new Forbidden();
  const loaded = await loadInstrument(db, id);
  if (!loaded.row.frozen && !canManageEvaluationInstruments(a))
    throw new NotFound('evaluation_instrument_not_found');
  return { a, loaded };
}

export async function getInstrument(db: Db, actor: Actor | null, id: string) {
  const { a, loaded } = await readable(db, actor, id);
  const { row, instrument } = loaded;
  const cycles = (await cyclesByInstrument(db, [id])).get(id) ?? [];
  const manage = canManageEvaluationInstruments(a);
  return {
    ...summaryDto(
      row,
      {
        areaCount: instrument.areas.length,
        questionCount: questionsOf(instrument).length,
        maxTotal: maxTotalOf(instrument),
      },
      cycles,
    ),
    areas: instrument.areas.map((area) => ({
      id: loaded.areaIds.get(area.code)!,
      code: area.code,
      name: area.name,
      nameEn: area.nameEn ?? null,
      max: maxTotalOf({ areas: [area] }),
      questions: area.questions.map((q) => ({
        ...q,
        id: loaded.questionIds.get(q.code)!,
        options: q.options ?? [],
      })),
    })),
    can: { manage, copy: manage && row.frozen },
  };
}

/** The version in the import format, so an exported file imports as a new version. */
export async function exportDefinition(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<InstrumentDefinition> {
  const { loaded } = await readable(db, actor, id);
  return definitionOf(loaded);
}

/**
 * Imports a definition: refuses it whole with every problem named (422), then replaces the
 * code's draft or adds the next version, with its audit entry, in one transaction.
 */
export async function importDefinition(
  db: Db,
  actor: Actor | null,
  input: InstrumentDefinition,
  options: { locate?: Locate; source?: string } = {},
) {
  const a = assertManager(actor);
  const def = canonical(input);
  const problems = validateInstrument(def);
  if (problems.length) throw problemsError(problems, options.locate ?? jsonPath);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`evaluation_instrument:${def.code.toUpperCase()}`}))`,
    );
    const versions = await tx
      .select({
        id: evaluationInstruments.id,
        version: evaluationInstruments.version,
        frozen: evaluationInstruments.frozen,
      })
      .from(evaluationInstruments)
      .where(sql`upper(${evaluationInstruments.code}) = upper(${def.code})`)
      .orderBy(desc(evaluationInstruments.version));
    const draft = versions.find((v) => !v.frozen);
    let id: string;
    let version: number;
    if (draft) {
      ({ id, version } = draft);
      await tx.delete(evaluationInstrumentAreas).where(eq(evaluationInstrumentAreas.instrumentId, id));
      await tx
        .update(evaluationInstruments)
        .set({
          name: def.name,
          sourceNote: def.sourceNote,
          example: def.example ?? false,
          updatedAt: new Date(),
        })
        .where(eq(evaluationInstruments.id, id));
    } else {
      version = (versions[0]?.version ?? 0) + 1;
      const [row] = await tx
        .insert(evaluationInstruments)
        .values({
          code: versions.length ? await codeOf(tx, versions[0].id) : def.code,
          version,
          name: def.name,
          sourceNote: def.sourceNote,
          example: def.example ?? false,
          createdBy: a.userId,
        })
        .returning({ id: evaluationInstruments.id });
      id = row.id;
    }
    await insertContent(tx, id, def);
    await recordAudit(tx, subjectOf(a), {
      action: draft ? 'update' : 'create',
      entity: 'evaluation_instrument',
      entityId: id,
      after: {
        code: def.code,
        version,
        name: def.name,
        areas: def.areas.length,
        questions: questionsOf(def).length,
        source: options.source ?? 'json',
      },
    });
    return { id, code: def.code, version, replaced: !!draft };
  });
}

async function codeOf(tx: Db, id: string): Promise<string> {
  const [row] = await tx
    .select({ code: evaluationInstruments.code })
    .from(evaluationInstruments)
    .where(eq(evaluationInstruments.id, id));
  return row!.code;
}

/** A new draft version as a copy of a frozen one (a frozen version is never edited). */
export async function copyInstrument(db: Db, actor: Actor | null, id: string) {
  const a = assertManager(actor);
  const loaded = await loadInstrument(db, id);
  if (!loaded.row.frozen)
    throw new Conflict({ id: 'evaluation_instrument_not_frozen' }, 'evaluation_instrument_not_frozen');
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`evaluation_instrument:${loaded.row.code.toUpperCase()}`}))`,
    );
    const versions = await tx
      .select({ version: evaluationInstruments.version, frozen: evaluationInstruments.frozen })
      .from(evaluationInstruments)
      .where(eq(evaluationInstruments.code, loaded.row.code))
      .orderBy(desc(evaluationInstruments.version));
    if (versions.some((v) => !v.frozen))
      throw new Conflict(
        { code: 'evaluation_instrument_draft_exists' },
        'evaluation_instrument_draft_exists',
      );
    const version = versions[0].version + 1;
    const [row] = await tx
      .insert(evaluationInstruments)
      .values({
        code: loaded.row.code,
        version,
        name: loaded.row.name,
        sourceNote: loaded.row.sourceNote,
        example: loaded.row.example,
        copiedFrom: id,
        createdBy: a.userId,
      })
      .returning({ id: evaluationInstruments.id });
    await insertContent(tx, row.id, loaded.instrument);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'evaluation_instrument',
      entityId: row.id,
      after: { code: loaded.row.code, version, copiedFrom: id },
    });
    return { id: row.id, code: loaded.row.code, version, replaced: false };
  });
}

/** Freezes an instrument inside the caller's transaction (a cycle using it opens). */
export async function freezeInstrument(tx: Db, id: string): Promise<boolean> {
  const rows = await tx
    .update(evaluationInstruments)
    .set({ frozen: true, frozenAt: new Date(), updatedAt: new Date() })
    .where(and(eq(evaluationInstruments.id, id), eq(evaluationInstruments.frozen, false)))
    .returning({ id: evaluationInstruments.id });
  return rows.length > 0;
}
