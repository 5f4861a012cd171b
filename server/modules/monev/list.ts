/**
 * The year's gender-responsive sub-kegiatan of a region (an operator: their OPD's only), each
 * with its four quarters: the report's status, cumulative budget realised and flags. A quarter
 * without a report carries only its "late" flag once the region's deadline has passed.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { opdScopeOf } from '../../../domain/access.js';
import { QUARTERS } from '../../../domain/monev/constants.js';
import { flagsOf } from '../../../domain/monev/flags.js';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { monevBeneficiaries, monevReports } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { opdScopeCondition } from '../../lib/opd-scope.js';
import { requireActor } from '../../lib/permissions.js';
import type { MonevListDto, MonevListQuery } from '../../../api/monev.js';
import { lineGapJoin, lineOpdJoin, loadPlanLines, type GroupCounts, type ReportRow } from './load.js';
import { flagDto, reportFlags } from './report.js';
import { flagConfigOf } from './settings.js';

export async function listMonev(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: MonevListQuery,
): Promise<MonevListDto> {
  const a = requireActor(actor);
  const scope = opdScopeOf(a, regionCode, query.opdId);
  if (scope.kind === 'none') throw new Forbidden();
  const lines = await db
    .select({
      id: subActivities.id,
      code: subActivities.code,
      name: subActivities.name,
      argCategory: subActivities.argCategory,
      budget: subActivities.budget,
      opd: { id: opd.id, name: opd.name, shortName: opd.shortName },
      gapStatus: gapDocuments.status,
    })
    .from(subActivities)
    .innerJoin(opd, lineOpdJoin)
    .leftJoin(gapDocuments, lineGapJoin)
    .where(
      and(
        eq(subActivities.regionCode, regionCode),
        eq(subActivities.year, query.year),
        opdScopeCondition(subActivities.opdId, scope),
        or(
          inArray(subActivities.argCategory, [...RESPONSIVE_CATEGORIES]),
          eq(gapDocuments.status, 'approved'),
        ),
      ),
    )
    .orderBy(asc(opd.name), asc(subActivities.code));
  const ids = lines.map((l) => l.id);
  const reports = ids.length
    ? await db
        .select()
        .from(monevReports)
        .where(and(eq(monevReports.regionCode, regionCode), inArray(monevReports.subActivityId, ids)))
    : [];
  const groupRows = reports.length
    ? await db
        .select()
        .from(monevBeneficiaries)
        .where(
          and(
            eq(monevBeneficiaries.regionCode, regionCode),
            inArray(
              monevBeneficiaries.reportId,
              reports.map((r) => r.id),
            ),
          ),
        )
    : [];
  const groupsOf = new Map<string, GroupCounts>();
  for (const r of reports) groupsOf.set(r.id, { target_group: new Map(), age_group: new Map() });
  for (const g of groupRows)
    groupsOf.get(g.reportId)?.[g.dimension].set(g.category, { P: g.female, L: g.male });
  const byLine = new Map<string, Map<number, ReportRow>>();
  for (const r of reports) {
    if (!byLine.has(r.subActivityId)) byLine.set(r.subActivityId, new Map());
    byLine.get(r.subActivityId)!.set(r.quarter, r);
  }
  const config = await flagConfigOf(db, regionCode, query.year);
  // The plan facts (target, GAP indicators, whom a khusus activity serves) of the lines with reports.
  const plans = await loadPlanLines(db, [...byLine.keys()]);
  const items = [];
  for (const line of lines) {
    const quarters = byLine.get(line.id) ?? new Map<number, ReportRow>();
    const plan = plans.get(line.id);
    items.push({
      subActivityId: line.id,
      code: line.code,
      name: line.name,
      opd: line.opd,
      argCategory: line.argCategory,
      gapStatus: line.gapStatus,
      pagu: line.budget,
      quarters: QUARTERS.map((q) => {
        const report = quarters.get(q);
        if (report && plan) {
          const groups = groupsOf.get(report.id)!;
          return {
            quarter: q,
            reportId: report.id,
            status: report.status,
            budgetCumulative: report.budgetCumulative,
            flags: reportFlags(plan, report, groups, config).map(flagDto),
          };
        }
        const late = flagsOf(
          {
            quarter: q,
            plan: {
              argCategory: line.argCategory,
              plannedFor: null,
              pagu: line.budget,
              physicalTarget: null,
            },
            cumulative: {
              budgetRealised: '0.00',
              physicalRealised: '0.00',
              beneficiaries: { P: 0, L: 0, groups: {}, ages: {} },
            },
            submittedAt: null,
          },
          config,
        ).filter((f) => f.code === 'late');
        return { quarter: q, reportId: null, status: null, budgetCumulative: null, flags: late.map(flagDto) };
      }),
    });
  }
  return { year: query.year, items };
}
