/**
 * Who may do what, by role, region and OPD. Pure predicates asked by the server (the assert*
 * wrappers of server/lib/permissions.ts and the services' own filters) and by the web (menus,
 * buttons, pickers), so the UI offers exactly what the server accepts and each rule is
 * written once.
 *
 * Region scope:
 * - superadmin: the whole country;
 * - provinsi: its province and every kab/kota in it (read only);
 * - admin daerah, reviewer, pokja, operator OPD: their own region only.
 * An operator OPD is bound to one OPD as well: in lists and planning documents they see that
 * OPD's and nothing else; an operator without an OPD sees nothing.
 *
 * An institution account (lembaga_layanan) reads no region at all: it reaches its own
 * institution only, through domain/institutions/access.ts, so every rule built on
 * canReadRegion refuses it.
 *
 * Accounts are decided in user-management.ts, approvals in separation-of-duties.ts.
 */
import { isWithinRegion } from './region-code.js';
import { capabilitiesOf, INSTITUTION_BOUND_ROLES, type Role } from './roles.js';

/** The facts every rule needs: the server's Actor and the web's signed-in user both fit. */
export interface AccessActor {
  role: Role;
  regionCode: string;
  opdId: string | null;
  /** The institution an institution account is bound to (institution_accounts); else null/absent. */
  institutionId?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Regions

export function canReadRegion(actor: AccessActor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  if (INSTITUTION_BOUND_ROLES.includes(actor.role)) return false;
  if (actor.role === 'provinsi') return isWithinRegion(regionCode, actor.regionCode);
  return regionCode === actor.regionCode;
}

/** Administering a region: its OPDs, users, settings, letterhead, RPJMD and budget import. */
export function canManageRegion(actor: AccessActor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  return actor.role === 'admin_daerah' && regionCode === actor.regionCode;
}

export function canManageOpds(actor: AccessActor, regionCode: string): boolean {
  return capabilitiesOf(actor.role).manageOpd && canManageRegion(actor, regionCode);
}

export function canManageUsers(actor: AccessActor, regionCode: string): boolean {
  return capabilitiesOf(actor.role).manageUsers && canManageRegion(actor, regionCode);
}

/** Reading the audit log of a region; `null` means every region at once (superadmin only). */
export function canReadAudit(actor: AccessActor, regionCode: string | null): boolean {
  if (!capabilitiesOf(actor.role).readAudit) return false;
  return regionCode === null ? actor.role === 'superadmin' : canManageRegion(actor, regionCode);
}

// ---------------------------------------------------------------------------------------------
// OPD scope

/**
 * Which OPDs an actor's list of a region is limited to: every OPD (`all`), one (`opd`), or
 * none at all (`none`: the region is not theirs, or an operator has no OPD). Lists filter by
 * it rather than by role, so no caller needs a placeholder id that matches nothing.
 */
export type OpdScope = { kind: 'all' } | { kind: 'opd'; opdId: string } | { kind: 'none' };

/**
 * The OPD scope of a list of `regionCode`, narrowed to `asked` when the caller filters by one
 * OPD. An operator's list is their own OPD's whatever they ask for.
 */
export function opdScopeOf(actor: AccessActor, regionCode: string, asked?: string | null): OpdScope {
  if (!canReadRegion(actor, regionCode)) return { kind: 'none' };
  if (actor.role === 'operator_opd') {
    return actor.opdId ? { kind: 'opd', opdId: actor.opdId } : { kind: 'none' };
  }
  return asked ? { kind: 'opd', opdId: asked } : { kind: 'all' };
}

export function scopeIncludes(scope: OpdScope, opdId: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'opd' && scope.opdId === opdId);
}

/**
 * Whether the actor follows every OPD of the region (and may pick one): everyone who reads it
 * but an operator, who follows their own.
 */
export function readsEveryOpd(actor: AccessActor, regionCode: string): boolean {
  return opdScopeOf(actor, regionCode).kind === 'all';
}

/**
 * Reading one OPD's planning documents (sub-kegiatan, Renstra targets, GAP/GBS/TOR): within
 * the actor's OPD scope of the region.
 */
export function canReadOpdPlanning(actor: AccessActor, regionCode: string, opdId: string): boolean {
  return scopeIncludes(opdScopeOf(actor, regionCode), opdId);
}

/**
 * Editing an OPD's own data (values, sub-kegiatan lines, Renstra, GAP drafts, signatory): the
 * operator of that OPD, or the region's admin. Reviewers, pokja and provinsi only read.
 */
export function canEditOpdData(actor: AccessActor, regionCode: string, opdId: string): boolean {
  if (canManageRegion(actor, regionCode)) return true;
  return actor.role === 'operator_opd' && actor.regionCode === regionCode && actor.opdId === opdId;
}

/**
 * Whether the actor edits the data of at least one OPD of the region: the gate of data entry,
 * of imports and of the "add line" buttons, before the OPD itself is known.
 */
export function canEditOpdDataIn(actor: AccessActor, regionCode: string): boolean {
  if (canManageRegion(actor, regionCode)) return true;
  return actor.role === 'operator_opd' && actor.regionCode === regionCode && actor.opdId !== null;
}

// ---------------------------------------------------------------------------------------------
// Data terpilah

/**
 * Importing values into a region: whoever enters its data — its admin (any indicator) and its
 * operators (their OPD's indicators; the check narrows the rows).
 */
export function canImport(actor: AccessActor, regionCode: string): boolean {
  return canEditOpdDataIn(actor, regionCode);
}

/** Verifying (or returning) a region's submitted values: its admin daerah (DP3A), or superadmin. */
export function canVerifyData(actor: AccessActor, regionCode: string): boolean {
  return canManageOpds(actor, regionCode);
}

/**
 * The status an import's values may land in (domain/import-batch.ts): draft for whoever
 * imports; submitted or verified only for who verifies the region's values (DP3A importing on
 * behalf of its OPDs), since either skips a step of the review that only they may skip.
 */
export function canLandImportAs(
  actor: AccessActor,
  regionCode: string,
  status: 'draft' | 'submitted' | 'verified',
): boolean {
  if (!canImport(actor, regionCode)) return false;
  return status === 'draft' || canVerifyData(actor, regionCode);
}

/** The values review board: who follows every OPD's submissions of the region. */
export function seesDataReview(actor: AccessActor, regionCode: string): boolean {
  return readsEveryOpd(actor, regionCode);
}

/**
 * Catalog entries (indicators, dimension sets, rules) belong to the nation or to a region:
 * superadmin manages every one, a region's admin daerah that region's own.
 */
export function canManageCatalog(actor: AccessActor, ownerRegionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  return actor.role === 'admin_daerah' && actor.regionCode === ownerRegionCode;
}

// ---------------------------------------------------------------------------------------------
// PPRG

/**
 * Reviewing PPRG documents (comment, ask for revision, approve): the region's reviewer (Tim
 * Driver) and admin daerah (DP3A), or superadmin. Reviewers never edit content.
 */
export function canReviewPlanning(actor: AccessActor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  return (actor.role === 'reviewer' || actor.role === 'admin_daerah') && actor.regionCode === regionCode;
}

/**
 * The PPRG review queue of a region: the reviewers and DP3A who decide, and the readers
 * (pokja, provinsi) who follow; an operator finds their own OPD's documents on the planning list.
 */
export function seesReviewQueue(actor: AccessActor, regionCode: string): boolean {
  return readsEveryOpd(actor, regionCode);
}
