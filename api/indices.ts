/**
 * The indices API (server/modules/indices, docs/api-indices.md): the calculator that computes
 * an index from its components with the current method version, and the methods themselves.
 * The input names and ranges come from domain/indices/inputs.ts.
 *
 * The calculator answers 422 naming the field for any invalid or missing input, so its body
 * schema here only requires an object; `calculateRequest` and `indexInputs` are applied by the
 * service, which turns their issues into field errors.
 */
import { z } from 'zod';
import { COMPONENT_ORIGINS, INDEX_CODES } from '../domain/indices/constants.js';
import { DATA_COMPONENT_STATUSES, DATA_TRANSFORMS } from '../domain/indices/data-sources.js';
import { SEXES, VALUE_STATUSES } from '../domain/indicators.js';
import { singleLineText } from './common.js';
import { REGION_FIGURE_LEVELS } from './explore.js';
import { regionCode } from './regions.js';
import {
  COMPUTED_INDEX_CODES,
  INDEX_INPUTS,
  withinRange,
  type ComputedIndexCode,
} from '../domain/indices/inputs.js';

export const indexCode = z.enum(INDEX_CODES);
export const computedIndexCode = z.enum(COMPUTED_INDEX_CODES);

/**
 * What the route accepts before the service looks closer: any JSON object, its fields named
 * for the documentation (and the NUL check) but left to the service to judge, which answers 422.
 */
export const calculateBody = z.looseObject({
  index: z.unknown().optional().describe('ipm, ipg, ikg or idg'),
  inputs: z.unknown().optional().describe("the index's components by name"),
  methodVersion: z.unknown().optional().describe('a past method version; the latest by default'),
});

export const calculateRequest = z.object({
  index: z.enum(COMPUTED_INDEX_CODES, { message: 'index_unknown' }),
  inputs: z.record(z.string(), z.unknown(), { message: 'wrong_type' }),
  /** A past method version to recompute a published figure with; the latest by default. */
  methodVersion: z.int().positive().optional(),
});

/** The inputs of one index: every one required, a finite number within its range. */
export function indexInputs(index: ComputedIndexCode) {
  return z.object(
    Object.fromEntries(
      INDEX_INPUTS[index].map((spec) => [
        spec.name,
        z
          .number({ message: 'index_input_not_number' })
          .refine((v) => withinRange(spec, v), { message: `index_input_range_${spec.unit}` }),
      ]),
    ),
  );
}

export const methodSummary = z.object({
  id: z.uuid(),
  indexCode,
  version: z.number().int(),
  sourceNote: z.string(),
  provisional: z.boolean(),
  createdAt: z.string(),
});

export const calculateResponse = z.object({
  index: computedIndexCode,
  /** Full precision; null for the IDG, whose income step has no cited method. */
  value: z.number().nullable(),
  /** Sub-indices: IPM's three dimensions, IPG's IPM by sex, IKG's terms, IDG's participation indices. */
  parts: z.record(z.string(), z.number().nullable()),
  method: methodSummary.pick({ version: true, sourceNote: true, provisional: true }),
});
export type CalculateResponse = z.infer<typeof calculateResponse>;

// ---------------------------------------------------------------------------------------------
// A region's index values by year

export const regionIndexParams = z.object({ code: regionCode, index: indexCode });
export const indexYear = z.coerce.number().int().min(1990).max(2100);
export const regionIndexYearParams = regionIndexParams.extend({ year: indexYear });

/**
 * A save: the components typed in (each with the source the user names), BPS's published value
 * and where it was published. Component names and ranges are checked by the service for the
 * index (422 naming `components.<name>`); a missing component leaves the value uncomputed.
 */
export const putIndexValueBody = z.strictObject({
  components: z.record(
    z.string().max(60),
    z.strictObject({
      value: z.number(),
      source: singleLineText(300).default(''),
      /**
       * `data`: taken from data terpilah (GET …/data-components). The server checks the value
       * against the region's verified figure and names the indicator as the source itself.
       */
      origin: z.enum(['typed', 'data']).optional(),
    }),
  ),
  published: z.number().nullable().optional(),
  publishedSource: singleLineText(500).optional(),
  /** The version read; a newer stored one answers 409. Absent for a new region-year. */
  version: z.int().positive().optional(),
});
export type PutIndexValueBody = z.infer<typeof putIndexValueBody>;

export const inputSpecSchema = z.object({
  name: z.string(),
  unit: z.enum(['years', 'rupiah', 'percent', 'proportion', 'score']),
  min: z.number(),
  max: z.number(),
  /** The family index's dimension of a variable, for grouping on screen. */
  group: z.string().optional(),
  label: z.string().optional(),
});

