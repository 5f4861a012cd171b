/**
 * The region's PUG people registry (pug_people): one row per person per region, whatever roles
 * they hold (Pokja member, focal point, team member, partner contact, invitee). Every module
 * that names a person goes through `findOrCreatePerson`, so a person typed twice stays one row
 * (issue 11). Phone and e-mail are personal data: answered only to the region's managers.
 */
import { and, asc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { canReadKelembagaan, canSeePersonContacts } from '../../../domain/kelembagaan/access.js';
import { personEmailKey, personNameKey, personPhoneKey } from '../../../domain/kelembagaan/person-name.js';
import type { Sex } from '../../../domain/indicators.js';
import type { PersonDto } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, type AuditSubject } from '../../lib/audit.js';
import { Forbidden, Invalid } from '../../lib/errors.js';
import { containsPattern } from '../../lib/pagination.js';
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
