/**
 * Which maps a user may open. A map colours every region of a scope, so it needs what GET
 * /api/explore/regions needs (server/modules/explore/region-figures.ts): the scope and every
 * region in it readable (access.ts canReadRegion) — the nation and any province for
 * superadmin, its own province for a provinsi account. A kab/kota account and a province's own
 * region admin read only their own region, not their neighbours, so they open no map.
 */
import { canReadRegion, type AccessActor } from '../access.js';
import { NATIONAL_CODE, regionLevelOf } from '../region-code.js';

export interface MapScopes {
  /** The whole nation (its provinces, or all of its kab/kota). */
  national: boolean;
  /** Which provinces' kab/kota: every one, or one province's code, or none. */
  provinces: 'all' | string | null;
}

export function mapScopesOf(actor: AccessActor): MapScopes {
  if (canReadRegion(actor, NATIONAL_CODE)) return { national: true, provinces: 'all' };
  if (actor.role === 'provinsi' && regionLevelOf(actor.regionCode) === 'provinsi') {
    return { national: false, provinces: actor.regionCode };
  }
  return { national: false, provinces: null };
}

export function seesMaps(actor: AccessActor): boolean {
  const scopes = mapScopesOf(actor);
  return scopes.national || scopes.provinces !== null;
}
