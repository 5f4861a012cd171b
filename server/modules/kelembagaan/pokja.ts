/**
 * The Pokja PUG of a region: its decrees (SK) and their members. A new SK replaces the current
 * one (the previous gets `replaced_by`), and every SK keeps its own members, so the history —
 * who sat in the Pokja under which SK — stays readable. Members are registry people: a person
 * typed twice is one person, and one person appears once per SK (research-2.md §3.1).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { canManageKelembagaan, canSeePersonContacts } from '../../../domain/kelembagaan/access.js';
import { POKJA_ROLES } from '../../../domain/kelembagaan/constants.js';
import { memberProblems, validityProblems } from '../../../domain/kelembagaan/rules.js';
import type { DecreeDto, DecreeInput } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { pokjaDecrees, pokjaMembers, pugPeople } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { manageable, readable, resolvePeople } from './access.js';

type DecreeRow = typeof pokjaDecrees.$inferSelect;

export function fileOf(row: { fileName: string | null; fileBytes: number | null; fileKey: string | null }) {
  return row.fileKey ? { fileName: row.fileName ?? 'sk.pdf', bytes: row.fileBytes ?? 0 } : null;
}

async function membersOf(db: Db, regionCode: string, decreeIds: string[], contacts: boolean) {
  if (!decreeIds.length) return new Map<string, DecreeDto['members']>();
  const rows = await db
    .select({
      id: pokjaMembers.id,
      decreeId: pokjaMembers.decreeId,
      role: pokjaMembers.role,
      opdId: pokjaMembers.opdId,
      opdName: opd.name,
      position: pokjaMembers.position,
      sortOrder: pokjaMembers.sortOrder,
      personId: pugPeople.id,
      fullName: pugPeople.fullName,
      sex: pugPeople.sex,
      phone: pugPeople.phone,
      email: pugPeople.email,
    })
    .from(pokjaMembers)
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, pokjaMembers.regionCode), eq(pugPeople.id, pokjaMembers.personId)),
    )
    .leftJoin(opd, and(eq(opd.regionCode, pokjaMembers.regionCode), eq(opd.id, pokjaMembers.opdId)))
    .where(and(eq(pokjaMembers.regionCode, regionCode), inArray(pokjaMembers.decreeId, decreeIds)))
    .orderBy(asc(pokjaMembers.sortOrder));
  const byDecree = new Map<string, DecreeDto['members']>();
  for (const r of rows) {
    const list = byDecree.get(r.decreeId) ?? [];
    list.push({
      id: r.id,
      role: r.role,
      opdId: r.opdId,
      opdName: r.opdName,
      position: r.position,
      person: {
        id: r.personId,
        fullName: r.fullName,
        sex: r.sex,
        phone: contacts ? r.phone : null,
        email: contacts ? r.email : null,
      },
    });
    byDecree.set(r.decreeId, list);
  }
  // The SK's order: ketua, sekretaris, anggota, undangan, each as typed.
  for (const list of byDecree.values())
    list.sort((x, y) => POKJA_ROLES.indexOf(x.role) - POKJA_ROLES.indexOf(y.role));
  return byDecree;
}

type Counts = DecreeDto['counts'];

/** Women and men among a decree's members (undangan are invited, not members). */
function countsOf(members: DecreeDto['members']): Counts {
  return {
    women: members.filter((m) => m.role !== 'undangan' && m.person.sex === 'P').length,
    men: members.filter((m) => m.role !== 'undangan' && m.person.sex === 'L').length,
  };
}

