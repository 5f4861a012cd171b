/**
 * The server's side of "who may do what": each assert* wrapper asks one predicate of
 * domain/access.ts (the rules, shared with the web's buttons) and throws Unauthenticated for
 * the anonymous public, Forbidden for a signed-in caller the rule refuses. Services that only
 * need the answer (to filter a list, to hide a 404) ask domain/access.ts directly.
 */
import {
  canEditOpdData,
  canImport,
  canManageCatalog,
  canManageOpds,
  canManageRegion,
  canManageUsers,
  canReadAudit,
  canReadOpdPlanning,
  canReadRegion,
  canReviewPlanning,
  canVerifyData,
} from '../../domain/access.js';
import type { Actor } from './actor.js';
import { Forbidden, Unauthenticated } from './errors.js';

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Unauthenticated();
  return actor;
}

/** The signed-in actor if `allowed` says yes; Unauthenticated or Forbidden otherwise. */
function assertBy(actor: Actor | null, allowed: (a: Actor) => boolean): Actor {
  const a = requireActor(actor);
  if (!allowed(a)) throw new Forbidden();
  return a;
}

export function assertCanReadRegion(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canReadRegion(a, regionCode));
}

/** Administering a region: settings, letterhead, RPJMD, budget import. */
export function assertCanManageRegion(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canManageRegion(a, regionCode));
}

export function assertCanManageOpd(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canManageOpds(a, regionCode));
}

export function assertCanManageUsers(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canManageUsers(a, regionCode));
}

/** Reading the audit log; `regionCode` null means every region (superadmin only). */
export function assertCanReadAudit(actor: Actor | null, regionCode: string | null): Actor {
  return assertBy(actor, (a) => canReadAudit(a, regionCode));
}

export function assertCanEditOpdData(actor: Actor | null, regionCode: string, opdId: string): Actor {
  return assertBy(actor, (a) => canEditOpdData(a, regionCode, opdId));
}

export function assertCanManageCatalog(actor: Actor | null, ownerRegionCode: string): Actor {
  return assertBy(actor, (a) => canManageCatalog(a, ownerRegionCode));
}

export function assertCanVerifyData(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canVerifyData(a, regionCode));
}

export function assertCanImport(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canImport(a, regionCode));
}

export function assertCanReadOpdPlanning(actor: Actor | null, regionCode: string, opdId: string): Actor {
  return assertBy(actor, (a) => canReadOpdPlanning(a, regionCode, opdId));
}

export function assertCanReviewPlanning(actor: Actor | null, regionCode: string): Actor {
  return assertBy(actor, (a) => canReviewPlanning(a, regionCode));
}
