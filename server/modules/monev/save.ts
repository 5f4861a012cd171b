/**
 * Saving a quarter's draft: the first save creates the report (one per sub-kegiatan and
 * quarter: the unique key refuses a second), later saves name the version they edited. What the
 * operator typed is read by domain/monev/cumulative.ts in the chosen entry mode, so both the
 * quarter's addition and the cumulative total are stored; domain/monev/flags.ts
 * (validateReport, stage "draft") refuses what can never be stored, each issue naming its
 * field. Audited in the same transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import { canWriteMonevOf, isMonevEditable } from '../../../domain/monev/access.js';
import type { MonevIssue, Quarter } from '../../../domain/monev/constants.js';
import {
  parseAmount,
  resolveQuarter,
  type BySex,
  type CountPair,
  type Typed,
  type TypedFigures,
} from '../../../domain/monev/cumulative.js';
import { validateReport, type MonevReportInput } from '../../../domain/monev/flags.js';
import { fromSen } from '../../../domain/planning/money.js';
import type { Db } from '../../db/connection.js';
import {
  monevBeneficiaries,
  monevEvidence,
  monevIndicatorProgress,
  monevReports,
} from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import type { SaveMonevInput } from '../../../api/monev.js';
import { findReport, previousOf, readableLine, type PlanLine, type ReportRow } from './load.js';
import { reportView } from './report.js';

const blank = (t: Typed) => t === null || t === undefined || (typeof t === 'string' && t.trim() === '');

/** A report refused: every issue as a field message. */
export function invalidReport(issues: MonevIssue[]): Invalid {
  const fields: FieldErrors = {};
  for (const i of issues) fields[i.field] ??= i.code as MessageKey;
  return new Invalid(fields, 'monev_invalid', { count: Object.keys(fields).length });
}

/** The domain's typed figures from a request (the request's paths are the report's field keys). */
export function typedFigures(
  input: Pick<SaveMonevInput, 'budgetRealised' | 'physicalRealised' | 'beneficiaries'>,
): TypedFigures {
  const b = input.beneficiaries;
  return {
    budgetRealised: input.budgetRealised,
    physicalRealised: input.physicalRealised,
    beneficiaries: { P: b.P, L: b.L, groups: b.group, ages: b.age },
  };
}

async function evidenceCount(db: Db, report: ReportRow | null): Promise<number> {
  if (!report) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(monevEvidence)
    .where(and(eq(monevEvidence.regionCode, report.regionCode), eq(monevEvidence.reportId, report.id)));
  return row.n;
}

/** Everything validateReport needs about a report and what was typed. */
export async function reportInput(
  db: Db,
  plan: PlanLine,
  quarter: Quarter,
  input: SaveMonevInput,
  report: ReportRow | null,
): Promise<{ domain: MonevReportInput; previous: Awaited<ReturnType<typeof previousOf>> }> {
  const previous = await previousOf(db, plan.line.regionCode, plan.line.id, quarter);
  const domain: MonevReportInput = {
    plan: plan.facts,
    previous: previous.figures,
    mode: input.entryMode,
    typed: typedFigures(input),
    genderIndicators: Object.entries(input.genderIndicators).map(([id, achieved]) => ({ id, achieved })),
    kendala: input.kendala,
    tindakLanjut: input.tindakLanjut,
    evidenceCount: await evidenceCount(db, report),
    overConfirmed: input.overConfirmed,
    overReason: input.overReason,
  };
  return { domain, previous };
}

