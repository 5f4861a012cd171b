/**
 * The indicator catalog API (server/modules/indicators): indicators, dimension sets, the
 * validation rules between indicators, and which OPD answers for an indicator in a region.
 */
import { z } from 'zod';
import { AGGREGATIONS, DOMAIN_GROUPS, PERIODICITIES, SEXES, SOURCES, UNITS } from '../domain/indicators.js';
import { RULE_OPERATORS, RULE_SEXES } from '../domain/value-rules.js';
import { codeText, nameText, pageOf, paginationQuery, singleLineText } from './common.js';
import { regionCode } from './regions.js';

const CODE = /^[A-Z0-9_]{2,40}$/;
export const indicatorCode = z.string().regex(CODE, { message: 'bad_format' }).describe('e.g. PDD_APS_SMA');
export const indicatorCodeParam = z.object({ code: indicatorCode });
/** Lists of the catalog that a region widens with its own (and its province's) entries. */
export const catalogRegionQuery = z.strictObject({ region: regionCode.optional() });
const dimensionCode = z.string().regex(/^[a-z0-9_]{2,40}$/, { message: 'bad_format' });
const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/, { message: 'bad_format' });

/** The editable fields, without defaults: PATCH must leave unnamed fields alone. */
const indicatorFields = {
  nameId: nameText(300).min(1),
  nameEn: nameText(300).min(1),
  definitionId: z.string().trim().max(4000),
  definitionEn: z.string().trim().max(4000),
  unit: z.enum(UNITS),
  domainGroup: z.enum(DOMAIN_GROUPS),
  periodicity: z.enum(PERIODICITIES),
  source: z.enum(SOURCES),
  sourceNote: singleLineText(300),
  aggregation: z.enum(AGGREGATIONS),
  numeratorCode: indicatorCode.nullable(),
  denominatorCode: indicatorCode.nullable(),
  multiplier: decimalText.nullable(),
  dimensions: z.array(dimensionCode).max(4),
  sexes: z.array(z.enum(SEXES)).min(1).max(2),
  decimals: z.number().int().min(0).max(6),
  percentBounded: z.boolean(),
  jumpWarningPct: decimalText.nullable(),
  responsibleOpdHint: nameText(40).nullable(),
  refs: z.record(codeText(20), codeText(100)),
};

export const createIndicatorBody = z.strictObject({
  ...indicatorFields,
  code: indicatorCode,
  ownerRegionCode: regionCode
    .optional()
    .describe('Default: the national catalog (superadmin) or your region'),
  definitionId: indicatorFields.definitionId.default(''),
  definitionEn: indicatorFields.definitionEn.default(''),
  periodicity: indicatorFields.periodicity.default('year'),
  sourceNote: indicatorFields.sourceNote.default(''),
  numeratorCode: indicatorFields.numeratorCode.default(null),
  denominatorCode: indicatorFields.denominatorCode.default(null),
  multiplier: indicatorFields.multiplier.default(null),
  dimensions: indicatorFields.dimensions.default([]),
  sexes: indicatorFields.sexes.default(['P', 'L']),
  decimals: indicatorFields.decimals.default(0),
  percentBounded: indicatorFields.percentBounded.default(false),
  jumpWarningPct: indicatorFields.jumpWarningPct.default(null),
  responsibleOpdHint: indicatorFields.responsibleOpdHint.default(null),
  refs: indicatorFields.refs.default({}),
});

export const updateIndicatorBody = z
  .strictObject(indicatorFields)
  .partial()
  .extend({ active: z.boolean().optional() });

export const listIndicatorsQuery = z.strictObject({
  region: regionCode.optional().describe('Include this region’s own indicators (and its province’s)'),
  group: z.enum(DOMAIN_GROUPS).optional(),
  q: nameText(100).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  ...paginationQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const indicatorSchema = z.object({
  code: z.string(),
  ownerRegionCode: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  definitionId: z.string(),
  definitionEn: z.string(),
  unit: z.enum(UNITS),
  domainGroup: z.enum(DOMAIN_GROUPS),
  periodicity: z.enum(PERIODICITIES),
  source: z.enum(SOURCES),
  sourceNote: z.string(),
  aggregation: z.enum(AGGREGATIONS),
  numeratorCode: z.string().nullable(),
  denominatorCode: z.string().nullable(),
  multiplier: z.string().nullable(),
  dimensions: z.array(z.string()),
  sexes: z.array(z.enum(SEXES)),
  decimals: z.number(),
  percentBounded: z.boolean(),
  jumpWarningPct: z.string().nullable(),
  responsibleOpdHint: z.string().nullable(),
  refs: z.record(z.string(), z.string()),
  active: z.boolean(),
});
export const indicatorPage = pageOf(indicatorSchema);

export const dimensionSetSchema = z.object({
  code: z.string(),
  ownerRegionCode: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  builtin: z.boolean(),
  members: z.array(z.object({ code: z.string(), labelId: z.string(), labelEn: z.string() })),
});

export const dimensionSetList = z.object({ items: z.array(dimensionSetSchema) });

export const createDimensionSetBody = z.strictObject({
  code: dimensionCode,
  ownerRegionCode: regionCode.optional(),
  nameId: nameText(200).min(1),
  nameEn: nameText(200).min(1),
  members: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z0-9_+-]{1,40}$/, { message: 'bad_format' }),
        labelId: nameText(200).min(1),
        labelEn: nameText(200).min(1),
      }),
    )
    .min(2)
    .max(200),
});

export const assignmentSchema = z.object({
  indicatorCode: z.string(),
  opdId: z.string(),
  opdName: z.string(),
});
export const assignmentList = z.object({ items: z.array(assignmentSchema) });
export const setAssignmentBody = z.strictObject({ opdId: z.uuid().nullable() });
export const setAssignmentResult = z.object({ indicatorCode: z.string(), opdId: z.string().nullable() });

export type CreateIndicatorInput = z.infer<typeof createIndicatorBody>;
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorBody>;
export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuery>;
export type CreateDimensionSetInput = z.infer<typeof createDimensionSetBody>;

const ruleSex = z.enum(RULE_SEXES);
const ruleOperator = z.enum(RULE_OPERATORS);
const ruleFields = {
  leftIndicator: indicatorCode,
  leftSex: ruleSex,
  operator: ruleOperator,
  rightIndicator: indicatorCode,
  rightSex: ruleSex,
  rightFactor: decimalText,
  messageId: z.string().trim().min(1).max(300),
  messageEn: z.string().trim().min(1).max(300),
};

export const createRuleBody = z.strictObject({
  ...ruleFields,
  ownerRegionCode: regionCode.optional(),
  leftSex: ruleSex.default('T'),
  rightSex: ruleSex.default('T'),
  rightFactor: decimalText.default('1'),
});
export const updateRuleBody = z.strictObject(ruleFields).partial().extend({ active: z.boolean().optional() });

export const ruleSchema = z.object({
  id: z.number(),
  ownerRegionCode: z.string(),
  leftIndicator: z.string(),
  leftSex: ruleSex,
  operator: ruleOperator,
  rightIndicator: z.string(),
  rightSex: ruleSex,
  rightFactor: z.string(),
  messageId: z.string(),
  messageEn: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
});

export const ruleList = z.object({ items: z.array(ruleSchema) });
export const ruleIdParam = z.object({ id: z.coerce.number().int().positive() });

export type CreateRuleInput = z.infer<typeof createRuleBody>;
export type UpdateRuleInput = z.infer<typeof updateRuleBody>;
