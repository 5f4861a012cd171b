import { canManageCatalog } from '../../../../domain/access.ts';
import { NATIONAL_CODE, parentRegionCode } from '../../../../domain/region-code.ts';
import { accessActorOf } from '../../app/access.ts';
import type { Me, Region } from '../../app/types.ts';

/** Who may change which catalog entries: domain/access.ts canManageCatalog, as the server asks. */
export interface CatalogAccess {
  /** May this user change an entry (indicator, dimension set, rule) with this owner? */
  canManage: (ownerRegionCode: string) => boolean;
  /** Whether "Add …" buttons show at all on the page of `region`. */
  canAdd: boolean;
  /**
   * Owners a new entry may get here, the default first. A superadmin working on a region may
   * add to the national catalog or to that region's own; an admin daerah only to their region.
   */
  owners: string[];
}

export function catalogAccessOf(me: Me, region: Region): CatalogAccess {
  const actor = accessActorOf(me);
  const canManage = (owner: string) => canManageCatalog(actor, owner);
  // On a region's page an entry may be the nation's or the region's own, the nation's first.
  const owners = [...new Set([NATIONAL_CODE, region.code])].filter(canManage);
  return { canManage, canAdd: owners.length > 0, owners };
}

export const isNationalOwner = (owner: string) => owner === NATIONAL_CODE;

/**
 * Whose catalog entries an entry owned by `owner` may refer to (a rate's parts, dimensions,
 * a rule's indicators): the national catalog, the owner's own and its province's, as
 * `catalogOwnersFor` on the server decides.
 */
export function ownersVisibleTo(owner: string): string[] {
  if (owner === NATIONAL_CODE) return [NATIONAL_CODE];
  const parent = parentRegionCode(owner);
  return [NATIONAL_CODE, owner, ...(parent && parent !== NATIONAL_CODE ? [parent] : [])];
}
