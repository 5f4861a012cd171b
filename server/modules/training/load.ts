/**
 * The meeting behind every training route, checked: a caller who may not read the region's
 * meetings gets 404 (they learn nothing of it), a reader who may not keep the records 403, and
 * a meeting without training records (not a Bimtek, no lesson hours) 422 naming the kind.
 */
import { and, eq } from 'drizzle-orm';
import { hasTrainingRecords } from '../../../domain/training/constants.js';
import { canManageTraining, canReadTraining } from '../../../domain/training/access.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { findMeeting, type MeetingRow } from '../meetings/load.js';

export async function readableMeeting(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const meeting = await findMeeting(db, id);
  if (!meeting || !canReadTraining(a, meeting.regionCode)) throw new NotFound();
  return { actor: a, meeting };
}

/** For writes: the organiser's meeting that keeps training records. */
export async function manageableMeeting(db: Db, actor: Actor | null, id: string) {
  const { actor: a, meeting } = await readableMeeting(db, actor, id);
  if (!canManageTraining(a, meeting.regionCode)) throw new Forbidden();
  assertEligible(meeting);
  return { actor: a, meeting };
}

export function assertEligible(meeting: MeetingRow): void {
  if (!hasTrainingRecords(meeting))
    throw new Invalid({ kind: 'training_not_training' }, 'training_not_training');
}

async function organiserOpd(db: Db, meeting: MeetingRow) {
  if (!meeting.organiserOpdId) return null;
  const [row] = await db
    .select({ name: opd.name, shortName: opd.shortName })
    .from(opd)
    .where(and(eq(opd.regionCode, meeting.regionCode), eq(opd.id, meeting.organiserOpdId)));
  return row ?? null;
}

/** The organiser OPD's short name (DP3A), for the {org} of certificate numbers. */
export async function organiserShortName(db: Db, meeting: MeetingRow): Promise<string> {
  return (await organiserOpd(db, meeting))?.shortName ?? '';
}

/** The organiser OPD's full name, printed under the government's on a certificate. */
export async function organiserOpdName(db: Db, meeting: MeetingRow): Promise<string> {
  return (await organiserOpd(db, meeting))?.name ?? '';
}
