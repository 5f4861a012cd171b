/**
 * The rows a region's yearly result is computed from: its gender-responsive lines of the year
 * with their GAP status, every report of the year, and the indicator progress of the reports
 * that reached the reviewer. Three reads for the whole region (a national-scale region holds
 * ~1 200 lines and ~4 800 reports), never one per OPD or line.
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { REPORTED_STATUSES, type ResultLine, type ResultReport } from '../../../domain/monev/result-facts.js';
import { DEFAULT_TIME_ZONE } from '../../../domain/monev/flags.js';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import { isRupiah, normaliseMoney } from '../../../domain/planning/money.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { monevIndicatorProgress, monevReports } from '../../db/schema-monev.js';
import { lineGapJoin, planTarget } from '../monev/load.js';

export interface OpdRow {
  id: string;
  name: string;
  shortName: string;
}

/** The plan's physical target as the monev form reads it (load.ts planLineOf). */
function physicalTargetOf(text: string): string | null {
  const target = planTarget(text).target;
  return target !== null && isRupiah(target) ? normaliseMoney(target) : null;
}

/** Each OPD's gender-responsive lines of the year with their reports, by OPD id. */
export async function loadResultLines(
  db: Db,
  regionCode: string,
  year: number,
): Promise<{ opds: OpdRow[]; lines: Map<string, ResultLine[]> }> {
  const [opds, lineRows, reportRows, progressRows] = await Promise.all([
    db
      .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
      .from(opd)
      .where(eq(opd.regionCode, regionCode)),
    db
      .select({
        id: subActivities.id,
        opdId: subActivities.opdId,
        budget: subActivities.budget,
        target: subActivities.target,
        gapStatus: gapDocuments.status,
      })
      .from(subActivities)
      .leftJoin(gapDocuments, lineGapJoin)
      .where(
        and(
          eq(subActivities.regionCode, regionCode),
          eq(subActivities.year, year),
          or(
            inArray(subActivities.argCategory, [...RESPONSIVE_CATEGORIES]),
            eq(gapDocuments.status, 'approved'),
          ),
        ),
      ),
    db
      .select({
        id: monevReports.id,
        subActivityId: monevReports.subActivityId,
        quarter: monevReports.quarter,
        status: monevReports.status,
        // The calendar day in WIB, as the late flag reads it (flags.ts DEFAULT_TIME_ZONE).
        submittedOn: sql<
          string | null
        >`(${monevReports.submittedAt} at time zone ${DEFAULT_TIME_ZONE})::date::text`,
        budgetCumulative: monevReports.budgetCumulative,
        outputCumulative: monevReports.outputCumulative,
      })
      .from(monevReports)
      .where(and(eq(monevReports.regionCode, regionCode), eq(monevReports.year, year))),
    db
      .select({
        reportId: monevIndicatorProgress.reportId,
        target: monevIndicatorProgress.target,
        achieved: monevIndicatorProgress.achieved,
      })
      .from(monevIndicatorProgress)
      .innerJoin(
        monevReports,
        and(
          eq(monevReports.regionCode, monevIndicatorProgress.regionCode),
          eq(monevReports.id, monevIndicatorProgress.reportId),
        ),
      )
      .where(
        and(
          eq(monevIndicatorProgress.regionCode, regionCode),
          eq(monevReports.year, year),
          inArray(monevReports.status, [...REPORTED_STATUSES]),
        ),
      ),
  ]);
  const progress = new Map<string, ResultReport['indicators'][number][]>();
  for (const p of progressRows) {
    const list = progress.get(p.reportId) ?? [];
    list.push({ target: p.target, achieved: p.achieved });
    progress.set(p.reportId, list);
  }
  const reports = new Map<string, ResultReport[]>();
  for (const r of reportRows) {
    const list = reports.get(r.subActivityId) ?? [];
    list.push({
      quarter: r.quarter,
      status: r.status,
      submittedOn: r.submittedOn,
      budgetCumulative: r.budgetCumulative,
      outputCumulative: r.outputCumulative,
      indicators: progress.get(r.id) ?? [],
    });
    reports.set(r.subActivityId, list);
  }
  const lines = new Map<string, ResultLine[]>();
  for (const l of lineRows) {
    const list = lines.get(l.opdId) ?? [];
    list.push({
      pagu: l.budget,
      physicalTarget: physicalTargetOf(l.target),
      gapApproved: l.gapStatus === 'approved',
      reports: reports.get(l.id) ?? [],
    });
    lines.set(l.opdId, list);
  }
  return { opds, lines };
}
