/** RPJMD periods and the goals and targets of the RPJMD and of each OPD's Renstra (server/modules/planning). */
import { z } from 'zod';
import { codeText, singleLineText } from './common.js';

const year = z.coerce.number().int().min(2000).max(2100);

export const createRpjmdBody = z.strictObject({
  startYear: year,
  endYear: year.optional(),
  vision: z.string().trim().max(2000).default(''),
});
export const updateRpjmdBody = z.strictObject({
  startYear: year.optional(),
  endYear: year.optional(),
  vision: z.string().trim().max(2000).optional(),
});
export const rpjmdSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  vision: z.string(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const rpjmdList = z.object({ items: z.array(rpjmdSchema) });

export const targetsQuery = z.strictObject({ opdId: z.uuid().optional() });

const targetFields = {
  kind: z.enum(['tujuan', 'sasaran']),
  statement: z.string().trim().min(1).max(2000),
  indicatorName: z.string().trim().min(1).max(500),
  indicatorCode: codeText(80).nullable().optional(),
  isGender: z.boolean().default(false),
  unit: singleLineText(60).default(''),
  /** Target per year of the period: {"2026": "12.5"}. */
  yearTargets: z.record(z.string(), singleLineText(60)).default({}),
  sortOrder: z.number().int().min(0).max(100000).default(0),
};

export const createTargetBody = z.strictObject({ opdId: z.uuid().nullable().optional(), ...targetFields });
export const updateTargetBody = z.strictObject({
  kind: targetFields.kind.optional(),
  statement: targetFields.statement.optional(),
  indicatorName: targetFields.indicatorName.optional(),
  indicatorCode: targetFields.indicatorCode,
  isGender: z.boolean().optional(),
  unit: singleLineText(60).optional(),
  yearTargets: z.record(z.string(), singleLineText(60)).optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});

export const planTargetSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  periodId: z.string(),
  opdId: z.string().nullable(),
  kind: z.enum(['tujuan', 'sasaran']),
  statement: z.string(),
  indicatorName: z.string(),
  indicatorCode: z.string().nullable(),
  isGender: z.boolean(),
  unit: z.string(),
  yearTargets: z.record(z.string(), z.string()),
  sortOrder: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const planTargetList = z.object({ items: z.array(planTargetSchema) });

export type CreateRpjmdInput = z.infer<typeof createRpjmdBody>;
export type UpdateRpjmdInput = z.infer<typeof updateRpjmdBody>;
export type CreateTargetInput = z.infer<typeof createTargetBody>;
export type UpdateTargetInput = z.infer<typeof updateTargetBody>;
