/**
 * Who may do what with a region's evidence repository (bukti dukung for the Evaluasi PUG):
 * pure predicates asked by the server (server/modules/evaluation-evidence) and the web.
 *
 * - Reading (the list, live records, computed figures, downloads): every role that reads the
 *   region — its admin, reviewers, pokja and operators, the provinsi above a kab/kota, the
 *   superadmin. A kab/kota never reads another's (canReadRegion). Evidence is the region's
 *   public-facing record of PUG (decrees, reports, photos of facilities), so operators read all
 *   of it: they answer worksheet questions assigned to them and need the region's evidence.
 * - Managing (upload, edit, delete any document): the region's admin daerah (DP3A), which keeps
 *   the repository for the Pokja PUG, and the superadmin.
 * - Operators of an OPD upload for their own OPD only, and edit or delete those: much evidence
 *   lives in the OPDs (a lactation room photo, an OPD's focal point decree scan), and DP3A
 *   otherwise collects it by e-mail every August. A document without an OPD, or of another
 *   OPD, stays DP3A's. Reviewers, pokja, provinsi and institution accounts never write.
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';

export function canReadEvidence(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

/** Every document of the region, with or without an OPD. */
export function canManageEvidence(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/** Whether the upload form shows at all: a manager, or an operator with an OPD of the region. */
export function canUploadEvidenceIn(actor: AccessActor, regionCode: string): boolean {
  if (canManageEvidence(actor, regionCode)) return true;
  return actor.role === 'operator_opd' && actor.regionCode === regionCode && actor.opdId !== null;
}

/**
 * Uploading, editing or deleting one document of `opdId` (null: the region's own). The same
 * test for a new document and an existing one: an operator may neither take over a document of
 * the region nor move theirs to another OPD (the server checks both the old and the new OPD).
 */
export function canWriteEvidence(actor: AccessActor, regionCode: string, opdId: string | null): boolean {
  if (canManageEvidence(actor, regionCode)) return true;
  return (
    actor.role === 'operator_opd' &&
    actor.regionCode === regionCode &&
    actor.opdId !== null &&
    opdId === actor.opdId
  );
}
