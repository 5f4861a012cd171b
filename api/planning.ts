/**
 * The PPRG planning API (server/modules/planning): the SIPD nomenclature, sub-kegiatan with
 * their budget and ARG tag, the budget import and the ARG recap. RPJMD/Renstra periods and
 * targets: api/planning-rpjmd.ts.
 */
import { z } from 'zod';
import { ARG_CATEGORIES, GAP_STATUSES, RECAP_CATEGORIES } from '../domain/planning/arg-recap.js';
import { SIPD_LEVELS } from '../domain/planning/sipd-code.js';
import { codeText, nameText, pageOf, paginationQuery, singleLineText } from './common.js';

/** Amounts travel as strings (or numbers from simple clients); the service checks exactness. */
const money = z.union([z.string().trim().max(40), z.number()]);
const year = z.coerce.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().max(max);

export const nomenclatureQuery = z.strictObject({
  q: nameText(100).optional(),
  level: z.enum(SIPD_LEVELS).optional(),
  parent: codeText(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const nomenclatureEntry = z.object({
  code: z.string(),
  level: z.enum(SIPD_LEVELS),
  parentCode: z.string().nullable(),
  name: z.string(),
  performance: z.string(),
  indicator: z.string(),
  unit: z.string(),
  source: z.string(),
});

export const nomenclatureList = z.object({ items: z.array(nomenclatureEntry) });

const namedCode = z.object({ code: z.string(), name: z.string() }).nullable();
export const nomenclaturePathSchema = z.object({
  code: z.string(),
  level: z.enum(SIPD_LEVELS),
  urusan: namedCode,
  bidang: namedCode,
  program: namedCode,
  kegiatan: namedCode,
  subKegiatan: namedCode,
});

export const codeParam = z.object({ code: codeText(40) });

export const yearsSchema = z.object({ years: z.array(z.number().int()) });

export const ARG_FILTERS = [...ARG_CATEGORIES, 'responsive', 'untagged', ''] as const;

export const listSubActivitiesQuery = z.strictObject({
  year: year.optional(),
  opdId: z.uuid().optional(),
  q: nameText(100).optional(),
  arg: z.enum(ARG_FILTERS).optional(),
  gapStatus: z.enum([...GAP_STATUSES, 'none']).optional(),
  ...paginationQuery,
});

export const createSubActivityBody = z.strictObject({
  year,
  opdId: z.uuid(),
  code: codeText(40).min(1),
  name: text(500).min(1),
  outputIndicator: text(1000).default(''),
  target: singleLineText(200).default(''),
  budget: money,
  argCategory: z.enum(ARG_CATEGORIES).nullable().optional(),
  argAmount: money.nullable().optional(),
});

export const updateSubActivityBody = z.strictObject({
  code: codeText(40).min(1).optional(),
  name: text(500).min(1).optional(),
  outputIndicator: text(1000).optional(),
  target: singleLineText(200).optional(),
  budget: money.optional(),
  argCategory: z.enum(ARG_CATEGORIES).nullable().optional(),
  argAmount: money.nullable().optional(),
});

export const subActivitySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  year: z.number().int(),
  opdId: z.string(),
  opdName: z.string(),
  opdShortName: z.string(),
  code: z.string(),
  name: z.string(),
  outputIndicator: z.string(),
  target: z.string(),
  budget: z.string(),
  argCategory: z.enum(ARG_CATEGORIES).nullable(),
  argAmount: z.string().nullable(),
  isDemo: z.boolean(),
  programName: z.string().nullable(),
  kegiatanName: z.string().nullable(),
  gap: z.object({ id: z.string(), status: z.enum(GAP_STATUSES), submission: z.number().int() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const subActivityPage = pageOf(subActivitySchema).extend({
  totals: z.object({ budget: z.string(), argAmount: z.string() }),
});

export const yearQuery = z.strictObject({ year });

export const importResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  total: z.number().int(),
  totalBudget: z.string(),
});

export const importErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** Absent when the file as a whole is refused (unreadable, binary): the message says why. */
    rows: z
      .array(
        z.object({ row: z.number().int().nullable(), column: z.string().nullable(), message: z.string() }),
      )
      .optional(),
  }),
});

export type ListSubActivitiesQuery = z.infer<typeof listSubActivitiesQuery>;
export type CreateSubActivityInput = z.infer<typeof createSubActivityBody>;
export type UpdateSubActivityInput = z.infer<typeof updateSubActivityBody>;

/** How many of an OPD's GAP documents are in each status (every status present). */
const recapGaps = z.record(z.enum(GAP_STATUSES), z.number().int());

export const argRecapSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  totalBudget: z.string(),
  responsiveAmount: z.string(),
  approvedAmount: z.string(),
  responsiveShare: z.string(),
  byCategory: z.array(
    z.object({
      category: z.enum(RECAP_CATEGORIES),
      amount: z.string(),
      budget: z.string(),
      count: z.number().int(),
    }),
  ),
  byOpd: z.array(
    z.object({
      opdId: z.string(),
      opdName: z.string(),
      opdShortName: z.string(),
      budget: z.string(),
      responsive: z.string(),
      share: z.string(),
      subActivities: z.number().int(),
      tagged: z.number().int(),
      gaps: recapGaps,
      submitted: z.boolean(),
    }),
  ),
  byProgram: z.array(
    z.object({ code: z.string(), name: z.string().nullable(), budget: z.string(), responsive: z.string() }),
  ),
  trend: z.array(
    z.object({ year: z.number().int(), budget: z.string(), responsive: z.string(), share: z.string() }),
  ),
  notSubmitted: z.array(z.object({ opdId: z.string(), opdName: z.string() })),
});
