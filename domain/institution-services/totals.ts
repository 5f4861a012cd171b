/**
 * The arithmetic a service record must satisfy before it is stored: the age groups add up to
 * the beneficiaries by sex, each target group is at most the beneficiaries it belongs to, a
 * record with beneficiaries has at least one service, and family-quality kinds (and only they)
 * name the Permen PPPA 6/2013 dimensions they addressed. Answers problems by field path, so
 * the form and the API both point at the field to fix.
 */
import {
  AGE_GROUPS,
  isFamilyKind,
  type AgeGroup,
  type FamilyDimension,
  type TargetGroup,
} from './constants.js';

export interface ServiceFigures {
  kind: string;
  servicesCount: number;
  female: number;
  male: number;
  ageGroups: Record<AgeGroup, number>;
  /** Left out or null: not counted for this record. */
  targetGroups: Partial<Record<TargetGroup, number | null>>;
  familyDimensions: readonly FamilyDimension[];
}

export type TotalsProblem =
  | 'services_age_total_mismatch'
  | 'services_count_missing'
  | 'services_target_exceeds'
  | 'services_dimensions_required'
  | 'services_dimensions_not_family'
  | 'services_dimension_duplicate';

export function ageTotal(ageGroups: Record<AgeGroup, number>): number {
  return AGE_GROUPS.reduce((sum, g) => sum + (ageGroups[g] ?? 0), 0);
}

/** What each target group may not exceed. */
function targetLimit(group: TargetGroup, f: ServiceFigures): number {
  switch (group) {
    case 'perempuan':
    case 'ibu_hamil':
      return f.female;
    case 'lansia':
      return f.ageGroups['60_plus'];
    case 'anak':
      return f.ageGroups['0_17'];
    case 'disabilitas':
      return f.female + f.male;
  }
}

export function totalsProblems(f: ServiceFigures): Record<string, TotalsProblem> {
  const problems: Record<string, TotalsProblem> = {};
  const total = f.female + f.male;
  if (ageTotal(f.ageGroups) !== total) problems.ageGroups = 'services_age_total_mismatch';
  if (total > 0 && f.servicesCount < 1) problems.servicesCount = 'services_count_missing';
  for (const [group, n] of Object.entries(f.targetGroups) as [TargetGroup, number | null][]) {
    if (n != null && n > targetLimit(group, f)) problems[`targetGroups.${group}`] = 'services_target_exceeds';
  }
  const family = isFamilyKind(f.kind);
  if (family && f.familyDimensions.length === 0) problems.familyDimensions = 'services_dimensions_required';
  if (!family && f.familyDimensions.length > 0) problems.familyDimensions = 'services_dimensions_not_family';
  const seen = new Set<string>();
  f.familyDimensions.forEach((d, i) => {
    if (seen.has(d)) problems[`familyDimensions.${i}`] = 'services_dimension_duplicate';
    seen.add(d);
  });
  return problems;
}
