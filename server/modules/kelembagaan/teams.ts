/**
 * Tim Driver PPRG, Tim Teknis PPRG and other named teams of a region, each with its SK and a
 * configurable list of members (registry people, once per team), and the partners of the PUG
 * institutions (PSW/PSGA, LSM, Forum PUSPA, instansi vertikal, others) with their contacts.
 * Both are lists of people under a named group, so they share this module.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { canManageKelembagaan, canSeePersonContacts } from '../../../domain/kelembagaan/access.js';
import type { PartnerDto, TeamDto, partnerBody, teamBody } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import {
  pugPartnerContacts,
  pugPartners,
  pugPeople,
  pugTeamMembers,
  pugTeams,
} from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Invalid, NotFound } from '../../lib/errors.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { duplicateProblems, manageable, readable, resolvePeople } from './access.js';

type TeamInput = z.infer<typeof teamBody>;
type PartnerInput = z.infer<typeof partnerBody>;

const personOf = (
  r: { personId: string; fullName: string; sex: 'P' | 'L'; phone: string | null; email: string | null },
  contacts: boolean,
) => ({
  id: r.personId,
  fullName: r.fullName,
  sex: r.sex,
  phone: contacts ? r.phone : null,
  email: contacts ? r.email : null,
});

const personCols = {
  personId: pugPeople.id,
  fullName: pugPeople.fullName,
  sex: pugPeople.sex,
  phone: pugPeople.phone,
  email: pugPeople.email,
};

// ---------------------------------------------------------------------------------------------
// Teams

async function teamsOf(db: Db, regionCode: string, contacts: boolean, only?: string): Promise<TeamDto[]> {
  const teams = await db
    .select()
    .from(pugTeams)
    .where(and(eq(pugTeams.regionCode, regionCode), only ? eq(pugTeams.id, only) : undefined))
    .orderBy(asc(pugTeams.kind), asc(pugTeams.name));
  if (!teams.length) return [];
  const members = await db
    .select({ m: pugTeamMembers, opdName: opd.name, ...personCols })
    .from(pugTeamMembers)
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, pugTeamMembers.regionCode), eq(pugPeople.id, pugTeamMembers.personId)),
    )
    .leftJoin(opd, and(eq(opd.regionCode, pugTeamMembers.regionCode), eq(opd.id, pugTeamMembers.opdId)))
    .where(
      and(
        eq(pugTeamMembers.regionCode, regionCode),
        inArray(
          pugTeamMembers.teamId,
          teams.map((t) => t.id),
        ),
      ),
    )
    .orderBy(asc(pugTeamMembers.sortOrder));
  return teams.map((t) => ({
    id: t.id,
    kind: t.kind,
    name: t.name,
    skNumber: t.skNumber,
    skDate: t.skDate,
    notes: t.notes,
    isDemo: t.isDemo,
    members: members
      .filter((m) => m.m.teamId === t.id)
      .map((m) => ({
        role: m.m.role,
        opdId: m.m.opdId,
        opdName: m.opdName,
        position: m.m.position,
        person: personOf(m, contacts),
      })),
  }));
}

export async function listTeams(db: Db, actor: Actor | null, regionCode: string) {
  const a = await readable(db, actor, regionCode);
  return {
    items: await teamsOf(db, regionCode, canSeePersonContacts(a, regionCode)),
    canManage: canManageKelembagaan(a, regionCode),
  };
}

const teamNameTaken = {
  pug_teams_name_uq: () => new Conflict({ name: 'kelembagaan_name_taken' }, 'kelembagaan_name_taken'),
};

async function writeTeamMembers(
  tx: Db,
  a: Actor,
  regionCode: string,
  teamId: string,
  input: TeamInput,
  isDemo: boolean,
) {
  const ids = await resolvePeople(tx, a, regionCode, input.members, 'members', isDemo);
  const problems = duplicateProblems(ids, 'members');
  if (Object.keys(problems).length) throw new Invalid(problems);
  await tx
    .delete(pugTeamMembers)
    .where(and(eq(pugTeamMembers.regionCode, regionCode), eq(pugTeamMembers.teamId, teamId)));
  if (ids.length)
    await tx.insert(pugTeamMembers).values(
      ids.map((personId, i) => ({
        regionCode,
        teamId,
        personId,
        role: input.members[i]!.role,
        opdId: input.members[i]!.opdId ?? null,
        position: input.members[i]!.position ?? input.members[i]!.person?.position ?? '',
        sortOrder: i,
      })),
    );
  return ids;
}

const teamSnapshot = (input: TeamInput, ids: string[]) => ({
  kind: input.kind,
  name: input.name,
  skNumber: input.skNumber ?? '',
  skDate: input.skDate ?? null,
  members: input.members.map((m, i) => ({ personId: ids[i], role: m.role })),
});

export async function saveTeam(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  teamId: string | null,
  input: TeamInput,
  options: { isDemo?: boolean } = {},
) {
  const a = await manageable(db, actor, regionCode);
  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const values = {
          kind: input.kind,
          name: input.name,
          skNumber: input.skNumber ?? '',
          skDate: input.skDate ?? null,
          notes: input.notes ?? '',
          updatedAt: new Date(),
        };
        if (teamId === null) {
          const [row] = await tx
            .insert(pugTeams)
            .values({ regionCode, ...values, isDemo: options.isDemo ?? false, createdBy: a.userId })
            .returning();
          const ids = await writeTeamMembers(tx, a, regionCode, row!.id, input, options.isDemo ?? false);
          await recordAudit(tx, subjectOf(a), {
            action: 'create',
            entity: 'pug_team',
            entityId: row!.id,
            regionCode,
            after: teamSnapshot(input, ids),
          });
          return row!.id;
        }
        const [before] = await teamsOf(tx, regionCode, false, teamId);
        if (!before) throw new NotFound();
        await tx
          .update(pugTeams)
          .set(values)
          .where(and(eq(pugTeams.regionCode, regionCode), eq(pugTeams.id, teamId)));
        const ids = await writeTeamMembers(tx, a, regionCode, teamId, input, before.isDemo);
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'pug_team',
          entityId: teamId,
          regionCode,
          before: {
            ...before,
            members: before.members.map((m) => ({ personId: m.person.id, role: m.role })),
          },
          after: teamSnapshot(input, ids),
        });
        return teamId;
      }),
    teamNameTaken,
  );
  const [team] = await teamsOf(db, regionCode, canSeePersonContacts(a, regionCode), id);
  return team!;
}

export async function deleteTeam(db: Db, actor: Actor | null, regionCode: string, teamId: string) {
  const a = await manageable(db, actor, regionCode);
  await db.transaction(async (tx) => {
    const [before] = await teamsOf(tx, regionCode, false, teamId);
    if (!before) throw new NotFound();
    await tx.delete(pugTeams).where(and(eq(pugTeams.regionCode, regionCode), eq(pugTeams.id, teamId)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'pug_team',
      entityId: teamId,
      regionCode,
      before: { ...before, members: before.members.map((m) => ({ personId: m.person.id, role: m.role })) },
    });
  });
  return { ok: true as const };
}

// ---------------------------------------------------------------------------------------------
// Partners

async function partnersOf(
  db: Db,
  regionCode: string,
  contacts: boolean,
  only?: string,
): Promise<PartnerDto[]> {
  const partners = await db
    .select()
    .from(pugPartners)
    .where(and(eq(pugPartners.regionCode, regionCode), only ? eq(pugPartners.id, only) : undefined))
    .orderBy(asc(pugPartners.kind), asc(pugPartners.name));
  if (!partners.length) return [];
  const rows = await db
    .select({ c: pugPartnerContacts, ...personCols })
    .from(pugPartnerContacts)
    .innerJoin(
      pugPeople,
      and(
        eq(pugPeople.regionCode, pugPartnerContacts.regionCode),
        eq(pugPeople.id, pugPartnerContacts.personId),
      ),
    )
    .where(
      and(
        eq(pugPartnerContacts.regionCode, regionCode),
        inArray(
          pugPartnerContacts.partnerId,
          partners.map((p) => p.id),
        ),
      ),
    )
    .orderBy(asc(pugPartnerContacts.sortOrder));
  return partners.map((p) => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    address: p.address,
    notes: p.notes,
    isDemo: p.isDemo,
    contacts: rows
      .filter((r) => r.c.partnerId === p.id)
      .map((r) => ({ position: r.c.position, person: personOf(r, contacts) })),
  }));
}

export async function listPartners(db: Db, actor: Actor | null, regionCode: string) {
  const a = await readable(db, actor, regionCode);
  return {
    items: await partnersOf(db, regionCode, canSeePersonContacts(a, regionCode)),
    canManage: canManageKelembagaan(a, regionCode),
  };
}

const partnerNameTaken = {
  pug_partners_name_uq: () => new Conflict({ name: 'kelembagaan_name_taken' }, 'kelembagaan_name_taken'),
};

async function writeContacts(
  tx: Db,
  a: Actor,
  regionCode: string,
  partnerId: string,
  input: PartnerInput,
  isDemo: boolean,
) {
  // A contact's institution is the partner, unless typed otherwise.
  const refs = input.contacts.map((c) =>
    c.person ? { ...c, person: { ...c.person, institution: c.person.institution || input.name } } : c,
  );
  const ids = await resolvePeople(tx, a, regionCode, refs, 'contacts', isDemo);
  const problems = duplicateProblems(ids, 'contacts');
  if (Object.keys(problems).length) throw new Invalid(problems);
  await tx
    .delete(pugPartnerContacts)
    .where(and(eq(pugPartnerContacts.regionCode, regionCode), eq(pugPartnerContacts.partnerId, partnerId)));
  if (ids.length)
    await tx.insert(pugPartnerContacts).values(
      ids.map((personId, i) => ({
        regionCode,
        partnerId,
        personId,
        position: input.contacts[i]!.position ?? input.contacts[i]!.person?.position ?? '',
        sortOrder: i,
      })),
    );
  return ids;
}

const partnerSnapshot = (input: PartnerInput, ids: string[]) => ({
  kind: input.kind,
  name: input.name,
  address: input.address ?? '',
  contacts: ids,
});

export async function savePartner(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  partnerId: string | null,
  input: PartnerInput,
  options: { isDemo?: boolean } = {},
) {
  const a = await manageable(db, actor, regionCode);
  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const values = {
          kind: input.kind,
          name: input.name,
          address: input.address ?? '',
          notes: input.notes ?? '',
          updatedAt: new Date(),
        };
        if (partnerId === null) {
          const [row] = await tx
            .insert(pugPartners)
            .values({ regionCode, ...values, isDemo: options.isDemo ?? false, createdBy: a.userId })
            .returning();
          const ids = await writeContacts(tx, a, regionCode, row!.id, input, options.isDemo ?? false);
          await recordAudit(tx, subjectOf(a), {
            action: 'create',
            entity: 'pug_partner',
            entityId: row!.id,
            regionCode,
            after: partnerSnapshot(input, ids),
          });
          return row!.id;
        }
        const [before] = await partnersOf(tx, regionCode, false, partnerId);
        if (!before) throw new NotFound();
        await tx
          .update(pugPartners)
          .set(values)
          .where(and(eq(pugPartners.regionCode, regionCode), eq(pugPartners.id, partnerId)));
        const ids = await writeContacts(tx, a, regionCode, partnerId, input, before.isDemo);
        await recordAudit(tx, subjectOf(a), {
          action: 'update',
          entity: 'pug_partner',
          entityId: partnerId,
          regionCode,
          before: { ...before, contacts: before.contacts.map((c) => c.person.id) },
          after: partnerSnapshot(input, ids),
        });
        return partnerId;
      }),
    partnerNameTaken,
  );
  const [partner] = await partnersOf(db, regionCode, canSeePersonContacts(a, regionCode), id);
  return partner!;
}

export async function deletePartner(db: Db, actor: Actor | null, regionCode: string, partnerId: string) {
  const a = await manageable(db, actor, regionCode);
  await db.transaction(async (tx) => {
    const [before] = await partnersOf(tx, regionCode, false, partnerId);
    if (!before) throw new NotFound();
    await tx
      .delete(pugPartners)
      .where(and(eq(pugPartners.regionCode, regionCode), eq(pugPartners.id, partnerId)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'pug_partner',
      entityId: partnerId,
      regionCode,
      before: { ...before, contacts: before.contacts.map((c) => c.person.id) },
    });
  });
  return { ok: true as const };
}