/** The same counts for many decrees, counted by the database: the members themselves stay unread. */
async function countsByDecree(db: Db, regionCode: string, decreeIds: string[]) {
  const out = new Map<string, Counts>();
  if (!decreeIds.length) return out;
  const rows = await db
    .select({ decreeId: pokjaMembers.decreeId, sex: pugPeople.sex, n: count() })
    .from(pokjaMembers)
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, pokjaMembers.regionCode), eq(pugPeople.id, pokjaMembers.personId)),
    )
    .where(
      and(
        eq(pokjaMembers.regionCode, regionCode),
        inArray(pokjaMembers.decreeId, decreeIds),
        ne(pokjaMembers.role, 'undangan'),
      ),
    )
    .groupBy(pokjaMembers.decreeId, pugPeople.sex);
  for (const r of rows) {
    const c = out.get(r.decreeId) ?? { women: 0, men: 0 };
    if (r.sex === 'P') c.women += Number(r.n);
    if (r.sex === 'L') c.men += Number(r.n);
    out.set(r.decreeId, c);
  }
  return out;
}

function decreeFields(row: DecreeRow) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    skNumber: row.skNumber,
    skDate: row.skDate,
    signatory: row.signatory,
    validFrom: row.validFrom,
    validTo: row.validTo,
    notes: row.notes,
    file: fileOf(row),
    current: row.replacedBy === null,
    replacedAt: row.replacedAt?.toISOString() ?? null,
    isDemo: row.isDemo,
  };
}

function decreeDto(row: DecreeRow, members: DecreeDto['members']): DecreeDto {
  return { ...decreeFields(row), members, counts: countsOf(members) };
}

/**
 * The current decree with its members, and every earlier decree of the region (newest first)
 * with its counts only: a past SK's members are read when it is opened (GET …/decrees/:id), so
 * a region with a long history does not load every member it ever had.
 */
export async function getPokja(db: Db, actor: Actor | null, regionCode: string) {
  const a = await readable(db, actor, regionCode);
  const rows = await db
    .select()
    .from(pokjaDecrees)
    .where(eq(pokjaDecrees.regionCode, regionCode))
    .orderBy(desc(pokjaDecrees.validFrom), desc(pokjaDecrees.createdAt));
  const currentRow = rows.find((r) => r.replacedBy === null);
  const past = rows.filter((r) => r !== currentRow);
  const [members, counts] = await Promise.all([
    membersOf(db, regionCode, currentRow ? [currentRow.id] : [], canSeePersonContacts(a, regionCode)),
    countsByDecree(
      db,
      regionCode,
      past.map((r) => r.id),
    ),
  ]);
  return {
    current: currentRow ? decreeDto(currentRow, members.get(currentRow.id) ?? []) : null,
    history: past.map((r) => ({ ...decreeFields(r), counts: counts.get(r.id) ?? { women: 0, men: 0 } })),
    canManage: canManageKelembagaan(a, regionCode),
  };
}

export async function decreeRow(db: Db, regionCode: string, decreeId: string): Promise<DecreeRow> {
  const [row] = await db
    .select()
    .from(pokjaDecrees)
    .where(and(eq(pokjaDecrees.regionCode, regionCode), eq(pokjaDecrees.id, decreeId)));
  if (!row) throw new NotFound('kelembagaan_decree_not_found' as MessageKey);
  return row;
}

export async function getDecree(db: Db, actor: Actor | null, regionCode: string, decreeId: string) {
  const a = await readable(db, actor, regionCode);
  const row = await decreeRow(db, regionCode, decreeId);
  const members = await membersOf(db, regionCode, [row.id], canSeePersonContacts(a, regionCode));
  return decreeDto(row, members.get(row.id) ?? []);
}

function checkDecree(input: DecreeInput) {
  const problems: FieldErrors = validityProblems(input.validFrom, input.validTo) as FieldErrors;
  if (Object.keys(problems).length) throw new Invalid(problems);
}

