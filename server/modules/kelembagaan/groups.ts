/**
 * The people of a registry group (PEOPLE_GROUPS), so that an organiser invites "the Pokja PUG"
 * or "every focal point" in one step and the meetings module need not know the kelembagaan
 * tables. Merged rows answer the person they were merged into.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PeopleGroup } from '../../../domain/kelembagaan/constants.js';
import type { Db } from '../../db/connection.js';
import {
  focalPoints,
  pokjaDecrees,
  pokjaMembers,
  pugPartnerContacts,
  pugPeople,
} from '../../db/schema-kelembagaan.js';

export async function personIdsOfGroups(
  db: Db,
  regionCode: string,
  groups: readonly PeopleGroup[],
): Promise<string[]> {
  const ids = new Set<string>();
  const add = (rows: { personId: string }[]) => rows.forEach((r) => ids.add(r.personId));
  if (groups.includes('pokja')) {
    add(
      await db
        .select({ personId: pokjaMembers.personId })
        .from(pokjaMembers)
        .innerJoin(
          pokjaDecrees,
          and(
            eq(pokjaDecrees.regionCode, pokjaMembers.regionCode),
            eq(pokjaDecrees.id, pokjaMembers.decreeId),
          ),
        )
        .where(and(eq(pokjaMembers.regionCode, regionCode), isNull(pokjaDecrees.replacedBy))),
    );
  }
  if (groups.includes('focal_points')) {
    add(
      await db
        .select({ personId: focalPoints.personId })
        .from(focalPoints)
        .where(and(eq(focalPoints.regionCode, regionCode), isNull(focalPoints.endedOn))),
    );
  }
  if (groups.includes('partners')) {
    add(
      await db
        .select({ personId: pugPartnerContacts.personId })
        .from(pugPartnerContacts)
        .where(eq(pugPartnerContacts.regionCode, regionCode)),
    );
  }
  if (!ids.size) return [];
  const people = await db
    .select({ id: sql<string>`coalesce(${pugPeople.mergedInto}, ${pugPeople.id})` })
    .from(pugPeople)
    .where(and(eq(pugPeople.regionCode, regionCode), inArray(pugPeople.id, [...ids])));
  return [...new Set(people.map((p) => p.id))];
}
