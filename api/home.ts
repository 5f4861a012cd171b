/**
 * The home API (server/modules/home): what is waiting for the signed-in user in a region, and
 * the board of a province's kab/kota
 * (or of the nation's provinces). Counts only; each task names what the page that resolves
 * it opens (a period, a budget year, an OPD, an import) so the web can link straight there.
 */
import { z } from 'zod';
import { GAP_STATUSES } from '../domain/planning/arg-recap.js';
import { HOME_TASK_KINDS, OPD_PROGRESS_STATES } from '../domain/home.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/period.js';
import { deadlineSchema } from './deadlines.js';

export const yearQuery = z.strictObject({
  year: z.coerce
    .number()
    .int()
    .min(MIN_YEAR)
    .max(MAX_YEAR)
    .optional()
    .describe('The data year (default: the latest year the region holds values for)'),
});

export const homeTaskSchema = z.object({
  kind: z.enum(HOME_TASK_KINDS),
  count: z.number().int(),
  /**
   * The period (values) or budget year (GAP) the resolving page opens: the latest with such a
   * task; for monev the report's quarter (`2026-Q3`), the earliest waiting (the most urgent).
   */
  period: z.string().nullable(),
  /** The OPD the resolving page opens, when the task is one OPD's. */
  opdId: z.string().nullable(),
  /** The import the resolving page opens, when one import waits. */
  batchId: z.number().int().nullable(),
  /**
   * The sub-kegiatan whose report the resolving page opens (monev, with `period` as `2026-Q3`),
   * when exactly one report waits; otherwise the monev list opens on the period's year.
   */
  subActivityId: z.string().nullable(),
});

const opdRef = z.object({ id: z.string(), name: z.string(), shortName: z.string() });

export const opdProgressSchema = z.object({
  opd: opdRef,
  state: z.enum(OPD_PROGRESS_STATES),
  draft: z.number().int(),
  submitted: z.number().int(),
  verified: z.number().int(),
});

export const homeResponse = z.object({
  regionCode: z.string(),
  /** The data year the progress and "OPDs behind" speak of. */
  dataYear: z.number().int(),
  /** Only the kinds the caller is shown (domain/home.ts homeTaskKinds), zero counts included. */
  tasks: z.array(homeTaskSchema),
  /** Every OPD with assigned indicators and its state in the data year; null for who does not follow every OPD. */
  progress: z.array(opdProgressSchema).nullable(),
  /** The region's deadlines due today or later (Indonesian date), earliest first, at most five. */
  deadlines: z.array(deadlineSchema),
});

const gapCounts = z.object(
  Object.fromEntries(GAP_STATUSES.map((s) => [s, z.number().int()])) as {
    [K in (typeof GAP_STATUSES)[number]]: z.ZodNumber;
  },
);

export const boardRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Cells of the assigned yearly indicators (sexes × dimension members) and how many hold a value. */
  cells: z.number().int(),
  filled: z.number().int(),
  /** filled / cells in percent, one decimal; null without an assigned indicator. */
  completeness: z.number().nullable(),
  draft: z.number().int(),
  submitted: z.number().int(),
  verified: z.number().int(),
  /** Kab/kota in this row (1 for a kab/kota, its kab/kota for a province) and how many have a value for the year. */
  regions: z.number().int(),
  reporting: z.number().int(),
  opds: z.number().int(),
  budget: z.string(),
  responsive: z.string(),
  /** Responsive share of the budget in percent (two decimals, as the ARG recap); null without budget lines. */
  argShare: z.string().nullable(),
  gaps: gapCounts,
});

export const boardResponse = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['nasional', 'provinsi']),
  year: z.number().int(),
  items: z.array(boardRowSchema),
  /**
   * The whole (province or nation) as the sum of its kab/kota: `reporting` of `regions`
   * kab/kota have values, and a total over fewer than all is partial and shown as such.
   */
  total: boardRowSchema.omit({ code: true, name: true }),
});
