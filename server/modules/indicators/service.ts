/**
 * The indicator catalog: national entries (superadmin) and a region's own (its admin daerah).
 * Reading the catalog is public: it is metadata, the same for everyone.
 */
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  KECAMATAN_DIMENSION,
  memberBelongsToRegion,
  type Aggregation,
  type DomainGroup,
  type Periodicity,
  type Sex,
  type SourceKind,
  type Unit,
} from '../../../domain/indicators.js';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { dataValues, dimensionMembers, dimensionSets, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { activationAction, recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { containsPattern, offsetOf, pageOf } from '../../lib/pagination.js';
import { assertCanManageCatalog, requireActor } from '../../lib/permissions.js';
import type {
  CreateIndicatorInput,
  ListIndicatorsQuery,
  UpdateIndicatorInput,
} from '../../../api/indicators.js';
import { catalogOwnersFor, visibleTo } from './visibility.js';

type IndicatorRow = typeof indicators.$inferSelect;

/**
 * The columns are plain text, but every row was written through the catalog's enums (the API's
 * body schema, the seed's typed definitions); the response schema checks them on the way out.
 */
export function toIndicatorDto(row: IndicatorRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    unit: row.unit as Unit,
    domainGroup: row.domainGroup as DomainGroup,
    periodicity: row.periodicity as Periodicity,
    source: row.source as SourceKind,
    aggregation: row.aggregation as Aggregation,
    sexes: row.sexes as Sex[],
    refs: (row.refs ?? {}) as Record<string, string>,
  };
}

export async function listIndicators(db: Db, query: ListIndicatorsQuery) {
  const where: SQL[] = [visibleTo(indicators.ownerRegionCode, query.region)];
  if (query.group) where.push(eq(indicators.domainGroup, query.group));
  if (query.active !== 'all') where.push(eq(indicators.active, query.active === 'true'));
  if (query.q) {
    const p = containsPattern(query.q);
    where.push(or(ilike(indicators.code, p), ilike(indicators.nameId, p), ilike(indicators.nameEn, p))!);
  }
  const condition = and(...where);
  const page = await pageOf(
    query,
    db
      .select()
      .from(indicators)
      .where(condition)
      .orderBy(asc(indicators.domainGroup), asc(indicators.code))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(indicators).where(condition),
  );
  return { ...page, items: page.items.map(toIndicatorDto) };
}

export async function findIndicator(db: Db, code: string): Promise<IndicatorRow | null> {
  const [row] = await db.select().from(indicators).where(eq(indicators.code, code));
  return row ?? null;
}

export async function getIndicator(db: Db, code: string) {
  const row = await findIndicator(db, code);
  if (!row) throw new NotFound();
  return toIndicatorDto(row);
}

/** Cross-field rules: rates name counts, dimensions exist and are visible to the owner. */
async function assertConsistent(db: Db, ind: Omit<IndicatorRow, 'createdAt' | 'updatedAt' | 'active'>) {
  const fields: FieldErrors = {};
  if (ind.aggregation === 'ratio') {
    if (!ind.numeratorCode) fields.numeratorCode = 'required';
    if (!ind.denominatorCode) fields.denominatorCode = 'required';
    if (!ind.multiplier) fields.multiplier = 'required';
  } else {
    if (ind.numeratorCode) fields.numeratorCode = 'not_allowed_value';
    if (ind.denominatorCode) fields.denominatorCode = 'not_allowed_value';
  }
  for (const field of ['numeratorCode', 'denominatorCode'] as const) {
    const code = ind[field];
    if (!code || fields[field]) continue;
    const part = await findIndicator(db, code);
    const visible = part && catalogOwnersFor(ind.ownerRegionCode).includes(part.ownerRegionCode);
    if (!part || !visible || code === ind.code) fields[field] = 'indicator_unknown';
    else if (part.aggregation !== 'sum') fields[field] = 'indicator_not_count';
  }
  if (ind.dimensions.length) {
    const sets = await db
      .select({ code: dimensionSets.code })
      .from(dimensionSets)
      .where(
        and(
          inArray(dimensionSets.code, ind.dimensions),
          visibleTo(dimensionSets.ownerRegionCode, ind.ownerRegionCode),
        ),
      );
    if (sets.length !== new Set(ind.dimensions).size) fields.dimensions = 'dimension_unknown';
  }
  if (Object.keys(fields).length) throw new Invalid(fields);
}

const uniqueErrors = { indicators_pkey: () => new Conflict({ code: 'indicator_code_taken' }) };

export async function createIndicator(db: Db, actor: Actor | null, input: CreateIndicatorInput) {
  const caller = requireActor(actor);
  const owner = input.ownerRegionCode ?? (caller.role === 'superadmin' ? NATIONAL_CODE : caller.regionCode);
  const a = assertCanManageCatalog(caller, owner);
  const row = { ...input, ownerRegionCode: owner };
  await assertConsistent(db, row as IndicatorRow);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [created] = await tx.insert(indicators).values(row).returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'indicator',
          entityId: created.code,
          regionCode: owner === NATIONAL_CODE ? null : owner,
          after: created,
        });
        return toIndicatorDto(created);
      }),
    uniqueErrors,
  );
}

