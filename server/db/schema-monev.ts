/**
 * Monev (pemantauan dan evaluasi): each OPD's quarterly report (triwulan I–IV) on the
 * realisation of its gender-responsive sub-kegiatan, with beneficiaries, progress on the GAP's
 * step 9 indicators, the reviewer's per-field comments and evidence files; and the region's
 * own monev settings per year (expected realisation per quarter, deadlines), which are data an
 * admin sets with a source note because no official figures are public
 * (../shared/domain/research-2.md §1).
 *
 * Money is `numeric(18,2)` like PPRG's (Rupiah with sen, exact strings). A report holds both the
 * quarter's addition and the cumulative total to date, and which of the two the operator typed
 * (`entry_mode`); domain/monev/cumulative.ts keeps them consistent. Beneficiary counts are
 * cumulative to date in the year (people reached so far), carried over from the previous quarter.
 */
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ENTRY_MODES, MONEV_REPORT_STATUSES, type Quarter } from '../../domain/monev/constants.js';
import type { GradeBand, ScoringCriterion } from '../../domain/monev/scoring.js';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';
import { subActivities } from './schema-planning.js';

const rupiah = (name: string) => numeric(name, { precision: 18, scale: 2 });
const quantity = (name: string) => numeric(name, { precision: 18, scale: 2 });

/**
 * One quarter's report on one gender-responsive sub-kegiatan. The unique key (the line and the
 * quarter) makes a second report, and so a double submission, impossible.
 */
