/**
 * Service records: list a region's year, create, update (optimistic locking) and delete. One
 * row per institution × period × kind (409 naming `kind` on a second one, `period` when a month
 * and its quarter would both count the same services); the totals must add up
 * (domain/institution-services/totals.ts, 422 naming the field). DP3A enters for any
 * institution of its region, an institution account for its own. Audited in the transaction.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { ServiceRecordBody, ServiceRecordDto } from '../../../api/institution-services.js';
import {
  canEnterServices,
  canEnterServicesIn,
  canReadInstitutionServices,
  canReadServices,
  ownInstitutionIn,
} from '../../../domain/institution-services/access.js';
import type {
  AgeGroup,
  FamilyDimension,
  ServiceKind,
} from '../../../domain/institution-services/constants.js';
import { overlappingPeriods, parseServicePeriod } from '../../../domain/institution-services/period.js';
import { totalsProblems } from '../../../domain/institution-services/totals.js';
import type { Db } from '../../db/connection.js';
import { institutions } from '../../db/schema-institutions.js';
import { serviceRecords } from '../../db/schema-institution-services.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';

type RecordRow = typeof serviceRecords.$inferSelect;

/** Records one list shows at most; a region with more filters by institution. */
export const LIST_LIMIT = 2000;

export function ageGroupsOf(r: RecordRow): Record<AgeGroup, number> {
  return {
    '0_17': r.age0to17,
    '18_24': r.age18to24,
    '25_44': r.age25to44,
    '45_59': r.age45to59,
    '60_plus': r.age60plus,
  };
}

function targetGroupsOf(r: RecordRow): Record<string, number | null> {
  return {
    perempuan: r.tgPerempuan,
    disabilitas: r.tgDisabilitas,
    lansia: r.tgLansia,
    ibu_hamil: r.tgIbuHamil,
    anak: r.tgAnak,
  };
}

function dtoOf(a: Actor, r: RecordRow, institutionName: string): ServiceRecordDto {
  return {
    id: r.id,
    regionCode: r.regionCode,
    institutionId: r.institutionId,
    institutionName,
    period: r.period,
    kind: r.kind as ServiceKind,
    servicesCount: r.servicesCount,
    female: r.female,
    male: r.male,
    ageGroups: ageGroupsOf(r),
    targetGroups: targetGroupsOf(r),
    familyDimensions: r.familyDimensions as FamilyDimension[],
    note: r.note,
    version: r.version,
    isDemo: r.isDemo,
    canEdit: canEnterServices(a, r.regionCode, r.institutionId),
  };
}

function columnsOf(input: ServiceRecordBody) {
  const tg = input.targetGroups ?? {};
  return {
    institutionId: input.institutionId,
    period: input.period,
    year: parseServicePeriod(input.period)!.year,
    kind: input.kind,
    servicesCount: input.servicesCount,
    female: input.female,
    male: input.male,
    age0to17: input.ageGroups['0_17'],
    age18to24: input.ageGroups['18_24'],
    age25to44: input.ageGroups['25_44'],
    age45to59: input.ageGroups['45_59'],
    age60plus: input.ageGroups['60_plus'],
    tgPerempuan: tg.perempuan ?? null,
    tgDisabilitas: tg.disabilitas ?? null,
    tgLansia: tg.lansia ?? null,
    tgIbuHamil: tg.ibu_hamil ?? null,
    tgAnak: tg.anak ?? null,
    familyDimensions: input.familyDimensions ?? [],
    note: input.note ?? '',
  };
}

/** The arithmetic of domain/institution-services/totals.ts, as a 422 naming the fields. */
function checkTotals(input: ServiceRecordBody) {
  const problems = totalsProblems({
    kind: input.kind,
    servicesCount: input.servicesCount,
    female: input.female,
    male: input.male,
    ageGroups: input.ageGroups,
    targetGroups: input.targetGroups ?? {},
    familyDimensions: input.familyDimensions ?? [],
  });
  if (Object.keys(problems).length) throw new Invalid(problems as FieldErrors);
}

async function institutionName(db: Db, regionCode: string, id: string): Promise<string | null> {
  const [i] = await db
    .select({ name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.regionCode, regionCode), eq(institutions.id, id)));
  return i?.name ?? null;
}

/** A month and its quarter may not both hold the kind for the institution (the 409 names `period`). */
async function checkOverlap(db: Db, regionCode: string, input: ServiceRecordBody, exceptId?: string) {
  const overlapping = overlappingPeriods(input.period);
  const conditions = [
    eq(serviceRecords.regionCode, regionCode),
    eq(serviceRecords.institutionId, input.institutionId),
    eq(serviceRecords.kind, input.kind),
    inArray(serviceRecords.period, overlapping),
  ];
  if (exceptId) conditions.push(ne(serviceRecords.id, exceptId));
  const [clash] = await db
    .select({ period: serviceRecords.period })
    .from(serviceRecords)
    .where(and(...conditions))
    .limit(1);
  if (clash) throw new Conflict({ period: 'services_period_overlap' }, 'services_period_overlap');
}

