/**
 * Every submission of a document is kept (gap_versions); reviewers list them and compare two
 * of them, or one with the current content, field by field (domain/planning/gap-diff.ts).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { GapContent, GbsContent, TorContent } from '../../../domain/planning/gap-content.js';
import { diffVersions, type DocumentVersion } from '../../../domain/planning/gap-diff.js';
import type { Db } from '../../db/connection.js';
import { gapReviewEvents, gapVersions } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid } from '../../lib/errors.js';
import { readableGap } from './access.js';
import type { CompareQuery } from '../../../api/gap.js';

export async function listVersions(db: Db, actor: Actor | null, id: string) {
  const { doc } = await readableGap(db, actor, id);
  const [versions, decisions] = await Promise.all([
    db
      .select({
        submission: gapVersions.submission,
        submittedAt: gapVersions.submittedAt,
        submittedByName: gapVersions.submittedByName,
      })
      .from(gapVersions)
      .where(and(eq(gapVersions.regionCode, doc.regionCode), eq(gapVersions.documentId, doc.id)))
      .orderBy(asc(gapVersions.submission)),
    db
      .select({ submission: gapReviewEvents.submission, kind: gapReviewEvents.kind })
      .from(gapReviewEvents)
      .where(and(eq(gapReviewEvents.regionCode, doc.regionCode), eq(gapReviewEvents.documentId, doc.id)))
      .orderBy(asc(gapReviewEvents.at)),
  ]);
  // The last decision on each submission (an approved one may later be reopened).
  const decided = new Map<number, 'revision' | 'approve'>();
  for (const e of decisions)
    if (e.kind === 'revision' || e.kind === 'approve') decided.set(e.submission, e.kind);
  return versions.map((v) => ({
    submission: v.submission,
    submittedAt: v.submittedAt.toISOString(),
    submittedByName: v.submittedByName,
    decision: decided.get(v.submission) ?? null,
  }));
}

async function versionOf(
  db: Db,
  regionCode: string,
  documentId: string,
  submission: number,
  field: 'from' | 'to',
): Promise<DocumentVersion> {
  const [row] = await db
    .select({ gap: gapVersions.gap, gbs: gapVersions.gbs, tor: gapVersions.tor })
    .from(gapVersions)
    .where(
      and(
        eq(gapVersions.regionCode, regionCode),
        eq(gapVersions.documentId, documentId),
        eq(gapVersions.submission, submission),
      ),
    );
  if (!row) throw new Invalid({ [field]: 'gap_version_unknown' });
  return { gap: row.gap as GapContent, gbs: row.gbs as GbsContent | null, tor: row.tor as TorContent | null };
}

export async function compareVersions(db: Db, actor: Actor | null, id: string, query: CompareQuery) {
  const { doc } = await readableGap(db, actor, id);
  const from = await versionOf(db, doc.regionCode, doc.id, query.from, 'from');
  const to =
    query.to === 'current'
      ? { gap: doc.gap, gbs: doc.gbs, tor: doc.tor }
      : await versionOf(db, doc.regionCode, doc.id, query.to, 'to');
  return { from: query.from, to: query.to, ...diffVersions(from, to) };
}
