import { ROLES, requiredRegionLevel, type Role } from '../../../../domain/roles.ts';
import { regionLevelOf } from '../../../../domain/region-code.ts';

/**
 * Roles a user in `regionCode` can hold, so the form never offers a combination the server
 * would refuse ("wrong region level"); only a superadmin may hand out superadmin.
 */
export function rolesForRegion(regionCode: string, actorRole: Role): Role[] {
  const level = regionLevelOf(regionCode);
  return ROLES.filter((role) => {
    if (role === 'superadmin' && actorRole !== 'superadmin') return false;
    const needed = requiredRegionLevel(role);
    if (needed === 'nasional') return level === 'nasional';
    if (needed === 'provinsi') return level === 'provinsi';
    return level === 'provinsi' || level === 'kabkota';
  });
}
