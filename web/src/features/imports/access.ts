import { capabilitiesOf, type Role } from '../../../../domain/roles.ts';

/** Mirrors server/modules/imports/service.ts: the region's admin (or superadmin) and operators. */
export function canImport(role: Role): boolean {
  return role === 'operator_opd' || capabilitiesOf(role).manageOpd;
}
