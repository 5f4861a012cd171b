/**
 * Leaders and staff of an institution: added, corrected and removed by whoever may edit the
 * institution (DP3A, or the institution's own account). Personal data: their contacts are
 * shown only to those editors (registry.ts) and never in the public directory.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { StaffInput } from '../../../api/institutions.js';
import type { Db } from '../../db/connection.js';
import { institutionStaff } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { NotFound } from '../../lib/errors.js';
import { editableInstitution } from './access.js';
import { getInstitution } from './registry.js';

function columns(input: Partial<StaffInput>) {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

export async function addStaff(db: Db, actor: Actor | null, id: string, input: StaffInput) {
  const { actor: a, row } = await editableInstitution(db, actor, id);
  await db.transaction(async (tx) => {
    const [staff] = await tx
      .insert(institutionStaff)
      .values({ ...columns(input), ...input, regionCode: row.regionCode, institutionId: id })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'institution_staff',
      entityId: staff!.id,
      regionCode: row.regionCode,
      after: staff,
    });
  });
  return getInstitution(db, a, id);
}

export async function updateStaff(
  db: Db,
  actor: Actor | null,
  id: string,
  staffId: string,
  input: Partial<StaffInput>,
) {
  const { actor: a, row } = await editableInstitution(db, actor, id);
  await db.transaction(async (tx) => {
    const where = and(eq(institutionStaff.institutionId, id), eq(institutionStaff.id, staffId));
    const [before] = await tx.select().from(institutionStaff).where(where).for('update');
    if (!before) throw new NotFound();
    const [after] = await tx
      .update(institutionStaff)
      .set({ ...columns(input), updatedAt: sql`now()` })
      .where(where)
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'institution_staff',
      entityId: staffId,
      regionCode: row.regionCode,
      before,
      after,
    });
  });
  return getInstitution(db, a, id);
}

export async function removeStaff(db: Db, actor: Actor | null, id: string, staffId: string) {
  const { actor: a, row } = await editableInstitution(db, actor, id);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .delete(institutionStaff)
      .where(and(eq(institutionStaff.institutionId, id), eq(institutionStaff.id, staffId)))
      .returning();
    if (!before) throw new NotFound();
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'institution_staff',
      entityId: staffId,
      regionCode: row.regionCode,
      before,
    });
  });
  return getInstitution(db, a, id);
}
