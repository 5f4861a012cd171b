/** The regions API, and the region code that region-scoped routes of every feature take. */
import { z } from 'zod';
import { isValidRegionCode, REGION_LEVELS } from '../domain/region-code.js';
import { nameText } from './common.js';

export const regionCode = z
  .string()
  .max(10)
  .refine(isValidRegionCode, { message: 'region_unknown' })
  .describe('Kemendagri code, e.g. 72 or 72.71; ID for national');

export const regionCodeParam = z.object({ code: regionCode });

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
});

export const listRegionsQuery = z.strictObject({
  parent: z.string().max(10).optional().describe('Parent code: ID (national), 72 (a province)'),
  q: nameText(100).optional().describe('Part of the name'),
});

export const regionList = z.object({ items: z.array(regionSchema) });
