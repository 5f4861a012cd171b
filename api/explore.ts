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

// ---------------------------------------------------------------------------------------------
// Region figures: ranking, comparison and roll-ups (issue 14)

export const REGION_FIGURE_LEVELS = ['provinsi', 'kabkota'] as const;
/**
 * Where a row's figure comes from: an indicator's value `stored` for the region or `rolled_up`
 * from its kab/kota; an index's value as BPS `published` it, else `computed` by Setara from its
 * components (the map shows which).
 */
export const FIGURE_SOURCES = ['stored', 'rolled_up', 'published', 'computed'] as const;

/**
 * GET /api/explore/regions: one indicator and year for every child region of a scope.
 * `scope` is `national` or a 2-digit province code; `level` the child level listed
 * (national+provinsi: the 38 provinces; national+kabkota: every kab/kota; a province+kabkota:
 * its kab/kota). A province has no provinces below it, so province+provinsi names `level`.
 */
export const regionFiguresQuery = z
  .strictObject({
    indicator: indicatorCode,
    year: z
      .string()
      .regex(/^\d{4}$/, { message: 'bad_format' })
      .describe('A year, e.g. 2024'),
    scope: z
      .string()
      .max(10)
      .regex(/^(national|\d{2})$/, { message: 'bad_format' })
      .default('national')
      .describe('national, or a province code such as 72'),
    level: z.enum(REGION_FIGURE_LEVELS).default('provinsi').describe('The level of the rows'),
  })
  .superRefine((q, ctx) => {
    if (q.scope !== 'national' && q.level === 'provinsi')
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'not_below_scope' });
  });

const figure = z.object({ total: num, female: num, male: num });

export const regionFigureRow = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  parentCode: z.string().nullable(),
  total: num.describe('P + L for counts, recomputed from summed parts for rates; null for `none`'),
  female: num,
  male: num,
  gap: num.describe('female − male'),
  ratio: num.describe('female / male (parity index); null when male is 0 or missing'),
  source: z
    .enum(FIGURE_SOURCES)
    .nullable()
    .describe(
      'stored: the value entered for this region; rolled_up: computed from its kab/kota ' +
        '(a province row with no value of its own); for an index, published: the value BPS ' +
        "released, computed: Setara's from the components; null: no value either way",
    ),
  previousTotal: num.describe('The total of the year before, by the same rule'),
  change: num.describe('total − previousTotal'),
  rank: z.number().int().nullable().describe('1 = highest total; ties share a rank; null without a total'),
});

export const regionFiguresResponse = z.object({
  indicator: z.object({
    code: z.string(),
    nameId: z.string(),
    nameEn: z.string(),
    unit: z.string(),
    decimals: z.number(),
    aggregation: z.string(),
  }),
  year: z.number().int(),
  previousYear: z.number().int(),
  scope: z.object({ code: z.string().nullable().describe('null: national'), name: z.string() }),
  level: z.enum(REGION_FIGURE_LEVELS),
  rows: z.array(regionFigureRow),
  /**
   * The scope as a whole, two ways: rolled up from `rows` by the indicator's rule (counts add,
   * rates are recomputed from the summed numerator and denominator, `none` cannot combine and
   * gives null), and the value stored for the scope region itself (the province, or `ID`), so
   * a published province figure can be checked against its kab/kota.
   */
  scopeFigure: z.object({
    rolledUp: figure.nullable().describe('null for an indicator whose aggregation is none'),
    stored: figure,
    difference: figure.describe('stored − rolledUp, where both exist'),
    reporting: z.number().int().describe('rows that took part in the roll-up'),
    of: z.number().int().describe('rows listed'),
  }),
});

/** The scope's own figure, two ways (see regionFiguresResponse.scopeFigure). */
const scopeFigure = regionFiguresResponse.shape.scopeFigure;

/**
 * GET /api/explore/rollup: one province (or the nation, `ID`) over years — rolled up from the
 * regions below it beside the value stored for it, to see where a published figure and its
 * kab/kota disagree. At most 30 years at once.
 */
export const rollupQuery = z
  .strictObject({
    indicator: indicatorCode,
    region: z
      .string()
      .max(10)
      .regex(/^(ID|\d{2})$/, { message: 'no_region_below' })
      .describe('A province code such as 72, or ID for the nation'),
    from: z
      .string()
      .regex(/^\d{4}$/, { message: 'bad_format' })
      .describe('First year'),
    to: z
      .string()
      .regex(/^\d{4}$/, { message: 'bad_format' })
      .describe('Last year'),
  })
  .superRefine((q, ctx) => {
    const span = Number(q.to) - Number(q.from);
    if (span < 0 || span >= 30) ctx.addIssue({ code: 'custom', path: ['to'], message: 'year_range_invalid' });
  });

export const rollupResponse = z.object({
  indicator: regionFiguresResponse.shape.indicator,
  region: z.object({ code: z.string(), name: z.string() }),
  rolledUpFrom: z
    .enum(REGION_FIGURE_LEVELS)
    .describe("a province from its kab/kota; the nation from its provinces' figures"),
  years: z.array(scopeFigure.extend({ year: z.number().int() })),
});
