/**
 * Follow-ups (tindak lanjut) of a meeting's minutes: what was agreed, who does it (an OPD of the
 * region or a person of its PUG registry) and by when, and how far it got. No official format
 * for tracking follow-ups exists (../shared/domain/research-2.md §3 names the Rakor Pokja PUG
 * and its minutes, not how their follow-ups are tracked), so these statuses are Setara's own.
 */

/**
 * open: agreed, not started; in_progress: the owner is working on it; done: completed (with
 * evidence or a completion note); dropped: no longer pursued (with a note saying why).
 */
export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Statuses still awaiting work: counted on the board and pulled into the next Rakor. */
export const OPEN_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['open', 'in_progress'];

/** Days before the due date a follow-up counts as "due soon" on the board. */
export const FOLLOW_UP_DUE_SOON_DAYS = 7;

/** Longest text of a follow-up and of its completion note. */
export const FOLLOW_UP_TEXT_MAX = 2000;
export const FOLLOW_UP_NOTE_MAX = 4000;