export async function saveReport(
  db: Db,
  actor: Actor | null,
  subActivityId: string,
  period: string,
  input: SaveMonevInput,
) {
  const saved = await db.transaction(async (tx) => {
    const { actor: a, plan, quarter } = await readableLine(tx, actor, subActivityId, period);
    const { line } = plan;
    if (!canWriteMonevOf(a, line.regionCode, line.opdId)) throw new Forbidden();
    const existing = await findReport(tx, line.regionCode, line.id, quarter, true);
    if (existing && !isMonevEditable(existing.status))
      throw new Invalid({ status: 'monev_not_editable' }, 'monev_not_editable');
    if ((existing?.version ?? 0) !== input.version) {
      throw new Conflict({ version: 'monev_version_stale' }, 'monev_version_stale');
    }
    const { domain, previous } = await reportInput(tx, plan, quarter, input, existing);
    const issues = validateReport(domain, 'draft');
    const resolved = resolveQuarter(previous.figures, input.entryMode, domain.typed);
    const achieved = new Map<string, string | null>();
    for (const [id, value] of Object.entries(input.genderIndicators)) {
      const parsed = parseAmount(value);
      if (parsed.ok) achieved.set(id, parsed.value === null ? null : fromSen(parsed.value));
      else issues.push({ field: `genderIndicators.${id}`, code: parsed.code });
    }
    if (issues.length || !resolved.ok) throw invalidReport(issues);
    const f = resolved.figures;
    const typedOr = <T>(typed: Typed, value: T): T | null => (blank(typed) ? null : value);
    const values = {
      entryMode: input.entryMode,
      budgetAddition: typedOr(input.budgetRealised, f.budgetRealised.addition),
      budgetCumulative: typedOr(input.budgetRealised, f.budgetRealised.cumulative),
      outputAddition: typedOr(input.physicalRealised, f.physicalRealised.addition),
      outputCumulative: typedOr(input.physicalRealised, f.physicalRealised.cumulative),
      beneficiariesFemale: typedOr(input.beneficiaries.P, f.beneficiaries.P.cumulative),
      beneficiariesMale: typedOr(input.beneficiaries.L, f.beneficiaries.L.cumulative),
      kendala: input.kendala,
      tindakLanjut: input.tindakLanjut,
      overConfirmed: input.overConfirmed,
      overReason: input.overReason,
      updatedBy: a.userId,
    };
    let row: ReportRow;
    if (existing) {
      [row] = await tx
        .update(monevReports)
        .set({ ...values, version: existing.version + 1, updatedAt: sql`now()` })
        .where(and(eq(monevReports.regionCode, line.regionCode), eq(monevReports.id, existing.id)))
        .returning();
      await tx
        .delete(monevBeneficiaries)
        .where(
          and(eq(monevBeneficiaries.regionCode, line.regionCode), eq(monevBeneficiaries.reportId, row.id)),
        );
      await tx
        .delete(monevIndicatorProgress)
        .where(
          and(
            eq(monevIndicatorProgress.regionCode, line.regionCode),
            eq(monevIndicatorProgress.reportId, row.id),
          ),
        );
    } else {
      const inserted = await tx
        .insert(monevReports)
        .values({
          regionCode: line.regionCode,
          year: line.year,
          opdId: line.opdId,
          subActivityId: line.id,
          quarter,
          createdBy: a.userId,
          ...values,
        })
        .onConflictDoNothing()
        .returning();
      // Another save created the quarter's report meanwhile: this one edited no version of it.
      if (!inserted.length) throw new Conflict({ version: 'monev_version_stale' }, 'monev_version_stale');
      row = inserted[0];
    }
    const groupRows = (
      [
        ['target_group', f.beneficiaries.groups],
        ['age_group', f.beneficiaries.ages],
      ] as const
    ).flatMap(([dimension, groups]) =>
      Object.entries<BySex<CountPair> | undefined>(groups).map(([category, pair]) => ({
        regionCode: line.regionCode,
        reportId: row.id,
        dimension,
        category,
        female: pair!.P.cumulative,
        male: pair!.L.cumulative,
      })),
    );
    if (groupRows.length) await tx.insert(monevBeneficiaries).values(groupRows);
    if (plan.indicators.length) {
      await tx.insert(monevIndicatorProgress).values(
        plan.indicators.map((i) => ({
          regionCode: line.regionCode,
          reportId: row.id,
          indicatorId: i.id,
          kind: i.kind,
          text: i.text,
          target: i.target,
          unit: i.unit,
          achieved: achieved.get(i.id) ?? null,
        })),
      );
    }
    await recordAudit(tx, subjectOf(a), {
      action: existing ? 'update' : 'create',
      entity: 'monev_report',
      entityId: row.id,
      regionCode: line.regionCode,
      before: existing ? audited(existing) : null,
      after: {
        ...audited(row),
        groups: groupRows.map((g) => ({
          dimension: g.dimension,
          category: g.category,
          P: g.female,
          L: g.male,
        })),
        genderIndicators: Object.fromEntries(achieved),
      },
    });
    return { actor: a, plan, quarter, row };
  });
  return reportView(db, saved.actor, saved.plan, saved.quarter, saved.row);
}

/** What the audit trail keeps of a report (its figures and state; groups are added by the caller). */
export function audited(r: ReportRow) {
  return {
    subActivityId: r.subActivityId,
    period: `${r.year}-Q${r.quarter}`,
    status: r.status,
    entryMode: r.entryMode,
    budgetAddition: r.budgetAddition,
    budgetCumulative: r.budgetCumulative,
    outputAddition: r.outputAddition,
    outputCumulative: r.outputCumulative,
    beneficiariesFemale: r.beneficiariesFemale,
    beneficiariesMale: r.beneficiariesMale,
    kendala: r.kendala,
    tindakLanjut: r.tindakLanjut,
    overConfirmed: r.overConfirmed,
    overReason: r.overReason,
    version: r.version,
  };
}
