/**
 * One attachment row of one owner (a report, an event, a follow-up), found by the region, the
 * owner and its own id together: an id from another owner or region is a 404, never a file
 * the caller's permission check did not cover.
 */
import { and, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/connection.js';
import { NotFound } from '../errors.js';
import type { MessageKey } from '../messages.js';

type AttachmentTable = PgTable & { id: AnyPgColumn; regionCode: AnyPgColumn };

export interface AttachmentOwner {
  regionCode: string;
  /** The table's column naming the owner (`monevEvidence.reportId`) and the owner's id. */
  column: AnyPgColumn;
  id: string;
}

export async function findAttachment<T extends AttachmentTable>(
  db: Db,
  table: T,
  owner: AttachmentOwner,
  attachmentId: string,
  notFound?: MessageKey,
): Promise<T['$inferSelect']> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(
      and(eq(table.regionCode, owner.regionCode), eq(owner.column, owner.id), eq(table.id, attachmentId)),
    );
  if (!row) throw new NotFound(notFound);
  return row as T['$inferSelect'];
}
