/**
 * The checks every institutions service starts with: who may read or manage a region's
 * registry, and one institution loaded for a caller who may read or edit it. An institution
 * the caller may not read is reported as missing (404), so ids of other regions' institutions
 * — and of other institutions, to an institution account — reveal nothing.
 */
import { and, eq } from 'drizzle-orm';
import {
  canEditInstitution,
  canManageInstitutions,
  canReadInstitution,
  canReadInstitutions,
} from '../../../domain/institutions/access.js';
import type { Db } from '../../db/connection.js';
import { institutions } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';

export async function registryReader(db: Db, actor: Actor | null, regionCode: string): Promise<Actor> {
  const a = requireActor(actor);
  if (!canReadInstitutions(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

export async function registryManager(db: Db, actor: Actor | null, regionCode: string): Promise<Actor> {
  const a = requireActor(actor);
  if (!canManageInstitutions(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

export type InstitutionRow = typeof institutions.$inferSelect;

export async function institutionRow(db: Db, id: string): Promise<InstitutionRow | null> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row ?? null;
}

/** The institution, when the caller may read it; 401 for the public, 404 otherwise. */
export async function readableInstitution(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const row = await institutionRow(db, id);
  if (!row || !canReadInstitution(a, row)) throw new NotFound();
  return { actor: a, row };
}

/** The institution, when the caller may edit it; a reader who may not edit gets 403. */
export async function editableInstitution(db: Db, actor: Actor | null, id: string) {
  const { actor: a, row } = await readableInstitution(db, actor, id);
  if (!canEditInstitution(a, row)) throw new Forbidden();
  return { actor: a, row };
}

/** The institution, when the caller manages its region (status, invitations). */
export async function managedInstitution(db: Db, actor: Actor | null, id: string) {
  const { actor: a, row } = await readableInstitution(db, actor, id);
  if (!canManageInstitutions(a, row.regionCode)) throw new Forbidden();
  return { actor: a, row };
}

/** Re-reads a row inside a transaction, locked, so two edits do not interleave. */
export async function lockInstitution(tx: Db, regionCode: string, id: string): Promise<InstitutionRow> {
  const [row] = await tx
    .select()
    .from(institutions)
    .where(and(eq(institutions.regionCode, regionCode), eq(institutions.id, id)))
    .for('update');
  if (!row) throw new NotFound();
  return row;
}
