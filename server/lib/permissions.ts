/**
 * The one place that decides who may do what, by role and region. Every service calls these
 * before touching data; the UI's hints (domain/roles.ts capabilitiesOf) mirror them.
 *
 * Region scope:
 * - superadmin: the whole country;
 * - provinsi: its province and every kab/kota in it (read and, later, verify);
 * - admin daerah, reviewer, pokja, operator OPD: their own region only.
 */
import { capabilitiesOf } from '../../domain/roles.js';
import { isWithinRegion } from '../../domain/region-code.js';
import type { Actor } from './actor.js';
import { Forbidden, Unauthenticated } from './errors.js';

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Unauthenticated();
  return actor;
}

export function canReadRegion(actor: Actor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  if (actor.role === 'provinsi') return isWithinRegion(regionCode, actor.regionCode);
  return regionCode === actor.regionCode;
}

/** Administering a region: its OPDs, users and audit log. */
export function canManageRegion(actor: Actor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  return actor.role === 'admin_daerah' && regionCode === actor.regionCode;
}

export function assertCanReadRegion(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!canReadRegion(a, regionCode)) throw new Forbidden();
  return a;
}

export function assertCanManageOpd(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!capabilitiesOf(a.role).manageOpd || !canManageRegion(a, regionCode)) throw new Forbidden();
  return a;
}

export function assertCanManageUsers(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!capabilitiesOf(a.role).manageUsers || !canManageRegion(a, regionCode)) throw new Forbidden();
  return a;
}

/** Reading the audit log; `regionCode` null means every region (superadmin only). */
export function assertCanReadAudit(actor: Actor | null, regionCode: string | null): Actor {
  const a = requireActor(actor);
  if (!capabilitiesOf(a.role).readAudit) throw new Forbidden();
  if (regionCode === null ? a.role !== 'superadmin' : !canManageRegion(a, regionCode)) throw new Forbidden();
  return a;
}

/**
 * Editing an OPD's own data (values, plans, reports in later modules): the operator of that
 * OPD, or the region's admin. Reviewers, pokja and provinsi only read.
 */
export function assertCanEditOpdData(actor: Actor | null, regionCode: string, opdId: string): Actor {
  const a = requireActor(actor);
  if (canManageRegion(a, regionCode)) return a;
  if (a.role === 'operator_opd' && a.regionCode === regionCode && a.opdId === opdId) return a;
  throw new Forbidden();
}

/**
 * Catalog entries (indicators, dimension sets, rules) belong to the nation or to a region:
 * superadmin manages national ones, a region's admin daerah that region's own.
 */
export function assertCanManageCatalog(actor: Actor | null, ownerRegionCode: string): Actor {
  const a = requireActor(actor);
  if (a.role === 'superadmin') return a;
  if (a.role === 'admin_daerah' && a.regionCode === ownerRegionCode) return a;
  throw new Forbidden();
}

/** Verifying a region's submitted data: its admin daerah (DP3A), or superadmin. */
export function assertCanVerifyData(actor: Actor | null, regionCode: string): Actor {
  return assertCanManageOpd(actor, regionCode);
}

/**
 * Reading one OPD's planning documents (sub-kegiatan, GAP/GBS/TOR drafts): an operator only
 * their own OPD's; everyone else who can read the region, any OPD's.
 */
export function canReadOpdPlanning(actor: Actor, regionCode: string, opdId: string): boolean {
  if (!canReadRegion(actor, regionCode)) return false;
  return actor.role !== 'operator_opd' || actor.opdId === opdId;
}

export function assertCanReadOpdPlanning(actor: Actor | null, regionCode: string, opdId: string): Actor {
  const a = requireActor(actor);
  if (!canReadOpdPlanning(a, regionCode, opdId)) throw new Forbidden();
  return a;
}

/**
 * Reviewing PPRG documents (comment, ask for revision, approve): the region's reviewer (Tim
 * Driver) and admin daerah (DP3A), or superadmin. Reviewers never edit content.
 */
export function canReviewPlanning(actor: Actor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  return (actor.role === 'reviewer' || actor.role === 'admin_daerah') && actor.regionCode === regionCode;
}

export function assertCanReviewPlanning(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!canReviewPlanning(a, regionCode)) throw new Forbidden();
  return a;
}
