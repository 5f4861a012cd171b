/** A region's deadlines (server/modules/deadlines): when a year's values or GAP documents are due. */
import { z } from 'zod';
import { DEADLINE_KINDS } from '../domain/deadlines.js';
import { singleLineText } from './common.js';
import { regionCode } from './regions.js';

const year = z.coerce.number().int().min(2000).max(2100);

export const deadlineBody = z.strictObject({
  kind: z.enum(DEADLINE_KINDS).describe('data_values: a data year; gap_submission: a budget year'),
  year: year.describe('The data year (data_values) or budget year (gap_submission)'),
  dueDate: z.iso.date().describe('The last day, YYYY-MM-DD'),
  note: singleLineText(300).nullable().optional(),
});

export const deadlineParams = z.object({ code: regionCode, id: z.uuid() });

export const listDeadlinesQuery = z.strictObject({
  kind: z.enum(DEADLINE_KINDS).optional(),
  year: year.optional(),
  from: z.iso.date().optional().describe('Only deadlines due on or after this day'),
});

export const deadlineSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  year: z.number().int(),
  dueDate: z.string(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});

export const deadlineList = z.object({ items: z.array(deadlineSchema) });

export type DeadlineInput = z.infer<typeof deadlineBody>;
export type DeadlineFilter = z.infer<typeof listDeadlinesQuery>;
export type DeadlineDto = z.infer<typeof deadlineSchema>;
