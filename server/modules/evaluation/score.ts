/**
 * A worksheet's scores from its rows: self-assessed (A's scoreWorksheet over the answers),
 * then after each verification stage reached (the stage's decisions applied as adjusted
 * points, domain/evaluation/verification.ts), the tier of the latest, evidence completeness
 * and what is missing. `refreshWorksheet` rewrites the worksheet's cached columns in the
 * caller's transaction, so lists, ranks and recaps read one row per region.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { TierBand, WorksheetAnswer } from '../../../domain/evaluation/instrument.js';
import { planNextTier } from '../../../domain/evaluation/next-tier.js';
import { scoreWorksheet, type WorksheetScore } from '../../../domain/evaluation/scoring.js';
import { nextTierOf, tierOf } from '../../../domain/evaluation/tiers.js';
import { scoreTrail, type StageDecision } from '../../../domain/evaluation/verification.js';
import {
  VERIFICATION_STAGES,
  type VerificationStage,
  type WorksheetStatus,
} from '../../../domain/evaluation/worksheet.js';
import type { Db } from '../../db/connection.js';
import {
  evaluationAnswerLinks,
  evaluationAnswers,
  evaluationDecisions,
  evaluationReplies,
  evaluationWorksheets,
  type WorksheetScoreCache,
  type WorksheetScores,
} from '../../db/schema-evaluation.js';
import type { LoadedInstrument, LoadedWorksheet, WorksheetRow } from './load.js';

export type AnswerRow = typeof evaluationAnswers.$inferSelect;
export type LinkRow = typeof evaluationAnswerLinks.$inferSelect;
export type DecisionRow = typeof evaluationDecisions.$inferSelect;

/** The stages whose scores exist for a status: started or closed. */
export function reachedStages(status: WorksheetStatus): VerificationStage[] {
  if (status === 'verification_administrative') return ['administrative'];
  if (status === 'verification_field' || status === 'final') return [...VERIFICATION_STAGES];
  return [];
}

export interface ComputedScores {
  self: WorksheetScore;
  stages: { stage: VerificationStage; score: WorksheetScore; tier: string | null }[];
  latest: WorksheetScore;
  tier: string | null;
  visible: Set<string>;
  evidenceRequired: number;
  withoutEvidence: { questionCode: string; kinds: string[] }[];
  unanswered: string[];
  answered: number;
}

export function computeScores(
  instrument: LoadedInstrument,
  status: WorksheetStatus,
  tiers: readonly TierBand[],
  answers: readonly Pick<AnswerRow, 'questionCode' | 'value'>[],
  links: readonly Pick<LinkRow, 'questionCode' | 'kind'>[],
  decisions: readonly StageDecision[],
): ComputedScores {
  const lookup = new Map<string, WorksheetAnswer>();
  for (const a of answers) if (a.value !== null) lookup.set(a.questionCode, { value: a.value });
  const self = scoreWorksheet(instrument.content, lookup);
  const visible = new Set(self.perQuestion.filter((p) => p.visible).map((p) => p.code));
  const selfPoints: Record<string, number> = {};
  for (const p of self.perQuestion) if (p.visible) selfPoints[p.code] = p.points;
  const trail = scoreTrail(selfPoints, decisions, reachedStages(status));
  const stages = VERIFICATION_STAGES.flatMap((stage) => {
    const points = trail.stages[stage];
    if (!points) return [];
    const adjusted = new Map<string, WorksheetAnswer>();
    for (const [code, a] of lookup) adjusted.set(code, { value: a.value, adjustedScore: points[code] });
    const score = scoreWorksheet(instrument.content, adjusted);
    return [{ stage, score, tier: tierOf(tiers, score.total)?.name ?? null }];
  });
  const latest = stages.length ? stages[stages.length - 1].score : self;
  const kindsLinked = new Map<string, Set<string>>();
  for (const l of links) {
    const s = kindsLinked.get(l.questionCode) ?? new Set<string>();
    s.add(l.kind);
    kindsLinked.set(l.questionCode, s);
  }
  let evidenceRequired = 0;
  const withoutEvidence: ComputedScores['withoutEvidence'] = [];
  const unanswered: string[] = [];
  for (const [code, q] of instrument.byCode) {
    if (!visible.has(code)) continue;
    if (!lookup.has(code)) unanswered.push(code);
    if (q.evidenceKinds.length === 0) continue;
    evidenceRequired++;
    const have = kindsLinked.get(code);
    const lacking = q.evidenceKinds.filter((k) => !have?.has(k));
    if (lacking.length) withoutEvidence.push({ questionCode: code, kinds: lacking });
  }
  return {
    self,
    stages,
    latest,
    tier: tierOf(tiers, latest.total)?.name ?? null,
    visible,
    evidenceRequired,
    withoutEvidence,
    unanswered,
    answered: [...lookup.keys()].filter((c) => visible.has(c)).length,
  };
}

