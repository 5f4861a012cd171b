/**
 * A quarter's report as the form shows it: the plan it is measured against (pagu, target and
 * unit, GAP step 9 indicators), the totals carried over from the previous quarter, the
 * quarter's additions and cumulative totals side by side, the computed flags, the reviewer's
 * comments, the evidence, and what the caller may do. A quarter not reported yet answers the
 * same shape, pre-filled (`id` null).
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import {
  canEditMonev,
  canReopenMonev,
  canReviewMonev,
  canSubmitMonev,
  canWriteMonevOf,
} from '../../../domain/monev/access.js';
import type { Quarter } from '../../../domain/monev/constants.js';
import { seriesIssues } from '../../../domain/monev/cumulative.js';
import { flagsOf, indicatorAchievement, type MonevFlag } from '../../../domain/monev/flags.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { monevComments, monevEvidence, monevIndicatorProgress, monevReports } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import type { EvidenceDto, MonevReportDto } from '../../../api/monev.js';
import {
  cumulativeOfRow,
  groupCountsOf,
  periodOf,
  planTarget,
  previousOf,
  type GroupCounts,
  type PlanLine,
  type ReportRow,
} from './load.js';
import { flagConfigOf } from './settings.js';

type Pairs = Record<
  string,
  { P: { addition: number; cumulative: number }; L: { addition: number; cumulative: number } }
>;

function pairsOf(
  now: Map<string, { P: number; L: number }>,
  before: Map<string, { P: number; L: number }> | undefined,
) {
  const out: Pairs = {};
  for (const [group, v] of now) {
    const prev = before?.get(group) ?? { P: 0, L: 0 };
    out[group] = {
      P: { addition: v.P - prev.P, cumulative: v.P },
      L: { addition: v.L - prev.L, cumulative: v.L },
    };
  }
  return out;
}

const plainGroups = (m: Map<string, { P: number; L: number }> | undefined) =>
  Object.fromEntries([...(m ?? new Map<string, { P: number; L: number }>())]);

export function evidenceDto(row: typeof monevEvidence.$inferSelect): EvidenceDto {
  return {
    id: row.id,
    reportId: row.reportId,
    fileName: row.fileName,
    contentType: row.contentType,
    bytes: row.bytes,
    uploadedAt: row.createdAt.toISOString(),
  };
}

export const flagDto = (f: MonevFlag) => ({ code: f.code, field: f.field, params: f.params });

/** The flags of a stored report under its region's settings. */
export function reportFlags(
  plan: PlanLine,
  report: ReportRow,
  groups: GroupCounts,
  config: Awaited<ReturnType<typeof flagConfigOf>>,
): MonevFlag[] {
  return flagsOf(
    {
      quarter: report.quarter,
      plan: plan.facts,
      cumulative: cumulativeOfRow(report, groups),
      submittedAt: report.submittedAt?.toISOString() ?? null,
    },
    config,
  );
}

/**
 * Where a report's totals fall below the latest earlier report's: DP3A reopened an earlier
 * quarter and raised it, and this report, submitted before, still holds the old totals. Only a
 * report past draft is asked (a draft is checked against the earlier totals when it is saved
 * and submitted); the report page marks each field so it is corrected.
 */
async function seriesIssuesOf(db: Db, report: ReportRow): Promise<MonevReportDto['seriesIssues']> {
  if (report.status === 'draft' || report.quarter === 1) return [];
  const rows = await db
    .select()
    .from(monevReports)
    .where(
      and(
        eq(monevReports.regionCode, report.regionCode),
        eq(monevReports.subActivityId, report.subActivityId),
        lte(monevReports.quarter, report.quarter),
      ),
    );
  if (rows.length < 2) return [];
  const series = await Promise.all(
    rows.map(async (r) => ({
      quarter: r.quarter,
      cumulative: cumulativeOfRow(r, await groupCountsOf(db, r.regionCode, r.id)),
    })),
  );
  return seriesIssues(series)
    .filter((i) => i.quarter === report.quarter)
    .map(({ issue }) => ({
      field: issue.field,
      code: 'monev_below_previous_cumulative' as const,
      previous: issue.params?.previous ?? '',
    }));
}

