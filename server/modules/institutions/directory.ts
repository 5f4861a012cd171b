/**
 * The public directory of a region's service institutions — where a woman or a family looks
 * for help (issue 12). No login. Lists only active institutions that chose to be listed
 * (`listed_publicly`), with what they publish: name, type, fields, description, the
 * standardisation standing (an expired one shows as kedaluwarsa), address, kecamatan, the
 * institution's own contacts and a map pin. Never staff, accounts, legal-entity papers or
 * anything else personal: the select below names every column it reads.
 */
import { asc, eq } from 'drizzle-orm';
import type { DirectoryEntry, DirectoryQuery } from '../../../api/institutions.js';
import { isValidRegionCode } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { institutions, institutionTypes } from '../../db/schema-institutions.js';
import { NotFound } from '../../lib/errors.js';
import { kecamatanOf, registryWhere, standingOn, todayInRegion } from './queries.js';

/** At most this many entries per answer; a region has about 200 (the bench's figure). */
export const DIRECTORY_LIMIT = 500;

export async function directoryOf(db: Db, regionCode: string, query: DirectoryQuery) {
  if (!isValidRegionCode(regionCode)) throw new NotFound();
  const [region] = await db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(eq(regions.code, regionCode));
  if (!region || region.level === 'nasional') throw new NotFound();
  const today = todayInRegion(regionCode);
  const where = registryWhere(
    regionCode,
    {
      q: query.q,
      typeCode: query.type,
      field: query.field,
      kecamatan: query.kecamatan,
      standing: query.standing,
      listedOnly: true,
    },
    today,
  );
  const [rows, kecamatan] = await Promise.all([
    db
      .select({
        id: institutions.id,
        name: institutions.name,
        typeCode: institutionTypes.code,
        typeNameId: institutionTypes.nameId,
        typeNameEn: institutionTypes.nameEn,
        fields: institutions.fields,
        description: institutions.description,
        standardStatus: institutions.standardStatus,
        standardValidUntil: institutions.standardValidUntil,
        address: institutions.address,
        kecamatanCode: institutions.kecamatanCode,
        phone: institutions.phone,
        email: institutions.email,
        website: institutions.website,
        socialLinks: institutions.socialLinks,
        latitude: institutions.latitude,
        longitude: institutions.longitude,
      })
      .from(institutions)
      .innerJoin(institutionTypes, eq(institutionTypes.id, institutions.typeId))
      .where(where)
      .orderBy(asc(institutions.nameKey))
      .limit(DIRECTORY_LIMIT),
    kecamatanOf(db, regionCode),
  ]);
  const items: DirectoryEntry[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: { code: r.typeCode, nameId: r.typeNameId, nameEn: r.typeNameEn },
    fields: r.fields as DirectoryEntry['fields'],
    description: r.description,
    standing: standingOn(r, today),
    standardValidUntil: r.standardValidUntil,
    address: r.address,
    kecamatanName: r.kecamatanCode ? (kecamatan.get(r.kecamatanCode) ?? null) : null,
    phone: r.phone,
    email: r.email,
    website: r.website,
    socialLinks: r.socialLinks,
    latitude: r.latitude,
    longitude: r.longitude,
  }));
  return { region: { code: region.code, name: region.name }, today, items, kecamatan };
}