/** Writes a decree's members (replacing any), after refusing duplicates and a second ketua. */
async function writeMembers(
  tx: Db,
  a: Actor,
  regionCode: string,
  decreeId: string,
  input: DecreeInput,
  isDemo: boolean,
) {
  const ids = await resolvePeople(tx, a, regionCode, input.members, 'members', isDemo);
  const problems = memberProblems(
    ids.map((id, i) => ({ key: id, role: input.members[i]!.role })),
    'members',
  ) as FieldErrors;
  if (Object.keys(problems).length) throw new Invalid(problems);
  await tx
    .delete(pokjaMembers)
    .where(and(eq(pokjaMembers.regionCode, regionCode), eq(pokjaMembers.decreeId, decreeId)));
  if (ids.length) {
    await tx.insert(pokjaMembers).values(
      ids.map((personId, i) => ({
        regionCode,
        decreeId,
        personId,
        role: input.members[i]!.role,
        opdId: input.members[i]!.opdId ?? null,
        position: input.members[i]!.position ?? input.members[i]!.person?.position ?? '',
        sortOrder: i,
      })),
    );
  }
  return ids;
}

const snapshot = (input: DecreeInput, personIds: string[]) => ({
  skNumber: input.skNumber,
  skDate: input.skDate,
  signatory: input.signatory ?? '',
  validFrom: input.validFrom,
  validTo: input.validTo ?? null,
  members: input.members.map((m, i) => ({ personId: personIds[i], role: m.role, opdId: m.opdId ?? null })),
});

/** A new SK: replaces the current one, which stays in the history with its members. */
export async function createDecree(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: DecreeInput,
  options: { isDemo?: boolean } = {},
) {
  const a = await manageable(db, actor, regionCode);
  checkDecree(input);
  const id = await db.transaction(async (tx) => {
    const id = randomUUID();
    const [previous] = await tx
      .select({ id: pokjaDecrees.id })
      .from(pokjaDecrees)
      .where(and(eq(pokjaDecrees.regionCode, regionCode), isNull(pokjaDecrees.replacedBy)))
      .for('update');
    if (previous) {
      await tx
        .update(pokjaDecrees)
        .set({ replacedBy: id, replacedAt: new Date(), updatedAt: new Date() })
        .where(and(eq(pokjaDecrees.regionCode, regionCode), eq(pokjaDecrees.id, previous.id)));
    }
    await tx.insert(pokjaDecrees).values({
      regionCode,
      id,
      skNumber: input.skNumber,
      skDate: input.skDate,
      signatory: input.signatory ?? '',
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      notes: input.notes ?? '',
      isDemo: options.isDemo ?? false,
      createdBy: a.userId,
    });
    const personIds = await writeMembers(tx, a, regionCode, id, input, options.isDemo ?? false);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'pokja_decree',
      entityId: id,
      regionCode,
      after: { ...snapshot(input, personIds), replaces: previous?.id ?? null },
    });
    return id;
  });
  return getDecree(db, a, regionCode, id);
}

/** Corrects a decree (current or past): its fields and members. */
export async function updateDecree(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  decreeId: string,
  input: DecreeInput,
) {
  const a = await manageable(db, actor, regionCode);
  checkDecree(input);
  await db.transaction(async (tx) => {
    const before = await decreeRow(tx, regionCode, decreeId);
    const beforeMembers = await tx
      .select({ personId: pokjaMembers.personId, role: pokjaMembers.role, opdId: pokjaMembers.opdId })
      .from(pokjaMembers)
      .where(and(eq(pokjaMembers.regionCode, regionCode), eq(pokjaMembers.decreeId, decreeId)));
    await tx
      .update(pokjaDecrees)
      .set({
        skNumber: input.skNumber,
        skDate: input.skDate,
        signatory: input.signatory ?? '',
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        notes: input.notes ?? '',
        updatedAt: new Date(),
      })
      .where(and(eq(pokjaDecrees.regionCode, regionCode), eq(pokjaDecrees.id, decreeId)));
    const personIds = await writeMembers(tx, a, regionCode, decreeId, input, before.isDemo);
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'pokja_decree',
      entityId: decreeId,
      regionCode,
      before: {
        skNumber: before.skNumber,
        skDate: before.skDate,
        signatory: before.signatory,
        validFrom: before.validFrom,
        validTo: before.validTo,
        members: beforeMembers,
      },
      after: snapshot(input, personIds),
    });
  });
  return getDecree(db, a, regionCode, decreeId);
}
