/** PDF and XLSX downloads of GAP/GBS/TOR documents, their sets and the ARG recap (server/modules/documents). */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../domain/planning/gap-progress.js';
import { regionCode } from './regions.js';

const format = z.enum(['pdf', 'xlsx']);
const paper = z.enum(['a4', 'f4']).default('a4').describe('Paper: A4 or F4 (folio, 215 × 330 mm)');
const year = z.coerce.number().int().min(2000).max(2100);

export const documentExportParams = z.object({
  id: z.uuid(),
  doc: z.enum(DOCUMENT_KINDS),
  format,
});

export const documentExportQuery = z.strictObject({ paper });

export const setExportParams = z.object({ code: regionCode, format });

const setFilter = {
  year,
  opdId: z.uuid().optional(),
  /** `submitted`: awaiting review now; `approved`: approved; `all`: every status, drafts too. */
  status: z.enum(['all', 'submitted', 'approved']).default('all'),
};

export const setExportQuery = z.strictObject({
  ...setFilter,
  doc: z.enum(DOCUMENT_KINDS).default('gbs'),
  paper,
});

export const setContentsParams = z.object({ code: regionCode });
export const setContentsQuery = z.strictObject(setFilter);

/** How many documents of each kind the set of this year, OPD and status would hold. */
export const setContentsSchema = z.object({
  gap: z.number().int(),
  gbs: z.number().int(),
  tor: z.number().int(),
});

export const recapExportParams = setExportParams;
export const recapExportQuery = z.strictObject({ year, paper });

export type DocumentExportParams = z.infer<typeof documentExportParams>;
export type SetExportQuery = z.infer<typeof setExportQuery>;
export type SetContentsQuery = z.infer<typeof setContentsQuery>;
export type RecapExportQuery = z.infer<typeof recapExportQuery>;
