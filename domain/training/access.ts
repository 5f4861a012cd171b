/**
 * Who may see and keep a meeting's training records. The organisers of the region's meetings
 * (its admin daerah — DP3A — and superadmin) enter scores, set up and issue or revoke
 * certificates; whoever reads the region's meetings sees the participants, scores and
 * certificates. Both follow the meetings' own rules (domain/meetings/access.ts).
 */
import { canManageMeetings, canReadMeetings } from '../meetings/access.js';
import type { AccessActor } from '../access.js';

export function canReadTraining(actor: AccessActor, regionCode: string): boolean {
  return canReadMeetings(actor, regionCode);
}

/** Entering scores, certificate settings, issuing and revoking certificates. */
export function canManageTraining(actor: AccessActor, regionCode: string): boolean {
  return canManageMeetings(actor, regionCode);
}
