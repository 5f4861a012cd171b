/**
 * GAP documents: the region's list (and the reviewers' queue), starting the GAP of a
 * sub-kegiatan, and reading one document with everything its editor shows. Editing lives in
 * edit.ts, the review workflow in review.ts, versions and comparison in versions.ts.
 */
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { canReadOpdPlanning, opdScopeOf } from '../../../domain/access.js';
import { emptyGapContent } from '../../../domain/planning/gap-content.js';
import { checkCompleteness } from '../../../domain/planning/gap-rules.js';
import { gbsTotal, prefillStep1 } from '../../../domain/planning/gbs-draft.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, gapReviewEvents, subActivities } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, NotFound } from '../../lib/errors.js';
import { opdScopeCondition } from '../../lib/opd-scope.js';
import { offsetOf, pageOf } from '../../lib/pagination.js';
import { assertCanEditOpdData, assertCanReadRegion, requireActor } from '../../lib/permissions.js';
import { nomenclaturePath } from '../planning/nomenclature.js';
import { selfApprovalAllowed } from '../region-settings/service.js';
import { getRegion } from '../regions/service.js';
import {
  canEditGap,
  canReviewGap,
  gapOpdJoin,
  gapSubActivityJoin,
  lastSubmitter,
  opdSummary,
  readableGap,
  userName,
  type LoadedGap,
} from './access.js';
import type { ListGapQuery } from '../../../api/gap.js';
import { resolveFigures } from './values.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Open (unresolved) comments of each document, counted in the list's own query. */
const openComments = sql<number>`(
  select count(*)::int from ${gapReviewEvents}
  where ${gapReviewEvents.regionCode} = ${gapDocuments.regionCode}
    and ${gapReviewEvents.documentId} = ${gapDocuments.id}
    and ${gapReviewEvents.kind} = 'comment' and not ${gapReviewEvents.resolved})`;

function summaryOf(row: Pick<LoadedGap, 'doc' | 'sub' | 'opd'>, comments: number) {
  const { doc, sub } = row;
  return {
    id: doc.id,
    regionCode: doc.regionCode,
    year: doc.year,
    status: doc.status,
    submission: doc.submission,
    version: doc.version,
    isDemo: doc.isDemo,
    subActivity: {
      id: sub.id,
      code: sub.code,
      name: sub.name,
      outputIndicator: sub.outputIndicator,
      target: sub.target,
      budget: sub.budget,
    },
    opd: row.opd,
    openComments: comments,
    updatedAt: doc.updatedAt.toISOString(),
    submittedAt: iso(doc.submittedAt),
    decidedAt: iso(doc.decidedAt),
  };
}

/**
 * The region's GAP documents. Operators see their own OPD's only, whatever `opdId` they pass;
 * the review queue (status=submitted) lists the longest-waiting first.
 */
export async function listGaps(db: Db, actor: Actor | null, regionCode: string, query: ListGapQuery) {
  const a = assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const where: (SQL | undefined)[] = [
    eq(gapDocuments.regionCode, regionCode),
    opdScopeCondition(gapDocuments.opdId, opdScopeOf(a, regionCode, query.opdId)),
  ];
  if (query.year) where.push(eq(gapDocuments.year, query.year));
  if (query.status) where.push(eq(gapDocuments.status, query.status));
  const condition = and(...where);
  const order =
    query.status === 'submitted'
      ? [asc(gapDocuments.submittedAt), asc(subActivities.code)]
      : [desc(gapDocuments.updatedAt), asc(subActivities.code)];
  const page = await pageOf(
    query,
    db
      .select({
        doc: gapDocuments,
        sub: subActivities,
        opd: opdSummary,
        comments: openComments,
      })
      .from(gapDocuments)
      .innerJoin(subActivities, gapSubActivityJoin)
      .innerJoin(opd, gapOpdJoin)
      .where(condition)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(gapDocuments).where(condition),
  );
  return { ...page, items: page.items.map((r) => summaryOf(r as LoadedGap, Number(r.comments))) };
}

