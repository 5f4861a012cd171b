/**
 * The monev API (server/modules/monev): each OPD's quarterly report on its gender-responsive
 * sub-kegiatan, its review (verify, or return with a comment per field), reopening, evidence
 * files, and the region's monev settings per year. Rules (cumulative arithmetic, flags, what a
 * complete report holds) live in domain/monev/, not here; these schemas only refuse malformed
 * input. Amounts are exact decimal strings (Rupiah with at most two decimals), never floats.
 */
import { z } from 'zod';
import {
  AGE_GROUPS,
  ENTRY_MODES,
  MONEV_FLAGS,
  MONEV_REPORT_STATUSES,
  TARGET_GROUPS,
  isMonevFieldKey,
} from '../domain/monev/constants.js';
import { singleLineText } from './common.js';
import { regionCode } from './regions.js';

const year = z.coerce.number().int().min(2000).max(2100);
const longText = z.string().max(4000);

/**
 * A number as the operator typed it: text (`1.250.000`, `Rp 1.250.000,50`, `12,5`) or a plain
 * number, or nothing. domain/monev/cumulative.ts reads it and names the field it cannot read
 * (not a number, negative, too many decimals), so the answer says which box is wrong.
 */
export const typedNumber = z
  .union([z.string().max(40), z.number()])
  .nullable()
  .optional();

export const monevStatus = z.enum(MONEV_REPORT_STATUSES);
export const entryMode = z.enum(ENTRY_MODES);
/** A field a reviewer's comment is attached to: MONEV_FIELDS, or `genderIndicators.<id>`. */
export const monevField = z.string().refine(isMonevFieldKey, { message: 'monev_field_unknown' });

/** A quarter of a year, `2026-Q1` … `2026-Q4`: it must fall in the sub-kegiatan's budget year. */
export const quarterPeriod = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { message: 'monev_period_format' })
  .describe('2026-Q1 … 2026-Q4');

export const reportLineParams = z.object({ id: z.uuid(), period: quarterPeriod });
export const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

export const listMonevQuery = z.strictObject({
  year,
  opdId: z.uuid().optional().describe('One OPD; an operator always gets their own'),
});

/** One group's beneficiaries by sex (P = perempuan, L = laki-laki). */
const bySex = z.strictObject({ P: typedNumber, L: typedNumber });
/** Only the groups the activity counts; a group left out was not counted. */
const byGroup = <T extends readonly [string, ...string[]]>(groups: T) =>
  z.strictObject(
    Object.fromEntries(groups.map((g) => [g, bySex.optional()])) as Record<
      T[number],
      z.ZodOptional<typeof bySex>
    >,
  );

/**
 * A quarter's figures. Field paths are the report's field keys (MONEV_FIELDS), so an error
 * and a reviewer's comment name the same box: `budgetRealised`, `beneficiaries.P`,
 * `beneficiaries.group.lansia`, `genderIndicators.<id>`.
 */
export const saveMonevBody = z.strictObject({
  /** The version edited; 0 for the first save of the quarter. */
  version: z.number().int().min(0).default(0),
  entryMode: entryMode.describe('increment: the quarter’s additions; cumulative: totals since January'),
  budgetRealised: typedNumber.describe('Rupiah, as the entry mode says'),
  physicalRealised: typedNumber.describe('In the plan’s unit, as the entry mode says'),
  beneficiaries: z
    .strictObject({
      P: typedNumber.describe('Perempuan'),
      L: typedNumber.describe('Laki-laki'),
      group: byGroup(TARGET_GROUPS).default({}),
      age: byGroup(AGE_GROUPS).default({}),
    })
    .default({ group: {}, age: {} }),
  /** Achievement to date per GAP step 9 indicator id (in the indicator's unit). */
  genderIndicators: z
    .record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'gap_item_id_format' }), typedNumber)
    .default({}),
  kendala: longText.default(''),
  tindakLanjut: longText.default(''),
  overConfirmed: z.boolean().default(false),
  overReason: z.string().trim().max(1000).default(''),
});

export const versionBody = z.strictObject({ version: z.number().int().min(1) });

export const MONEV_DECISIONS = ['verify', 'return'] as const;
export const decisionBody = z.strictObject({
  version: z.number().int().min(1),
  decision: z.enum(MONEV_DECISIONS),
  /** On a return: at least one comment, each on one field of the form. */
  comments: z
    .array(z.strictObject({ field: monevField, body: z.string().trim().min(1).max(2000) }))
    .max(40)
    .default([]),
});
export const reopenBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

