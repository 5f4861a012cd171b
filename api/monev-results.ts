/**
 * The yearly result of monev per OPD (Hasil Pengendalian dan Evaluasi, presented at the Rakor
 * PUG) and the region's scoring configuration it is computed with (server/modules/monev-results).
 * The rules — which criteria exist, a valid configuration, the arithmetic — are
 * domain/monev/scoring.ts; these schemas refuse malformed input only (wrong types, sizes), and
 * the service names each field a configuration gets wrong.
 */
import { z } from 'zod';
import { SCORING_CRITERIA } from '../domain/monev/scoring.js';
import { nameText, singleLineText } from './common.js';
import { regionCode } from './regions.js';

const year = z.coerce.number().int().min(2000).max(2100);
/** A weight or a band's minimum: a plain number; the domain checks range and decimals. */
const points = z.number();

export const resultsParams = z.object({ code: regionCode });
export const resultsQuery = z.strictObject({ year });
export const scoringQuery = z.strictObject({
  year,
  version: z.coerce.number().int().min(1).max(1_000_000).optional().describe('An earlier version'),
});

export const scoringCriterion = z.strictObject({
  /** One of SCORING_CRITERIA; an unknown key is named by the service (`criteria.2.key`). */
  key: z.string().max(64),
  label: nameText(200),
  weight: points,
  note: singleLineText(500).optional(),
});
export const gradeBand = z.strictObject({ name: nameText(100), min: points });

export const scoringBody = z.strictObject({
  year,
  /** The version the editor started from (0 when the year had none): a later save is a 409. */
  baseVersion: z.number().int().min(0),
  sourceNote: singleLineText(1000),
  criteria: z.array(scoringCriterion).max(SCORING_CRITERIA.length * 2),
  grades: z.array(gradeBand).max(20),
});

const named = z.object({ id: z.string(), name: z.string() }).nullable();

export const scoringConfigSchema = z.object({
  year: z.number().int(),
  version: z.number().int(),
  sourceNote: z.string(),
  /** The source note still says it is the example (CONTOH — bukan ketentuan resmi). */
  isExample: z.boolean(),
  criteria: z.array(
    z.object({
      key: z.enum(SCORING_CRITERIA),
      label: z.string(),
      weight: z.number(),
      note: z.string().optional(),
    }),
  ),
  grades: z.array(z.object({ name: z.string(), min: z.number() })),
  createdAt: z.string(),
  createdBy: named,
});

export const scoringSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  /** The latest version, or the one asked for; null while the year has none. */
  config: scoringConfigSchema.nullable(),
  /** Every saved version, newest first. */
  versions: z.array(
    z.object({ version: z.number().int(), createdAt: z.string(), createdBy: named, isExample: z.boolean() }),
  ),
});

const criterionResult = z.object({
  key: z.enum(SCORING_CRITERIA),
  label: z.string(),
  weight: z.number(),
  effectiveWeight: z.number().nullable(),
  value: z.number().nullable(),
  capped: z.boolean(),
  contribution: z.number().nullable(),
  lost: z.number().nullable(),
  excluded: z.boolean(),
});

/** What the values were computed from, so a reader can check them. */
const factsSchema = z.object({
  lines: z.number().int(),
  reportsDue: z.number().int(),
  reportsSubmitted: z.number().int(),
  reportsOnTime: z.number().int(),
  pagu: z.string(),
  budgetRealised: z.string(),
  physicalMeasured: z.number().int(),
  indicatorsMeasured: z.number().int(),
  approvedGaps: z.number().int(),
});

export const opdResultSchema = z.object({
  opd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
  facts: factsSchema,
  score: z.number().nullable(),
  grade: z.string().nullable(),
  /** 1 is the highest; equal scores share a rank; null when nothing could be scored. */
  rank: z.number().int().nullable(),
  criteria: z.array(criterionResult),
  excluded: z.array(z.enum(SCORING_CRITERIA)),
  renormalised: z.boolean(),
  lowered: z.array(z.object({ key: z.enum(SCORING_CRITERIA), label: z.string(), lost: z.number() })),
});

export const monevResultsSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  /** The configuration used; null while the year has none (nothing is scored then). */
  config: scoringConfigSchema.nullable(),
  /** The region's calendar day the result was computed on (what was due by then). */
  asOf: z.string(),
  /** OPDs with gender-responsive sub-kegiatan in the year, by rank (an operator: their own). */
  opds: z.array(opdResultSchema),
  /** How many OPDs were ranked in all (an operator sees their rank out of this). */
  ranked: z.number().int(),
  /** Whether some quarter has a deadline: without one, completeness and timeliness have no data. */
  hasDeadlines: z.boolean(),
});

export const resultsExportParams = z.object({ code: regionCode, format: z.enum(['pdf', 'xlsx']) });
export const resultsExportQuery = z.strictObject({
  year,
  paper: z.enum(['a4', 'f4']).default('a4').describe('Paper: A4 or F4 (folio, 215 × 330 mm)'),
  signatoryOpdId: z
    .uuid()
    .optional()
    .describe("The OPD whose saved signatory signs (usually DP3A's); blank lines to sign by hand without it"),
});
export const slidesExportQuery = resultsExportQuery.omit({ signatoryOpdId: true });

export type ScoringInput = z.infer<typeof scoringBody>;
export type ScoringDto = z.infer<typeof scoringSchema>;
export type ScoringConfigDto = z.infer<typeof scoringConfigSchema>;
export type MonevResultsDto = z.infer<typeof monevResultsSchema>;
export type OpdResultDto = z.infer<typeof opdResultSchema>;
export type ResultsExportQuery = z.infer<typeof resultsExportQuery>;
export type SlidesExportQuery = z.infer<typeof slidesExportQuery>;
