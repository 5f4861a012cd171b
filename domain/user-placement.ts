/**
 * Where a user of a role may sit: superadmin at the national level, provinsi at a province,
 * every other role at a province's or kab/kota's own offices; only OPD operators belong to
 * an OPD, and they must. Returns the broken rules as field -> message key.
 */
import type { RegionLevel } from './region-code.js';
import { OPD_BOUND_ROLES, requiredRegionLevel, type Role } from './roles.js';

export type PlacementProblem =
  'region_level_wrong_for_role' | 'opd_required_for_role' | 'opd_not_allowed_for_role';

export function placementProblems(
  role: Role,
  regionLevel: RegionLevel,
  hasOpd: boolean,
): Partial<Record<'regionCode' | 'opdId', PlacementProblem>> {
  const problems: Partial<Record<'regionCode' | 'opdId', PlacementProblem>> = {};
  const required = requiredRegionLevel(role);
  const levelOk =
    required === 'daerah'
      ? regionLevel === 'provinsi' || regionLevel === 'kabkota'
      : regionLevel === required;
  if (!levelOk) problems.regionCode = 'region_level_wrong_for_role';
  const needsOpd = OPD_BOUND_ROLES.includes(role);
  if (needsOpd && !hasOpd) problems.opdId = 'opd_required_for_role';
  if (!needsOpd && hasOpd) problems.opdId = 'opd_not_allowed_for_role';
  return problems;
}
