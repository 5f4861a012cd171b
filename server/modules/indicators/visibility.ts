/**
 * Which catalog entries a region sees: the national catalog, its province's own, and its own.
 */
import { inArray, type Column } from 'drizzle-orm';
import { NATIONAL_CODE, parentRegionCode } from '../../../domain/region-code.js';

export function catalogOwnersFor(regionCode: string | undefined): string[] {
  if (!regionCode || regionCode === NATIONAL_CODE) return [NATIONAL_CODE];
  const owners = [NATIONAL_CODE, regionCode];
  const parent = parentRegionCode(regionCode);
  if (parent && parent !== NATIONAL_CODE) owners.push(parent);
  return owners;
}

export function visibleTo(column: Column, regionCode: string | undefined) {
  return inArray(column, catalogOwnersFor(regionCode));
}
