import { z } from 'zod';
import { SEXES } from '../../../domain/indicators.js';
import { indicatorCode } from '../../../api/indicators.js';
import { singleLineText } from '../../../api/common.js';

const period = z
  .string()
  .regex(/^\d{4}(-(S[12]|Q[1-4]))?$/, { message: 'bad_format' })
  .describe('2024, 2024-S1 or 2024-Q3');
const members = z
  .record(z.string().max(40), z.string().max(40))
  .describe('Dimension set code -> member code');

export const entryQuery = z.strictObject({ period, opd: z.uuid().optional() });

export const violationSchema = z.object({
  severity: z.enum(['error', 'warning']),
  rule: z.string(),
  indicatorCode: z.string(),
  sex: z.string().optional(),
  comboKey: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const storedValueSchema = z.object({
  indicatorCode: z.string(),
  sex: z.string(),
  comboKey: z.string(),
  value: z.string(),
  status: z.string(),
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
      indicator: z.record(z.string(), z.unknown()),
      cells: z.array(
        z.object({ sex: z.string(), comboKey: z.string(), members: z.record(z.string(), z.string()) }),
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
          .describe('Decimal; Indonesian 12,5 and 1.234 accepted; null removes'),
        note: z.string().max(1000).nullable().optional(),
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

export const reviewBoardSchema = z.object({
  items: z.array(
    z.object({
      opd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
      draft: z.number(),
      submitted: z.number(),
      verified: z.number(),
      lastStep: z.object({ action: z.string(), comment: z.string().nullable(), at: z.string() }).nullable(),
    }),
  ),
});

export const validationReportQuery = z.strictObject({ period });
