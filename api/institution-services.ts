/**
 * The institution-services API (server/modules/institution-services,
 * docs/api-institution-services.md): service records per institution × period × kind with
 * beneficiaries by sex, age group and target group; the region's aggregate by field of service
 * and by region; data terpilah indicators mapped to the records and their "tarik dari layanan".
 * Rules live in domain/institution-services/; these schemas refuse malformed input naming the field.
 */
import { z } from 'zod';
import {
  AGE_GROUPS,
  FAMILY_DIMENSIONS,
  MAX_COUNT,
  SERVICE_KINDS,
  TARGET_GROUPS,
} from '../domain/institution-services/constants.js';
import { SERVICE_PERIOD_PATTERN } from '../domain/institution-services/period.js';
import { SEXES, VALUE_STATUSES } from '../domain/indicators.js';
import { codeText, period } from './common.js';
import { multiLineText } from './meetings.js';
import { regionCode } from './regions.js';

export const serviceKind = z.enum(SERVICE_KINDS);
export const servicePeriod = z
  .string()
  .regex(SERVICE_PERIOD_PATTERN, { message: 'services_period_invalid' })
  .describe('A quarter 2025-Q2 or a month 2025-04');

const count = z.number().int().min(0).max(MAX_COUNT);

export const ageGroupCounts = z.strictObject(
  Object.fromEntries(AGE_GROUPS.map((g) => [g, count])) as Record<(typeof AGE_GROUPS)[number], typeof count>,
);
export const targetGroupCounts = z.strictObject(
  Object.fromEntries(TARGET_GROUPS.map((g) => [g, count.nullable().optional()])) as Record<
    (typeof TARGET_GROUPS)[number],
    z.ZodOptional<z.ZodNullable<typeof count>>
  >,
);

export const serviceRecordBody = z.strictObject({
  institutionId: z.uuid(),
  period: servicePeriod,
  kind: serviceKind,
  servicesCount: count,
  female: count,
  male: count,
  ageGroups: ageGroupCounts,
  targetGroups: targetGroupCounts.optional(),
  familyDimensions: z.array(z.enum(FAMILY_DIMENSIONS)).max(FAMILY_DIMENSIONS.length).optional(),
  note: multiLineText(2000).optional(),
});
export type ServiceRecordBody = z.infer<typeof serviceRecordBody>;

export const updateServiceRecordBody = serviceRecordBody.extend({ version: z.number().int().min(1) });

export const regionParams = z.object({ code: regionCode });
export const recordParams = z.object({ id: z.uuid() });
export const mappingParams = z.object({ id: z.uuid() });

export const listRecordsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  institutionId: z.uuid().optional(),
  kind: serviceKind.optional(),
});

export const serviceRecordSchema = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  period: z.string(),
  kind: serviceKind,
  servicesCount: z.number().int(),
  female: z.number().int(),
  male: z.number().int(),
  ageGroups: ageGroupCounts,
  targetGroups: z.record(z.string(), z.number().int().nullable()),
  familyDimensions: z.array(z.enum(FAMILY_DIMENSIONS)),
  note: z.string(),
  version: z.number().int(),
  isDemo: z.boolean(),
  canEdit: z.boolean(),
});
export type ServiceRecordDto = z.infer<typeof serviceRecordSchema>;

export const serviceRecordList = z.object({
  items: z.array(serviceRecordSchema),
  /** The institutions the caller may enter records for, for the form's picker. */
  institutions: z.array(z.object({ id: z.uuid(), name: z.string(), fields: z.array(z.string()) })),
  /** Whether the list was cut at its limit (filter by institution to see the rest). */
  truncated: z.boolean(),
});
export type ServiceRecordListDto = z.infer<typeof serviceRecordList>;

export const summaryQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});

const totals = z.object({
  records: z.number().int(),
  institutions: z.number().int(),
  servicesCount: z.number().int(),
  female: z.number().int(),
  male: z.number().int(),
  ageGroups: z.record(z.string(), z.number().int()),
  targetGroups: z.record(z.string(), z.number().int()),
});

export const serviceSummary = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  total: totals,
  byField: z.array(totals.extend({ field: z.string() })),
  byKind: z.array(totals.extend({ kind: serviceKind })),
  /** For a province: one row per kab/kota with records; for a kab/kota: itself. */
  byRegion: z.array(totals.extend({ regionCode: z.string(), regionName: z.string() })),
  /** Family-quality records naming each Permen PPPA 6/2013 dimension. */
  familyDimensions: z.record(z.string(), z.number().int()),
});
export type ServiceSummaryDto = z.infer<typeof serviceSummary>;

// Indicator mappings and "tarik dari layanan"

export const mappingBody = z.strictObject({
  indicatorCode: codeText(60).pipe(z.string().min(1, { message: 'required' })),
  kinds: z.array(serviceKind).max(SERVICE_KINDS.length).optional(),
  note: multiLineText(1000).optional(),
});

export const mappingSchema = z.object({
  id: z.uuid(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  periodicity: z.string(),
  kinds: z.array(serviceKind),
  note: z.string(),
});
export const mappingList = z.object({ items: z.array(mappingSchema) });
export type MappingDto = z.infer<typeof mappingSchema>;

export const pullQuery = z.strictObject({ period });
export const pullBody = z.strictObject({
  period,
  /** The preview's token: the apply is refused (409) when the figures changed since. */
  token: z.string().regex(/^[0-9a-f]{64}$/, { message: 'bad_format' }),
});

export const pullCell = z.object({
  sex: z.enum(SEXES),
  /** The aggregate of the service records. */
  pulled: z.number().int(),
  /** The stored value, null when none. */
  current: z.string().nullable(),
  currentStatus: z.enum(VALUE_STATUSES).nullable(),
  /** write: the draft is written; same: nothing changes; locked: submitted or verified, left as is. */
  action: z.enum(['write', 'same', 'locked']),
});
export const pullPreview = z.object({
  mappingId: z.uuid(),
  indicatorCode: z.string(),
  period: z.string(),
  records: z.number().int(),
  cells: z.array(pullCell),
  token: z.string(),
});
export type PullPreviewDto = z.infer<typeof pullPreview>;
export const pullResult = z.object({ written: z.number().int(), locked: z.number().int() });
