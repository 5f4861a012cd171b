/** Rows to the API's shapes (api/evaluation.ts). */
import { stageOn } from '../../../domain/evaluation/cycle-stages.js';
import type { LoadedCycle, WorksheetRow } from './load.js';
import type { AnswerRow, DecisionRow, LinkRow } from './score.js';
import type { evaluationReplies } from '../../db/schema-evaluation.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function cycleSummaryOf(c: LoadedCycle, today: string) {
  return {
    id: c.row.id,
    year: c.row.year,
    award: c.row.award,
    name: c.row.name,
    stage: stageOn(c.windows, today),
    selfAssessmentEnd: c.row.selfAssessmentEnd,
    nationalVerifiesKabKota: c.row.nationalVerifiesKabKota,
    tiers: c.tiers,
    instrumentName: c.instrument.name,
    instrumentExample: c.instrument.example,
  };
}

export function worksheetSummaryOf(row: WorksheetRow, regionName: string, cycle: LoadedCycle, today: string) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName,
    cycle: cycleSummaryOf(cycle, today),
    status: row.status,
    frozen: row.frozen,
    submittedAt: iso(row.submittedAt),
    total: row.total,
    tier: row.tier,
    version: row.version,
    isDemo: row.isDemo,
  };
}

export const linkOf = (l: LinkRow) => ({
  id: l.id,
  questionCode: l.questionCode,
  kind: l.kind,
  source: l.source,
  module: l.module,
  recordId: l.recordId,
  documentId: l.documentId,
  title: l.title,
  year: l.year,
  confirmedAt: l.confirmedAt.toISOString(),
});

export const decisionOf = (d: DecisionRow) => ({
  stage: d.stage,
  questionCode: d.questionCode,
  decision: d.decision,
  adjustedScore: d.adjustedScore,
  comment: d.comment,
  byClose: d.byClose,
  decidedBy: d.decidedBy,
  decidedAt: d.decidedAt.toISOString(),
});

export const replyOf = (r: typeof evaluationReplies.$inferSelect) => ({
  id: r.id,
  stage: r.stage,
  questionCode: r.questionCode,
  body: r.body,
  repliedBy: r.repliedBy,
  repliedAt: r.repliedAt.toISOString(),
});

export const answerOf = (a: AnswerRow, canAnswer: boolean, visible: boolean) => ({
  questionCode: a.questionCode,
  value: a.value,
  points: a.points,
  note: a.note,
  assigneeOpdId: a.assigneeOpdId,
  assigneeUserId: a.assigneeUserId,
  version: a.version,
  updatedAt: a.updatedAt.toISOString(),
  canAnswer,
  visible,
});
