import type { Me, Role } from '../../app/types.ts';

/**
 * What the planning pages offer a role; the server checks the same rules
 * (server/lib/permissions.ts: canReadOpdPlanning, assertCanEditOpdData, canManageRegion).
 */
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

const ADMINS: readonly Role[] = ['superadmin', 'admin_daerah'];

export function planningAccessOf(role: Role): PlanningAccess {
  const admin = ADMINS.includes(role);
  const operator = role === 'operator_opd';
  return {
    pickOpd: !operator,
    editLines: admin || operator,
    importBudget: admin,
    manageRpjmd: admin,
    manageLetterhead: admin,
    seeLetterheadPage: admin || operator,
  };
}

/** Whether this user may edit the data (lines, Renstra, signatory) of one OPD. */
export function mayEditOpd(me: Me, opdId: string | null): boolean {
  if (ADMINS.includes(me.role)) return true;
  return me.role === 'operator_opd' && opdId !== null && me.opdId === opdId;
}
