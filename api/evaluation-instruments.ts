/**
 * The evaluation-instruments API (server/modules/evaluation-instruments): Evaluasi PUG
 * instruments as versioned data (import from JSON or the XLSX template, export, copy into a new
 * version) and cycles (year, award, instrument version, stage dates, tiers, opening and closing).
 * The pure rules are domain/evaluation/; these schemas refuse malformed input.
 */
import { z } from 'zod';
import { isCalendarDate } from '../domain/follow-ups/dates.js';
import {
  ANSWER_TYPES,
  CYCLE_STAGES,
  CYCLE_STATUSES,
  EVALUATION_AWARDS,
} from '../domain/evaluation/instrument.js';
import {
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MAX_THRESHOLDS,
  MAX_TIERS,
} from '../domain/evaluation/validate-instrument.js';
import { codeText, nameText } from './common.js';

export const INSTRUMENT_CODE_MAX = 40;
export const INSTRUMENT_NAME_MAX = 200;
export const QUESTION_TEXT_MAX = 2000;
export const QUESTION_HELP_MAX = 4000;
export const SOURCE_NOTE_MAX = 2000;
export const MAX_AREAS = 30;

const code = codeText(INSTRUMENT_CODE_MAX).min(1);
const score = z.number().finite().min(0).max(10_000);
// eslint-disable-next-line no-control-regex -- a question may have line breaks, never other controls
const noControls = (v: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v);
const longText = (max: number) =>
  z.string().trim().max(max).refine(noControls, { message: 'text_control_char' });
const calendarDate = z.string().refine(isCalendarDate, { message: 'date_invalid' }).describe('YYYY-MM-DD');

export const optionInput = z.strictObject({
  code,
  label: nameText(500).min(1),
  labelEn: nameText(500).nullable().optional(),
  score,
});

export const conditionInput = z.strictObject({
  questionCode: code,
  equals: z.union([z.string().max(500), z.boolean(), z.number().finite()]),
});

export const questionInput = z.strictObject({
  code,
  text: longText(QUESTION_TEXT_MAX).min(1),
  textEn: longText(QUESTION_TEXT_MAX).nullable().optional(),
  help: longText(QUESTION_HELP_MAX).nullable().optional(),
  answerType: z.enum(ANSWER_TYPES),
  maxScore: score,
  weight: z.number().finite().max(1000),
  options: z
    .array(optionInput)
    .max(MAX_OPTIONS + 1)
    .nullable()
    .optional(),
  thresholds: z
    .array(z.strictObject({ min: z.number().finite(), score }))
    .max(MAX_THRESHOLDS + 1)
    .nullable()
    .optional(),
  target: z.number().finite().positive().nullable().optional(),
  evidenceKinds: z.array(codeText(60).min(1)).max(20),
  condition: conditionInput.nullable().optional(),
});

export const areaInput = z.strictObject({
  code,
  name: nameText(INSTRUMENT_NAME_MAX).min(1),
  nameEn: nameText(INSTRUMENT_NAME_MAX).nullable().optional(),
  questions: z.array(questionInput).max(MAX_QUESTIONS + 1),
});

/** An instrument as imported and exported (JSON): one version's content. */
export const instrumentDefinition = z.strictObject({
  code,
  name: nameText(INSTRUMENT_NAME_MAX).min(1),
  sourceNote: longText(SOURCE_NOTE_MAX),
  example: z.boolean().optional(),
  areas: z.array(areaInput).max(MAX_AREAS),
});
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;

const cycleRef = z.object({
  id: z.uuid(),
  year: z.number().int(),
  award: z.enum(EVALUATION_AWARDS),
  status: z.enum(CYCLE_STATUSES),
});

export const instrumentSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  sourceNote: z.string(),
  example: z.boolean(),
  frozen: z.boolean(),
  frozenAt: z.string().nullable(),
  copiedFrom: z.uuid().nullable(),
  areaCount: z.number().int(),
  questionCount: z.number().int(),
  maxTotal: z.number(),
  cycles: z.array(cycleRef),
  createdAt: z.string(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummary>;

export const instrumentList = z.object({ items: z.array(instrumentSummary), canManage: z.boolean() });

const questionOut = questionInput.extend({
  id: z.uuid(),
  text: z.string(),
  options: z.array(optionInput.extend({ label: z.string() })),
  evidenceKinds: z.array(z.string()),
});
export const instrumentDetail = instrumentSummary.extend({
  areas: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      max: z.number(),
      questions: z.array(questionOut),
    }),
  ),
  can: z.object({ manage: z.boolean(), copy: z.boolean() }),
});
export type InstrumentDetail = z.infer<typeof instrumentDetail>;

export const importedInstrument = z.object({
  id: z.uuid(),
  code: z.string(),
  version: z.number().int(),
  /** True when an unfrozen draft of the code was replaced rather than a version added. */
  replaced: z.boolean(),
});
export type ImportedInstrument = z.infer<typeof importedInstrument>;

export const exportQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

// ---- Cycles ---------------------------------------------------------------------------------

export const stageWindowSchema = z.strictObject({
  start: calendarDate.nullable(),
  end: calendarDate.nullable(),
});
export const stagesSchema = z.strictObject(
  Object.fromEntries(CYCLE_STAGES.map((s) => [s, stageWindowSchema])) as Record<
    (typeof CYCLE_STAGES)[number],
    typeof stageWindowSchema
  >,
);

export const tierInput = z.strictObject({
  name: nameText(60).min(1),
  min: z.number().finite(),
  max: z.number().finite(),
});

export const cycleInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  award: z.enum(EVALUATION_AWARDS),
  name: nameText(INSTRUMENT_NAME_MAX).min(1),
  instrumentId: z.uuid(),
  stages: stagesSchema,
  nationalVerifiesKabKota: z.boolean(),
  tiers: z.array(tierInput).max(MAX_TIERS + 1),
});
export type CycleInput = z.infer<typeof cycleInput>;

/** An update names the version it saw (optimistic locking). */
export const cycleUpdate = cycleInput.extend({ version: z.number().int().min(1) });
export type CycleUpdate = z.infer<typeof cycleUpdate>;

export const cycleVersionBody = z.strictObject({ version: z.number().int().min(1) });

export const cycleSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  award: z.enum(EVALUATION_AWARDS),
  name: z.string(),
  status: z.enum(CYCLE_STATUSES),
  instrument: z.object({
    id: z.uuid(),
    code: z.string(),
    version: z.number().int(),
    name: z.string(),
    example: z.boolean(),
    frozen: z.boolean(),
    maxTotal: z.number(),
  }),
  stages: stagesSchema,
  nationalVerifiesKabKota: z.boolean(),
  tiers: z.array(tierInput),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ manage: z.boolean() }),
});
export type EvaluationCycle = z.infer<typeof cycleSchema>;

export const cycleList = z.object({ items: z.array(cycleSchema), canManage: z.boolean() });
export type CycleList = z.infer<typeof cycleList>;

export const cycleOpened = cycleSchema.extend({ notified: z.number().int() });
