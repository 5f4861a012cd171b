/**
 * The registry of a region's service institutions: the list (filters, search, paging), one
 * institution with its staff, history and accounts, creating and editing (by DP3A; an
 * institution account edits its own profile), and status changes with their history. Every
 * write checks the permission first, validates, writes in one transaction with its audit entry.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  canChangeInstitutionStatus,
  canEditInstitution,
  canManageInstitutions,
  canSeeStaffContacts,
  isInstitutionAccount,
} from '../../../domain/institutions/access.js';
import { addressKeyOf, nameKeyOf } from '../../../domain/institutions/duplicates.js';
import { legalEntityProblems } from '../../../domain/institutions/legal-entity.js';
import { profileGaps } from '../../../domain/institutions/profile.js';
import type {
  InstitutionInput,
  ListInstitutionsQuery,
  UpdateInstitutionInput,
} from '../../../api/institutions.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import {
  accountInvites,
  institutionAccounts,
  institutions,
  institutionStaff,
  institutionStatusHistory,
  institutionTypes,
} from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Invalid, type FieldErrors } from '../../lib/errors.js';
import { offsetOf, pageOf } from '../../lib/pagination.js';
import {
  editableInstitution,
  lockInstitution,
  managedInstitution,
  readableInstitution,
  registryManager,
  registryReader,
  type InstitutionRow,
} from './access.js';
import {
  kecamatanOf,
  registryWhere,
  standingOn,
  todayInRegion,
  typesOfRegion,
  type TypeRow,
} from './queries.js';

export const uniqueErrors = {
  institutions_name_address_uq: () =>
    new Conflict({ name: 'institution_duplicate' }, 'institution_duplicate'),
};

function typeRef(t: TypeRow | undefined) {
  return t
    ? { id: t.id, code: t.code, nameId: t.nameId, nameEn: t.nameEn }
    : { id: '', code: '', nameId: '', nameEn: '' };
}

/** The list item of a row, given the region's types, kecamatan names and today. */
export function summaryOf(
  row: InstitutionRow,
  types: Map<string, TypeRow>,
  kecamatan: Map<string, string>,
  today: string,
) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    name: row.name,
    type: typeRef(types.get(row.typeId)),
    ownerKind: row.ownerKind,
    fields: row.fields as InstitutionInput['fields'],
    address: row.address,
    kecamatanCode: row.kecamatanCode,
    kecamatanName: row.kecamatanCode ? (kecamatan.get(row.kecamatanCode) ?? null) : null,
    phone: row.phone,
    email: row.email,
    status: row.status,
    listedPublicly: row.listedPublicly,
    standardStatus: row.standardStatus,
    standardValidUntil: row.standardValidUntil,
    standing: standingOn(row, today),
    isDemo: row.isDemo,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function lookups(db: Db, regionCode: string) {
  const [types, kecamatan] = await Promise.all([typesOfRegion(db, regionCode), kecamatanOf(db, regionCode)]);
  return { types: new Map(types.map((t) => [t.id, t])), kecamatan };
}

export async function listInstitutions(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: ListInstitutionsQuery,
) {
  await registryReader(db, actor, regionCode);
  const today = todayInRegion(regionCode);
  const where = registryWhere(regionCode, query, today);
  const { types, kecamatan } = await lookups(db, regionCode);
  const page = await pageOf(
    query,
    db
      .select()
      .from(institutions)
      .where(where)
      .orderBy(asc(institutions.nameKey), asc(institutions.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(institutions).where(where),
  );
  return { ...page, items: page.items.map((r) => summaryOf(r, types, kecamatan, today)) };
}

/** Type, kecamatan and legal entity of a new or changed institution, checked against the region. */
async function assertReferences(
  db: Db,
  regionCode: string,
  merged: {
    typeId: string;
    kecamatanCode: string | null;
    ownerKind: InstitutionRow['ownerKind'];
    legalEntityNumber: string | null;
    legalEntityDate: string | null;
  },
) {
  const { types, kecamatan } = await lookups(db, regionCode);
  const problems: FieldErrors = {
    ...legalEntityProblems(merged, todayInRegion(regionCode)),
  };
  if (!types.has(merged.typeId)) problems.typeId = 'institution_type_unknown';
  if (merged.kecamatanCode && !kecamatan.has(merged.kecamatanCode))
    problems.kecamatanCode = 'institution_kecamatan_unknown';
  if (Object.keys(problems).length) throw new Invalid(problems);
}

/** The columns an input writes (keys computed from name and address). */
export function columnsOf(input: UpdateInstitutionInput) {
  const out: Partial<typeof institutions.$inferInsert> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (input.name !== undefined) out.nameKey = nameKeyOf(input.name);
  if (input.address !== undefined) out.addressKey = addressKeyOf(input.address);
  if (input.description !== undefined) out.description = input.description;
  return out;
}

export async function createInstitution(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: InstitutionInput,
) {
  const a = await registryManager(db, actor, regionCode);
  await assertReferences(db, regionCode, {
    typeId: input.typeId,
    kecamatanCode: input.kecamatanCode ?? null,
    ownerKind: input.ownerKind,
    legalEntityNumber: input.legalEntityNumber ?? null,
    legalEntityDate: input.legalEntityDate ?? null,
  });
  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(institutions)
          .values({
            ...(columnsOf(input) as typeof institutions.$inferInsert),
            regionCode,
            createdBy: a.userId,
            updatedBy: a.userId,
          })
          .returning();
        await tx.insert(institutionStatusHistory).values({
          regionCode,
          institutionId: row!.id,
          fromStatus: null,
          toStatus: row!.status,
          changedBy: a.userId,
        });
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'institution',
          entityId: row!.id,
          regionCode,
          after: row,
        });
        return row!.id;
      }),
    uniqueErrors,
  );
  return getInstitution(db, a, id);
}

