/**
 * Sub-kegiatan lines (Renja/DPA) of a region's OPDs with their budget and ARG tag. Operators
 * see and edit only their own OPD's lines; admin daerah any OPD's; reviewer, pokja and provinsi
 * read. Every write is audited in its transaction.
 */
import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { canReadOpdPlanning, opdScopeOf } from '../../../domain/access.js';
import { resolveArgTag, retagForBudget } from '../../../domain/planning/arg-tag.js';
import { RESPONSIVE_CATEGORIES, type ArgCategoryValue } from '../../../domain/planning/arg-recap.js';
import { isNegativeMoney, parseRupiah } from '../../../domain/planning/money.js';
import { parseSipdCode } from '../../../domain/planning/sipd-code.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { containsPattern, offsetOf } from '../../lib/pagination.js';
import { opdScopeCondition } from '../../lib/opd-scope.js';
import { assertCanEditOpdData, assertCanReadRegion, requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { nomenclatureNames } from './nomenclature.js';
import type {
  CreateSubActivityInput,
  ListSubActivitiesQuery,
  UpdateSubActivityInput,
} from '../../../api/planning.js';

type SubActivityRow = typeof subActivities.$inferSelect;

const uniqueErrors = {
  sub_activities_line_uq: () => new Conflict({ code: 'sub_activity_duplicate' }, 'sub_activity_duplicate'),
};

/** A sub-kegiatan code, normalised, or the field error. */
export function subKegiatanCode(
  input: string,
): { code: string } | { error: 'sipd_code_invalid' | 'sipd_code_not_sub_kegiatan' } {
  const parsed = parseSipdCode(input);
  if (!parsed.ok) return { error: 'sipd_code_invalid' };
  if (parsed.value.level !== 'sub_kegiatan') return { error: 'sipd_code_not_sub_kegiatan' };
  return { code: parsed.value.code };
}

/** A non-negative exact amount, or the field error. */
export function budgetAmount(
  input: string | number,
): { value: string } | { error: 'money_invalid' | 'money_negative' } {
  const parsed = parseRupiah(input);
  if (!parsed.ok) return { error: 'money_invalid' };
  if (isNegativeMoney(parsed.value)) return { error: 'money_negative' };
  return { value: parsed.value };
}

function amountOrNull(
  input: string | number | null | undefined,
  field: string,
  fields: FieldErrors,
): string | null {
  if (input === null || input === undefined || input === '') return null;
  const r = budgetAmount(input);
  if ('error' in r) {
    fields[field] = r.error;
    return null;
  }
  return r.value;
}

const selection = {
  line: subActivities,
  opdName: opd.name,
  opdShortName: opd.shortName,
  gapId: gapDocuments.id,
  gapStatus: gapDocuments.status,
  gapSubmission: gapDocuments.submission,
};

type JoinedRow = {
  line: SubActivityRow;
  opdName: string;
  opdShortName: string;
  gapId: string | null;
  gapStatus: (typeof gapDocuments.$inferSelect)['status'] | null;
  gapSubmission: number | null;
};

function joined(db: Db) {
  return db
    .select(selection)
    .from(subActivities)
    .innerJoin(opd, and(eq(opd.regionCode, subActivities.regionCode), eq(opd.id, subActivities.opdId)))
    .leftJoin(
      gapDocuments,
      and(
        eq(gapDocuments.regionCode, subActivities.regionCode),
        eq(gapDocuments.subActivityId, subActivities.id),
      ),
    );
}

function toDto(row: JoinedRow, names: Map<string, string>) {
  const { line } = row;
  const parsed = parseSipdCode(line.code);
  const parents = parsed.ok ? parsed.value.parents : [];
  return {
    ...line,
    budget: line.budget,
    argCategory: line.argCategory,
    argAmount: line.argAmount,
    opdName: row.opdName,
    opdShortName: row.opdShortName,
    programName: (parents[2] && names.get(parents[2])) || null,
    kegiatanName: (parents[3] && names.get(parents[3])) || null,
    gap:
      row.gapId && row.gapStatus
        ? { id: row.gapId, status: row.gapStatus, submission: row.gapSubmission ?? 0 }
        : null,
    createdAt: line.createdAt.toISOString(),
    updatedAt: line.updatedAt.toISOString(),
  };
}

async function dtosOf(db: Db, rows: JoinedRow[]) {
  const codes = rows.flatMap((r) => {
    const p = parseSipdCode(r.line.code);
    return p.ok ? p.value.parents.slice(2, 4) : [];
  });
  const names = await nomenclatureNames(db, codes);
  return rows.map((r) => toDto(r, names));
}

export async function getSubActivityDto(db: Db, id: string) {
  const rows = await joined(db).where(eq(subActivities.id, id));
  if (!rows[0]) throw new NotFound();
  return (await dtosOf(db, rows))[0];
}

export async function listPlanningYears(db: Db, actor: Actor | null, regionCode: string) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const rows = await db
    .selectDistinct({ year: subActivities.year })
    .from(subActivities)
    .where(eq(subActivities.regionCode, regionCode))
    .orderBy(asc(subActivities.year));
  return { years: rows.map((r) => r.year) };
}

const responsiveSql = inArray(subActivities.argCategory, [...RESPONSIVE_CATEGORIES]);