const named = z.object({ id: z.string(), name: z.string() }).nullable();
const figures = z.object({ addition: z.string().nullable(), cumulative: z.string().nullable() });
/** A count of people: the quarter's addition and the total since January. */
const countPair = z.object({ addition: z.number().int(), cumulative: z.number().int() });
const sexPairs = z.object({ P: countPair, L: countPair });

export const monevFlagSchema = z.object({
  code: z.enum(MONEV_FLAGS),
  /** The field the flag is about, when it is about one. */
  field: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const monevComment = z.object({
  id: z.string(),
  field: z.string(),
  body: z.string(),
  submission: z.number().int(),
  author: z.string(),
  at: z.string(),
});

export const evidenceSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  uploadedAt: z.string(),
});
export const evidenceList = z.object({ items: z.array(evidenceSchema) });

const planSchema = z.object({
  subActivityId: z.string(),
  code: z.string(),
  name: z.string(),
  year: z.number().int(),
  opd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
  argCategory: z.string().nullable(),
  gapStatus: z.string().nullable(),
  pagu: z.string().describe('The sub-kegiatan’s budget (Rupiah)'),
  outputIndicator: z.string(),
  /** The plan's target as written, and the number and unit read from it (null when it has no number). */
  targetText: z.string(),
  target: z.string().nullable(),
  unit: z.string(),
});

/** A quarter's report, or the form of one not started yet (`id` null, pre-filled). */
export const monevReport = z.object({
  id: z.string().nullable(),
  regionCode: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  period: z.string(),
  status: monevStatus,
  version: z.number().int(),
  submission: z.number().int(),
  plan: planSchema,
  /** Cumulative figures up to the end of the previous quarter (zeros in Q1). */
  previous: z.object({
    budgetRealised: z.string(),
    physicalRealised: z.string(),
    beneficiaries: z.object({
      P: z.number().int(),
      L: z.number().int(),
      group: z.record(z.string(), z.object({ P: z.number().int(), L: z.number().int() })),
      age: z.record(z.string(), z.object({ P: z.number().int(), L: z.number().int() })),
    }),
  }),
  entryMode,
  budgetRealised: figures,
  physicalRealised: figures,
  /** Null figures: not typed yet. Groups present only where the activity counts them. */
  beneficiaries: z.object({
    P: countPair.nullable(),
    L: countPair.nullable(),
    group: z.record(z.string(), sexPairs),
    age: z.record(z.string(), sexPairs),
  }),
  /** GAP step 9 indicators with what was achieved to date and the achievement (% of target). */
  genderIndicators: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      text: z.string(),
      target: z.string(),
      unit: z.string(),
      achieved: z.string().nullable(),
      achievement: z.string().nullable(),
    }),
  ),
  kendala: z.string(),
  tindakLanjut: z.string(),
  overConfirmed: z.boolean(),
  overReason: z.string(),
  flags: z.array(monevFlagSchema),
  /**
   * Totals of this report below the previous report's (after DP3A reopened and raised an
   * earlier quarter): each names its field and the earlier total; the report must be corrected.
   */
  seriesIssues: z.array(
    z.object({
      field: z.string(),
      code: z.literal('monev_below_previous_cumulative'),
      previous: z.union([z.string(), z.number()]),
    }),
  ),
  comments: z.array(monevComment),
  evidence: z.array(evidenceSchema),
  submittedAt: z.string().nullable(),
  submittedBy: named,
  verifiedAt: z.string().nullable(),
  verifiedBy: named,
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  /** What the caller may do now (the same predicates the server checks: domain/monev/access.ts). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
});

const quarterCell = z.object({
  quarter: z.number().int(),
  reportId: z.string().nullable(),
  status: monevStatus.nullable(),
  budgetCumulative: z.string().nullable(),
  flags: z.array(monevFlagSchema),
});

export const monevListItem = z.object({
  subActivityId: z.string(),
  code: z.string(),
  name: z.string(),
  opd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
  argCategory: z.string().nullable(),
  gapStatus: z.string().nullable(),
  pagu: z.string(),
  quarters: z.array(quarterCell),
});
export const monevList = z.object({ year: z.number().int(), items: z.array(monevListItem) });

export const settingsQuery = z.strictObject({ year });
const perQuarter = <T extends z.ZodTypeAny>(value: T) =>
  z.strictObject({ 1: value.optional(), 2: value.optional(), 3: value.optional(), 4: value.optional() });
const share = z.number().min(0).max(100);
export const monevSettingsBody = z.strictObject({
  year,
  /** Expected cumulative realisation (% of pagu and of target) by the end of each quarter. */
  expectedShare: perQuarter(share).default({}),
  /** The last day to submit each quarter's report (YYYY-MM-DD). */
  deadlines: perQuarter(z.iso.date()).default({}),
  /** Where these figures come from (a regulation, a Pokja decision): no official figures are public. */
  sourceNote: singleLineText(500).default(''),
});
export const monevSettingsSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  expectedShare: z.record(z.string(), z.number()),
  deadlines: z.record(z.string(), z.string()),
  sourceNote: z.string(),
  /** Null while the region has not set this year. */
  updatedAt: z.string().nullable(),
  updatedBy: named,
});
export const settingsParams = z.object({ code: regionCode });

