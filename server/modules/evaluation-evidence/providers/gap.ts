/**
 * GAP/GBS approved per OPD: each approved GAP worksheet of the year (its GBS is generated from
 * it) opens in the GAP editor; and the share of OPDs with one (planning.ts, from the ARG recap).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { opd } from '../../../db/schema.js';
import { gapDocuments, subActivities } from '../../../db/schema-planning.js';
import { gapOpdShare } from './planning.js';
import { isoDay, liveCandidate, providerOf, webPath, type EvidenceContext } from './provider.js';

async function approvedGaps({ db, regionCode, year }: EvidenceContext) {
  const rows = await db
    .select({
      id: gapDocuments.id,
      decidedAt: gapDocuments.decidedAt,
      hasGbs: sql<boolean>`${gapDocuments.gbs} is not null`,
      opdName: opd.shortName,
      subActivity: subActivities.name,
    })
    .from(gapDocuments)
    .innerJoin(opd, and(eq(opd.regionCode, gapDocuments.regionCode), eq(opd.id, gapDocuments.opdId)))
    .innerJoin(
      subActivities,
      and(
        eq(subActivities.regionCode, gapDocuments.regionCode),
        eq(subActivities.id, gapDocuments.subActivityId),
      ),
    )
    .where(
      and(
        eq(gapDocuments.regionCode, regionCode),
        eq(gapDocuments.year, year),
        eq(gapDocuments.status, 'approved'),
      ),
    )
    .orderBy(opd.shortName, desc(gapDocuments.decidedAt));
  return rows.map((r) =>
    liveCandidate({
      kind: 'gap_gbs_approved',
      module: 'gap',
      id: r.id,
      title: `${r.hasGbs ? 'GAP/GBS' : 'GAP'} ${r.opdName}: ${r.subActivity}`,
      year,
      href: webPath(`/perencanaan/gap/${r.id}`, regionCode),
      date: isoDay(r.decidedAt),
      status: 'approved',
    }),
  );
}

export const gapEvidence = providerOf('gap', { gap_gbs_approved: approvedGaps, gap_opd_share: gapOpdShare });
