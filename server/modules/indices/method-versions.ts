/**
 * Index methods as versioned reference data: every version with how many values use it, and
 * a new version (superadmin only, audited). Versions are never edited or deleted, so a figure
 * stays recomputable exactly as it was published; new saves and imports use the latest.
 */
import { asc, count } from 'drizzle-orm';
import type { z } from 'zod';
import type { newMethodBody } from '../../../api/indices.js';
import { canManageIndexMethods } from '../../../domain/indices/access.js';
import { METHOD_PARAMS } from '../../../domain/indices/method-params.js';
import type { Db } from '../../db/connection.js';
import { indexMethods, indexValues } from '../../db/schema-indices.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { fieldErrorsOfZod } from '../../lib/zod-fields.js';
import { methodOf, type MethodRow } from './methods.js';

const detail = (row: MethodRow, values: number) => ({
  id: row.id,
  indexCode: row.indexCode,
  version: row.version,
  sourceNote: row.sourceNote,
  provisional: row.provisional,
  createdAt: row.createdAt.toISOString(),
  params: row.params,
  values,
});

export async function listMethods(db: Db, actor: Actor | null) {
  const a = requireActor(actor);
  const [rows, uses] = await Promise.all([
    db.select().from(indexMethods).orderBy(asc(indexMethods.indexCode), asc(indexMethods.version)),
    db.select({ id: indexValues.methodId, n: count() }).from(indexValues).groupBy(indexValues.methodId),
  ]);
  const usesOf = new Map(uses.map((u) => [u.id, u.n]));
  return { items: rows.map((r) => detail(r, usesOf.get(r.id) ?? 0)), canManage: canManageIndexMethods(a) };
}

export async function createMethodVersion(db: Db, actor: Actor | null, body: z.output<typeof newMethodBody>) {
  const a = requireActor(actor);
  if (!canManageIndexMethods(a)) throw new Forbidden();
  const params = METHOD_PARAMS[body.indexCode].safeParse(body.params);
  if (!params.success) throw new Invalid(fieldErrorsOfZod(params.error, 'params'), 'validation_failed');
  // Two admins adding a version at once: the later one is told to reload, never a 500.
  const row = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const latest = await methodOf(tx, body.indexCode);
        const [created] = await tx
          .insert(indexMethods)
          .values({
            indexCode: body.indexCode,
            version: latest.version + 1,
            params: params.data as Record<string, unknown>,
            sourceNote: body.sourceNote,
            provisional: body.provisional,
            createdBy: a.userId,
          })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'index_method',
          entityId: created!.id,
          before: { version: latest.version, params: latest.params, sourceNote: latest.sourceNote },
          after: { version: created!.version, params: created!.params, sourceNote: created!.sourceNote },
        });
        return created!;
      }),
    { index_methods_code_version_uq: () => new Conflict({ indexCode: 'index_value_stale' }) },
  );
  return detail(row, 0);
}
