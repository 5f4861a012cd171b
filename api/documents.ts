/** PDF and XLSX downloads of GAP/GBS/TOR documents, their sets and the ARG recap (server/modules/documents). */
import { z } from 'zod';
import { regionCode } from './regions.js';

const format = z.enum(['pdf', 'xlsx']);
const paper = z.enum(['a4', 'f4']).default('a4').describe('Paper: A4 or F4 (folio, 215 × 330 mm)');
const year = z.coerce.number().int().min(2000).max(2100);

export const documentExportParams = z.object({
  id: z.uuid(),
  doc: z.enum(['gap', 'gbs', 'tor']),
  format,
});

export const documentExportQuery = z.strictObject({ paper });

export const setExportParams = z.object({ code: regionCode, format });

export const setExportQuery = z.strictObject({
  year,
  opdId: z.uuid().optional(),
  doc: z.enum(['gap', 'gbs', 'tor']).default('gbs'),
  /** `submitted`: awaiting review now; `approved`: approved; `all`: every status, drafts too. */
  status: z.enum(['all', 'submitted', 'approved']).default('all'),
  paper,
});

export const recapExportParams = setExportParams;
export const recapExportQuery = z.strictObject({ year, paper });

export type DocumentExportParams = z.infer<typeof documentExportParams>;
export type SetExportQuery = z.infer<typeof setExportQuery>;
export type RecapExportQuery = z.infer<typeof recapExportQuery>;