export async function updateInstitution(
  db: Db,
  actor: Actor | null,
  id: string,
  input: UpdateInstitutionInput,
) {
  const { actor: a, row: existing } = await editableInstitution(db, actor, id);
  await assertReferences(db, existing.regionCode, {
    typeId: input.typeId ?? existing.typeId,
    kecamatanCode: input.kecamatanCode !== undefined ? input.kecamatanCode : existing.kecamatanCode,
    ownerKind: input.ownerKind ?? existing.ownerKind,
    legalEntityNumber:
      input.legalEntityNumber !== undefined ? input.legalEntityNumber : existing.legalEntityNumber,
    legalEntityDate: input.legalEntityDate !== undefined ? input.legalEntityDate : existing.legalEntityDate,
  });
  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const before = await lockInstitution(tx, existing.regionCode, id);
        const [after] = await tx
          .update(institutions)
          .set({ ...columnsOf(input), updatedBy: a.userId, updatedAt: sql`now()` })
          .where(and(eq(institutions.regionCode, existing.regionCode), eq(institutions.id, id)))
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'institution',
          entityId: id,
          regionCode: existing.regionCode,
          before,
          after,
        });
      }),
    uniqueErrors,
  );
  return getInstitution(db, a, id);
}

export async function changeStatus(
  db: Db,
  actor: Actor | null,
  id: string,
  body: { status: InstitutionRow['status']; reason?: string },
) {
  const { actor: a, row } = await managedInstitution(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await lockInstitution(tx, row.regionCode, id);
    if (before.status === body.status)
      throw new Invalid({ status: 'institution_status_same' }, 'institution_status_same');
    await tx
      .update(institutions)
      .set({ status: body.status, updatedBy: a.userId, updatedAt: sql`now()` })
      .where(eq(institutions.id, id));
    await tx.insert(institutionStatusHistory).values({
      regionCode: row.regionCode,
      institutionId: id,
      fromStatus: before.status,
      toStatus: body.status,
      reason: body.reason ?? '',
      changedBy: a.userId,
    });
    await recordAudit(tx, subjectOf(a), {
      action: body.status === 'aktif' ? 'reactivate' : 'deactivate',
      entity: 'institution',
      entityId: id,
      regionCode: row.regionCode,
      before: { status: before.status },
      after: { status: body.status, reason: body.reason ?? '' },
    });
  });
  return getInstitution(db, a, id);
}

