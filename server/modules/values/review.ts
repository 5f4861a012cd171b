/**
 * The review workflow of an OPD's values for a period: the operator (or admin) submits the
 * drafts once no rule is broken; the region's admin (DP3A) verifies them or returns them with
 * a comment. Each step is logged in data_reviews and audited.
 */
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { parsePeriod } from '../../../domain/period.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { dataReviews, dataValues, indicatorAssignments } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Invalid } from '../../lib/errors.js';
import { assertCanEditOpdData, assertCanReadRegion, assertCanVerifyData } from '../../lib/permissions.js';
import { assignedIndicatorCodes } from '../indicators/assignments.js';
import { notifyValuesStep } from '../notifications/events.js';
import { violationsFor } from './validation.js';

export interface ReviewInput {
  period: string;
  opdId: string;
  comment?: string | null;
}

async function opdIndicatorCodes(
  db: Db,
  regionCode: string,
  opdId: string,
  period: string,
): Promise<string[]> {
  const p = parsePeriod(period);
  if (!p) throw new Invalid({ period: 'bad_format' });
  return assignedIndicatorCodes(db, regionCode, opdId, p.periodicity, { activeOnly: false });
}

async function moveStatus(
  tx: Db,
  regionCode: string,
  period: string,
  codes: string[],
  from: ('draft' | 'submitted' | 'verified')[],
  to: 'draft' | 'submitted' | 'verified',
): Promise<number> {
  if (codes.length === 0) return 0;
  const moved = await tx
    .update(dataValues)
    .set({ status: to, updatedAt: sql`now()` })
    .where(
      and(
        eq(dataValues.regionCode, regionCode),
        eq(dataValues.period, period),
        inArray(dataValues.indicatorCode, codes),
        inArray(dataValues.status, from),
      ),
    )
    .returning({ sex: dataValues.sex });
  return moved.length;
}

async function logStep(
  tx: Db,
  a: Actor,
  regionCode: string,
  input: ReviewInput,
  action: 'submit' | 'verify' | 'return',
  moved: number,
) {
  await tx.insert(dataReviews).values({
    regionCode,
    opdId: input.opdId,
    period: input.period,
    action,
    comment: input.comment ?? null,
    actorUserId: a.userId,
  });
  await recordAudit(tx, subjectOf(a), {
    action: 'update',
    entity: 'data_review',
    entityId: `${input.opdId}/${input.period}`,
    regionCode,
    after: { step: action, values: moved, comment: input.comment ?? null },
  });
  await notifyValuesStep(tx, a, regionCode, { ...input, action });
}

export async function submitValues(db: Db, actor: Actor | null, regionCode: string, input: ReviewInput) {
  const a = assertCanEditOpdData(actor, regionCode, input.opdId);
  const codes = await opdIndicatorCodes(db, regionCode, input.opdId, input.period);
  const errors = (await violationsFor(db, regionCode, input.period, codes)).filter(
    (v) => v.severity === 'error',
  );
  if (errors.length) throw new AppError(422, 'invalid', 'has_errors', undefined, { count: errors.length });
  return db.transaction(async (tx) => {
    const moved = await moveStatus(tx, regionCode, input.period, codes, ['draft'], 'submitted');
    if (moved === 0) throw new Invalid({}, 'nothing_to_submit');
    await logStep(tx, a, regionCode, input, 'submit', moved);
    return { moved };
  });
}

export async function verifyValues(db: Db, actor: Actor | null, regionCode: string, input: ReviewInput) {
  const a = assertCanVerifyData(actor, regionCode);
  const codes = await opdIndicatorCodes(db, regionCode, input.opdId, input.period);
  return db.transaction(async (tx) => {
    const moved = await moveStatus(tx, regionCode, input.period, codes, ['submitted'], 'verified');
    if (moved === 0) throw new Invalid({}, 'nothing_to_verify');
    await logStep(tx, a, regionCode, input, 'verify', moved);
    return { moved };
  });
}

export async function returnValues(db: Db, actor: Actor | null, regionCode: string, input: ReviewInput) {
  const a = assertCanVerifyData(actor, regionCode);
  if (!input.comment?.trim()) throw new Invalid({ comment: 'comment_required' });
  const codes = await opdIndicatorCodes(db, regionCode, input.opdId, input.period);
  return db.transaction(async (tx) => {
    const moved = await moveStatus(tx, regionCode, input.period, codes, ['submitted', 'verified'], 'draft');
    if (moved === 0) throw new Invalid({}, 'nothing_to_verify');
    await logStep(tx, a, regionCode, input, 'return', moved);
    return { moved };
  });
}

/** Per OPD with assigned indicators: values by status and the latest review step. */
export async function reviewBoard(db: Db, actor: Actor | null, regionCode: string, period: string) {
  assertCanReadRegion(actor, regionCode);
  const counts = await db
    .select({ opdId: indicatorAssignments.opdId, status: dataValues.status, n: count() })
    .from(dataValues)
    .innerJoin(
      indicatorAssignments,
      and(
        eq(indicatorAssignments.regionCode, dataValues.regionCode),
        eq(indicatorAssignments.indicatorCode, dataValues.indicatorCode),
      ),
    )
    .where(and(eq(dataValues.regionCode, regionCode), eq(dataValues.period, period)))
    .groupBy(indicatorAssignments.opdId, dataValues.status);
  const opds = await db
    .selectDistinct({ id: opd.id, name: opd.name, shortName: opd.shortName })
    .from(indicatorAssignments)
    .innerJoin(
      opd,
      and(eq(opd.regionCode, indicatorAssignments.regionCode), eq(opd.id, indicatorAssignments.opdId)),
    )
    .where(eq(indicatorAssignments.regionCode, regionCode));
  const steps = await db
    .select()
    .from(dataReviews)
    .where(and(eq(dataReviews.regionCode, regionCode), eq(dataReviews.period, period)))
    .orderBy(desc(dataReviews.at), desc(dataReviews.id));
  return opds
    .sort((x, y) => x.name.localeCompare(y.name))
    .map((o) => {
      const mine = counts.filter((c) => c.opdId === o.id);
      const n = (s: string) => mine.find((c) => c.status === s)?.n ?? 0;
      const last = steps.find((s) => s.opdId === o.id);
      return {
        opd: o,
        draft: n('draft'),
        submitted: n('submitted'),
        verified: n('verified'),
        lastStep: last ? { action: last.action, comment: last.comment, at: last.at.toISOString() } : null,
      };
    });
}
