/**
 * The institution-standards API (server/modules/institution-standards): standards as
 * versioned data (import and export as JSON, new version, publish, retire), standardisation
 * dossiers per institution and standard version (answers with evidence, submission, DP3A's
 * review per criterion, the province and national stages, the decision), the certificate,
 * the public verification and DP3A's progress board. Rules live in domain/institution-standards/;
 * these schemas refuse malformed input.
 */
import { z } from 'zod';
import {
  ANSWER_NOTE_MAX,
  CRITERION_HELP_MAX,
  CRITERION_REVIEWS,
  CRITERION_TEXT_MAX,
  DECISION_NUMBER_MAX,
  DOSSIER_ACTIONS,
  DOSSIER_OUTCOMES,
  DOSSIER_STAGES,
  MAX_CRITERIA,
  MAX_ELEMENTS,
  MAX_SCALE,
  MAX_THRESHOLDS,
  REVIEW_COMMENT_MAX,
  SCORING_KINDS,
  SOURCE_NOTE_MAX,
  STANDARD_CODE_MAX,
  STANDARD_NAME_MAX,
  STANDARD_VERSION_STATUSES,
  STANDING_STATES,
} from '../domain/institution-standards/constants.js';
import { isCalendarDate } from '../domain/follow-ups/dates.js';
import { SERVICE_FIELDS } from '../domain/institutions/constants.js';
import { codeText, nameText, singleLineText } from './common.js';
import { regionCode } from './regions.js';

const code = codeText(STANDARD_CODE_MAX).min(1);
const weight = z.number().positive().max(1000);
const calendarDate = z.string().refine(isCalendarDate, { message: 'date_invalid' }).describe('YYYY-MM-DD');

export const thresholdSchema = z.strictObject({
  min: z.number().finite(),
  score: z.number().min(0).max(100),
});

export const criterionInput = z.strictObject({
  code,
  text: z.string().trim().min(1).max(CRITERION_TEXT_MAX),
  help: z.string().trim().max(CRITERION_HELP_MAX).optional(),
  kind: z.enum(SCORING_KINDS),
  weight,
  scaleMax: z.number().int().min(2).max(MAX_SCALE).nullable().optional(),
  thresholds: z.array(thresholdSchema).max(MAX_THRESHOLDS).nullable().optional(),
  evidenceExpected: singleLineText(500).optional(),
});

export const elementInput = z.strictObject({
  code,
  name: nameText(STANDARD_NAME_MAX).min(1),
  weight,
  criteria: z.array(criterionInput).max(MAX_CRITERIA),
});

/** A standard as imported and exported (JSON): the definition of one version. */
export const standardDefinition = z.strictObject({
  code,
  name: nameText(STANDARD_NAME_MAX).min(1),
  institutionType: codeText(40).min(1),
  sourceNote: z.string().trim().max(SOURCE_NOTE_MAX),
  validityMonths: z.number().int().min(1).max(240).nullable(),
  nationalReview: z.boolean(),
  example: z.boolean().optional(),
  elements: z.array(elementInput).max(MAX_ELEMENTS),
});
export type StandardDefinition = z.infer<typeof standardDefinition>;

export const standardSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  institutionType: z.string(),
  status: z.enum(STANDARD_VERSION_STATUSES),
  sourceNote: z.string(),
  validityMonths: z.number().int().nullable(),
  nationalReview: z.boolean(),
  example: z.boolean(),
  publishedAt: z.string().nullable(),
  elementCount: z.number().int(),
  criterionCount: z.number().int(),
});

export const criterionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  text: z.string(),
  help: z.string(),
  kind: z.enum(SCORING_KINDS),
  weight: z.number(),
  scaleMax: z.number().int().nullable(),
  thresholds: z.array(z.object({ min: z.number(), score: z.number() })).nullable(),
  evidenceExpected: z.string(),
});

export const elementSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  weight: z.number(),
  criteria: z.array(criterionSchema),
});

export const standardDetail = standardSummary.extend({
  elements: z.array(elementSchema),
  can: z.object({ manage: z.boolean() }),
});

export const standardList = z.object({
  items: z.array(standardSummary),
  canManage: z.boolean(),
});

export const standardListQuery = z.strictObject({
  institutionType: codeText(40).min(1).optional(),
});

export const importedStandard = z.object({ id: z.uuid(), code: z.string(), version: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Dossiers

const version = z.number().int().min(1);

export const createDossierBody = z.strictObject({ standardId: z.uuid() });

/** yes_no: true/false; scale: 1..n; number: ≥ 0; null clears the answer. */
export const answerValue = z.union([z.boolean(), z.number().finite(), z.null()]);

export const saveAnswerBody = z.strictObject({
  version,
  value: answerValue,
  note: z.string().max(ANSWER_NOTE_MAX).optional(),
});

export const answerParams = z.object({ id: z.uuid(), criterionCode: code });
export const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

export const versionBody = z.strictObject({ version });
export const noteBody = z.strictObject({
  version,
  note: z.string().trim().max(REVIEW_COMMENT_MAX).optional(),
});

export const reviewBody = z.strictObject({
  version,
  reviews: z
    .array(
      z.strictObject({
        criterionCode: code,
        review: z.enum(CRITERION_REVIEWS),
        comment: z.string().trim().max(REVIEW_COMMENT_MAX).optional(),
      }),
    )
    .min(1)
    .max(MAX_CRITERIA),
});

export const decideBody = z.strictObject({
  version,
  outcome: z.enum(DOSSIER_OUTCOMES),
  /** Required for terstandar (the decree's number). */
  decisionNumber: singleLineText(DECISION_NUMBER_MAX).optional(),
  decisionDate: calendarDate,
  /** Defaults from the standard's validity months. */
  validUntil: calendarDate.nullable().optional(),
  note: z.string().trim().max(REVIEW_COMMENT_MAX).optional(),
});

export const revokeBody = z.strictObject({
  version,
  reason: z.string().trim().min(1).max(REVIEW_COMMENT_MAX),
});

export const evidenceSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});

