/**
 * The portal's reads. Every one runs inside `withPublicReads`: a read-only transaction whose
 * statement timeout bounds what an anonymous visitor can make the database do, and every value
 * read filters by domain/portal.ts PUBLIC_VALUE_STATUSES in SQL.
 */
import { and, asc, desc, eq, ilike, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { IndexCode } from '../../../domain/indices/constants.js';
import type { Aggregation, DomainGroup, SourceKind, Unit } from '../../../domain/indicators.js';
import { PUBLIC_VALUE_STATUSES } from '../../../domain/portal.js';
import type { RegionLevel } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { dataValues, indicators } from '../../db/schema-data.js';
import { indexValues } from '../../db/schema-indices.js';
import { isStatementTimeout } from '../../lib/db-errors.js';
import { AppError, NotFound } from '../../lib/errors.js';
import { containsPattern } from '../../lib/pagination.js';
import { keyOf } from '../explore/sums.js';
import { visibleTo } from '../indicators/visibility.js';

/**
 * Long enough for a region page on the national dataset (≈ 45 k values a region, p95 well under
 * a second), short enough that a flood of anonymous requests cannot pin the database.
 */
export const PUBLIC_STATEMENT_TIMEOUT_MS = 3_000;

/** The public read took longer than the timeout: 503, try again (never a 500). */
export class PortalBusy extends AppError {
  constructor() {
    super(503, 'busy', 'portal_busy');
  }
}

/** Runs `work` in a read-only transaction with the public statement timeout. */
export async function withPublicReads<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  timeoutMs = PUBLIC_STATEMENT_TIMEOUT_MS,
): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      // SET TRANSACTION must come first; set_config(…, true) is SET LOCAL with a parameter.
      await tx.execute(sql`set transaction read only`);
      // JIT off as well: a region's ≈ 48 k values at national scale cost enough for PostgreSQL
      // to compile the query, which took 36 ms to save nothing (EXPLAIN ANALYZE, docs/portal.md).
      await tx.execute(
        sql`select set_config('statement_timeout', ${String(Math.trunc(timeoutMs))}, true),
                   set_config('jit', 'off', true)`,
      );
      return work(tx);
    });
  } catch (error) {
    if (isStatementTimeout(error)) throw new PortalBusy();
    throw error;
  }
}

export interface PublicRegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parent: { code: string; name: string } | null;
}

export async function publicRegion(db: Db, code: string): Promise<PublicRegionRow> {
  const parent = alias(regions, 'parent');
  const [row] = await db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      parentCode: parent.code,
      parentName: parent.name,
    })
    .from(regions)
    .leftJoin(parent, eq(parent.code, regions.parentCode))
    .where(eq(regions.code, code));
  if (!row) throw new NotFound('portal_region_not_found');
  const { parentCode, parentName, ...rest } = row;
  return {
    ...rest,
    parent: parentCode && parentName !== null ? { code: parentCode, name: parentName } : null,
  };
}

export interface PublicIndicatorRow {
  code: string;
  nameId: string;
  nameEn: string;
  definitionId: string;
  definitionEn: string;
  unit: Unit;
  domainGroup: DomainGroup;
  source: SourceKind;
  sourceNote: string;
  aggregation: Aggregation;
  numeratorCode: string | null;
  denominatorCode: string | null;
  decimals: number;
  sexes: string[];
}

