/**
 * The open-data portal's anonymous read API (server/modules/portal, docs/api-portal.md): a
 * region's verified data terpilah, gaps and BPS-published indices. Every figure carries its
 * period, its source and `status: 'verified'` (domain/portal.ts decides what is public).
 */
import { z } from 'zod';
import { INDEX_CODES } from '../domain/indices/constants.js';
import { DOMAIN_GROUPS, SOURCES, UNITS } from '../domain/indicators.js';
import { PUBLIC_DOWNLOAD_FORMATS } from '../domain/portal.js';
import { REGION_LEVELS } from '../domain/region-code.js';
import { indicatorCode } from './indicators.js';
import { regionCode } from './regions.js';

export const portalRegionParams = z.object({ code: regionCode });
export const portalIndicatorParams = z.object({ code: regionCode, indicatorCode });

export const portalQuery = z.object({
  lang: z.enum(['id', 'en']).optional().describe('Language of names and labels; Indonesian by default'),
});

const regionRef = z.object({ code: z.string(), name: z.string() });

export const portalRegion = regionRef.extend({
  level: z.enum(REGION_LEVELS),
  parent: regionRef.nullable(),
  /** The server-rendered page of the region, e.g. /p/72.71-kota-palu. */
  pagePath: z.string(),
  /** The public directory of the region's service institutions. */
  directoryPath: z.string(),
});

const source = z.object({
  kind: z.enum(SOURCES),
  note: z.string().describe('Who publishes the figure, e.g. "BPS, Susenas"'),
});

export const portalPoint = z.object({
  period: z.string(),
  p: z.number().nullable().describe('Perempuan (female)'),
  l: z.number().nullable().describe('Laki-laki (male)'),
  t: z.number().nullable().describe('Total, where the indicator defines one'),
  diff: z.number().nullable().describe('P − L'),
  ratio: z.number().nullable().describe('P / L'),
  status: z.literal('verified'),
});

export const portalIndicatorSummary = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.enum(UNITS),
  domainGroup: z.enum(DOMAIN_GROUPS),
  decimals: z.number().int(),
  source,
  latest: portalPoint,
  /** The last ten periods with a verified value, oldest first. */
  series: z.array(portalPoint),
});

export const portalGap = z.object({
  indicatorCode: z.string(),
  name: z.string(),
  unit: z.enum(UNITS),
  period: z.string(),
  p: z.number(),
  l: z.number(),
  diff: z.number().nullable(),
  ratio: z.number().nullable(),
  relative: z.number().describe('|P − L| / mean(P, L): 0 at parity, comparable across units'),
  trend: z.number().nullable().describe('Change of the relative gap per period; positive is widening'),
  status: z.literal('verified'),
});

export const portalIndex = z.object({
  index: z.enum(INDEX_CODES),
  name: z.string(),
  year: z.number().int(),
  value: z.number().describe("BPS's published value"),
  source: z.string(),
});

export const portalArgYear = z.object({
  year: z.number().int(),
  budget: z.string().describe("The year's whole budget (pagu), Rupiah with two decimals"),
  approved: z
    .string()
    .describe('The gender-responsive amount of the budget lines whose gender analysis (GAP) is approved'),
  share: z.string().describe('approved / budget in percent, two decimals'),
});

export const portalEvaluationResult = z.object({
  year: z.number().int(),
  award: z.string().describe('APE or PPE'),
  cycleName: z.string(),
  tier: z.string().nullable(),
  total: z.number(),
  example: z
    .boolean()
    .describe('The cycle ran on the example instrument shipped with Setara, not an official one'),
});

export const portalProfilEdition = z.object({
  year: z.number().int(),
  publishedAt: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  publicPath: z.string().describe('The PDF'),
});

export const portalRegionResponse = z.object({
  region: portalRegion,
  indicators: z.array(portalIndicatorSummary),
  gaps: z.array(portalGap).describe('Widest latest gap first (at most 10)'),
  indices: z.array(portalIndex),
  arg: z.array(portalArgYear).describe('The ARG share by year, oldest first (approved GAPs only)'),
  evaluation: z
    .array(portalEvaluationResult)
    .describe('Announced PUG evaluation results (final worksheet, closed cycle), newest first'),
  profilGender: z.array(portalProfilEdition).describe('Profil Gender editions the region published'),
  visibility: z.string().describe('What this answer holds and what it never does'),
  demo: z
    .boolean()
    .describe(
      "True when the region holds the seed's invented demo figures: they are not official statistics and must not be cited",
    ),
});

export const portalIndicatorResponse = z.object({
  region: portalRegion,
  indicator: z.object({
    code: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.enum(UNITS),
    domainGroup: z.enum(DOMAIN_GROUPS),
    decimals: z.number().int(),
    source,
  }),
  series: z.array(portalPoint).describe('Every period with a verified value, oldest first'),
  visibility: z.string(),
  demo: z
    .boolean()
    .describe(
      "True when the region holds the seed's invented demo figures: they are not official statistics and must not be cited",
    ),
});