const duplicate = () => new Conflict({ kind: 'services_record_duplicate' }, 'services_record_duplicate');

export async function listRecords(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  filters: { year: number; institutionId?: string; kind?: string },
) {
  const a = requireActor(actor);
  if (!canReadServices(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const own = ownInstitutionIn(a, regionCode);
  const conditions = [eq(serviceRecords.regionCode, regionCode), eq(serviceRecords.year, filters.year)];
  // An institution account lists its own institution's records whatever it asks for.
  const institutionId = own ?? filters.institutionId;
  if (institutionId) conditions.push(eq(serviceRecords.institutionId, institutionId));
  if (filters.kind) conditions.push(eq(serviceRecords.kind, filters.kind));
  const rows = await db
    .select({ r: serviceRecords, name: institutions.name })
    .from(serviceRecords)
    .innerJoin(
      institutions,
      and(
        eq(institutions.regionCode, serviceRecords.regionCode),
        eq(institutions.id, serviceRecords.institutionId),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(institutions.name), asc(serviceRecords.period), asc(serviceRecords.kind))
    .limit(LIST_LIMIT + 1);
  const pickable = canEnterServicesIn(a, regionCode)
    ? await db
        .select({ id: institutions.id, name: institutions.name, fields: institutions.fields })
        .from(institutions)
        .where(
          and(
            eq(institutions.regionCode, regionCode),
            ...(own ? [eq(institutions.id, own)] : []),
            ne(institutions.status, 'bubar'),
          ),
        )
        .orderBy(asc(institutions.name))
    : [];
  return {
    items: rows.slice(0, LIST_LIMIT).map((x) => dtoOf(a, x.r, x.name)),
    institutions: pickable,
    truncated: rows.length > LIST_LIMIT,
  };
}

export async function createRecord(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: ServiceRecordBody,
) {
  const a = requireActor(actor);
  if (!canEnterServicesIn(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  if (!canEnterServices(a, regionCode, input.institutionId)) throw new Forbidden();
  const name = await institutionName(db, regionCode, input.institutionId);
  if (name === null) throw new Invalid({ institutionId: 'services_institution_unknown' });
  checkTotals(input);
  return db.transaction(async (tx) => {
    await checkOverlap(tx, regionCode, input);
    const [row] = await mapUniqueViolations(
      () =>
        tx
          .insert(serviceRecords)
          .values({ regionCode, ...columnsOf(input), createdBy: a.userId, updatedBy: a.userId })
          .returning(),
      { service_records_key_uq: duplicate },
    );
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'service_record',
      entityId: row.id,
      regionCode,
      after: { ...input },
    });
    return dtoOf(a, row, name);
  });
}

async function loadRecord(db: Db, a: Actor, id: string): Promise<RecordRow> {
  const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, id));
  if (!row || !canReadInstitutionServices(a, row.regionCode, row.institutionId))
    throw new NotFound('services_record_not_found');
  if (!canEnterServices(a, row.regionCode, row.institutionId)) throw new Forbidden();
  return row;
}

export async function updateRecord(
  db: Db,
  actor: Actor | null,
  id: string,
  input: ServiceRecordBody & { version: number },
) {
  const a = requireActor(actor);
  const old = await loadRecord(db, a, id);
  const regionCode = old.regionCode;
  if (!canEnterServices(a, regionCode, input.institutionId)) throw new Forbidden();
  const name = await institutionName(db, regionCode, input.institutionId);
  if (name === null) throw new Invalid({ institutionId: 'services_institution_unknown' });
  checkTotals(input);
  return db.transaction(async (tx) => {
    await checkOverlap(tx, regionCode, input, id);
    const [row] = await mapUniqueViolations(
      () =>
        tx
          .update(serviceRecords)
          .set({
            ...columnsOf(input),
            version: old.version + 1,
            updatedBy: a.userId,
            updatedAt: new Date(),
          })
          .where(and(eq(serviceRecords.id, id), eq(serviceRecords.version, input.version)))
          .returning(),
      { service_records_key_uq: duplicate },
    );
    if (!row) throw new Conflict({ version: 'services_version_stale' }, 'services_version_stale');
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'service_record',
      entityId: id,
      regionCode,
      before: dtoOf(a, old, name),
      after: { ...input },
    });
    return dtoOf(a, row, name);
  });
}

export async function deleteRecord(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const old = await loadRecord(db, a, id);
  await db.transaction(async (tx) => {
    await tx.delete(serviceRecords).where(eq(serviceRecords.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'service_record',
      entityId: id,
      regionCode: old.regionCode,
      before: dtoOf(a, old, ''),
    });
  });
  return { ok: true as const };
}
