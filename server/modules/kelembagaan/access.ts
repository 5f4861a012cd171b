/**
 * The checks every kelembagaan service starts with, and the resolution of the people named in
 * a list (members, focal points, contacts): a registered person by id, or a typed one through
 * findOrCreatePerson, so nobody is registered twice.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { canManageKelembagaan, canReadKelembagaan } from '../../../domain/kelembagaan/access.js';
import type { PersonInput } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { findOrCreatePerson } from './people.js';

export async function readable(db: Db, actor: Actor | null, regionCode: string): Promise<Actor> {
  const a = requireActor(actor);
  if (!canReadKelembagaan(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

export async function manageable(db: Db, actor: Actor | null, regionCode: string): Promise<Actor> {
  const a = requireActor(actor);
  if (!canManageKelembagaan(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

/** Refuses OPD ids that are not the region's (named by their field path). */
export async function assertOpdsOfRegion(
  db: Db,
  regionCode: string,
  fields: Record<string, string | null | undefined>,
) {
  const ids = [...new Set(Object.values(fields).filter((v): v is string => !!v))];
  if (!ids.length) return;
  const rows = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), inArray(opd.id, ids)));
  const known = new Set(rows.map((r) => r.id));
  const problems: FieldErrors = {};
  for (const [field, id] of Object.entries(fields))
    if (id && !known.has(id)) problems[field] = 'kelembagaan_opd_unknown';
  if (Object.keys(problems).length) throw new Invalid(problems);
}

export interface PersonRef {
  personId?: string;
  person?: PersonInput;
  opdId?: string | null;
  position?: string;
}

/**
 * The registry id of each row's person, in order. `path` names the list ("members"), so an error
 * reads "members.2.personId". Typed people are found or created in `tx` (the caller's
 * transaction: if anything later fails, no person is left behind).
 */
export async function resolvePeople(
  tx: Db,
  a: Actor,
  regionCode: string,
  rows: readonly PersonRef[],
  path: string,
  isDemo = false,
): Promise<string[]> {
  const problems: FieldErrors = {};
  rows.forEach((r, i) => {
    if (!!r.personId === !!r.person) problems[`${path}.${i}.personId`] = 'kelembagaan_person_or_new';
  });
  if (Object.keys(problems).length) throw new Invalid(problems);
  const opdFields: Record<string, string | null | undefined> = {};
  rows.forEach((r, i) => {
    opdFields[`${path}.${i}.opdId`] = r.opdId;
    opdFields[`${path}.${i}.person.opdId`] = r.person?.opdId;
  });
  await assertOpdsOfRegion(tx, regionCode, opdFields);
  const given = rows.map((r) => r.personId).filter((v): v is string => !!v);
  if (given.length) {
    const found = await tx
      .select({ id: pugPeople.id })
      .from(pugPeople)
      .where(
        and(eq(pugPeople.regionCode, regionCode), inArray(pugPeople.id, given), isNull(pugPeople.mergedInto)),
      );
    const known = new Set(found.map((r) => r.id));
    rows.forEach((r, i) => {
      if (r.personId && !known.has(r.personId))
        problems[`${path}.${i}.personId`] = 'kelembagaan_person_not_found';
    });
    if (Object.keys(problems).length) throw new Invalid(problems);
  }
  const ids: string[] = [];
  for (const r of rows) {
    if (r.personId) {
      ids.push(r.personId);
      continue;
    }
    const p = r.person!;
    const { id } = await findOrCreatePerson(
      tx,
      regionCode,
      {
        ...p,
        opdId: p.opdId ?? r.opdId ?? null,
        position: p.position || r.position || '',
        isDemo,
      },
      a.userId,
      subjectOf(a),
    );
    ids.push(id);
  }
  return ids;
}

/** Field errors of duplicates among resolved ids: the later row is named. */
export function duplicateProblems(ids: readonly string[], path: string): FieldErrors {
  const problems: FieldErrors = {};
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems[`${path}.${i}`] = 'kelembagaan_member_duplicate';
    seen.add(id);
  });
  return problems;
}
