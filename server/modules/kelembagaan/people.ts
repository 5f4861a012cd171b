/**
 * The region's PUG people registry (pug_people): one row per person per region, whatever roles
 * they hold (Pokja member, focal point, team member, partner contact, invitee). Every module
 * that names a person goes through `findOrCreatePerson`, so a person typed twice stays one row
 * (issue 11). Phone and e-mail are personal data: answered only to the region's managers.
 */
import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  canManageKelembagaan,
  canReadKelembagaan,
  canSeePersonContacts,
} from '../../../domain/kelembagaan/access.js';
import { personEmailKey, personNameKey, personPhoneKey } from '../../../domain/kelembagaan/person-name.js';
import type { Sex } from '../../../domain/indicators.js';
import type { PersonDto } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { opd } from '../../db/schema.js';
import {
  focalPoints,
  pokjaDecrees,
  pokjaMembers,
  pugPartnerContacts,
  pugPartners,
  pugPeople,
  pugTeamMembers,
  pugTeams,
} from '../../db/schema-kelembagaan.js';
import { followUps } from '../../db/schema-follow-ups.js';
import { meetingAttendance, meetingInvitees } from '../../db/schema-meetings.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf, type AuditSubject } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { containsPattern, offsetOf, pageOf } from '../../lib/pagination.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';

export type PersonRow = typeof pugPeople.$inferSelect;

export interface FindOrCreatePersonInput {
  fullName: string;
  sex: Sex;
  nip?: string | null;
  position?: string | null;
  opdId?: string | null;
  institution?: string | null;
  phone?: string | null;
  email?: string | null;
  isDemo?: boolean;
}

const blankToNull = (v: string | null | undefined) => {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
};

