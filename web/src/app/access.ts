/**
 * The signed-in user as the shared access rules take them (domain/access.ts): the web's menus,
 * guards and buttons ask the same predicates the server's checks do, so the UI offers exactly
 * what the server accepts.
 */
import { opdScopeOf, type AccessActor } from '../../../domain/access.ts';
import type { Me } from './types.ts';

export function accessActorOf(me: Me): AccessActor {
  return { role: me.role, regionCode: me.region.code, opdId: me.opdId, institutionId: me.institutionId };
}

/**
 * The OPD a region's page shows: the one asked for, or an operator's own whatever is asked;
 * null for every OPD (or, for an operator without an OPD, none).
 */
export function opdShownTo(me: Me, regionCode: string, asked: string | null): string | null {
  const scope = opdScopeOf(accessActorOf(me), regionCode, asked);
  return scope.kind === 'opd' ? scope.opdId : null;
}
