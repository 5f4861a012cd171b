/**
 * Disaggregation dimensions: the built-in sets (domain/indicators.ts) and those an admin
 * defines — national ones by superadmin, a region's own by its admin daerah.
 */
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { dimensionMembers, dimensionSets } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Invalid } from '../../lib/errors.js';
import { assertCanManageCatalog, requireActor } from '../../lib/permissions.js';
import type { CreateDimensionSetInput } from '../../../api/indicators.js';

export async function createDimensionSet(db: Db, actor: Actor | null, input: CreateDimensionSetInput) {
  const caller = requireActor(actor);
  const owner = input.ownerRegionCode ?? (caller.role === 'superadmin' ? NATIONAL_CODE : caller.regionCode);
  const a = assertCanManageCatalog(caller, owner);
  const codes = input.members.map((m) => m.code);
  if (new Set(codes).size !== codes.length) throw new Invalid({ members: 'member_duplicate' });
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        await tx
          .insert(dimensionSets)
          .values({ code: input.code, ownerRegionCode: owner, nameId: input.nameId, nameEn: input.nameEn });
        await tx
          .insert(dimensionMembers)
          .values(input.members.map((m, i) => ({ setCode: input.code, ...m, sortOrder: i })));
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'dimension_set',
          entityId: input.code,
          regionCode: owner === NATIONAL_CODE ? null : owner,
          after: input,
        });
        return {
          code: input.code,
          ownerRegionCode: owner,
          nameId: input.nameId,
          nameEn: input.nameEn,
          builtin: false,
          members: input.members,
        };
      }),
    { dimension_sets_pkey: () => new Conflict({ code: 'dimension_code_taken' }) },
  );
}
