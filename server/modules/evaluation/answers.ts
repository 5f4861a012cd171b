/**
 * Writing answers: DP3A (or the OPD operator / colleague a question is assigned to) answers
 * while the worksheet is a draft and the cycle's self-assessment window is open; each change
 * keeps the previous version; the worksheet is rescored and its cache rewritten in the same
 * transaction with the audit entry. DP3A assigns questions to OPDs or colleagues.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { canAnswerQuestion, canManageWorksheet } from '../../../domain/evaluation/access.js';
import type { AnswerValue } from '../../../domain/evaluation/instrument.js';
import { checkAnswerValue, pointsOf } from '../../../domain/evaluation/scoring.js';
import { checkAnswerWritable } from '../../../domain/evaluation/worksheet.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { evaluationAnswers, evaluationAnswerVersions } from '../../db/schema-evaluation.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid } from '../../lib/errors.js';
import { readableWorksheet, type LoadedWorksheet } from './load.js';
import { missingOf, refreshWorksheet, summaryOf } from './score.js';

/** The question of the worksheet's instrument (422 naming the field otherwise). */
export function questionOf(w: LoadedWorksheet, code: string, field = 'questionCode') {
  const q = w.cycle.instrument.byCode.get(code);
  if (!q) throw new Invalid({ [field]: 'evaluation_question_unknown' }, 'evaluation_question_unknown');
  return q;
}

export function assertWritable(w: LoadedWorksheet) {
  const refusal = checkAnswerWritable(w.row, w.cycle.windows, todayInRegion(w.row.regionCode));
  if (refusal) throw new Conflict({ worksheet: `evaluation_${refusal}` as const }, `evaluation_${refusal}`);
}

export async function answerRow(tx: Db, w: LoadedWorksheet, code: string) {
  const [row] = await tx
    .select()
    .from(evaluationAnswers)
    .where(
      and(
        eq(evaluationAnswers.regionCode, w.row.regionCode),
        eq(evaluationAnswers.worksheetId, w.row.id),
        eq(evaluationAnswers.questionCode, code),
      ),
    );
  return row ?? null;
}

export async function saveAnswer(
  db: Db,
  actor: Actor | null,
  id: string,
  code: string,
  body: { value: AnswerValue; note?: string },
) {
  return db.transaction(async (tx) => {
    const w = await readableWorksheet(tx, actor, id, true);
    const q = questionOf(w, code);
    const before = await answerRow(tx, w, code);
    const assignment = before ? { opdId: before.assigneeOpdId, userId: before.assigneeUserId } : null;
    if (!canAnswerQuestion(w.actor, w.row.regionCode, assignment)) throw new Forbidden();
    assertWritable(w);
    const refusal = checkAnswerValue(q, body.value);
    if (refusal) throw new Invalid({ value: `evaluation_${refusal}` as const }, `evaluation_${refusal}`);
    const note = body.note ?? before?.note ?? '';
    const now = new Date();
    const changed =
      !before || JSON.stringify(before.value) !== JSON.stringify(body.value) || before.note !== note;
    if (before && before.version > 0 && changed)
      await tx.insert(evaluationAnswerVersions).values({
        regionCode: w.row.regionCode,
        worksheetId: w.row.id,
        questionCode: code,
        version: before.version,
        value: before.value,
        note: before.note,
        changedBy: before.updatedBy,
        changedAt: before.updatedAt,
      });
    const values = {
      value: body.value,
      points: pointsOf(q, body.value),
      note,
      version: (before?.version ?? 0) + (changed ? 1 : 0),
      updatedBy: w.actor.userId,
      updatedAt: now,
    };
    if (before)
      await tx
        .update(evaluationAnswers)
        .set(values)
        .where(
          and(
            eq(evaluationAnswers.regionCode, w.row.regionCode),
            eq(evaluationAnswers.worksheetId, w.row.id),
            eq(evaluationAnswers.questionCode, code),
          ),
        );
    else
      await tx
        .insert(evaluationAnswers)
        .values({ regionCode: w.row.regionCode, worksheetId: w.row.id, questionCode: code, ...values });
    const { row, computed, rows } = await refreshWorksheet(tx, w.row, w.cycle.instrument, w.cycle.tiers);
    await recordAudit(tx, subjectOf(w.actor), {
      action: before ? 'update' : 'create',
      entity: 'evaluation_answer',
      entityId: w.row.id,
      regionCode: w.row.regionCode,
      before: before ? { questionCode: code, value: before.value, note: before.note } : null,
      after: { questionCode: code, value: body.value, note, points: values.points },
    });
    return {
      version: row.version,
      answerVersion: values.version,
      score: summaryOf(computed, w.cycle.tiers),
      missing: missingOf(w.cycle.instrument, computed, w.cycle.tiers, rows.answers),
    };
  });
}