async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((i): i is string => i !== null))];
  if (!list.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function reportView(
  db: Db,
  actor: Actor,
  plan: PlanLine,
  quarter: Quarter,
  report: ReportRow | null,
): Promise<MonevReportDto> {
  const { line } = plan;
  const previous = await previousOf(db, line.regionCode, line.id, quarter);
  const prevGroups = previous.groups;
  const groups = report ? await groupCountsOf(db, line.regionCode, report.id) : null;
  const progress = report
    ? await db
        .select()
        .from(monevIndicatorProgress)
        .where(
          and(
            eq(monevIndicatorProgress.regionCode, line.regionCode),
            eq(monevIndicatorProgress.reportId, report.id),
          ),
        )
    : [];
  const achieved = new Map(progress.map((p) => [p.indicatorId, p.achieved]));
  const comments = report
    ? await db
        .select()
        .from(monevComments)
        .where(and(eq(monevComments.regionCode, line.regionCode), eq(monevComments.reportId, report.id)))
        .orderBy(asc(monevComments.at))
    : [];
  const evidence = report
    ? await db
        .select()
        .from(monevEvidence)
        .where(and(eq(monevEvidence.regionCode, line.regionCode), eq(monevEvidence.reportId, report.id)))
        .orderBy(asc(monevEvidence.createdAt))
    : [];
  const names = await namesOf(db, [report?.submittedBy ?? null, report?.verifiedBy ?? null]);
  const named = (id: string | null | undefined) => (id ? { id, name: names.get(id) ?? '' } : null);
  const flags =
    report && groups
      ? reportFlags(plan, report, groups, await flagConfigOf(db, line.regionCode, line.year))
      : [];
  const prevFig = previous.figures;
  const pair = (addition: string | null | undefined, cumulative: string | null | undefined) => ({
    addition: addition ?? null,
    cumulative: cumulative ?? null,
  });
  const sexPair = (now: number | null | undefined, before: number) =>
    now === null || now === undefined ? null : { addition: now - before, cumulative: now };
  const target = planTarget(line.target);
  const facts = report
    ? { regionCode: report.regionCode, opdId: report.opdId, status: report.status }
    : { regionCode: line.regionCode, opdId: line.opdId, status: 'draft' as const };
  return {
    id: report?.id ?? null,
    regionCode: line.regionCode,
    year: line.year,
    quarter,
    period: periodOf(line.year, quarter),
    status: report?.status ?? 'draft',
    version: report?.version ?? 0,
    submission: report?.submission ?? 0,
    plan: {
      subActivityId: line.id,
      code: line.code,
      name: line.name,
      year: line.year,
      opd: plan.opd,
      argCategory: line.argCategory,
      gapStatus: plan.gapStatus,
      pagu: line.budget,
      outputIndicator: line.outputIndicator,
      targetText: line.target,
      target: target.target,
      unit: target.unit,
    },
    previous: {
      budgetRealised: prevFig.budgetRealised,
      physicalRealised: prevFig.physicalRealised,
      beneficiaries: {
        P: prevFig.beneficiaries.P,
        L: prevFig.beneficiaries.L,
        group: plainGroups(prevGroups?.target_group),
        age: plainGroups(prevGroups?.age_group),
      },
    },
    entryMode: report?.entryMode ?? 'increment',
    budgetRealised: pair(report?.budgetAddition, report?.budgetCumulative),
    physicalRealised: pair(report?.outputAddition, report?.outputCumulative),
    beneficiaries: {
      P: sexPair(report?.beneficiariesFemale, prevFig.beneficiaries.P),
      L: sexPair(report?.beneficiariesMale, prevFig.beneficiaries.L),
      group: groups ? pairsOf(groups.target_group, prevGroups?.target_group) : {},
      age: groups ? pairsOf(groups.age_group, prevGroups?.age_group) : {},
    },
    genderIndicators: plan.indicators.map((i) => {
      const value = achieved.get(i.id) ?? null;
      return {
        id: i.id,
        kind: i.kind,
        text: i.text,
        target: i.target,
        unit: i.unit,
        achieved: value,
        achievement: value === null ? null : indicatorAchievement(i.target, value),
      };
    }),
    kendala: report?.kendala ?? '',
    tindakLanjut: report?.tindakLanjut ?? '',
    overConfirmed: report?.overConfirmed ?? false,
    overReason: report?.overReason ?? '',
    flags: flags.map(flagDto),
    seriesIssues: report ? await seriesIssuesOf(db, report) : [],
    comments: comments.map((c) => ({
      id: c.id,
      field: c.field,
      body: c.body,
      submission: c.submission,
      author: c.authorName,
      at: c.at.toISOString(),
    })),
    evidence: evidence.map(evidenceDto),
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    submittedBy: named(report?.submittedBy),
    verifiedAt: report?.verifiedAt?.toISOString() ?? null,
    verifiedBy: named(report?.verifiedBy),
    reopenedAt: report?.reopenedAt?.toISOString() ?? null,
    reopenReason: report?.reopenReason ?? null,
    can: {
      edit: report ? canEditMonev(actor, facts) : canWriteMonevOf(actor, line.regionCode, line.opdId),
      submit: report ? canSubmitMonev(actor, facts) : false,
      review: report ? canReviewMonev(actor, facts) : false,
      reopen: report ? canReopenMonev(actor, facts) : false,
    },
  };
}
