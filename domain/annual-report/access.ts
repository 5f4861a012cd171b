/**
 * Who may read and write the annual PUG report of a region: pure predicates asked by the server
 * (server/modules/annual-report) and by the web's page and buttons.
 *
 * - Reading (the assembled figures, the drafts, the PDF and DOCX): whoever follows every OPD of
 *   the region — DP3A, the reviewers (Bappeda), the Pokja PUG, the province and superadmin. An
 *   operator OPD does not: the report holds every OPD's figures, which they read nowhere else.
 * - Writing the narrative: DP3A (admin daerah), which prepares the report, and the region's
 *   reviewer (Bappeda), which chairs the Pokja PUG (Permendagri 67/2011 Pasal 9) and co-writes
 *   its recommendations; superadmin. Province and pokja read only.
 */
import { canReviewPlanning, readsEveryOpd, type AccessActor } from '../access.js';

export function canReadAnnualReport(actor: AccessActor, regionCode: string): boolean {
  return readsEveryOpd(actor, regionCode);
}

export function canEditAnnualReport(actor: AccessActor, regionCode: string): boolean {
  // canReviewPlanning: the region's reviewer and admin daerah, or superadmin.
  return canReviewPlanning(actor, regionCode);
}
