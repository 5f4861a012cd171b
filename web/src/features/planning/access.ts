import {
  canEditOpdData,
  canEditOpdDataIn,
  canManageRegion,
  readsEveryOpd,
} from '../../../../domain/access.ts';
import { accessActorOf } from '../../app/access.ts';
import type { Me } from '../../app/types.ts';

/** What the planning pages of a region offer the user, by the shared rules (domain/access.ts). */
export interface PlanningAccess {
  /** May look at any OPD of the region (everyone but operators, who see their own). */
  pickOpd: boolean;
  /** May add, edit and tag sub-kegiatan lines and start a GAP (of the OPD(s) they may edit). */
  editLines: boolean;
  /** May import the region's budget file (admin daerah, superadmin). */
  importBudget: boolean;
  /** May create and edit RPJMD periods and their goals (admin daerah, superadmin). */
  manageRpjmd: boolean;
  /** May edit the letterhead and every OPD's signatory. */
  manageLetterhead: boolean;
  /** May open the letterhead page (admins; operators for their own OPD's signatory). */
  seeLetterheadPage: boolean;
}

export function planningAccessOf(me: Me, regionCode: string): PlanningAccess {
  const actor = accessActorOf(me);
  const admin = canManageRegion(actor, regionCode);
  const editor = canEditOpdDataIn(actor, regionCode);
  return {
    pickOpd: readsEveryOpd(actor, regionCode),
    editLines: editor,
    importBudget: admin,
    manageRpjmd: admin,
    manageLetterhead: admin,
    seeLetterheadPage: editor,
  };
}

/** Whether this user may edit the data (lines, Renstra, signatory, GAP) of one OPD of the region. */
export function mayEditOpd(me: Me, regionCode: string, opdId: string | null): boolean {
  return opdId !== null && canEditOpdData(accessActorOf(me), regionCode, opdId);
}
