/**
 * A region's worksheets: the list with the cycles it may start, starting one (DP3A, in an
 * open cycle), the whole worksheet for its page, and the live score after a change.
 */
import { and, asc, desc, eq, notInArray } from 'drizzle-orm';
import {
  canAnswerQuestion,
  canExportWorksheet,
  canManageWorksheet,
  canReplyToComment,
  canVerifyStage,
  mayAnswerSomething,
} from '../../../domain/evaluation/access.js';
import { checkAnswerWritable, currentStageOf } from '../../../domain/evaluation/worksheet.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { evaluationWorksheets } from '../../db/schema-evaluation.js';
import { evaluationCycles } from '../../db/schema-evaluation-instruments.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden } from '../../lib/errors.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { answerOf, cycleSummaryOf, decisionOf, linkOf, replyOf, worksheetSummaryOf } from './dto.js';
import { loadCycle, readableWorksheet, type LoadedWorksheet } from './load.js';
import {
  computeScores,
  loadScoringRows,
  loadWorksheetState,
  missingOf,
  refreshWorksheet,
  summaryOf,
} from './score.js';

export async function listRegionWorksheets(db: Db, actor: Actor | null, regionCode: string) {
  const a = assertCanReadRegion(actor, regionCode);
  if (a.role === 'lembaga_layanan') throw new Forbidden();
  const today = todayInRegion(regionCode);
  const rows = await db
    .select({ row: evaluationWorksheets, regionName: regions.name, year: evaluationCycles.year })
    .from(evaluationWorksheets)
    .innerJoin(regions, eq(regions.code, evaluationWorksheets.regionCode))
    .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationWorksheets.cycleId))
    .where(eq(evaluationWorksheets.regionCode, regionCode))
    .orderBy(desc(evaluationCycles.year));
  const worksheets = [];
  for (const r of rows)
    worksheets.push(worksheetSummaryOf(r.row, r.regionName, await loadCycle(db, r.row.cycleId), today));
  const taken = rows.map((r) => r.row.cycleId);
  const open = await db
    .select({ id: evaluationCycles.id })
    .from(evaluationCycles)
    .where(
      and(
        eq(evaluationCycles.status, 'open'),
        taken.length ? notInArray(evaluationCycles.id, taken) : undefined,
      ),
    )
    .orderBy(asc(evaluationCycles.year));
  const startable = [];
  for (const c of open) startable.push(cycleSummaryOf(await loadCycle(db, c.id), today));
  return { worksheets, startable, canManage: canManageWorksheet(a, regionCode) };
}

/** DP3A starts its worksheet of an open cycle; starting it again answers the same worksheet. */
export async function createWorksheet(db: Db, actor: Actor | null, regionCode: string, cycleId: string) {
  const a = assertCanReadRegion(actor, regionCode);
  if (!canManageWorksheet(a, regionCode)) throw new Forbidden();
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId);
    if (cycle.row.status !== 'open')
      throw new Conflict({ cycleId: 'evaluation_cycle_not_open' }, 'evaluation_cycle_not_open');
    const [created] = await tx
      .insert(evaluationWorksheets)
      .values({ regionCode, cycleId })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      const [existing] = await tx
        .select({ id: evaluationWorksheets.id })
        .from(evaluationWorksheets)
        .where(
          and(eq(evaluationWorksheets.cycleId, cycleId), eq(evaluationWorksheets.regionCode, regionCode)),
        );
      return { id: existing.id, created: false };
    }
    const { row } = await refreshWorksheet(tx, created, cycle.instrument, cycle.tiers);
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'evaluation_worksheet',
      entityId: row.id,
      regionCode,
      after: { cycleId, year: cycle.row.year, award: cycle.row.award },
    });
    return { id: row.id, created: true };
  });
}

/** The caller's permissions on a worksheet (the web's buttons ask the same). */
export function permissionsOf(w: LoadedWorksheet, today: string) {
  const { actor: a, row } = w;
  const stage = currentStageOf(row.status);
  const writable = checkAnswerWritable(row, w.cycle.windows, today) === null;
  return {
    manage: canManageWorksheet(a, row.regionCode),
    answer: writable && mayAnswerSomething(a, row.regionCode),
    submit: writable && row.status === 'draft' && canManageWorksheet(a, row.regionCode),
    verify: !!stage && canVerifyStage(a, row.regionCode, stage, w.cycle.row.nationalVerifiesKabKota),
    reply: !!stage && canReplyToComment(a, row.regionCode, null),
    export: canExportWorksheet(a, row.regionCode),
    writable,
  };
}

export async function getWorksheet(db: Db, actor: Actor | null, id: string) {
  const w = await readableWorksheet(db, actor, id);
  const { row, cycle } = w;
  const today = todayInRegion(row.regionCode);
  const { rows, replies, scores: c } = await loadWorksheetState(db, w);
  const can = permissionsOf(w, today);
  const questions = [...cycle.instrument.byCode.values()].map((q) => ({
    code: q.code,
    areaCode: q.areaCode,
    text: q.text,
    textEn: q.textEn ?? null,
    help: q.help ?? null,
    answerType: q.answerType,
    maxScore: q.maxScore,
    weight: q.weight,
    options: (q.options ?? []).map((o) => ({ ...o, labelEn: o.labelEn ?? null })),
    evidenceKinds: q.evidenceKinds,
    condition: q.condition ?? null,
  }));
  return {
    ...worksheetSummaryOf(row, w.regionName, cycle, today),
    areas: cycle.instrument.content.areas.map((ar) => ({
      code: ar.code,
      name: ar.name,
      nameEn: ar.nameEn ?? null,
    })),
    questions,
    answers: rows.answers.map((ans) =>
      answerOf(
        ans,
        can.writable &&
          canAnswerQuestion(w.actor, row.regionCode, {
            opdId: ans.assigneeOpdId,
            userId: ans.assigneeUserId,
          }),
        c.visible.has(ans.questionCode),
      ),
    ),
    links: rows.links.map(linkOf),
    decisions: rows.decisions.map(decisionOf),
    replies: replies.map(replyOf),
    score: summaryOf(c, cycle.tiers),
    stageScores: c.stages.map((s) => ({ stage: s.stage, total: s.score.total, tier: s.tier })),
    missing: missingOf(cycle.instrument, c, cycle.tiers, rows.answers),
    currentStage: currentStageOf(row.status),
    can: {
      manage: can.manage,
      answer: can.answer,
      submit: can.submit,
      verify: can.verify,
      reply: can.reply,
      export: can.export,
    },
  };
}

/** The live score, tier and what is missing (the worksheet page polls it after each change). */
export async function liveScore(db: Db, actor: Actor | null, id: string) {
  const { row, cycle } = await readableWorksheet(db, actor, id);
  const rows = await loadScoringRows(db, row);
  const c = computeScores(
    cycle.instrument,
    row.status,
    cycle.tiers,
    rows.answers,
    rows.links,
    rows.decisions,
  );
  return {
    version: row.version,
    score: summaryOf(c, cycle.tiers),
    missing: missingOf(cycle.instrument, c, cycle.tiers, rows.answers),
  };
}
