/**
 * The open-data portal's anonymous read API (server/modules/portal, docs/api-portal.md): a
 * region's verified data terpilah, gaps and BPS-published indices. Every figure carries its
 * period, its source and `status: 'verified'` (domain/portal.ts decides what is public).
 */
import { z } from 'zod';
import { INDEX_CODES } from '../domain/indices/constants.js';
import { DOMAIN_GROUPS, SOURCES, UNITS } from '../domain/indicators.js';
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

export const portalRegionResponse = z.object({
  region: portalRegion,
  indicators: z.array(portalIndicatorSummary),
  gaps: z.array(portalGap).describe('Widest latest gap first (at most 10)'),
  indices: z.array(portalIndex),
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