/** The active indicators that apply in the region (national, its province's, its own). */
export async function publicCatalog(
  db: Db,
  regionCode: string,
  code?: string,
): Promise<PublicIndicatorRow[]> {
  const rows = await db
    .select({
      code: indicators.code,
      nameId: indicators.nameId,
      nameEn: indicators.nameEn,
      definitionId: indicators.definitionId,
      definitionEn: indicators.definitionEn,
      unit: indicators.unit,
      domainGroup: indicators.domainGroup,
      source: indicators.source,
      sourceNote: indicators.sourceNote,
      aggregation: indicators.aggregation,
      numeratorCode: indicators.numeratorCode,
      denominatorCode: indicators.denominatorCode,
      decimals: indicators.decimals,
      sexes: indicators.sexes,
    })
    .from(indicators)
    .where(
      and(
        visibleTo(indicators.ownerRegionCode, regionCode),
        eq(indicators.active, true),
        code === undefined ? undefined : eq(indicators.code, code),
      ),
    )
    .orderBy(asc(indicators.domainGroup), asc(indicators.code));
  return rows.map((r) => ({
    ...r,
    unit: r.unit as Unit,
    domainGroup: r.domainGroup as DomainGroup,
    source: r.source as SourceKind,
    aggregation: r.aggregation as Aggregation,
  }));
}

/** PUBLIC_VALUE_STATUSES as an SQL list, for `status in (…)` and `status not in (…)`. */
export const PUBLIC_STATUS_LIST = sql.raw(PUBLIC_VALUE_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * The indicator × period × sex cells of the region that still hold a value outside the public
 * statuses (in review). With one public status this is `status <> 'verified'`, which the
 * partial index data_values_open_idx serves without reading the verified rows.
 */
export async function cellsInReview(db: Db, regionCode: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({
      indicatorCode: dataValues.indicatorCode,
      period: dataValues.period,
      sex: dataValues.sex,
    })
    .from(dataValues)
    .where(
      and(eq(dataValues.regionCode, regionCode), sql`${dataValues.status} not in (${PUBLIC_STATUS_LIST})`),
    );
  return new Set(rows.map((r) => keyOf(r.indicatorCode, r.period, r.sex)));
}

export interface PublicIndexRow {
  index: IndexCode;
  year: number;
  published: number;
  publishedSource: string;
}

/** BPS's published index values of the region, newest year first per index. */
export async function publishedIndices(db: Db, regionCode: string): Promise<PublicIndexRow[]> {
  const rows = await db
    .select({
      index: indexValues.indexCode,
      year: indexValues.year,
      published: indexValues.published,
      publishedSource: indexValues.publishedSource,
    })
    .from(indexValues)
    .where(and(eq(indexValues.regionCode, regionCode), isNotNull(indexValues.published)))
    .orderBy(asc(indexValues.indexCode), desc(indexValues.year));
  return rows.map((r) => ({ ...r, published: r.published! }));
}

/**
 * Whether any public figure of the region is demo data (the seed's invented values, marked
 * is_demo): the page and the JSON then say so on top, so an invented figure is never cited.
 */
export async function hasDemoFigures(db: Db, regionCode: string): Promise<boolean> {
  const [values] = await db
    .select({ one: sql<number>`1` })
    .from(dataValues)
    .where(and(eq(dataValues.regionCode, regionCode), eq(dataValues.isDemo, true)))
    .limit(1);
  if (values) return true;
  const [index] = await db
    .select({ one: sql<number>`1` })
    .from(indexValues)
    .where(
      and(
        eq(indexValues.regionCode, regionCode),
        eq(indexValues.isDemo, true),
        isNotNull(indexValues.published),
      ),
    )
    .limit(1);
  return index !== undefined;
}

export interface RegionHit {
  code: string;
  name: string;
  level: RegionLevel;
  parentName: string | null;
}

/** Regions whose name contains `q` (provinces first), or every province when `q` is empty. */
export async function searchRegions(db: Db, q: string, limit: number): Promise<RegionHit[]> {
  const parent = alias(regions, 'parent');
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentName: parent.name })
    .from(regions)
    .leftJoin(parent, eq(parent.code, regions.parentCode))
    .where(q === '' ? eq(regions.level, 'provinsi') : ilike(regions.name, containsPattern(q)))
    // Provinces first, then kab/kota, then the nation (the names alone would sort kabkota first).
    .orderBy(
      sql`case ${regions.level} when 'provinsi' then 0 when 'kabkota' then 1 else 2 end`,
      asc(regions.code),
    )
    .limit(limit);
  return rows;
}
