/**
 * Reading one event for every module that hangs off it (attendance, follow-ups, training):
 * the row, or NotFound. Permission checks are the caller's (domain/meetings/access.ts), made
 * with the row's region: a caller that may not read the region answers 404 as well.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { meetings } from '../../db/schema-meetings.js';
import { NotFound } from '../../lib/errors.js';

export type MeetingRow = typeof meetings.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findMeeting(db: Db, id: string): Promise<MeetingRow | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return row ?? null;
}

export async function loadMeeting(db: Db, id: string): Promise<MeetingRow> {
  const row = await findMeeting(db, id);
  if (!row) throw new NotFound('meeting_not_found');
  return row;
}
