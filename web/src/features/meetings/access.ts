import type { AccessActor } from '../../../../domain/access.ts';
import { canManageMeetings, canReadMeetings } from '../../../../domain/meetings/access.ts';

/** The events pages: every reader of the region (domain/meetings/access.ts); organisers get the buttons. */
export function seesMeetings(actor: AccessActor, regionCode: string): boolean {
  return canReadMeetings(actor, regionCode);
}

export function organisesMeetings(actor: AccessActor, regionCode: string): boolean {
  return canManageMeetings(actor, regionCode);
}
