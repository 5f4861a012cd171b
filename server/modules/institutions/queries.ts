/**
 * Reads of the registry shared by its services, the export and the public directory: the
 * types a region sees, kecamatan names, the filtered list, and the standing filter in SQL
 * (which must agree with domain/institutions/standing.ts standingOf — both come from
 * standingFilterParts).
 */
import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { KECAMATAN_DIMENSION, regionMemberPrefix } from '../../../domain/indicators.js';
import type { ServiceField } from '../../../domain/institutions/constants.js';
import { standingFilterParts, standingOf, type Standing } from '../../../domain/institutions/standing.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { dimensionMembers } from '../../db/schema-data.js';
import { institutions, institutionTypes } from '../../db/schema-institutions.js';
import { containsPattern } from '../../lib/pagination.js';

export type TypeRow = typeof institutionTypes.$inferSelect;

/** The national defaults and the region's own types, defaults first. */
export async function typesOfRegion(db: Db, regionCode: string): Promise<TypeRow[]> {
  return db
    .select()
    .from(institutionTypes)
    .where(
      and(
        eq(institutionTypes.active, true),
        or(isNull(institutionTypes.ownerRegionCode), eq(institutionTypes.ownerRegionCode, regionCode)),
      ),
    )
    .orderBy(asc(institutionTypes.sortOrder), asc(institutionTypes.nameId));
}

/** The kecamatan of a kab/kota, code → name. */
export async function kecamatanOf(db: Db, regionCode: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: dimensionMembers.code, name: dimensionMembers.labelId })
    .from(dimensionMembers)
    .where(
      and(
        eq(dimensionMembers.setCode, KECAMATAN_DIMENSION),
        sql`${dimensionMembers.code} like ${`${regionMemberPrefix(regionCode)}%`}`,
      ),
    )
    .orderBy(asc(dimensionMembers.sortOrder));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface RegistryFilter {
  q?: string;
  typeId?: string;
  typeCode?: string;
  field?: ServiceField;
  kecamatan?: string;
  status?: string;
  standing?: Standing;
  listedOnly?: boolean;
}

/** The WHERE of a region's registry list; `today` is the region's date for the standing. */
export function registryWhere(regionCode: string, f: RegistryFilter, today: string): SQL {
  const parts: (SQL | undefined)[] = [eq(institutions.regionCode, regionCode)];
  if (f.q) {
    const pattern = containsPattern(f.q);
    parts.push(or(ilike(institutions.name, pattern), ilike(institutions.address, pattern)));
  }
  if (f.typeId) parts.push(eq(institutions.typeId, f.typeId));
  if (f.typeCode)
    parts.push(
      inArray(
        institutions.typeId,
        sql`(select ${institutionTypes.id} from ${institutionTypes} where ${institutionTypes.code} = ${f.typeCode})`,
      ),
    );
  if (f.field) parts.push(sql`${institutions.fields} @> array[${f.field}]::text[]`);
  if (f.kecamatan) parts.push(eq(institutions.kecamatanCode, f.kecamatan));
  if (f.status) parts.push(eq(institutions.status, f.status as 'aktif'));
  if (f.listedOnly) parts.push(and(eq(institutions.listedPublicly, true), eq(institutions.status, 'aktif')));
  if (f.standing) {
    const { status, expired } = standingFilterParts(f.standing);
    parts.push(eq(institutions.standardStatus, status));
    if (expired === true) parts.push(sql`${institutions.standardValidUntil} < ${today}::date`);
    if (expired === false)
      parts.push(
        sql`(${institutions.standardValidUntil} is null or ${institutions.standardValidUntil} >= ${today}::date)`,
      );
  }
  return and(...parts)!;
}

/** The region's today and the standing of a row on it. */
export function standingOn(
  row: {
    standardStatus: (typeof institutions.$inferSelect)['standardStatus'];
    standardValidUntil: string | null;
  },
  today: string,
) {
  return standingOf({ status: row.standardStatus, validUntil: row.standardValidUntil }, today);
}

export { todayInRegion };
