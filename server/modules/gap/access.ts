/**
 * Loading a GAP document with the facts every endpoint needs (its sub-kegiatan line and OPD)
 * and deciding who may read, edit and review it. A document the caller may not read is
 * reported as missing (404), so an operator cannot learn that another OPD has one.
 */
import { and, eq, sql } from 'drizzle-orm';
import { canEditOpdData, canReadOpdPlanning, canReviewPlanning } from '../../../domain/access.js';
import type { GapContent, GbsContent, TorContent } from '../../../domain/planning/gap-content.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { gapDocuments, gapVersions, subActivities } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { assertCanEditOpdData, requireActor } from '../../lib/permissions.js';

export type GapRow = typeof gapDocuments.$inferSelect;

export interface LoadedGap {
  doc: GapRow & { gap: GapContent; gbs: GbsContent | null; tor: TorContent | null };
  sub: typeof subActivities.$inferSelect;
  opd: { id: string; name: string; shortName: string };
}

/**
 * The joins every GAP read goes through (the editor, the lists, the exports): the line and the
 * OPD are matched within the document's region, so a stray id from another region never joins.
 */
export const gapSubActivityJoin = and(
  eq(subActivities.regionCode, gapDocuments.regionCode),
  eq(subActivities.id, gapDocuments.subActivityId),
);
export const gapOpdJoin = and(eq(opd.regionCode, gapDocuments.regionCode), eq(opd.id, gapDocuments.opdId));
export const opdSummary = { id: opd.id, name: opd.name, shortName: opd.shortName };

export async function loadGap(db: Db, id: string, forUpdate = false): Promise<LoadedGap | null> {
  const query = db
    .select({ doc: gapDocuments, sub: subActivities, opd: opdSummary })
    .from(gapDocuments)
    .innerJoin(subActivities, gapSubActivityJoin)
    .innerJoin(opd, gapOpdJoin)
    .where(eq(gapDocuments.id, id));
  // Writes lock the document row so that two submits or decisions cannot interleave.
  const [row] = forUpdate ? await query.for('update', { of: gapDocuments }) : await query;
  return (row as LoadedGap | undefined) ?? null;
}

/** The document, if the caller may read it; otherwise 404. */
export async function readableGap(db: Db, actor: Actor | null, id: string, forUpdate = false) {
  const a = requireActor(actor);
  const loaded = await loadGap(db, id, forUpdate);
  if (!loaded || !canReadOpdPlanning(a, loaded.doc.regionCode, loaded.doc.opdId)) throw new NotFound();
  return { actor: a, ...loaded };
}

export function canEditGap(a: Actor, doc: GapRow): boolean {
  const editable = doc.status === 'draft' || doc.status === 'revision';
  return editable && canEditOpdData(a, doc.regionCode, doc.opdId);
}

export function canReviewGap(a: Actor, doc: GapRow): boolean {
  return canReviewPlanning(a, doc.regionCode);
}

/**
 * Who made the submission now being decided (null before the first), for separation of
 * duties: that person does not approve it (domain/separation-of-duties.ts).
 */
export async function lastSubmitter(
  db: Db,
  doc: GapRow,
): Promise<{ id: string | null; name: string } | null> {
  if (doc.submission === 0) return null;
  const [row] = await db
    .select({ id: gapVersions.submittedBy, name: gapVersions.submittedByName })
    .from(gapVersions)
    .where(
      and(
        eq(gapVersions.regionCode, doc.regionCode),
        eq(gapVersions.documentId, doc.id),
        eq(gapVersions.submission, doc.submission),
      ),
    );
  return row ?? null;
}

/** Content changes: an editor of the OPD (403 otherwise), on a draft or a returned document. */
export function assertEditable(a: Actor, doc: GapRow): void {
  assertCanEditOpdData(a, doc.regionCode, doc.opdId);
  if (doc.status !== 'draft' && doc.status !== 'revision') throw new Invalid({ status: 'gap_not_editable' });
}

/** Who saved a document last, for conflict messages and the editor's "saved by" line. */
export async function userName(db: Db, userId: string | null): Promise<string> {
  if (!userId) return 'sistem';
  const [u] = await db.select({ name: users.fullName }).from(users).where(eq(users.id, userId));
  return u?.name ?? 'pengguna terhapus';
}

const savedAtFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  // WIB, the national reference time, as the official exports use.
  timeZone: 'Asia/Jakarta',
});

/** A save based on an older version: says who saved since, when, and the version to reload. */
export class VersionConflict extends AppError {
  constructor(
    readonly current: { version: number; savedBy: string; savedAt: string },
    savedAt: Date,
  ) {
    super(
      409,
      'version_conflict',
      'gap_version_conflict',
      { version: 'gap_version_stale' },
      {
        name: current.savedBy,
        at: `${savedAtFormat.format(savedAt)} WIB`,
      },
    );
  }
}

/** Throws VersionConflict unless the caller edited the version that is current. */
export async function assertVersion(db: Db, doc: GapRow, version: number): Promise<void> {
  if (doc.version === version) return;
  const savedBy = await userName(db, doc.updatedBy);
  throw new VersionConflict(
    { version: doc.version, savedBy, savedAt: doc.updatedAt.toISOString() },
    doc.updatedAt,
  );
}

/**
 * Writes new content and state only if nobody saved in between (the row's version is still
 * the one read), then bumps the version.
 */
export async function writeGap(
  tx: Db,
  a: Actor,
  doc: GapRow,
  changes: Partial<Pick<GapRow, 'gap' | 'gbs' | 'tor' | 'status' | 'submission'>> & {
    submittedAt?: Date;
    decidedAt?: Date;
  },
): Promise<GapRow> {
  const [row] = await tx
    .update(gapDocuments)
    .set({ ...changes, version: doc.version + 1, updatedBy: a.userId, updatedAt: sql`now()` })
    .where(and(eq(gapDocuments.id, doc.id), eq(gapDocuments.version, doc.version)))
    .returning();
  if (!row) {
    const [now] = await tx.select().from(gapDocuments).where(eq(gapDocuments.id, doc.id));
    if (!now) throw new NotFound();
    await assertVersion(tx, now, doc.version);
    throw new Forbidden();
  }
  return row;
}