export type PortalLang = 'id' | 'en';
export type PortalRegionResponse = z.infer<typeof portalRegionResponse>;
export type PortalIndicatorResponse = z.infer<typeof portalIndicatorResponse>;
export type PortalPoint = z.infer<typeof portalPoint>;

/** A year of the comparison and the page: four digits, as the region's periods write it. */
const yearParam = z.coerce
  .number({ message: 'bad_format' })
  .int({ message: 'bad_format' })
  .min(1900, { message: 'bad_format' })
  .max(2100, { message: 'bad_format' });

export const portalComparisonQuery = portalQuery.extend({
  tahun: yearParam.optional().describe('The year compared; by default the latest year with a figure'),
});

/** What the comparison map colours a kab/kota by (domain/maps/classes.ts MapMeasure). */
export const PORTAL_COMPARISON_MEASURES = ['gap', 'female', 'male', 'total'] as const;

export const portalComparisonItem = z.object({
  code: z.string(),
  name: z.string(),
  /** The same indicator's page in that kab/kota. */
  pagePath: z.string(),
  p: z.number().nullable(),
  l: z.number().nullable(),
  t: z.number().nullable(),
  value: z.number().nullable().describe('What the map colours and the ranking orders by (see `measure`)'),
  rank: z
    .number()
    .int()
    .nullable()
    .describe('1 for the highest value; ties share a rank; null without a value'),
  status: z.literal('verified'),
});

export const portalComparison = z.object({
  region: regionRef.describe('The region whose page asks: outlined on the map, highlighted in the table'),
  province: regionRef.nullable().describe('Null for the nation, which has no province'),
  indicator: z.object({
    code: z.string(),
    name: z.string(),
    unit: z.enum(UNITS),
    decimals: z.number().int(),
    source,
  }),
  year: z.number().int().nullable().describe('The year compared; null when no kab/kota has a figure'),
  years: z
    .array(z.number().int())
    .describe('Years with a public figure in some kab/kota of the province, newest first'),
  measure: z.enum(PORTAL_COMPARISON_MEASURES).describe('gap: P − L; female, male, total: that figure'),
  /** The map layer of the province's kab/kota (GET /api/maps/geometry/:layer); null for the nation. */
  layer: z.string().nullable(),
  items: z
    .array(portalComparisonItem)
    .describe('Every kab/kota of the province, highest value first, those without one last'),
  visibility: z.string(),
  demo: z.boolean(),
});

export type PortalComparison = z.infer<typeof portalComparison>;
export type PortalComparisonMeasure = (typeof PORTAL_COMPARISON_MEASURES)[number];

/** One year of an indicator split by the members of one of its dimensions (age group, …). */
export const portalBreakdown = z.object({
  dimension: z.string().describe('The dimension set, e.g. umur8'),
  name: z.string(),
  period: z.string(),
  items: z.array(
    z.object({
      member: z.string(),
      label: z.string(),
      p: z.number().nullable(),
      l: z.number().nullable(),
      t: z.number().nullable(),
      status: z.literal('verified'),
    }),
  ),
});

export type PortalBreakdown = z.infer<typeof portalBreakdown>;

export const portalDownloadQuery = portalQuery
  .extend({
    format: z
      .enum(PUBLIC_DOWNLOAD_FORMATS)
      .describe(
        'csv (";" and a decimal comma, for Indonesian spreadsheets), xlsx, json or sdmx-csv (SDMX-CSV v1)',
      ),
    indicator: indicatorCode.optional().describe('One indicator, e.g. KES_UHH'),
    group: z
      .enum(DOMAIN_GROUPS)
      .optional()
      .describe('One indicator group (a catalogue dataset), e.g. kesehatan'),
    tahun: yearParam
      .optional()
      .describe("The breakdowns' year; by default each indicator's latest (what its page shows)"),
  })
  // One indicator or one group (or neither: every indicator), never both.
  .refine((q) => !(q.indicator && q.group), { path: ['group'], message: 'bad_format' });

export const portalDownloadRow = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  period: z.string(),
  sex: z.enum(['P', 'L', 'T']).describe('P female, L male, T total'),
  dimension: z
    .string()
    .nullable()
    .describe("A breakdown's dimension set (e.g. umur8); null for the figure over all members"),
  member: z.string().nullable(),
  memberLabel: z.string().nullable(),
  value: z.number(),
  unitCode: z.enum(UNITS),
  unit: z.string(),
  decimals: z.number().int(),
  source: z.string(),
  status: z.literal('verified'),
});

export const portalDownloadJson = z.object({
  region: regionRef,
  subject: z.string().describe('The indicator code, the group, or "semua" (every indicator)'),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      definition: z.string(),
      unit: z.string(),
      source: z.string(),
    }),
  ),
  rows: z.array(portalDownloadRow),
  licence: z.string(),
  citation: z.string(),
  accessed: z.string().describe('The date of the download (ISO 8601)'),
  visibility: z.string(),
  demo: z.boolean(),
});