export const monevReports = pgTable(
  'monev_reports',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    opdId: uuid('opd_id').notNull(),
    subActivityId: uuid('sub_activity_id').notNull(),
    /** 1–4 (triwulan I–IV), within the sub-kegiatan's budget year. */
    quarter: integer('quarter').$type<Quarter>().notNull(),
    status: text('status', { enum: MONEV_REPORT_STATUSES }).notNull().default('draft'),
    /** Which figures the operator typed: the quarter's additions or the cumulative totals. */
    entryMode: text('entry_mode', { enum: ENTRY_MODES }).notNull().default('increment'),
    budgetAddition: rupiah('budget_addition'),
    budgetCumulative: rupiah('budget_cumulative'),
    outputAddition: quantity('output_addition'),
    outputCumulative: quantity('output_cumulative'),
    /** Beneficiaries by sex (P = perempuan, L = laki-laki), cumulative in the year. */
    beneficiariesFemale: integer('beneficiaries_female'),
    beneficiariesMale: integer('beneficiaries_male'),
    kendala: text('kendala').notNull().default(''),
    tindakLanjut: text('tindak_lanjut').notNull().default(''),
    /** Realisation above 100 % or above the pagu, confirmed by the operator with a reason. */
    overConfirmed: boolean('over_confirmed').notNull().default(false),
    overReason: text('over_reason').notNull().default(''),
    /** Optimistic locking: a save names the version it edited. */
    version: integer('version').notNull().default(1),
    /** How many times it was submitted (review comments belong to a round). */
    submission: integer('submission').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenedBy: uuid('reopened_by'),
    reopenReason: text('reopen_reason'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('monev_reports_id_uq').on(t.id),
    uniqueIndex('monev_reports_line_quarter_uq').on(t.regionCode, t.subActivityId, t.quarter),
    // The dashboard's reads of a year's reports answered from the index alone (migration 0011
    // adds `include (id, opd_id, status, budget_cumulative, output_cumulative,
    // beneficiaries_female, beneficiaries_male, submitted_at)`, which drizzle cannot declare):
    // a region's reports lie on as many heap pages as there are reports (docs/performance.md).
    index('monev_reports_dashboard_idx').on(t.regionCode, t.year, t.subActivityId, t.quarter),
    index('monev_reports_status_idx').on(t.regionCode, t.year, t.status),
    foreignKey({
      columns: [t.regionCode, t.subActivityId],
      foreignColumns: [subActivities.regionCode, subActivities.id],
    }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/**
 * Beneficiaries of a report broken down by target group (seed 004's five) or age group, by
 * sex; `dimension` says which breakdown, `category` the group.
 */
export const monevBeneficiaries = pgTable(
  'monev_beneficiaries',
  {
    regionCode: text('region_code').notNull(),
    reportId: uuid('report_id').notNull(),
    dimension: text('dimension', { enum: ['target_group', 'age_group'] }).notNull(),
    category: text('category').notNull(),
    female: integer('female').notNull().default(0),
    male: integer('male').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.reportId, t.dimension, t.category] }),
    // Covering for the dashboard (0011 adds `include (dimension, category, female, male)`).
    index('monev_beneficiaries_report_idx').on(t.regionCode, t.reportId),
    foreignKey({
      columns: [t.regionCode, t.reportId],
      foreignColumns: [monevReports.regionCode, monevReports.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Progress on one gender indicator of the GAP's step 9: the indicator as the plan states it
 * (copied, so a later GAP revision does not rewrite a past report) and what was achieved to date.
 */
export const monevIndicatorProgress = pgTable(
  'monev_indicator_progress',
  {
    regionCode: text('region_code').notNull(),
    reportId: uuid('report_id').notNull(),
    /** The GAP step 9 item id. */
    indicatorId: text('indicator_id').notNull(),
    kind: text('kind', { enum: ['output', 'outcome'] }).notNull(),
    text: text('text').notNull(),
    target: text('target').notNull().default(''),
    unit: text('unit').notNull().default(''),
    achieved: quantity('achieved'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.reportId, t.indicatorId] }),
    // Covering for the dashboard (0011 adds `include (target, achieved)`).
    index('monev_indicator_progress_report_idx').on(t.regionCode, t.reportId),
    foreignKey({
      columns: [t.regionCode, t.reportId],
      foreignColumns: [monevReports.regionCode, monevReports.id],
    }).onDelete('cascade'),
  ],
);

/** A reviewer's comment on one field of a report (field keys: MONEV_FIELDS), in a review round. */
export const monevComments = pgTable(
  'monev_comments',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    reportId: uuid('report_id').notNull(),
    submission: integer('submission').notNull(),
    field: text('field').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('monev_comments_report_idx').on(t.regionCode, t.reportId, t.at),
    foreignKey({
      columns: [t.regionCode, t.reportId],
      foreignColumns: [monevReports.regionCode, monevReports.id],
    }).onDelete('cascade'),
  ],
);

/**
 * An evidence file (photo, attendance list, PDF, spreadsheet) of a report, kept in the file
 * store under `file_key` (a random name); the row and the file are removed together.
 */
export const monevEvidence = pgTable(
  'monev_evidence',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    reportId: uuid('report_id').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, never taken from the name or the request. */
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('monev_evidence_id_uq').on(t.id),
    uniqueIndex('monev_evidence_key_uq').on(t.fileKey),
    index('monev_evidence_report_idx').on(t.regionCode, t.reportId),
    foreignKey({
      columns: [t.regionCode, t.reportId],
      foreignColumns: [monevReports.regionCode, monevReports.id],
    }),
  ],
);

/**
 * A region's monev settings for one year, set by its admin daerah: the expected cumulative
 * budget realisation per quarter (percent of pagu, e.g. 20/45/70/95) and the report deadline
 * per quarter, with where these figures come from.
 */
export const monevSettings = pgTable(
  'monev_settings',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    thresholdQ1: numeric('threshold_q1', { precision: 5, scale: 2 }),
    thresholdQ2: numeric('threshold_q2', { precision: 5, scale: 2 }),
    thresholdQ3: numeric('threshold_q3', { precision: 5, scale: 2 }),
    thresholdQ4: numeric('threshold_q4', { precision: 5, scale: 2 }),
    deadlineQ1: date('deadline_q1'),
    deadlineQ2: date('deadline_q2'),
    deadlineQ3: date('deadline_q3'),
    deadlineQ4: date('deadline_q4'),
    sourceNote: text('source_note').notNull().default(''),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

/**
 * A region's scoring configuration of a year's result (Hasil Pengendalian dan Evaluasi): the
 * criteria with their weights, the grade bands and where they come from, set by its admin
 * daerah (domain/monev/scoring.ts validates it). Versions are rows, never updated: a save adds
 * the next version, so a printed result names the rules it used and they stay readable; the
 * key makes two saves of the same version a conflict.
 */
export const monevScoringConfigs = pgTable(
  'monev_scoring_configs',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    sourceNote: text('source_note').notNull(),
    criteria: jsonb('criteria').$type<ScoringCriterion[]>().notNull(),
    grades: jsonb('grades').$type<GradeBand[]>().notNull(),
    /** The demo seed's (the example, labelled); removed with the demo unless a version followed. */
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.version] })],
);
