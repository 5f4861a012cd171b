/**
 * A region's own switches (region_settings): the waiver of separation of duties on approvals
 * (domain/separation-of-duties.ts) and the open-data licence of its public data
 * (domain/portal-license.ts, read by the portal's catalogue). Readers of the region read them, so review
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
import { DEFAULT_PORTAL_LICENSE, type PortalLicense } from '../../../domain/portal-license.js';

interface Settings {
  selfApprovalAllowed: boolean;
  portalLicense: PortalLicense;
}

/** What a region without a row has: every safeguard on, the default open licence. */
const DEFAULTS: Settings = { selfApprovalAllowed: false, portalLicense: DEFAULT_PORTAL_LICENSE };

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
      portalLicense: regionSettings.portalLicense,
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
    portalLicense: row.portalLicense,
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
      .select({
        selfApprovalAllowed: regionSettings.selfApprovalAllowed,
        portalLicense: regionSettings.portalLicense,
      })
      .from(regionSettings)
      .where(eq(regionSettings.regionCode, regionCode))
      .for('update');
    // A PUT names the settings it changes; the others keep their value (or the default).
    const merged: Settings = { ...(before ?? DEFAULTS), ...definedOf(input) };
    const values = { ...merged, updatedBy: a.userId, updatedAt: sql`now()` };
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
      after: { selfApprovalAllowed: after.selfApprovalAllowed, portalLicense: after.portalLicense },
    });
  });
  return readSettings(db, regionCode);
}

/** The fields a request named (an absent optional field is undefined, not a change). */
function definedOf(input: RegionSettingsInput): Partial<Settings> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Settings>;
}