/** DP3A assigns questions to an OPD of the region or to a colleague (both null: back to DP3A). */
export async function assignQuestions(
  db: Db,
  actor: Actor | null,
  id: string,
  items: { questionCode: string; opdId: string | null; userId: string | null }[],
) {
  return db.transaction(async (tx) => {
    const w = await readableWorksheet(tx, actor, id, true);
    if (!canManageWorksheet(w.actor, w.row.regionCode)) throw new Forbidden();
    if (w.row.status !== 'draft' || w.row.frozen)
      throw new Conflict({ worksheet: 'evaluation_worksheet_frozen' }, 'evaluation_worksheet_frozen');
    const seen = new Set<string>();
    items.forEach((it, i) => {
      questionOf(w, it.questionCode, `items.${i}.questionCode`);
      if (seen.has(it.questionCode))
        throw new Invalid(
          { [`items.${i}.questionCode`]: 'evaluation_question_duplicate' },
          'evaluation_question_duplicate',
        );
      seen.add(it.questionCode);
    });
    const opdIds = [...new Set(items.flatMap((i) => (i.opdId ? [i.opdId] : [])))];
    const userIds = [...new Set(items.flatMap((i) => (i.userId ? [i.userId] : [])))];
    const okOpds = new Set(
      opdIds.length
        ? (
            await tx
              .select({ id: opd.id })
              .from(opd)
              .where(and(eq(opd.regionCode, w.row.regionCode), inArray(opd.id, opdIds)))
          ).map((r) => r.id)
        : [],
    );
    const okUsers = new Set(
      userIds.length
        ? (
            await tx
              .select({ id: users.id })
              .from(users)
              .where(
                and(
                  eq(users.regionCode, w.row.regionCode),
                  eq(users.active, true),
                  inArray(users.id, userIds),
                ),
              )
          ).map((r) => r.id)
        : [],
    );
    items.forEach((it, i) => {
      if (it.opdId && !okOpds.has(it.opdId))
        throw new Invalid(
          { [`items.${i}.opdId`]: 'evaluation_assignee_opd_unknown' },
          'evaluation_assignee_opd_unknown',
        );
      if (it.userId && !okUsers.has(it.userId))
        throw new Invalid(
          { [`items.${i}.userId`]: 'evaluation_assignee_user_unknown' },
          'evaluation_assignee_user_unknown',
        );
    });
    for (const it of items)
      await tx
        .insert(evaluationAnswers)
        .values({
          regionCode: w.row.regionCode,
          worksheetId: w.row.id,
          questionCode: it.questionCode,
          assigneeOpdId: it.opdId,
          assigneeUserId: it.userId,
        })
        .onConflictDoUpdate({
          target: [
            evaluationAnswers.regionCode,
            evaluationAnswers.worksheetId,
            evaluationAnswers.questionCode,
          ],
          set: { assigneeOpdId: it.opdId, assigneeUserId: it.userId },
        });
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'update',
      entity: 'evaluation_worksheet',
      entityId: w.row.id,
      regionCode: w.row.regionCode,
      after: { assigned: items },
    });
    return { ok: true as const };
  });
}

export async function answerVersions(db: Db, actor: Actor | null, id: string, code: string) {
  const w = await readableWorksheet(db, actor, id);
  questionOf(w, code);
  const rows = await db
    .select()
    .from(evaluationAnswerVersions)
    .where(
      and(
        eq(evaluationAnswerVersions.regionCode, w.row.regionCode),
        eq(evaluationAnswerVersions.worksheetId, w.row.id),
        eq(evaluationAnswerVersions.questionCode, code),
      ),
    )
    .orderBy(desc(evaluationAnswerVersions.version));
  return {
    items: rows.map((r) => ({
      version: r.version,
      value: r.value,
      note: r.note,
      changedBy: r.changedBy,
      changedAt: r.changedAt.toISOString(),
    })),
  };
}
