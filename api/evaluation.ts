/**
 * The evaluation API (server/modules/evaluation): a region's Evaluasi PUG worksheet per cycle
 * (answers, assignments, evidence links, live score and tier, what is missing, submit), the
 * verifiers' queue, decisions per stage and question, the region's replies, closing a stage,
 * results with ranks and trend, the province side-by-side and the national recap. Rules live
 * in domain/evaluation/; these schemas refuse malformed input.
 */
import { z } from 'zod';
import { ANSWER_TYPES, CYCLE_STAGES, EVALUATION_AWARDS } from '../domain/evaluation/instrument.js';
import { DECISIONS } from '../domain/evaluation/verification.js';
import {
  ANSWER_NOTE_MAX,
  ANSWER_TEXT_MAX,
  COMMENT_MAX,
  REPLY_MAX,
  VERIFICATION_STAGES,
  WORKSHEET_STATUSES,
} from '../domain/evaluation/worksheet.js';
import { codeText, singleLineText } from './common.js';

const version = z.number().int().min(1);
const questionCode = codeText(40).min(1);
const score = z.number().finite().min(0).max(1_000_000);

export const cycleParams = z.object({ code: z.string().max(10), cycleId: z.uuid() });
export const questionParams = z.object({ id: z.uuid(), questionCode });
export const linkParams = z.object({ id: z.uuid(), linkId: z.uuid() });
export const stageParams = z.object({ id: z.uuid(), stage: z.enum(VERIFICATION_STAGES) });
export const recapQuery = z.strictObject({ cycleId: z.uuid() });

/** choice: option code; yes_no: boolean; number/percentage: number; text: string; null clears. */
export const answerValue = z.union([
  z.string().max(ANSWER_TEXT_MAX),
  z.boolean(),
  z.number().finite(),
  z.null(),
]);

export const saveAnswerBody = z.strictObject({
  value: answerValue,
  note: z.string().trim().max(ANSWER_NOTE_MAX).optional(),
});

export const assignBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        questionCode,
        opdId: z.uuid().nullable(),
        userId: z.uuid().nullable(),
      }),
    )
    .min(1)
    .max(1000),
});

export const evidenceLinkBody = z.strictObject({
  kind: codeText(60).min(1),
  source: z.enum(['live', 'upload']),
  module: codeText(60).min(1).optional(),
  id: singleLineText(200).min(1).optional(),
  documentId: z.uuid().optional(),
  title: singleLineText(300).min(1),
  year: z.number().int().min(2000).max(2100),
});

export const submitBody = z.strictObject({ version });

export const decisionItem = z.strictObject({
  questionCode,
  decision: z.enum(DECISIONS),
  adjustedScore: score.nullable().optional(),
  comment: z.string().trim().max(COMMENT_MAX).optional(),
});
export const decideBody = z.strictObject({
  items: z.array(decisionItem).min(1).max(1000),
});

export const replyBody = z.strictObject({
  stage: z.enum(VERIFICATION_STAGES),
  questionCode,
  body: z.string().trim().min(1).max(REPLY_MAX),
});

export const closeStageBody = z.strictObject({ version });

export const createWorksheetBody = z.strictObject({ cycleId: z.uuid() });

// ---------------------------------------------------------------------------------------------
// Responses

const tierSchema = z.object({ name: z.string(), min: z.number(), max: z.number() });

export const scoreSummary = z.object({
  total: z.number(),
  maxTotal: z.number(),
  byArea: z.array(z.object({ code: z.string(), score: z.number(), max: z.number() })),
  tier: z.string().nullable(),
  nextTier: tierSchema.nullable(),
  /** Points short of the next tier's minimum. */
  gapToNext: z.number().nullable(),
  answered: z.number().int(),
  shown: z.number().int(),
  evidenceRequired: z.number().int(),
  evidenceComplete: z.number().int(),
});

export const missingSchema = z.object({
  /** Shown questions requiring evidence kinds that no confirmed link covers. */
  withoutEvidence: z.array(z.object({ questionCode: z.string(), kinds: z.array(z.string()) })),
  unanswered: z.array(z.string()),
  /** The answers that would lift the worksheet to the next tier at least cost (A's next-tier). */
  toNextTier: z.array(
    z.object({
      questionCode: z.string(),
      value: answerValue,
      gain: z.number(),
      label: z.string().nullable(),
    }),
  ),
});

export const optionSchema = z.object({
  code: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  score: z.number(),
});

export const questionSchema = z.object({
  code: z.string(),
  areaCode: z.string(),
  text: z.string(),
  textEn: z.string().nullable(),
  help: z.string().nullable(),
  answerType: z.enum(ANSWER_TYPES),
  maxScore: z.number(),
  weight: z.number(),
  options: z.array(optionSchema),
  evidenceKinds: z.array(z.string()),
  condition: z
    .object({ questionCode: z.string(), equals: z.union([z.string(), z.boolean(), z.number()]) })
    .nullable(),
});