export async function listSubActivities(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: ListSubActivitiesQuery,
) {
  const a = assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  // An operator sees their own OPD's lines whatever the filter asks for.
  const where: (SQL | undefined)[] = [
    eq(subActivities.regionCode, regionCode),
    opdScopeCondition(subActivities.opdId, opdScopeOf(a, regionCode, query.opdId)),
  ];
  if (query.year) where.push(eq(subActivities.year, query.year));
  if (query.q) {
    const pattern = containsPattern(query.q);
    where.push(or(ilike(subActivities.name, pattern), ilike(subActivities.code, pattern))!);
  }
  if (query.arg === 'responsive') where.push(responsiveSql);
  else if (query.arg === 'untagged') where.push(isNull(subActivities.argCategory));
  else if (query.arg) where.push(eq(subActivities.argCategory, query.arg));
  if (query.gapStatus === 'none') where.push(isNull(gapDocuments.id));
  else if (query.gapStatus) where.push(eq(gapDocuments.status, query.gapStatus));
  const condition = and(...where);

  const [rows, [summary]] = await Promise.all([
    joined(db)
      .where(condition)
      .orderBy(asc(opd.name), asc(subActivities.year), asc(subActivities.code))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db
      .select({
        total: count(),
        budget: sql<string>`coalesce(sum(${subActivities.budget}), 0)::numeric(18,2)::text`,
        argAmount: sql<string>`coalesce(sum(${subActivities.argAmount}) filter (where ${responsiveSql}), 0)::numeric(18,2)::text`,
      })
      .from(subActivities)
      .leftJoin(
        gapDocuments,
        and(
          eq(gapDocuments.regionCode, subActivities.regionCode),
          eq(gapDocuments.subActivityId, subActivities.id),
        ),
      )
      .where(condition),
  ]);
  return {
    items: await dtosOf(db, rows),
    total: Number(summary.total),
    page: query.page,
    pageSize: query.pageSize,
    totals: { budget: summary.budget, argAmount: summary.argAmount },
  };
}

export async function createSubActivity(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: CreateSubActivityInput,
) {
  const a = assertCanEditOpdData(actor, regionCode, input.opdId);
  await getRegion(db, regionCode);
  const fields: FieldErrors = {};
  const [owner] = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.id, input.opdId)));
  if (!owner) fields.opdId = 'opd_not_in_region';
  const code = subKegiatanCode(input.code);
  if ('error' in code) fields.code = code.error;
  const budget = budgetAmount(input.budget);
  if ('error' in budget) fields.budget = budget.error;
  const amount = amountOrNull(input.argAmount, 'argAmount', fields);
  if (Object.keys(fields).length > 0 || 'error' in code || 'error' in budget) throw new Invalid(fields);
  const tag = resolveArgTag(budget.value, input.argCategory ?? null, amount);
  if (!tag.ok) throw new Invalid({ [tag.field]: tag.error });

  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(subActivities)
          .values({
            regionCode,
            year: input.year,
            opdId: input.opdId,
            code: code.code,
            name: input.name,
            outputIndicator: input.outputIndicator,
            target: input.target,
            budget: budget.value,
            argCategory: tag.argCategory,
            argAmount: tag.argAmount,
          })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'sub_activity',
          entityId: row.id,
          regionCode,
          after: row,
        });
        return row.id;
      }),
    uniqueErrors,
  );
  return getSubActivityDto(db, id);
}

/** A line the caller may read, or NotFound (another OPD's line looks missing to an operator). */
export async function findReadableSubActivity(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<SubActivityRow> {
  const a = requireActor(actor);
  const [row] = await db.select().from(subActivities).where(eq(subActivities.id, id));
  if (!row || !canReadOpdPlanning(a, row.regionCode, row.opdId)) throw new NotFound();
  return row;
}

export async function updateSubActivity(
  db: Db,
  actor: Actor | null,
  id: string,
  input: UpdateSubActivityInput,
) {
  const existing = await findReadableSubActivity(db, actor, id);
  const a = assertCanEditOpdData(actor, existing.regionCode, existing.opdId);
  const fields: FieldErrors = {};
  const changes: Partial<SubActivityRow> = {};
  if (input.code !== undefined) {
    const code = subKegiatanCode(input.code);
    if ('error' in code) fields.code = code.error;
    else changes.code = code.code;
  }
  for (const key of ['name', 'outputIndicator', 'target'] as const) {
    if (input[key] !== undefined) changes[key] = input[key];
  }
  let budget = existing.budget;
  if (input.budget !== undefined) {
    const b = budgetAmount(input.budget);
    if ('error' in b) fields.budget = b.error;
    else budget = changes.budget = b.value;
  }
  const amount = amountOrNull(input.argAmount, 'argAmount', fields);
  if (Object.keys(fields).length > 0) throw new Invalid(fields);

  if (input.argCategory !== undefined || input.argAmount !== undefined) {
    const category =
      input.argCategory !== undefined ? input.argCategory : (existing.argCategory as ArgCategoryValue | null);
    const tag = resolveArgTag(budget, category, input.argAmount !== undefined ? amount : null);
    if (!tag.ok) throw new Invalid({ [tag.field]: tag.error });
    changes.argCategory = tag.argCategory;
    changes.argAmount = tag.argAmount;
  } else if (changes.budget !== undefined) {
    const retag = retagForBudget(existing.budget, budget, existing.argCategory, existing.argAmount);
    if (!retag.ok) throw new Invalid({ budget: 'budget_below_arg_amount' });
    changes.argAmount = retag.argAmount;
  }

  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .update(subActivities)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(subActivities.id, id))
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'sub_activity',
          entityId: id,
          regionCode: existing.regionCode,
          before: existing,
          after: row,
        });
      }),
    uniqueErrors,
  );
  return getSubActivityDto(db, id);
}
