/**
 * Status rules of a follow-up. Decided here (no official rule exists):
 *
 * - open → in_progress → done is the owner's path (in_progress → open is allowed too, and
 *   open → done directly); organisers may do the same.
 * - done needs proof: at least one evidence file or a completion note (the note may come with
 *   the change itself).
 * - dropped (no longer pursued) needs a note saying why, and only organisers drop: the meeting,
 *   not the owner, decides that a follow-up is abandoned.
 * - Reopening (done → in_progress, dropped → open): organisers only, e.g. when the evidence
 *   does not show the work was done.
 */
import type { FollowUpStatus } from './constants.js';

const OWNER_MOVES: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  open: ['in_progress', 'done'],
  in_progress: ['open', 'done'],
  done: [],
  dropped: [],
};

const ORGANISER_MOVES: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  open: ['in_progress', 'done', 'dropped'],
  in_progress: ['open', 'done', 'dropped'],
  done: ['in_progress'],
  dropped: ['open'],
};

export interface StatusChange {
  from: FollowUpStatus;
  to: FollowUpStatus;
  /** Whether the actor is an organiser (canManageFollowUps); owners otherwise. */
  organiser: boolean;
  /** Evidence files attached so far. */
  evidenceCount: number;
  /** The completion note as it will be after the change (trimmed; empty = none). */
  note: string | null;
}

/** Why a change is refused, with the field the form shows it at. */
export type StatusRefusal =
  | { field: 'status'; reason: 'follow_up_transition_not_allowed' }
  | { field: 'completionNote'; reason: 'follow_up_done_needs_proof' | 'follow_up_dropped_needs_note' };

/** The statuses the actor may move a follow-up to from `from`. */
export function allowedNextStatuses(from: FollowUpStatus, organiser: boolean): readonly FollowUpStatus[] {
  return (organiser ? ORGANISER_MOVES : OWNER_MOVES)[from];
}

/**
 * Null when the change is allowed; otherwise why not. Staying in a status is always allowed as a
 * move, but a done follow-up must keep its proof and a dropped one its note.
 */
export function checkStatusChange(c: StatusChange): StatusRefusal | null {
  if (c.from !== c.to && !allowedNextStatuses(c.from, c.organiser).includes(c.to)) {
    return { field: 'status', reason: 'follow_up_transition_not_allowed' };
  }
  // Checked on every save, not only on the move: a done one's note cannot be emptied away.
  const hasNote = !!c.note && c.note.trim() !== '';
  if (c.to === 'done' && c.evidenceCount === 0 && !hasNote) {
    return { field: 'completionNote', reason: 'follow_up_done_needs_proof' };
  }
  if (c.to === 'dropped' && !hasNote)
    return { field: 'completionNote', reason: 'follow_up_dropped_needs_note' };
  return null;
}
