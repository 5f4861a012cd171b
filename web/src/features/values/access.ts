import { capabilitiesOf, type Role } from '../../../../domain/roles.ts';

/**
 * Who does what with data values, mirroring server/lib/permissions.ts: the region's admin
 * (and superadmin) verifies; operators follow their own OPD on the entry page, everyone else
 * who reads the region also sees the review board.
 */
export function dataAccessOf(role: Role) {
  return {
    seeReview: role !== 'operator_opd',
    verify: capabilitiesOf(role).manageOpd,
    pickOpd: role !== 'operator_opd',
  };
}