/** The score summary of the API (scoreSummary of api/evaluation.ts). */
export function summaryOf(c: ComputedScores, tiers: readonly TierBand[]) {
  const next = nextTierOf(tiers, c.latest.total);
  return {
    total: c.latest.total,
    maxTotal: c.latest.maxTotal,
    byArea: c.latest.byArea,
    tier: c.tier,
    nextTier: next ? { name: next.name, min: next.min, max: next.max } : null,
    gapToNext: next ? Math.round((next.min - c.latest.total) * 10_000) / 10_000 : null,
    answered: c.answered,
    shown: c.visible.size,
    evidenceRequired: c.evidenceRequired,
    evidenceComplete: c.evidenceRequired - c.withoutEvidence.length,
  };
}

/** What is missing: questions without their evidence, unanswered ones, and the cheapest way to the next tier. */
export function missingOf(
  instrument: LoadedInstrument,
  c: ComputedScores,
  tiers: readonly TierBand[],
  answers: readonly Pick<AnswerRow, 'questionCode' | 'value'>[],
) {
  const lookup = new Map<string, WorksheetAnswer>();
  for (const a of answers) if (a.value !== null) lookup.set(a.questionCode, { value: a.value });
  const plan = planNextTier(instrument.content, lookup, tiers);
  return {
    withoutEvidence: c.withoutEvidence,
    unanswered: c.unanswered,
    toNextTier: plan.changes.map((ch) => {
      const q = instrument.byCode.get(ch.code);
      const option = q?.options?.find((o) => o.code === ch.suggested);
      return { questionCode: ch.code, value: ch.suggested, gain: ch.gain, label: option?.label ?? null };
    }),
  };
}

const cacheOf = (s: WorksheetScore): WorksheetScoreCache => ({
  total: s.total,
  byArea: Object.fromEntries(s.byArea.map((a) => [a.code, a.score])),
});

export async function loadScoringRows(db: Db, row: Pick<WorksheetRow, 'regionCode' | 'id'>) {
  const [answers, links, decisions] = await Promise.all([
    db
      .select()
      .from(evaluationAnswers)
      .where(
        and(eq(evaluationAnswers.regionCode, row.regionCode), eq(evaluationAnswers.worksheetId, row.id)),
      ),
    db
      .select()
      .from(evaluationAnswerLinks)
      .where(
        and(
          eq(evaluationAnswerLinks.regionCode, row.regionCode),
          eq(evaluationAnswerLinks.worksheetId, row.id),
        ),
      ),
    db
      .select()
      .from(evaluationDecisions)
      .where(
        and(eq(evaluationDecisions.regionCode, row.regionCode), eq(evaluationDecisions.worksheetId, row.id)),
      ),
  ]);
  return { answers, links, decisions };
}

/**
 * What a reader of the whole worksheet needs (its page, its exports): the rows, the region's
 * replies to verifiers' comments, and the scores computed from them.
 */
export async function loadWorksheetState(db: Db, w: LoadedWorksheet) {
  const { row, cycle } = w;
  const [rows, replies] = await Promise.all([
    loadScoringRows(db, row),
    db
      .select()
      .from(evaluationReplies)
      .where(and(eq(evaluationReplies.regionCode, row.regionCode), eq(evaluationReplies.worksheetId, row.id)))
      .orderBy(asc(evaluationReplies.repliedAt)),
  ]);
  const scores = computeScores(
    cycle.instrument,
    row.status,
    cycle.tiers,
    rows.answers,
    rows.links,
    rows.decisions,
  );
  return { rows, replies, scores };
}

/**
 * Rescores the worksheet from its rows and writes the cache (and one more version), in the
 * caller's transaction; answers what it computed.
 */
export async function refreshWorksheet(
  tx: Db,
  row: WorksheetRow,
  instrument: LoadedInstrument,
  tiers: readonly TierBand[],
  set: Partial<WorksheetRow> = {},
) {
  const status = set.status ?? row.status;
  const rows = await loadScoringRows(tx, row);
  const c = computeScores(instrument, status, tiers, rows.answers, rows.links, rows.decisions);
  const scores: WorksheetScores = { self: cacheOf(c.self) };
  for (const s of c.stages) scores[s.stage] = cacheOf(s.score);
  const [after] = await tx
    .update(evaluationWorksheets)
    .set({
      ...set,
      total: c.latest.total,
      tier: c.tier,
      scores,
      evidenceRequired: c.evidenceRequired,
      evidenceComplete: c.evidenceRequired - c.withoutEvidence.length,
      answered: c.answered,
      shown: c.visible.size,
      version: sql`${evaluationWorksheets.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(evaluationWorksheets.regionCode, row.regionCode), eq(evaluationWorksheets.id, row.id)))
    .returning();
  return { row: after, computed: c, rows };
}