/** Starts the GAP of a sub-kegiatan, step 1 filled from the nomenclature and the budget line. */
export async function createGap(db: Db, actor: Actor | null, subActivityId: string) {
  const caller = requireActor(actor);
  const [sub] = await db.select().from(subActivities).where(eq(subActivities.id, subActivityId));
  if (!sub || !canReadOpdPlanning(caller, sub.regionCode, sub.opdId)) throw new NotFound();
  const a = assertCanEditOpdData(caller, sub.regionCode, sub.opdId);
  const [existing] = await db
    .select({ id: gapDocuments.id })
    .from(gapDocuments)
    .where(and(eq(gapDocuments.regionCode, sub.regionCode), eq(gapDocuments.subActivityId, sub.id)));
  if (existing) throw new Conflict({ subActivityId: 'gap_exists' });

  const gap = emptyGapContent();
  gap.step1 = prefillStep1(await nomenclaturePath(db, sub.code), sub);
  const id = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(gapDocuments)
          .values({
            regionCode: sub.regionCode,
            subActivityId: sub.id,
            opdId: sub.opdId,
            year: sub.year,
            gap,
            createdBy: a.userId,
            updatedBy: a.userId,
          })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'gap_document',
          entityId: row.id,
          regionCode: row.regionCode,
          after: { subActivityId: sub.id, code: sub.code, year: sub.year },
        });
        return row.id;
      }),
    { gap_documents_sub_activity_uq: () => new Conflict({ subActivityId: 'gap_exists' }) },
  );
  return getGap(db, a, id);
}

export async function reviewEventsOf(db: Db, regionCode: string, documentId: string) {
  const rows = await db
    .select()
    .from(gapReviewEvents)
    .where(and(eq(gapReviewEvents.regionCode, regionCode), eq(gapReviewEvents.documentId, documentId)))
    .orderBy(asc(gapReviewEvents.at), asc(gapReviewEvents.id));
  return rows.map(reviewEventDto);
}

export function reviewEventDto(e: typeof gapReviewEvents.$inferSelect) {
  return {
    id: e.id,
    submission: e.submission,
    kind: e.kind,
    target: e.target,
    body: e.body,
    resolved: e.resolved,
    authorName: e.authorName,
    authorRole: e.authorRole,
    at: e.at.toISOString(),
  };
}

/** One document as its editor (or reviewer) shows it. */
export async function getGap(db: Db, actor: Actor | null, id: string) {
  const loaded = await readableGap(db, actor, id);
  return documentView(db, loaded.actor, loaded);
}

export async function documentView(db: Db, a: Actor, loaded: LoadedGap) {
  const { doc, sub } = loaded;
  const [figures, nomenclature, events, savedBy, submitter, waiver] = await Promise.all([
    resolveFigures(db, doc.regionCode, doc.gap.step2.data),
    nomenclaturePath(db, sub.code),
    reviewEventsOf(db, doc.regionCode, doc.id),
    userName(db, doc.updatedBy),
    lastSubmitter(db, doc),
    selfApprovalAllowed(db, doc.regionCode),
  ]);
  const open = events.filter((e) => e.kind === 'comment' && !e.resolved).length;
  return {
    ...summaryOf(loaded, open),
    gap: doc.gap,
    gbs: doc.gbs,
    tor: doc.tor,
    nomenclature,
    dataValues: figures,
    completeness: checkCompleteness(doc.gap, doc.gbs, doc.tor),
    gbsTotal: doc.gbs ? gbsTotal(doc.gbs) : null,
    events,
    updatedBy: { id: doc.updatedBy, name: savedBy },
    canEdit: canEditGap(a, doc),
    canReview: canReviewGap(a, doc),
    // The facts of separation of duties; the web asks the same predicate as decideGap.
    lastSubmittedBy: submitter,
    selfApprovalAllowed: waiver,
  };
}
