/**
 * The explore and open-data API (server/modules/explore): the values list and its export, and
 * the aggregates behind the charts (trend, breakdown, province comparison, widest gaps).
 */
import { z } from 'zod';
import { DOMAIN_GROUPS, SEXES, VALUE_STATUSES } from '../domain/indicators.js';
import { pageOf, period } from './common.js';
import { indicatorCode } from './indicators.js';
import { regionCode } from './regions.js';

/** `a,b,c` -> ['a', 'b', 'c'], each checked by `item`. */
function commaList<T extends string>(item: z.ZodType<T, string>, max: number) {
  return z
    .string()
    .max(max * 45)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    )
    .pipe(z.array(item).min(1).max(max));
}

export const DIM_PREFIX = 'dim.';
const DIM_KEY = /^dim\.[a-z0-9_]{1,40}$/;

/** The filters of the open values API and of its export. */
export const valueFilterFields = {
  region: regionCode,
  descendants: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe("true: the region and every region below it (a province's kab/kota)"),
  indicator: commaList(indicatorCode, 300).optional().describe('Comma-separated indicator codes'),
  from: period.optional().describe('First period included'),
  to: period.optional().describe('Last period included; a bare year includes its semesters and quarters'),
  sex: z.enum(SEXES).optional(),
  status: commaList(z.enum(VALUE_STATUSES), 3).optional().describe('Comma list: draft, submitted, verified'),
};

/**
 * Query strings with member filters `dim.<set>=<member>` (e.g. `dim.umur8=15-24`) besides the
 * named fields; anything else is refused like an unknown field.
 */
function withMemberFilters<S extends z.ZodRawShape>(shape: S) {
  return z
    .object(shape)
    .catchall(z.string().max(40))
    .superRefine((q, ctx) => {
      for (const key of Object.keys(q)) {
        if (key in shape || DIM_KEY.test(key)) continue;
        ctx.addIssue({ code: 'custom', path: [key], message: 'unknown_field' });
      }
    })
    .describe('Besides these fields: dim.<dimension set>=<member>, e.g. dim.umur8=15-24');
}

export const valuesQuery = withMemberFilters({
  ...valueFilterFields,
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(5000).default(100),
});

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'sdmx-csv', 'dhis2'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuery = withMemberFilters({
  ...valueFilterFields,
  format: z.enum(EXPORT_FORMATS).default('csv'),
});

export const valueRowSchema = z.object({
  regionCode: z.string(),
  indicatorCode: z.string(),
  period: z.string(),
  sex: z.string(),
  members: z.record(z.string(), z.string()),
  value: z.string().describe('Decimal as stored, e.g. "12.5"'),
  status: z.enum(VALUE_STATUSES),
});

export const valuesPage = pageOf(valueRowSchema);

const num = z.number().nullable();

/**
 * Typed rates a figure does not show: the rate was computed from its numerator and
 * denominator, and the one the OPD typed differs beyond rounding (docs/indicators.md, "Which
 * rate is published"). Present only where that happened.
 */
export const rateSetAside = z
  .array(
    z.object({
      sex: z.enum(SEXES),
      typed: z.number().describe('The rate as entered, kept in the database'),
      published: z.number().describe('Computed from the counts: the figure shown'),
    }),
  )
  .optional();

export const indicatorSummary = z.object({
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  domainGroup: z.string(),
  aggregation: z.string(),
  decimals: z.number(),
  dimensions: z.array(z.string()),
  sexes: z.array(z.string()),
});

export const trendQuery = z.strictObject({
  region: regionCode,
  indicator: indicatorCode,
  from: period.optional(),
  to: period.optional(),
});

export const trendResponse = z.object({
  regionCode: z.string(),
  indicator: indicatorSummary,
  points: z.array(
    z.object({
      period: z.string(),
      p: num,
      l: num,
      t: num,
      diff: num.describe('P − L'),
      ratio: num.describe('P / L (parity index)'),
      relative: num.describe('|P − L| / mean(P, L)'),
      setAside: rateSetAside,
    }),
  ),
});

export const breakdownQuery = z.strictObject({
  region: regionCode,
  indicator: indicatorCode,
  period,
  dimension: z.string().regex(/^[a-z0-9_]{1,40}$/, { message: 'bad_format' }),
});

export const breakdownResponse = z.object({
  regionCode: z.string(),
  indicatorCode: z.string(),
  period: z.string(),
  dimension: z.string(),
  items: z.array(
    z.object({ member: z.string(), labelId: z.string(), labelEn: z.string(), p: num, l: num, t: num }),
  ),
});

export const compareQuery = z.strictObject({
  province: regionCode,
  indicator: indicatorCode,
  period,
});

const compareRow = z.object({
  regionCode: z.string(),
  name: z.string(),
  p: num,
  l: num,
  t: num,
  setAside: rateSetAside,
});

export const compareResponse = z.object({
  indicator: indicatorSummary,
  period: z.string(),
  items: z.array(compareRow),
  province: compareRow.extend({
    reporting: z.number().describe('kab/kota with a value'),
    of: z.number().describe('kab/kota in the province'),
  }),
});

export const gapsQuery = z.strictObject({
  region: regionCode,
  from: period.optional(),
  to: period.optional(),
  group: z.enum(DOMAIN_GROUPS).optional(),
  sort: z
    .enum(['widest', 'widening'])
    .default('widest')
    .describe('widest: latest relative gap; widening: fastest-growing relative gap'),
});

export const gapsResponse = z.object({
  regionCode: z.string(),
  items: z.array(
    z.object({
      indicatorCode: z.string(),
      nameId: z.string(),
      nameEn: z.string(),
      unit: z.string(),
      domainGroup: z.string(),
      latest: z.object({ period: z.string(), p: num, l: num, diff: num, ratio: num, relative: num }),
      trend: num.describe('Change of the relative gap per period (positive: widening)'),
      periods: z.number().describe('Periods with both P and L'),
    }),
  ),
});