export const linkSchema = z.object({
  id: z.uuid(),
  questionCode: z.string(),
  kind: z.string(),
  source: z.enum(['live', 'upload']),
  module: z.string().nullable(),
  recordId: z.string().nullable(),
  documentId: z.string().nullable(),
  title: z.string(),
  year: z.number().int(),
  confirmedAt: z.string(),
});

export const decisionSchema = z.object({
  stage: z.enum(VERIFICATION_STAGES),
  questionCode: z.string(),
  decision: z.enum(DECISIONS),
  adjustedScore: z.number().nullable(),
  comment: z.string(),
  byClose: z.boolean(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});

export const replySchema = z.object({
  id: z.uuid(),
  stage: z.enum(VERIFICATION_STAGES),
  questionCode: z.string(),
  body: z.string(),
  repliedBy: z.string().nullable(),
  repliedAt: z.string(),
});

export const answerSchema = z.object({
  questionCode: z.string(),
  value: answerValue,
  /** Self-assessed points before the weight. */
  points: z.number(),
  note: z.string(),
  assigneeOpdId: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** Whether the caller may answer it now. */
  canAnswer: z.boolean(),
  visible: z.boolean(),
});

export const cycleSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  award: z.enum(EVALUATION_AWARDS),
  name: z.string(),
  /** The stage whose window holds today; null before, between or after them. */
  stage: z.enum(CYCLE_STAGES).nullable(),
  selfAssessmentEnd: z.string().nullable(),
  nationalVerifiesKabKota: z.boolean(),
  tiers: z.array(tierSchema),
  instrumentName: z.string(),
  instrumentExample: z.boolean(),
});

export const worksheetSummary = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  regionName: z.string(),
  cycle: cycleSummary,
  status: z.enum(WORKSHEET_STATUSES),
  frozen: z.boolean(),
  submittedAt: z.string().nullable(),
  total: z.number(),
  tier: z.string().nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
});

export const worksheetDetail = worksheetSummary.extend({
  areas: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable() })),
  questions: z.array(questionSchema),
  answers: z.array(answerSchema),
  links: z.array(linkSchema),
  decisions: z.array(decisionSchema),
  replies: z.array(replySchema),
  score: scoreSummary,
  /** Per stage reached: total and by area after it. */
  stageScores: z.array(
    z.object({ stage: z.enum(VERIFICATION_STAGES), total: z.number(), tier: z.string().nullable() }),
  ),
  missing: missingSchema,
  currentStage: z.enum(VERIFICATION_STAGES).nullable(),
  can: z.object({
    manage: z.boolean(),
    answer: z.boolean(),
    submit: z.boolean(),
    verify: z.boolean(),
    reply: z.boolean(),
    export: z.boolean(),
  }),
});

export const liveScore = z.object({ version: z.number().int(), score: scoreSummary, missing: missingSchema });

export const regionEvaluation = z.object({
  worksheets: z.array(worksheetSummary),
  /** Open cycles the region has no worksheet for yet (DP3A may start one). */
  startable: z.array(cycleSummary),
  canManage: z.boolean(),
});

export const queueItem = z.object({
  worksheetId: z.uuid(),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(WORKSHEET_STATUSES),
  stage: z.enum(VERIFICATION_STAGES).nullable(),
  submittedAt: z.string().nullable(),
  selfTotal: z.number(),
  total: z.number(),
  tier: z.string().nullable(),
  decided: z.number().int(),
  shown: z.number().int(),
});
export const queueSchema = z.object({ items: z.array(queueItem) });

export const recapRow = z.object({
  worksheetId: z.uuid().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(WORKSHEET_STATUSES).nullable(),
  selfTotal: z.number().nullable(),
  total: z.number().nullable(),
  tier: z.string().nullable(),
  byArea: z.record(z.string(), z.number()),
  evidenceRequired: z.number().int(),
  evidenceComplete: z.number().int(),
  rank: z.number().int().nullable(),
});
export const recapSchema = z.object({
  cycle: cycleSummary,
  areas: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(recapRow),
});

export const resultsSchema = z.object({
  worksheetId: z.uuid(),
  status: z.enum(WORKSHEET_STATUSES),
  selfTotal: z.number(),
  total: z.number(),
  maxTotal: z.number(),
  tier: z.string().nullable(),
  byArea: z.array(
    z.object({ code: z.string(), name: z.string(), self: z.number(), final: z.number(), max: z.number() }),
  ),
  stageScores: z.array(
    z.object({ stage: z.enum(VERIFICATION_STAGES), total: z.number(), tier: z.string().nullable() }),
  ),
  rankInProvince: z.object({ rank: z.number().int(), of: z.number().int() }).nullable(),
  rankInNation: z.object({ rank: z.number().int(), of: z.number().int() }),
  trend: z.array(
    z.object({
      year: z.number().int(),
      award: z.string(),
      total: z.number(),
      maxTotal: z.number().nullable(),
      tier: z.string().nullable(),
      status: z.enum(WORKSHEET_STATUSES),
    }),
  ),
});

export const answerVersionsSchema = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      value: answerValue,
      note: z.string(),
      changedBy: z.string().nullable(),
      changedAt: z.string(),
    }),
  ),
});
