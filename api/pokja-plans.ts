/**
 * The API of the Pokja PUG's plans (server/modules/pokja-plans): the Rencana Pokja PUG
 * (5-tahunan, tahunan, perubahan; Permen PPPA 5/2025 Lampiran I) and the Rencana Aksi PUG Daerah
 * (Permendagri 67/2011), versioned, adopted, revised, with progress per year, exported as XLSX
 * and PDF. These schemas refuse malformed input; the rules of a plan's content (period, SIPD
 * codes, budgets, duplicates) are domain/pokja-plans/rules.ts, whose issues name the field.
 */
import { z } from 'zod';
import {
  ACTION_AREAS,
  ACTION_STATUSES,
  CREATABLE_KINDS,
  POKJA_LIMITS,
  POKJA_PLAN_FAMILIES,
  POKJA_PLAN_KINDS,
  POKJA_PLAN_STATUSES,
  POKJA_SECTIONS,
  ROW_LEVELS,
} from '../domain/pokja-plans/constants.js';
import { codeText, singleLineText } from './common.js';
import { regionCode } from './regions.js';

const year = z.number().int().min(POKJA_LIMITS.minYear).max(POKJA_LIMITS.maxYear);
const shortText = singleLineText(POKJA_LIMITS.shortText);
const longText = z.string().trim().max(POKJA_LIMITS.longText);
/** Rupiah as typed (`Rp 1.250.000`, `1250000`) or a number; domain/pokja-plans reads it. */
const typedAmount = z.union([z.string().max(40), z.number()]).nullable();

export const pokjaPlanKind = z.enum(POKJA_PLAN_KINDS);
export const pokjaPlanStatus = z.enum(POKJA_PLAN_STATUSES);
export const pokjaSection = z.enum(POKJA_SECTIONS);
export const actionArea = z.enum(ACTION_AREAS);
export const actionStatus = z.enum(ACTION_STATUSES);

export const regionPlansParams = z.object({ code: regionCode });
export const planVersionParams = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const planExportParams = z.object({ id: z.uuid(), format: z.enum(['pdf', 'xlsx']) });

export const listPlansQuery = z.strictObject({
  family: z
    .enum(POKJA_PLAN_FAMILIES)
    .default('matriks')
    .describe('matriks: Rencana Pokja PUG; aksi: Rencana Aksi'),
});

const yearlyTargetInput = z.strictObject({ year, target: shortText });

export const matrixRowInput = z.strictObject({
  id: z.uuid().nullable().optional().describe('Kept across saves and revisions; progress refers to it'),
  section: pokjaSection,
  level: z.enum(ROW_LEVELS),
  code: codeText(40).nullable().optional().describe('SIPD code of the program/kegiatan/sub-kegiatan'),
  description: longText,
  baseline: longText,
  target5y: longText,
  yearlyTargets: z.array(yearlyTargetInput).max(10),
  indicator: longText,
  budget: typedAmount,
  opdId: z.uuid().nullable(),
  unit: shortText,
});

export const actionItemInput = z.strictObject({
  id: z.uuid().nullable().optional(),
  area: actionArea,
  action: longText,
  target: longText,
  timeline: shortText,
  opdId: z.uuid().nullable(),
  unit: shortText,
});

export const createPlanBody = z.strictObject({
  kind: z.enum(CREATABLE_KINDS),
  title: shortText.min(1),
  startYear: year,
  endYear: year.nullable().optional().describe('Rencana Aksi only; the other kinds derive it'),
  rows: z.array(matrixRowInput).max(POKJA_LIMITS.rows).default([]),
  items: z.array(actionItemInput).max(POKJA_LIMITS.rows).default([]),
});

export const savePlanBody = z.strictObject({
  version: z.number().int().min(1).describe('The version this save edited (409 when stale)'),
  title: shortText.min(1),
  rows: z.array(matrixRowInput).max(POKJA_LIMITS.rows).default([]),
  items: z.array(actionItemInput).max(POKJA_LIMITS.rows).default([]),
});

