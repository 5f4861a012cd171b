/**
 * The data entry and review API (server/modules/values): the entry grid of a period, saving
 * values, the submit/verify/return steps, the review board, the validation report, and the
 * periods that hold values.
 */
import { z } from 'zod';
import { SEXES, VALUE_STATUSES } from '../domain/indicators.js';
import { VIOLATION_RULES, VIOLATION_SEVERITIES } from '../domain/value-rules.js';
import { VALUE_NOTE_MAX } from '../domain/value-note.js';
import { period, singleLineText } from './common.js';
import { indicatorCode, indicatorSchema } from './indicators.js';

const members = z
  .record(z.string().max(40), z.string().max(40))
  .describe('Dimension set code -> member code');

export const entryQuery = z.strictObject({ period, opd: z.uuid().optional() });

export { VALUE_NOTE_MAX };

/** Control characters other than line breaks and tabs; NUL is refused earlier for every route. */
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const NOTE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Embeddings, overrides, isolates and the marks LRM, RLM and ALM: they change what a reader sees. */
const NOTE_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A comment on one value (DHIS2's "comment"): why a figure is what it is, where it came from.
 * Several lines are allowed (Windows line ends become \n); other invisible controls are not.
 * An empty comment removes it.
 */
export const valueNote = z
  .string()
  .overwrite((v) => v.replace(/\r\n?/g, '\n'))
  .trim()
  .refine((v) => !NOTE_CONTROL.test(v), { message: 'text_control_char' })
  .refine((v) => !NOTE_BIDI.test(v), { message: 'text_bidi_control' })
  .max(VALUE_NOTE_MAX);

/** A broken rule (domain/value-rules.ts): the grid, the save and the report answer these. */
export const violationSchema = z.object({
  severity: z.enum(VIOLATION_SEVERITIES),
  rule: z.enum(VIOLATION_RULES),
  indicatorCode: z.string(),
  sex: z.enum(SEXES).optional(),
  comboKey: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const storedValueSchema = z.object({
  indicatorCode: z.string(),
  sex: z.enum(SEXES),
  comboKey: z.string(),
  value: z.string(),
  status: z.enum(VALUE_STATUSES),
  note: z.string().nullable(),
  sourceRef: z.string().nullable(),
});

export const entryGridSchema = z.object({
  regionCode: z.string(),
  period: z.string(),
  opdId: z.string().nullable(),
  editable: z.boolean(),
  indicators: z.array(
    z.object({
      indicator: indicatorSchema,
      cells: z.array(
        z.object({ sex: z.enum(SEXES), comboKey: z.string(), members: z.record(z.string(), z.string()) }),
      ),
    }),
  ),
  values: z.array(storedValueSchema),
  violations: z.array(violationSchema),
});

export const saveEntryBody = z.strictObject({
  period,
  values: z
    .array(
      z.strictObject({
        indicatorCode,
        sex: z.enum(SEXES),
        members: members.optional(),
        value: z
          .string()
          .max(40)
          .nullable()
          .optional()
          .describe(
            'Decimal; Indonesian 12,5 and 1.234 accepted; null removes; left out, the stored value stays (a change of its note only)',
          ),
        note: valueNote
          .nullable()
          .optional()
          .describe('Comment on the value; null or empty removes it, left out keeps it'),
        sourceRef: singleLineText(300)
          .nullable()
          .optional()
          .describe('Source of the figure, e.g. a report or register'),
      }),
    )
    .min(1)
    .max(5000),
});

export const saveEntryResponse = z.object({ changed: z.number(), violations: z.array(violationSchema) });

export const reviewBody = z.strictObject({
  period,
  opdId: z.uuid(),
  comment: z.string().trim().max(2000).nullable().optional(),
});

/** What a review step answers: how many values moved. */
export const movedSchema = z.object({ moved: z.number() });

export const REVIEW_ACTIONS = ['submit', 'verify', 'return'] as const;

export const reviewBoardSchema = z.object({
  items: z.array(
    z.object({
      opd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
      draft: z.number(),
      submitted: z.number(),
      verified: z.number(),
      lastStep: z
        .object({ action: z.enum(REVIEW_ACTIONS), comment: z.string().nullable(), at: z.string() })
        .nullable(),
    }),
  ),
});

export const validationReportQuery = z.strictObject({ period });

export const violationList = z.object({ items: z.array(violationSchema) });

export const periodsQuery = z.strictObject({ opd: z.uuid().optional() });
export const periodsResponse = z.object({
  items: z.array(z.object({ period: z.string(), values: z.number(), verified: z.number() })),
});