export const answerSchema = z.object({
  criterionCode: z.string(),
  value: answerValue,
  note: z.string(),
  review: z.enum(CRITERION_REVIEWS).nullable(),
  reviewComment: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  /** 0..100 of the criterion's weight. */
  score: z.number(),
  editable: z.boolean(),
});

export const gapsSchema = z.object({
  unanswered: z.array(z.string()),
  missingEvidence: z.array(z.string()),
  needsFix: z.array(z.string()),
  unreviewed: z.array(z.string()),
});

export const historyEntry = z.object({
  action: z.enum(DOSSIER_ACTIONS),
  fromStage: z.enum(DOSSIER_STAGES).nullable(),
  toStage: z.enum(DOSSIER_STAGES),
  note: z.string().nullable(),
  actor: z.string().nullable(),
  at: z.string(),
});

export const dossierSummary = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  institution: z.object({ id: z.uuid(), name: z.string() }),
  standard: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    version: z.number().int(),
    example: z.boolean(),
  }),
  stage: z.enum(DOSSIER_STAGES),
  round: z.number().int(),
  outcome: z.enum(DOSSIER_OUTCOMES).nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** valid / expired / revoked once terstandar; null otherwise. */
  standing: z.enum(STANDING_STATES).nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});

export const dossierDetail = dossierSummary.extend({
  standardDetail: standardDetail.omit({ can: true }),
  answers: z.array(answerSchema),
  score: z.object({
    total: z.number(),
    elements: z.array(
      z.object({ code: z.string(), score: z.number(), criteria: z.number(), answered: z.number() }),
    ),
  }),
  gaps: gapsSchema,
  history: z.array(historyEntry),
  verificationCode: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  decisionNote: z.string().nullable(),
  can: z.object({
    fill: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    returnForFix: z.boolean(),
    forward: z.boolean(),
    decide: z.boolean(),
    reopen: z.boolean(),
    revoke: z.boolean(),
    certificate: z.boolean(),
  }),
});

export const institutionDossiers = z.object({
  items: z.array(dossierSummary),
  /** The published standards for this institution's type a new dossier may use. */
  standards: z.array(standardSummary),
  canCreate: z.boolean(),
});

export const institutionParams = z.object({ id: z.uuid() });

// ---------------------------------------------------------------------------------------------
// Board

export const boardParams = z.object({ code: regionCode });
export const boardQuery = z.strictObject({
  stage: z.enum([...DOSSIER_STAGES, 'none'] as const).optional(),
  field: z.enum(SERVICE_FIELDS).optional(),
});

export const boardRow = z.object({
  institution: z.object({ id: z.uuid(), name: z.string(), type: z.string(), fields: z.array(z.string()) }),
  dossier: z
    .object({
      id: z.uuid(),
      standardName: z.string(),
      example: z.boolean(),
      stage: z.enum(DOSSIER_STAGES),
      outcome: z.enum(DOSSIER_OUTCOMES).nullable(),
      validUntil: z.string().nullable(),
      standing: z.enum(STANDING_STATES).nullable(),
      unanswered: z.number().int(),
      needsFix: z.number().int(),
      missingEvidence: z.number().int(),
    })
    .nullable(),
});

export const dossierBoard = z.object({
  today: z.string(),
  rows: z.array(boardRow),
  byStage: z.array(
    z.object({ stage: z.enum([...DOSSIER_STAGES, 'none'] as const), count: z.number().int() }),
  ),
  byField: z.array(
    z.object({
      field: z.enum(SERVICE_FIELDS),
      institutions: z.number().int(),
      standardised: z.number().int(),
    }),
  ),
  institutions: z.number().int(),
  standardised: z.number().int(),
  /** The board lists at most this many rows; `truncated` says more matched. */
  truncated: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Public verification

export const publicStandingSchema = z.object({
  state: z.enum(STANDING_STATES),
  standing: z
    .object({
      institutionName: z.string(),
      institutionType: z.string(),
      regionName: z.string(),
      standardName: z.string(),
      example: z.boolean(),
      decisionNumber: z.string().nullable(),
      decisionDate: z.string().nullable(),
      validUntil: z.string().nullable(),
    })
    .nullable(),
});

export type StandardSummaryDto = z.infer<typeof standardSummary>;
export type StandardDetailDto = z.infer<typeof standardDetail>;
export type DossierSummaryDto = z.infer<typeof dossierSummary>;
export type DossierDetailDto = z.infer<typeof dossierDetail>;
export type DossierBoardDto = z.infer<typeof dossierBoard>;
export type PublicStandingDto = z.infer<typeof publicStandingSchema>;