export type SaveMonevInput = z.infer<typeof saveMonevBody>;
export type MonevDecisionInput = z.infer<typeof decisionBody>;
export type MonevReportDto = z.infer<typeof monevReport>;
export type MonevListDto = z.infer<typeof monevList>;
export type MonevListQuery = z.infer<typeof listMonevQuery>;
export type MonevSettingsInput = z.infer<typeof monevSettingsBody>;
export type MonevSettingsDto = z.infer<typeof monevSettingsSchema>;
export type EvidenceDto = z.infer<typeof evidenceSchema>;
export type MonevFlagDto = z.infer<typeof monevFlagSchema>;

// ---------------------------------------------------------------------------------------------
// Dashboard (GET /api/regions/:code/monev/dashboard)

export const dashboardQuery = z.strictObject({ year });

const sexCount = z.object({ P: z.number().int(), L: z.number().int() });

/**
 * The figures of one OPD, one kab/kota or a whole region for a year. Realisation, physical
 * progress, beneficiaries and indicators come from each line's latest report that reached the
 * reviewer (submitted or verified); statuses and flags count every report of the year, and a
 * quarter with no report counts as `missing` (and `late` once its deadline has passed).
 */
export const dashboardFigures = z.object({
  /** Gender-responsive sub-kegiatan of the year (ARG-tagged, or with an approved GAP). */
  lines: z.number().int(),
  /** Lines with a submitted or verified report. */
  reportedLines: z.number().int(),
  pagu: z.string().describe('Sum of the lines’ budgets (Rupiah, exact)'),
  realised: z.string().describe('Budget realised to date (Rupiah, exact)'),
  /** realised as a percentage of pagu, two decimals; null without pagu. */
  realisedShare: z.string().nullable(),
  physical: z.object({
    /** Reported lines whose plan target is a number. */
    measured: z.number().int(),
    /** Mean of output realised ÷ target over the measured lines (%, two decimals). */
    averageShare: z.string().nullable(),
  }),
  beneficiaries: z.object({
    P: z.number().int(),
    L: z.number().int(),
    group: z.record(z.enum(TARGET_GROUPS), sexCount),
    age: z.record(z.enum(AGE_GROUPS), sexCount),
  }),
  /** GAP step 9 gender indicators of the reported lines. */
  indicators: z.object({
    count: z.number().int(),
    /** With a numeric target and an achieved value. */
    measured: z.number().int(),
    /** Measured and achieved at least the target. */
    met: z.number().int(),
    averageAchievement: z.string().nullable(),
  }),
  quarters: z.array(
    z.object({
      quarter: z.number().int(),
      draft: z.number().int(),
      submitted: z.number().int(),
      returned: z.number().int(),
      verified: z.number().int(),
      /** Lines without a report for the quarter. */
      missing: z.number().int(),
      /** Reports submitted after the deadline, or not submitted (or missing) past it. */
      late: z.number().int(),
    }),
  ),
  /** Flags of the year's reports by code (domain/monev/flags.ts), and late missing quarters. */
  flags: z.record(z.enum(MONEV_FLAGS), z.number().int()),
});

export const monevDashboard = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['kabkota', 'provinsi']),
  year: z.number().int(),
  /** The one OPD an operator is limited to; null when every OPD counts. */
  opdId: z.string().nullable(),
  total: dashboardFigures,
  /** A kab/kota: each OPD with a gender-responsive line (empty for a province). */
  opds: z.array(dashboardFigures.extend({ id: z.string(), name: z.string(), shortName: z.string() })),
  /** A province: every kab/kota side by side (empty for a kab/kota). */
  regions: z.array(dashboardFigures.extend({ code: z.string(), name: z.string() })),
  /** Totals of every year with gender-responsive lines, oldest first. */
  trend: z.array(
    z.object({
      year: z.number().int(),
      lines: z.number().int(),
      reportedLines: z.number().int(),
      pagu: z.string(),
      realised: z.string(),
      realisedShare: z.string().nullable(),
      beneficiaries: sexCount,
    }),
  ),
});

export type MonevDashboardDto = z.infer<typeof monevDashboard>;
export type DashboardFiguresDto = z.infer<typeof dashboardFigures>;
