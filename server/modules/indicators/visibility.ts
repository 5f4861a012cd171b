/**
 * Which catalog entries a region sees: the national catalog, its province's own, and its own.
 */
import { inArray, type Column } from 'drizzle-orm';
import { NATIONAL_CODE, parentRegionCode } from '../../../domain/region-code.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';

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

/**
 * The owners whose entries a caller may list as "what applies in `regionCode`", for the
 * catalog parts that are a region's working configuration rather than public metadata
 * (validation rules): the national ones are public; a region's own and its province's are
 * listed only to who reads the region (401 anonymous, 403 another region), so an anonymous
 * caller cannot walk the region codes and collect every region's rules.
 */
export function catalogOwnersReadableBy(actor: Actor | null, regionCode: string | undefined): string[] {
  if (!regionCode || regionCode === NATIONAL_CODE) return [NATIONAL_CODE];
  assertCanReadRegion(actor, regionCode);
  return catalogOwnersFor(regionCode);
}
