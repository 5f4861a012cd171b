/**
 * A region's own switches (region_settings); today the waiver of separation of duties on
 * approvals (domain/separation-of-duties.ts). Readers of the region read them, so review
 * screens can say why an approve button is missing; only the region's admin daerah or
 * superadmin change them, and every change is audited with the value before and after.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { regionSettings, users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { assertCanManageRegion, assertCanReadRegion } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import type { RegionSettingsDto, RegionSettingsInput } from '../../../api/region-settings.js';

/** What a region without a row has: every safeguard on. */
const DEFAULTS: RegionSettingsInput = { selfApprovalAllowed: false };

/** Whether the region waived separation of duties; read inside the deciding transaction. */
export async function selfApprovalAllowed(db: Db, regionCode: string): Promise<boolean> {
  const [row] = await db
    .select({ allowed: regionSettings.selfApprovalAllowed })
    .from(regionSettings)
    .where(eq(regionSettings.regionCode, regionCode));
  return row?.allowed ?? DEFAULTS.selfApprovalAllowed;
}

async function readSettings(db: Db, regionCode: string): Promise<RegionSettingsDto> {
  const [row] = await db
    .select({
      selfApprovalAllowed: regionSettings.selfApprovalAllowed,
      updatedAt: regionSettings.updatedAt,
      updatedById: regionSettings.updatedBy,
      updatedByName: users.fullName,
    })
    .from(regionSettings)
    .leftJoin(users, eq(users.id, regionSettings.updatedBy))
    .where(eq(regionSettings.regionCode, regionCode));
  if (!row) return { regionCode, ...DEFAULTS, updatedAt: null, updatedBy: null };
  return {
    regionCode,
    selfApprovalAllowed: row.selfApprovalAllowed,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedById
      ? { id: row.updatedById, name: row.updatedByName ?? 'pengguna terhapus' }
      : null,
  };
}

export async function getRegionSettings(db: Db, actor: Actor | null, regionCode: string) {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  return readSettings(db, regionCode);
}

export async function putRegionSettings(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: RegionSettingsInput,
) {
  const a = assertCanManageRegion(actor, regionCode);
  await getRegion(db, regionCode);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ selfApprovalAllowed: regionSettings.selfApprovalAllowed })
      .from(regionSettings)
      .where(eq(regionSettings.regionCode, regionCode))
      .for('update');
    const values = { ...input, updatedBy: a.userId, updatedAt: sql`now()` };
    const [after] = await tx
      .insert(regionSettings)
      .values({ regionCode, ...values })
      .onConflictDoUpdate({ target: regionSettings.regionCode, set: values })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'region_settings',
      entityId: regionCode,
      regionCode,
      before: before ?? DEFAULTS,
      after: { selfApprovalAllowed: after.selfApprovalAllowed },
    });
  });
  return readSettings(db, regionCode);
}