function institutionKey(v: string | null | undefined): string {
  return (v ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether `row` is the person described by `input` under the registry's rule: same name key and
 * one shared fact — phone, e-mail, OPD or institution. Two people who share a common name but
 * nothing else stay two rows.
 */
export function samePerson(
  row: Pick<PersonRow, 'phone' | 'email' | 'opdId' | 'institution'>,
  input: FindOrCreatePersonInput,
) {
  const phone = personPhoneKey(input.phone);
  if (phone && personPhoneKey(row.phone) === phone) return true;
  const email = personEmailKey(input.email);
  if (email && personEmailKey(row.email) === email) return true;
  if (input.opdId && row.opdId === input.opdId) return true;
  const inst = institutionKey(input.institution);
  return inst !== '' && institutionKey(row.institution) === inst;
}

/**
 * The registry row of a person, created when none matches: by NIP when given, else by name key
 * together with phone, e-mail, OPD or institution. An existing row gains the facts it lacked
 * (NIP, position, OPD, institution, phone, e-mail); nothing it holds is overwritten. Runs in the
 * caller's transaction; creating a row is audited under `actorUserId`.
 */
export async function findOrCreatePerson(
  tx: Db,
  regionCode: string,
  input: FindOrCreatePersonInput,
  actorUserId: string | null,
  who?: AuditSubject,
): Promise<{ id: string; created: boolean }> {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  const nameKey = personNameKey(fullName);
  if (nameKey === '') throw new Invalid({ fullName: 'required' });
  const nip = blankToNull(input.nip);
  const live = and(eq(pugPeople.regionCode, regionCode), isNull(pugPeople.mergedInto));

  let match: PersonRow | undefined;
  if (nip) {
    [match] = await tx
      .select()
      .from(pugPeople)
      .where(and(live, eq(pugPeople.nip, nip)));
  }
  if (!match) {
    const candidates = await tx
      .select()
      .from(pugPeople)
      .where(and(live, eq(pugPeople.nameKey, nameKey)))
      .orderBy(asc(pugPeople.createdAt));
    // A candidate with another NIP is another civil servant of the same name.
    match = candidates.find((c) => !(nip && c.nip && c.nip !== nip) && samePerson(c, input));
  }
  if (match) {
    const fill: Partial<PersonRow> = {};
    if (!match.nip && nip) fill.nip = nip;
    if (!match.position && blankToNull(input.position)) fill.position = input.position!.trim();
    if (!match.opdId && input.opdId) fill.opdId = input.opdId;
    if (!match.institution && blankToNull(input.institution)) fill.institution = input.institution!.trim();
    if (!match.phone && blankToNull(input.phone)) fill.phone = input.phone!.trim();
    if (!match.email && blankToNull(input.email)) fill.email = input.email!.trim().toLowerCase();
    if (Object.keys(fill).length) {
      await tx
        .update(pugPeople)
        .set({ ...fill, updatedAt: new Date() })
        .where(and(eq(pugPeople.regionCode, regionCode), eq(pugPeople.id, match.id)));
    }
    return { id: match.id, created: false };
  }
  const [row] = await tx
    .insert(pugPeople)
    .values({
      regionCode,
      fullName,
      nameKey,
      sex: input.sex,
      nip,
      position: input.position?.trim() ?? '',
      opdId: input.opdId ?? null,
      institution: input.institution?.trim() ?? '',
      phone: blankToNull(input.phone),
      email: blankToNull(input.email)?.toLowerCase() ?? null,
      isDemo: input.isDemo ?? false,
      createdBy: actorUserId,
    })
    .returning();
  await recordAudit(tx, who ?? { userId: actorUserId, username: null, ip: null }, {
    action: 'create',
    entity: 'pug_person',
    entityId: row!.id,
    regionCode,
    after: {
      fullName,
      sex: input.sex,
      position: row!.position,
      opdId: row!.opdId,
      institution: row!.institution,
    },
  });
  return { id: row!.id, created: true };
}

export const personColumns = {
  id: pugPeople.id,
  regionCode: pugPeople.regionCode,
  fullName: pugPeople.fullName,
  sex: pugPeople.sex,
  nip: pugPeople.nip,
  position: pugPeople.position,
  opdId: pugPeople.opdId,
  opdName: opd.name,
  institution: pugPeople.institution,
  phone: pugPeople.phone,
  email: pugPeople.email,
  isDemo: pugPeople.isDemo,
};

export type PersonSelect = {
  [K in keyof typeof personColumns]: (typeof personColumns)[K]['_']['data'] | null;
};

/** A person as answered: contacts only to those who may see them. */
export function personDto(row: PersonSelect, showContacts: boolean): PersonDto {
  return {
    id: row.id!,
    regionCode: row.regionCode!,
    fullName: row.fullName!,
    sex: row.sex!,
    nip: row.nip,
    position: row.position ?? '',
    opdId: row.opdId,
    opdName: row.opdName,
    institution: row.institution ?? '',
    phone: showContacts ? row.phone : null,
    email: showContacts ? row.email : null,
    isDemo: row.isDemo ?? false,
  };
}

/** The people of a region matching `q` (name, position, institution, OPD), for pickers and the registry. */
export function peopleWhere(regionCode: string, q: string | undefined): SQL {
  const where: SQL[] = [eq(pugPeople.regionCode, regionCode), isNull(pugPeople.mergedInto)];
  if (q) {
    const pattern = containsPattern(q);
    const keyPattern = containsPattern(personNameKey(q) || q);
    where.push(
      or(
        ilike(pugPeople.fullName, pattern),
        ilike(pugPeople.nameKey, keyPattern),
        ilike(pugPeople.position, pattern),
        ilike(pugPeople.institution, pattern),
        ilike(opd.name, pattern),
        ilike(opd.shortName, pattern),
      )!,
    );
  }
  return and(...where)!;
}

/** GET /api/regions/:code/people — the picker: names, sex, position, institution; contacts to managers. */
export async function listPeople(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: { q?: string; limit: number },
): Promise<{ items: PersonDto[] }> {
  const a = requireActor(actor);
  if (!canReadKelembagaan(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const rows = await db
    .select(personColumns)
    .from(pugPeople)
    .leftJoin(opd, and(eq(opd.regionCode, pugPeople.regionCode), eq(opd.id, pugPeople.opdId)))
    .where(peopleWhere(regionCode, query.q))
    .orderBy(
      sql`${pugPeople.nameKey} <> ${personNameKey(query.q ?? '')}`,
      asc(pugPeople.nameKey),
      asc(pugPeople.id),
    )
    .limit(query.limit);
  const contacts = canSeePersonContacts(a, regionCode);
  return { items: rows.map((r) => personDto(r, contacts)) };
}

// ---------------------------------------------------------------------------------------------
// The registry page: list, detail, edit, merge.

const liveRow = async (db: Db, regionCode: string, personId: string, field = 'personId') => {
  const [row] = await db
    .select()
    .from(pugPeople)
    .where(
      and(eq(pugPeople.regionCode, regionCode), eq(pugPeople.id, personId), isNull(pugPeople.mergedInto)),
    );
  if (!row) {
    if (field === 'personId') throw new NotFound('kelembagaan_person_not_found');
    throw new Invalid({ [field]: 'kelembagaan_person_not_found' });
  }
  return row;
};

async function oneDto(db: Db, regionCode: string, personId: string, contacts: boolean) {
  const [row] = await db
    .select(personColumns)
    .from(pugPeople)
    .leftJoin(opd, and(eq(opd.regionCode, pugPeople.regionCode), eq(opd.id, pugPeople.opdId)))
    .where(and(eq(pugPeople.regionCode, regionCode), eq(pugPeople.id, personId)));
  if (!row) throw new NotFound('kelembagaan_person_not_found');
  return personDto(row, contacts);
}

export async function searchPeople(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: { q?: string; page: number; pageSize: number },
) {
  const a = await readableActor(db, actor, regionCode);
  const where = peopleWhere(regionCode, query.q);
  const from = () =>
    db
      .select(personColumns)
      .from(pugPeople)
      .leftJoin(opd, and(eq(opd.regionCode, pugPeople.regionCode), eq(opd.id, pugPeople.opdId)))
      .where(where);
  const contacts = canSeePersonContacts(a, regionCode);
  const page = await pageOf(
    query,
    from().orderBy(asc(pugPeople.nameKey), asc(pugPeople.id)).limit(query.pageSize).offset(offsetOf(query)),
    db
      .select({ total: count() })
      .from(pugPeople)
      .leftJoin(opd, and(eq(opd.regionCode, pugPeople.regionCode), eq(opd.id, pugPeople.opdId)))
      .where(where),
  );
  return { ...page, items: page.items.map((r) => personDto(r, contacts)) };
}

async function readableActor(db: Db, actor: Actor | null, regionCode: string) {
  const a = requireActor(actor);
  if (!canReadKelembagaan(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

async function managerActor(db: Db, actor: Actor | null, regionCode: string) {
  const a = requireActor(actor);
  if (!canManageKelembagaan(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

export async function getPerson(db: Db, actor: Actor | null, regionCode: string, personId: string) {
  const a = await readableActor(db, actor, regionCode);
  await liveRow(db, regionCode, personId);
  const base = await oneDto(db, regionCode, personId, canSeePersonContacts(a, regionCode));
  const inRegion = (col: AnyPgColumn) => eq(col, regionCode);
  const [pokja, fps, teams, partners, [merged]] = await Promise.all([
    db
      .select({ role: pokjaMembers.role, sk: pokjaDecrees.skNumber, replacedBy: pokjaDecrees.replacedBy })
      .from(pokjaMembers)
      .innerJoin(
        pokjaDecrees,
        and(eq(pokjaDecrees.regionCode, pokjaMembers.regionCode), eq(pokjaDecrees.id, pokjaMembers.decreeId)),
      )
      .where(and(inRegion(pokjaMembers.regionCode), eq(pokjaMembers.personId, personId)))
      .orderBy(desc(pokjaDecrees.validFrom)),
    db
      .select({ opdName: opd.name, endedOn: focalPoints.endedOn })
      .from(focalPoints)
      .innerJoin(opd, and(eq(opd.regionCode, focalPoints.regionCode), eq(opd.id, focalPoints.opdId)))
      .where(and(inRegion(focalPoints.regionCode), eq(focalPoints.personId, personId))),
    db
      .select({ role: pugTeamMembers.role, name: pugTeams.name })
      .from(pugTeamMembers)
      .innerJoin(
        pugTeams,
        and(eq(pugTeams.regionCode, pugTeamMembers.regionCode), eq(pugTeams.id, pugTeamMembers.teamId)),
      )
      .where(and(inRegion(pugTeamMembers.regionCode), eq(pugTeamMembers.personId, personId))),
    db
      .select({ name: pugPartners.name })
      .from(pugPartnerContacts)
      .innerJoin(
        pugPartners,
        and(
          eq(pugPartners.regionCode, pugPartnerContacts.regionCode),
          eq(pugPartners.id, pugPartnerContacts.partnerId),
        ),
      )
      .where(and(inRegion(pugPartnerContacts.regionCode), eq(pugPartnerContacts.personId, personId))),
    db
      .select({ n: count() })
      .from(pugPeople)
      .where(and(eq(pugPeople.regionCode, regionCode), eq(pugPeople.mergedInto, personId))),
  ]);
  return {
    ...base,
    roles: [
      ...pokja.map((p) => ({
        kind: 'pokja' as const,
        role: p.role,
        label: p.sk,
        current: p.replacedBy === null,
      })),
      ...fps.map((f) => ({
        kind: 'focal_point' as const,
        role: '',
        label: f.opdName,
        current: f.endedOn === null,
      })),
      ...teams.map((t) => ({ kind: 'team' as const, role: t.role, label: t.name, current: true })),
      ...partners.map((p) => ({ kind: 'partner' as const, role: '', label: p.name, current: true })),
    ],
    mergedCount: merged?.n ?? 0,
  };
}

const nipTaken = {
  pug_people_nip_uq: () => new Conflict({ nip: 'kelembagaan_nip_taken' }, 'kelembagaan_nip_taken'),
};

export async function updatePerson(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  personId: string,
  input: Partial<FindOrCreatePersonInput>,
) {
  const a = await managerActor(db, actor, regionCode);
  if (input.opdId) {
    const [known] = await db
      .select({ id: opd.id })
      .from(opd)
      .where(and(eq(opd.regionCode, regionCode), eq(opd.id, input.opdId)));
    if (!known) throw new Invalid({ opdId: 'kelembagaan_opd_unknown' });
  }
  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const before = await liveRow(tx, regionCode, personId);
        const set: Partial<PersonRow> = { updatedAt: new Date() };
        if (input.fullName !== undefined) {
          set.fullName = input.fullName.trim().replace(/\s+/g, ' ');
          set.nameKey = personNameKey(set.fullName);
        }
        if (input.sex !== undefined) set.sex = input.sex;
        if (input.nip !== undefined) set.nip = blankToNull(input.nip);
        if (input.position !== undefined) set.position = input.position?.trim() ?? '';
        if (input.opdId !== undefined) set.opdId = input.opdId;
        if (input.institution !== undefined) set.institution = input.institution?.trim() ?? '';
        if (input.phone !== undefined) set.phone = blankToNull(input.phone);
        if (input.email !== undefined) set.email = blankToNull(input.email)?.toLowerCase() ?? null;
        await tx
          .update(pugPeople)
          .set(set)
          .where(and(eq(pugPeople.regionCode, regionCode), eq(pugPeople.id, personId)));
        const { updatedAt: _u, ...after } = set;
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'pug_person',
          entityId: personId,
          regionCode,
          before: Object.fromEntries(Object.keys(after).map((k) => [k, before[k as keyof PersonRow]])),
          after,
        });
      }),
    nipTaken,
  );
  return oneDto(db, regionCode, personId, true);
}

/**
 * Merges `dropId` into `keepId` (one person typed twice): every reference moves to the kept row
 * — Pokja memberships, focal points, team memberships, partner contacts, meeting invitations,
 * attendances and follow-ups owned — in one transaction; where the kept row is already in the same SK, team,
 * partner or meeting the duplicate reference is removed (an open focal point of the same OPD is
 * closed today). The dropped row stays with `merged_into` for the history and gives the kept
 * row the facts it lacked.
 */
export async function mergePeople(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  dropId: string,
  keepId: string,
) {
  const a = await managerActor(db, actor, regionCode);
  if (dropId === keepId) throw new Invalid({ keepId: 'kelembagaan_merge_self' });
  await db.transaction(async (tx) => {
    const drop = await liveRow(tx, regionCode, dropId);
    const keep = await liveRow(tx, regionCode, keepId, 'keepId');
    if (drop.sex !== keep.sex) throw new Invalid({ keepId: 'kelembagaan_merge_sex' });
    const r = regionCode;
    const moved: Record<string, number> = {};
    const run = async (name: string, query: SQL) => {
      const res = await tx.execute(query);
      moved[name] =
        (res as { rowCount?: number | null; affectedRows?: number }).rowCount ??
        (res as { affectedRows?: number }).affectedRows ??
        0;
    };
    // Pokja memberships: one per SK.
    await tx.execute(sql`delete from ${pokjaMembers} d using ${pokjaMembers} k
      where d.region_code = ${r} and d.person_id = ${dropId} and k.region_code = ${r} and k.person_id = ${keepId} and k.decree_id = d.decree_id`);
    await run(
      'pokjaMembers',
      sql`update ${pokjaMembers} set person_id = ${keepId} where region_code = ${r} and person_id = ${dropId}`,
    );
    // Focal points: one open per OPD and person.
    await tx.execute(sql`update ${focalPoints} d set ended_on = current_date, updated_at = now() from ${focalPoints} k
      where d.region_code = ${r} and d.person_id = ${dropId} and d.ended_on is null
        and k.region_code = ${r} and k.person_id = ${keepId} and k.opd_id = d.opd_id and k.ended_on is null`);
    await run(
      'focalPoints',
      sql`update ${focalPoints} set person_id = ${keepId} where region_code = ${r} and person_id = ${dropId}`,
    );
    await tx.execute(sql`delete from ${pugTeamMembers} d using ${pugTeamMembers} k
      where d.region_code = ${r} and d.person_id = ${dropId} and k.region_code = ${r} and k.person_id = ${keepId} and k.team_id = d.team_id`);
    await run(
      'teamMembers',
      sql`update ${pugTeamMembers} set person_id = ${keepId} where region_code = ${r} and person_id = ${dropId}`,
    );
    await tx.execute(sql`delete from ${pugPartnerContacts} d using ${pugPartnerContacts} k
      where d.region_code = ${r} and d.person_id = ${dropId} and k.region_code = ${r} and k.person_id = ${keepId} and k.partner_id = d.partner_id`);
    await run(
      'partnerContacts',
      sql`update ${pugPartnerContacts} set person_id = ${keepId} where region_code = ${r} and person_id = ${dropId}`,
    );
    // Other modules' references (meetings, H3/H4): invitations once per meeting; attendances move.
    await tx.execute(sql`delete from ${meetingInvitees} d using ${meetingInvitees} k
      where d.region_code = ${r} and d.person_id = ${dropId} and k.region_code = ${r} and k.person_id = ${keepId} and k.meeting_id = d.meeting_id`);
    await run(
      'meetingInvitees',
      sql`update ${meetingInvitees} set person_id = ${keepId} where region_code = ${r} and person_id = ${dropId}`,
    );
    await run(
      'meetingAttendance',
      sql`update ${meetingAttendance} set person_id = ${keepId} where region_code = ${r} and person_id = ${dropId}`,
    );
    // Follow-ups owned by the person (H5) follow them.
    await run(
      'followUps',
      sql`update ${followUps} set owner_person_id = ${keepId} where region_code = ${r} and owner_person_id = ${dropId}`,
    );
    // Earlier merges into the dropped row now point at the kept one.
    await tx
      .update(pugPeople)
      .set({ mergedInto: keepId, updatedAt: new Date() })
      .where(and(eq(pugPeople.regionCode, r), eq(pugPeople.mergedInto, dropId)));
    await tx
      .update(pugPeople)
      .set({ mergedInto: keepId, updatedAt: new Date() })
      .where(and(eq(pugPeople.regionCode, r), eq(pugPeople.id, dropId)));
    const fill: Partial<PersonRow> = {};
    if (!keep.nip && drop.nip) fill.nip = drop.nip;
    if (!keep.position && drop.position) fill.position = drop.position;
    if (!keep.opdId && drop.opdId) fill.opdId = drop.opdId;
    if (!keep.institution && drop.institution) fill.institution = drop.institution;
    if (!keep.phone && drop.phone) fill.phone = drop.phone;
    if (!keep.email && drop.email) fill.email = drop.email;
    if (Object.keys(fill).length)
      await tx
        .update(pugPeople)
        .set({ ...fill, updatedAt: new Date() })
        .where(and(eq(pugPeople.regionCode, r), eq(pugPeople.id, keepId)));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'pug_person',
      entityId: dropId,
      regionCode,
      before: { fullName: drop.fullName, mergedInto: null },
      after: {
        fullName: drop.fullName,
        mergedInto: keepId,
        keptName: keep.fullName,
        moved,
        filled: Object.keys(fill),
      },
    });
  });
  return oneDto(db, regionCode, keepId, true);
}
