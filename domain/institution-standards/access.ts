/**
 * Who may do what with standards and standardisation dossiers (issue 12). Pure predicates the
 * server (server/modules/institution-standards) and the web's buttons both ask.
 *
 * - Standards are national data: every signed-in user reads the published ones; the
 *   superadmin writes, imports, publishes and retires them (and alone sees drafts).
 * - A dossier belongs to its institution's region. The institution's own account (limited to
 *   its institution) and the region's DP3A (admin daerah, filling on its behalf) fill it; the
 *   superadmin may too.
 * - DP3A reviews each criterion and forwards; the province's provinsi users take the province
 *   stage; the superadmin the national stage (and, as the national authority, any stage).
 *   Only these decide — an institution never does.
 * - The region's readers (not an OPD operator, whose work is their OPD's) and the provinsi
 *   above read the region's dossiers and the progress board; an institution account reads only
 *   its own institution's dossiers.
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';
import { isWithinRegion } from '../region-code.js';
import { INSTITUTION_ACCOUNT_ROLE } from '../roles.js';
import type { DossierStage } from './constants.js';

/** The actor, with the institution an institution account is bound to (AccessActor.institutionId). */
export type StandardsActor = AccessActor;

export function isInstitutionAccount(actor: StandardsActor): boolean {
  return actor.role === INSTITUTION_ACCOUNT_ROLE;
}

export function canReadStandards(actor: StandardsActor): boolean {
  return !!actor.role;
}

export function canManageStandards(actor: StandardsActor): boolean {
  return actor.role === 'superadmin';
}

/** The facts of a dossier the rules need. */
export interface DossierOwnerFacts {
  regionCode: string;
  institutionId: string;
}

/** Reading a region's dossiers and board (not one institution's). */
export function canReadRegionDossiers(actor: StandardsActor, regionCode: string): boolean {
  if (isInstitutionAccount(actor) || actor.role === 'operator_opd') return false;
  return canReadRegion(actor, regionCode);
}

export function canReadDossier(actor: StandardsActor, d: DossierOwnerFacts): boolean {
  if (isInstitutionAccount(actor))
    return (
      actor.regionCode === d.regionCode && !!actor.institutionId && actor.institutionId === d.institutionId
    );
  return canReadRegionDossiers(actor, d.regionCode);
}

/** Opening, filling and submitting: the institution itself, or DP3A (and superadmin) for it. */
export function canFillDossier(actor: StandardsActor, d: DossierOwnerFacts): boolean {
  if (isInstitutionAccount(actor)) return canReadDossier(actor, d);
  return canManageRegion(actor, d.regionCode);
}

/** The reviewer of a stage: DP3A (admin daerah of the region), the province, the national level. */
export function canActAtStage(actor: StandardsActor, stage: DossierStage, regionCode: string): boolean {
  if (actor.role === 'superadmin') return stage !== 'draft' && stage !== 'fixing' && stage !== 'decided';
  if (stage === 'dp3a_review') return actor.role === 'admin_daerah' && actor.regionCode === regionCode;
  if (stage === 'province_review')
    return actor.role === 'provinsi' && isWithinRegion(regionCode, actor.regionCode);
  return false;
}

/** Revoking a standardisation (a decision found wrong): DP3A of the region, the province, the superadmin. */
export function canRevokeStandardisation(actor: StandardsActor, regionCode: string): boolean {
  if (actor.role === 'superadmin') return true;
  if (actor.role === 'provinsi') return isWithinRegion(regionCode, actor.regionCode);
  return actor.role === 'admin_daerah' && actor.regionCode === regionCode;
}
