import { z } from 'zod';
import { isValidRegionCode } from '../../../domain/region-code.js';

export const regionCode = z
  .string()
  .max(10)
  .refine(isValidRegionCode, { message: 'region_unknown' })
  .describe('Kemendagri code, e.g. 72 or 72.71; ID for national');

export const regionCodeParam = z.object({ code: regionCode });