/** One institution as the caller may see it: staff contacts and accounts only to who may edit. */
export async function getInstitution(db: Db, actor: Actor | null, id: string) {
  const { actor: a, row } = await readableInstitution(db, actor, id);
  const today = todayInRegion(row.regionCode);
  const manager = canManageInstitutions(a, row.regionCode);
  const contacts = canSeeStaffContacts(a, row);
  const [{ types, kecamatan }, staff, history, accounts] = await Promise.all([
    lookups(db, row.regionCode),
    db
      .select()
      .from(institutionStaff)
      .where(eq(institutionStaff.institutionId, id))
      .orderBy(asc(institutionStaff.role), asc(institutionStaff.sortOrder), asc(institutionStaff.fullName)),
    db
      .select({
        fromStatus: institutionStatusHistory.fromStatus,
        toStatus: institutionStatusHistory.toStatus,
        reason: institutionStatusHistory.reason,
        changedBy: users.fullName,
        changedAt: institutionStatusHistory.changedAt,
      })
      .from(institutionStatusHistory)
      .leftJoin(users, eq(users.id, institutionStatusHistory.changedBy))
      .where(eq(institutionStatusHistory.institutionId, id))
      .orderBy(desc(institutionStatusHistory.changedAt)),
    manager ? accountsOf(db, id) : Promise.resolve(null),
  ]);
  const leaders = staff.filter((s) => s.role === 'pimpinan').length;
  return {
    ...summaryOf(row, types, kecamatan, today),
    legalEntityNumber: row.legalEntityNumber,
    legalEntityDate: row.legalEntityDate,
    description: row.description,
    latitude: row.latitude,
    longitude: row.longitude,
    website: row.website,
    socialLinks: row.socialLinks,
    hasLogo: !!row.logoFileKey,
    standardDecisionNumber: row.standardDecisionNumber,
    staff: staff.map((s) => ({
      id: s.id,
      fullName: s.fullName,
      role: s.role,
      position: s.position,
      profession: s.profession,
      certification: s.certification,
      sex: s.sex,
      phone: contacts ? s.phone : null,
      email: contacts ? s.email : null,
    })),
    history: history.map((h) => ({ ...h, changedAt: h.changedAt.toISOString() })),
    accounts,
    missing: profileGaps({ ...row, hasLogo: !!row.logoFileKey, leaders }),
    can: {
      edit: canEditInstitution(a, row),
      changeStatus: canChangeInstitutionStatus(a, row),
      invite: manager,
    },
    createdAt: row.createdAt.toISOString(),
  };
}

async function accountsOf(db: Db, institutionId: string) {
  const rows = await db
    .select({
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      email: users.email,
      active: users.active,
    })
    .from(institutionAccounts)
    .innerJoin(users, eq(users.id, institutionAccounts.userId))
    .where(eq(institutionAccounts.institutionId, institutionId))
    .orderBy(asc(users.username));
  if (!rows.length) return [];
  const invites = await db
    .select({
      userId: accountInvites.userId,
      expiresAt: accountInvites.expiresAt,
      usedAt: accountInvites.usedAt,
    })
    .from(accountInvites)
    .where(
      inArray(
        accountInvites.userId,
        rows.map((r) => r.userId),
      ),
    )
    .orderBy(desc(accountInvites.createdAt));
  return rows.map((r) => {
    const latest = invites.find((i) => i.userId === r.userId);
    const pending = !!latest && !latest.usedAt && latest.expiresAt.getTime() > Date.now();
    return { ...r, invitePending: pending, inviteExpiresAt: pending ? latest.expiresAt.toISOString() : null };
  });
}

// ---------------------------------------------------------------------------------------------
// Types

export async function listTypes(db: Db, actor: Actor | null, regionCode: string) {
  await registryReaderOrOwn(db, actor, regionCode);
  const [rows, kecamatan] = await Promise.all([typesOfRegion(db, regionCode), kecamatanOf(db, regionCode)]);
  return {
    kecamatan: [...kecamatan].map(([code, name]) => ({ code, name })),
    items: rows.map((t) => ({
      id: t.id,
      code: t.code,
      nameId: t.nameId,
      nameEn: t.nameEn,
      ownerRegionCode: t.ownerRegionCode,
      builtin: t.builtin,
    })),
  };
}

/** The types are read by the registry's readers and by the region's institution accounts (their form). */
async function registryReaderOrOwn(db: Db, actor: Actor | null, regionCode: string) {
  if (actor && isInstitutionAccount(actor) && actor.institutionId && actor.regionCode === regionCode)
    return actor;
  return registryReader(db, actor, regionCode);
}

export async function createType(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  body: { code: string; nameId: string; nameEn: string },
) {
  const a = await registryManager(db, actor, regionCode);
  const existing = await typesOfRegion(db, regionCode);
  if (existing.some((t) => t.code === body.code)) throw new Conflict({ code: 'institution_type_taken' });
  const row = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(institutionTypes)
          .values({ ...body, ownerRegionCode: regionCode, createdBy: a.userId })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'institution_type',
          entityId: row!.id,
          regionCode,
          after: row,
        });
        return row!;
      }),
    { institution_types_code_uq: () => new Conflict({ code: 'institution_type_taken' }) },
  );
  return {
    id: row.id,
    code: row.code,
    nameId: row.nameId,
    nameEn: row.nameEn,
    ownerRegionCode: row.ownerRegionCode,
    builtin: row.builtin,
  };
}
