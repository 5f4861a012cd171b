/**
 * Who may do what with follow-ups (tindak lanjut): pure predicates asked by the server
 * (server/modules/follow-ups) and by the web's buttons, so both agree.
 *
 * - Reading a region's follow-ups: whoever reads its meetings (every role of the region, the
 *   provinsi above it, superadmin).
 * - Creating, editing the text, due date or owner, and dropping or reopening: the meeting's
 *   organisers (canManageMeetings: the region's admin daerah, superadmin).
 * - Moving the status forward (open ⇄ in progress → done) and attaching or removing evidence:
 *   the organisers and the owner — an operator OPD of the owner OPD, or the user whose e-mail is
 *   the owner person's (compared without case). Status rules are in status.ts.
 */
import type { AccessActor } from '../access.js';
import { canManageMeetings, canReadMeetings } from '../meetings/access.js';

/** The actor with the e-mail the owner-person rule compares (the web's user and the server's). */
export interface FollowUpActor extends AccessActor {
  email?: string | null;
}

/** The facts of a follow-up the rules need. */
export interface FollowUpOwnerFacts {
  regionCode: string;
  ownerOpdId: string | null;
  /** The owner person's e-mail in the PUG registry, when the owner is a person. */
  ownerPersonEmail: string | null;
}

/** Whoever reads the region's meetings. */
export function canReadFollowUps(actor: AccessActor, regionCode: string): boolean {
  return canReadMeetings(actor, regionCode);
}

/** The organisers of the region's meetings. */
export function canManageFollowUps(actor: AccessActor, regionCode: string): boolean {
  return canManageMeetings(actor, regionCode);
}

const sameEmail = (a: string | null | undefined, b: string | null) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The owner: the owner OPD's operator, or the owner person's own account (same region). */
export function isFollowUpOwner(actor: FollowUpActor, f: FollowUpOwnerFacts): boolean {
  if (actor.regionCode !== f.regionCode) return false;
  if (f.ownerOpdId) return actor.role === 'operator_opd' && actor.opdId === f.ownerOpdId;
  return sameEmail(actor.email, f.ownerPersonEmail);
}

/** Updating the status and attaching or removing evidence. */
export function canUpdateFollowUp(actor: FollowUpActor, f: FollowUpOwnerFacts): boolean {
  return canManageFollowUps(actor, f.regionCode) || isFollowUpOwner(actor, f);
}
