import {
  canReadMonevDashboard,
  canReadMonevResults,
  canReadMonevSettings,
} from '../../../../domain/monev/access.ts';
import type { AccessActor } from '../../../../domain/access.ts';

/**
 * Whether the monev pages are for this user in a region: its readers (domain/monev/access.ts
 * lets every region reader read the list and the settings; an operator sees their own OPD's
 * reports, reviewers verify, DP3A reopens, Pokja and provinsi read). The buttons on the pages
 * follow the report's `can`, computed by the server with the same module's predicates.
 */
export function seesMonev(actor: AccessActor, regionCode: string): boolean {
  return canReadMonevSettings(actor, regionCode);
}

/** The dashboard: whoever the server lets read it (an operator gets their OPD's figures). */
export function seesMonevDashboard(actor: AccessActor, regionCode: string): boolean {
  return canReadMonevDashboard(actor, regionCode);
}

/** The settings page: every reader of the region reads it; its admin edits (the page asks). */
export function seesMonevSettings(actor: AccessActor, regionCode: string): boolean {
  return canReadMonevSettings(actor, regionCode);
}

/** The yearly result (Hasil Pengendalian dan Evaluasi): the region's readers; an operator gets their OPD's row. */
export function seesMonevResults(actor: AccessActor, regionCode: string): boolean {
  return canReadMonevResults(actor, regionCode);
}