export const adoptPlanBody = z.strictObject({
  version: z.number().int().min(1),
  reference: shortText.default('').describe('How it was adopted, e.g. the decree number'),
});

export const versionOnlyBody = z.strictObject({ version: z.number().int().min(1) });

export const progressInput = z.strictObject({
  rowId: z.uuid(),
  year,
  realisation: longText.default(''),
  achievement: typedAmount.default(null).describe('Percent (85, "85,5"), or null'),
  status: actionStatus.nullable().default(null),
  note: longText.default(''),
});

export const saveProgressBody = z.strictObject({
  entries: z.array(progressInput).min(1).max(POKJA_LIMITS.progressEntries),
});

const yearlyTarget = z.object({ year: z.number().int(), target: z.string() });

export const matrixRow = z.object({
  id: z.string(),
  section: pokjaSection,
  level: z.enum(ROW_LEVELS),
  code: z.string().nullable(),
  description: z.string(),
  baseline: z.string(),
  target5y: z.string(),
  yearlyTargets: z.array(yearlyTarget),
  indicator: z.string(),
  budget: z.string().nullable(),
  opdId: z.string().nullable(),
  unit: z.string(),
});

export const actionItem = z.object({
  id: z.string(),
  area: actionArea,
  action: z.string(),
  target: z.string(),
  timeline: z.string(),
  opdId: z.string().nullable(),
  unit: z.string(),
});

export const progressEntry = z.object({
  rowId: z.string(),
  year: z.number().int(),
  realisation: z.string(),
  achievement: z.string().nullable(),
  status: actionStatus.nullable(),
  note: z.string(),
  updatedAt: z.string(),
});

const planLink = z.object({
  id: z.string(),
  title: z.string(),
  kind: pokjaPlanKind,
  status: pokjaPlanStatus,
});

export const planSummary = z.object({
  id: z.string(),
  regionCode: z.string(),
  kind: pokjaPlanKind,
  status: pokjaPlanStatus,
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  version: z.number().int(),
  revisesPlanId: z.string().nullable(),
  adoptedAt: z.string().nullable(),
  adoptionReference: z.string(),
  isDemo: z.boolean(),
  rowCount: z.number().int(),
  budgetTotal: z.string().describe('Sum of the rows’ budgets (matrix); "0.00" for a Rencana Aksi'),
  updatedAt: z.string(),
});

export const planList = z.object({ items: z.array(planSummary) });

export const planDetail = planSummary.extend({
  rows: z.array(matrixRow),
  items: z.array(actionItem),
  progress: z.array(progressEntry),
  /** The plan this one revises, and the revisions made of it (newest first). */
  revises: planLink.nullable(),
  revisions: z.array(planLink),
  opds: z.array(z.object({ id: z.string(), name: z.string(), shortName: z.string() })),
  canManage: z.boolean(),
});

export const versionSummary = z.object({
  version: z.number().int(),
  status: pokjaPlanStatus,
  title: z.string(),
  savedAt: z.string(),
  savedBy: z.string().nullable().describe('Full name of who saved it'),
});
export const versionList = z.object({ items: z.array(versionSummary) });

export const versionDetail = versionSummary.extend({
  planId: z.string(),
  rows: z.array(matrixRow),
  items: z.array(actionItem),
});

export type CreatePlanInput = z.infer<typeof createPlanBody>;
export type SavePlanInput = z.infer<typeof savePlanBody>;
export type SaveProgressInput = z.infer<typeof saveProgressBody>;
export type PlanDetail = z.infer<typeof planDetail>;
export type PlanSummary = z.infer<typeof planSummary>;
export type MatrixRowView = z.infer<typeof matrixRow>;
export type ActionItemView = z.infer<typeof actionItem>;
export type ProgressView = z.infer<typeof progressEntry>;
export type VersionSummary = z.infer<typeof versionSummary>;
export type VersionDetail = z.infer<typeof versionDetail>;
