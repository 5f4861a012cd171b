/**
 * Who may do what with a region's PUG events (Rakor, Bimtek, advokasi, sosialisasi,
 * verifikasi): pure predicates asked by the server (server/modules/meetings and the modules
 * that hang off an event: attendance, follow-ups, training) and by the web's menus and
 * buttons, so both agree.
 *
 * - Reading events, invitees, minutes and the calendar: every role of the region, provinsi
 *   above it (read only), superadmin.
 * - Organising (create, edit, cancel, invite, send the letter, write the minutes, templates):
 *   the region's admin daerah (DP3A, the secretariat of the Pokja PUG) and superadmin.
 * - Personal data of attendees and invitees (phone, e-mail, signature): the organisers and
 *   the region's admins only (issue 11, UU PDP 27/2022).
 */
import { canManageRegion, canReadRegion, type AccessActor } from '../access.js';

export function canReadMeetings(actor: AccessActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

export function canManageMeetings(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/** Phone, e-mail and drawn signature of attendees and invitees. */
export function canSeeAttendeePersonalData(actor: AccessActor, regionCode: string): boolean {
  return canManageMeetings(actor, regionCode);
}