/** Fields that give stored values their meaning: changing them would orphan those values. */
const SHAPE_FIELDS = ['dimensions', 'sexes', 'aggregation', 'periodicity', 'unit'] as const;

async function assertShapeKept(db: Db, existing: IndicatorRow, input: UpdateIndicatorInput) {
  const changed = SHAPE_FIELDS.filter(
    (f) => input[f] !== undefined && JSON.stringify(input[f]) !== JSON.stringify(existing[f]),
  );
  if (changed.length === 0) return;
  const [used] = await db
    .select({ n: count() })
    .from(dataValues)
    .where(eq(dataValues.indicatorCode, existing.code));
  if (used.n > 0) throw new Invalid(Object.fromEntries(changed.map((f) => [f, 'indicator_has_values'])));
}

export async function updateIndicator(
  db: Db,
  actor: Actor | null,
  code: string,
  input: UpdateIndicatorInput,
) {
  const existing = await findIndicator(db, code);
  if (!existing) throw new NotFound();
  const a = assertCanManageCatalog(actor, existing.ownerRegionCode);
  await assertShapeKept(db, existing, input);
  await assertConsistent(db, { ...existing, ...input });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(indicators)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(indicators.code, code))
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: activationAction(existing.active, input.active),
      entity: 'indicator',
      entityId: code,
      regionCode: existing.ownerRegionCode === NATIONAL_CODE ? null : existing.ownerRegionCode,
      before: existing,
      after: row,
    });
    return toIndicatorDto(row);
  });
}

export async function listDimensionSets(db: Db, region: string | undefined) {
  const sets = await db
    .select()
    .from(dimensionSets)
    .where(visibleTo(dimensionSets.ownerRegionCode, region))
    .orderBy(asc(dimensionSets.code));
  const members = await db
    .select()
    .from(dimensionMembers)
    .where(
      inArray(
        dimensionMembers.setCode,
        sets.map((s) => s.code),
      ),
    )
    .orderBy(asc(dimensionMembers.setCode), asc(dimensionMembers.sortOrder));
  // Kecamatan are listed for the region asked only: the whole country has 7,285.
  const inRegion = (m: { setCode: string; code: string }) =>
    region ? memberBelongsToRegion(m.setCode, m.code, region) : m.setCode !== KECAMATAN_DIMENSION;
  return sets.map(({ createdAt: _c, ...s }) => ({
    ...s,
    members: members
      .filter((m) => m.setCode === s.code && inRegion(m))
      .map(({ code, labelId, labelEn }) => ({ code, labelId, labelEn })),
  }));
}
