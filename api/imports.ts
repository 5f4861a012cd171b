/** The data import API (server/modules/imports): upload, check, commit, history and template. */
import { z } from 'zod';
import {
  IMPORT_COMMIT_MODES,
  IMPORT_LANDING_STATUSES,
  IMPORT_PHASES,
  IMPORT_STATUSES,
} from '../domain/import-batch.js';
import { pageOf, paginationQuery, period } from './common.js';

export const batchIdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const batchQuery = z.strictObject({
  errorsPage: z.coerce.number().int().min(1).max(1000).default(1),
  errorsPageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const listQuery = z.strictObject(paginationQuery);

export const templateQuery = z.strictObject({
  period,
  indicators: z
    .string()
    .max(4000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : undefined,
    )
    .describe('Comma-separated indicator codes'),
  opd: z.uuid().optional().describe("An OPD's assigned indicators"),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** Optional: a commit without a body saves all or nothing, as drafts (today's behaviour). */
const commitChoice = z.strictObject({
  mode: z
    .enum(IMPORT_COMMIT_MODES)
    .default('all')
    .describe('all: every row or none (refused while the file has errors); valid: the rows without errors'),
  landingStatus: z
    .enum(IMPORT_LANDING_STATUSES)
    .default('draft')
    .describe('The status the values land in; submitted and verified only for who verifies the region'),
});
export const commitBody = commitChoice.nullish();

const previewRow = z.object({
  row: z.number(),
  regionCode: z.string(),
  indicatorCode: z.string(),
  period: z.string(),
  sex: z.string(),
  members: z.record(z.string(), z.string()),
  value: z.string(),
  note: z.string().nullable(),
});

export const batchSchema = z.object({
  id: z.number(),
  regionCode: z.string(),
  fileName: z.string(),
  fileBytes: z.number(),
  format: z.enum(['csv', 'xlsx']).nullable(),
  layout: z.enum(['long', 'wide']).nullable(),
  status: z.enum(IMPORT_STATUSES),
  phase: z.enum(IMPORT_PHASES).nullable(),
  uploadedBy: z.string().nullable(),
  committedBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: z.object({
    rowsDone: z.number(),
    rowsTotal: z.number().describe('0 while unknown; an estimate while `estimated`'),
    estimated: z.boolean(),
    percent: z.number().nullable().describe('null when it cannot be told (XLSX being read, merging)'),
  }),
  rowsTotal: z.number(),
  rowsValid: z.number(),
  rowsSkipped: z.number().describe('Rows without any value (blank value cells)'),
  values: z.number().describe('Values the file holds (a template row holds up to two)'),
  errorCount: z.number(),
  indicators: z.array(z.string()),
  periods: z.array(z.string()),
  storedInScope: z
    .number()
    .nullable()
    .describe("Values already stored for the file's regions, indicators and periods"),
  comparison: z
    .object({ new: z.number(), changed: z.number(), unchanged: z.number(), at: z.enum(['check', 'commit']) })
    .nullable(),
  preview: z.array(previewRow),
  canCommit: z.boolean(),
  canCommitValid: z
    .boolean()
    .describe('Whether the rows without errors may be saved on their own (mode "valid")'),
  landingStatuses: z
    .array(z.enum(IMPORT_LANDING_STATUSES))
    .describe('The statuses the caller may land the values in'),
  commitMode: z.enum(IMPORT_COMMIT_MODES).nullable(),
  landingStatus: z.enum(IMPORT_LANDING_STATUSES).nullable(),
  /** Chosen at upload: saved as drafts while checked, when no row is refused. */
  saveWhenClean: z.boolean(),
  refused: z
    .object({
      rows: z.number().describe('Rows of the file refused (a row may have several errors)'),
      file: z.boolean().describe('Whether GET /api/imports/:id/refused has them as a file'),
    })
    .describe('The rows refused by the check (and, in mode "valid", by the commit)'),
  errors: z.object({
    items: z.array(
      z.object({
        row: z.number().nullable(),
        column: z.string().nullable(),
        code: z.string(),
        message: z.string(),
      }),
    ),
    total: z.number(),
    stored: z.number().describe('The first 1,000 errors are kept'),
    page: z.number(),
    pageSize: z.number(),
  }),
});

export const batchPage = pageOf(batchSchema);