export const indexValueRow = z.object({
  year: z.number().int(),
  components: z.record(
    z.string(),
    z.object({ value: z.number(), origin: z.enum(COMPONENT_ORIGINS), source: z.string() }),
  ),
  /** The inputs with no value yet (the index is computed once none is missing). */
  missing: z.array(z.string()),
  computed: z.number().nullable(),
  parts: z.record(z.string(), z.number().nullable()).nullable(),
  method: methodSummary.pick({ version: true, sourceNote: true, provisional: true }).nullable(),
  published: z.number().nullable(),
  publishedSource: z.string(),
  /** Computed − published; BPS's rounded inputs make ± 0.01–0.02 normal. */
  difference: z.number().nullable(),
  /** Female over male per dimension, the largest gap first (IPG, IKG). */
  drivers: z.array(z.object({ dimension: z.string(), ratio: z.number() })),
  /** The family index's category from the method's cut-points. */
  category: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type IndexValueRow = z.infer<typeof indexValueRow>;

export const regionIndexSeries = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  index: indexCode,
  /** The latest method version: what a save computes with. */
  method: methodSummary,
  inputs: z.array(inputSpecSchema),
  rows: z.array(indexValueRow),
  canManage: z.boolean(),
});
export type RegionIndexSeries = z.infer<typeof regionIndexSeries>;

/** A region-year of a computed index (the family index has no data terpilah mapping). */
export const regionComputedIndexYearParams = z.object({
  code: regionCode,
  index: computedIndexCode,
  year: indexYear,
});

/**
 * GET …/data-components: what data terpilah holds for each component of a region-year, before
 * the user chooses which to take. Only verified figures can be taken; a figure still in draft
 * or submitted is listed with its status, a missing one as missing, never invented.
 */
export const dataComponentItem = z.object({
  component: z.string(),
  status: z.enum(DATA_COMPONENT_STATUSES),
  /** The component's value from the verified figure (after the transform), when there is one. */
  value: z.number().nullable(),
  indicator: z
    .object({
      code: z.string(),
      name: z.string(),
      sex: z.enum(SEXES),
      transform: z.enum(DATA_TRANSFORMS),
    })
    .nullable(),
  /** The statuses of the figures found but not verified (draft, submitted). */
  pending: z.array(z.enum(VALUE_STATUSES)),
  /** What a save stores as the component's source. */
  source: z.string(),
  /** Why the component has no indicator (unmapped only). */
  reason: z.string().nullable(),
  /** The stored component of this region-year, if any: taking the figure replaces it. */
  current: z.object({ value: z.number(), origin: z.enum(COMPONENT_ORIGINS), source: z.string() }).nullable(),
});
export const dataComponentPreview = z.object({
  year: z.number().int(),
  items: z.array(dataComponentItem),
  /** The stored row's version (send it with the save), null for a new region-year. */
  version: z.number().int().nullable(),
});
export type DataComponentPreview = z.infer<typeof dataComponentPreview>;

/** Importing a BPS static table of one component (or the published index) for a region and its kab/kota. */
export const indexImportQuery = z.strictObject({
  /** An input name of the index, or `published` for BPS's published index value. */
  component: z.string().min(1).max(60),
  /** Where the table comes from, kept with every imported figure. */
  source: singleLineText(300).min(1),
});

export const indexImportResult = z.object({
  component: z.string(),
  cells: z.number().int(),
  regions: z.number().int(),
  years: z.array(z.number().int()),
  thousands: z.boolean(),
  computed: z.number().int(),
});
export type IndexImportResult = z.infer<typeof indexImportResult>;

/**
 * GET /api/indices/regions: one index and year for every province or kab/kota of a scope, in
 * the shape of GET /api/explore/regions (api/explore.ts regionFiguresResponse), so the map and
 * the ranking show an index as they show an indicator. A region's figure is BPS's published
 * value where there is one, else Setara's computed one; female/male are the IPG's IPM by sex.
 */
export const indexRegionFiguresQuery = z
  .strictObject({
    index: indexCode,
    year: z.string().regex(/^\d{4}$/, { message: 'bad_format' }),
    scope: z
      .string()
      .max(10)
      .regex(/^(national|\d{2})$/, { message: 'bad_format' })
      .default('national'),
    level: z.enum(REGION_FIGURE_LEVELS).default('provinsi'),
  })
  .superRefine((q, ctx) => {
    if (q.scope !== 'national' && q.level === 'provinsi')
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'not_below_scope' });
  });

// ---------------------------------------------------------------------------------------------
// Methods (superadmin): every version, and a new version of one index

export const methodDetail = methodSummary.extend({
  params: z.record(z.string(), z.unknown()),
  /** How many stored values were computed with this version (they keep it). */
  values: z.number().int(),
});
export const methodList = z.object({ items: z.array(methodDetail), canManage: z.boolean() });

/**
 * A new version: the parameters in the shape of the index's method (domain/indices/method.ts,
 * family.ts), checked by the service (422 naming `params.<path>`), with the source it cites.
 */
export const newMethodBody = z.strictObject({
  indexCode,
  params: z.record(z.string(), z.unknown()),
  sourceNote: z.string().trim().min(10).max(2000),
  provisional: z.boolean().default(false),
});
