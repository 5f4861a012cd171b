/**
 * PPRG (gender-responsive planning and budgeting): the planning frame (RPJMD, Renstra), the
 * SIPD nomenclature, each OPD's sub-kegiatan with its budget (Renja lines) and ARG tag, the
 * GAP/GBS/TOR document of a sub-kegiatan with its review trail, and the region's letterhead.
 *
 * Money is `numeric(18,2)` (Rupiah with sen), read and written as strings, never floats.
 * Document content is JSON validated by the zod schemas in api/gap.ts and
 * shaped by domain/planning/gap.ts; the workflow state lives in columns so queues and the recap
 * can filter on it.
 */
import {
  boolean,
  customType,
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
import { ARG_CATEGORIES, GAP_STATUSES } from '../../domain/planning/arg-recap.js';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';

const rupiah = (name: string) => numeric(name, { precision: 18, scale: 2 });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * The national SIPD nomenclature reference (Permendagri 90/2019 and its Kepmendagri updates),
 * one row per code at any level. Regions may use codes not listed here: a sub-kegiatan row
 * carries its own name, and this list only supplies names and parents where it knows them.
 */
export const nomenclature = pgTable(
  'nomenclature',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan'] }).notNull(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    /** Output (kinerja) and indicator text of a sub-kegiatan, where the decree gives them. */
    performance: text('performance').notNull().default(''),
    indicator: text('indicator').notNull().default(''),
    unit: text('unit').notNull().default(''),
    /** The decree this row was taken from, e.g. "Kepmendagri 050-5889/2021". */
    source: text('source').notNull(),
  },
  (t) => [index('nomenclature_parent_idx').on(t.parentCode)],
);

/** A region's five-year plan (RPJMD). */
export const rpjmdPeriods = pgTable(
  'rpjmd_periods',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    vision: text('vision').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('rpjmd_periods_id_uq').on(t.id),
    uniqueIndex('rpjmd_periods_region_start_uq').on(t.regionCode, t.startYear),
  ],
);

/**
 * Goals, targets and their indicators with yearly targets: the RPJMD's own (opd_id null) and
 * each OPD's Renstra (opd_id set), both within one RPJMD period.
 */
export const planTargets = pgTable(
  'plan_targets',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    periodId: uuid('period_id').notNull(),
    opdId: uuid('opd_id'),
    kind: text('kind', { enum: ['tujuan', 'sasaran'] }).notNull(),
    statement: text('statement').notNull(),
    indicatorName: text('indicator_name').notNull(),
    /** The catalog indicator this target measures, where one exists. */
    indicatorCode: text('indicator_code'),
    isGender: boolean('is_gender').notNull().default(false),
    unit: text('unit').notNull().default(''),
    /** Target per year of the period: {"2025": "12.5", ...}; numbers kept as strings. */
    yearTargets: jsonb('year_targets').$type<Record<string, string>>().notNull().default({}),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('plan_targets_id_uq').on(t.id),
    index('plan_targets_period_idx').on(t.regionCode, t.periodId, t.opdId),
    foreignKey({
      columns: [t.regionCode, t.periodId],
      foreignColumns: [rpjmdPeriods.regionCode, rpjmdPeriods.id],
    }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/**
 * One sub-kegiatan of one OPD in one budget year (a Renja/DPA line) with its budget (pagu) and
 * its ARG tag. `arg_amount` is the part of the budget that counts as gender-responsive.
 */
export const subActivities = pgTable(
  'sub_activities',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    opdId: uuid('opd_id').notNull(),
    /** Normalised SIPD code, e.g. 2.08.02.2.01.0001. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    outputIndicator: text('output_indicator').notNull().default(''),
    target: text('target').notNull().default(''),
    budget: rupiah('budget').notNull(),
    argCategory: text('arg_category', { enum: ARG_CATEGORIES }),
    argAmount: rupiah('arg_amount'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('sub_activities_id_uq').on(t.id),
    uniqueIndex('sub_activities_line_uq').on(t.regionCode, t.year, t.opdId, t.code),
    // A region's lines of a year with what the monev dashboard reads of them (migration 0011
    // adds `include (id, opd_id, budget, arg_category)`, which drizzle cannot declare; not the
    // free-text target, which an import does not bound and a btree entry must stay < 2.7 kB).
    index('sub_activities_dashboard_idx').on(t.regionCode, t.year),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/**
 * The GAP worksheet of one sub-kegiatan, with the GBS and TOR generated from it. `version`
 * increases on every save (optimistic locking: a save names the version it edited);
 * `submission` counts submissions, and each one is frozen in gap_versions.
 */
export const gapDocuments = pgTable(
  'gap_documents',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    subActivityId: uuid('sub_activity_id').notNull(),
    opdId: uuid('opd_id').notNull(),
    year: integer('year').notNull(),
    status: text('status', { enum: GAP_STATUSES }).notNull().default('draft'),
    gap: jsonb('gap').notNull(),
    gbs: jsonb('gbs'),
    tor: jsonb('tor'),
    version: integer('version').notNull().default(1),
    submission: integer('submission').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('gap_documents_id_uq').on(t.id),
    uniqueIndex('gap_documents_sub_activity_uq').on(t.regionCode, t.subActivityId),
    index('gap_documents_year_status_idx').on(t.regionCode, t.year, t.status),
    foreignKey({
      columns: [t.regionCode, t.subActivityId],
      foreignColumns: [subActivities.regionCode, subActivities.id],
    }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/** What was submitted each time: the comparison between submissions reads these. */
export const gapVersions = pgTable(
  'gap_versions',
  {
    regionCode: text('region_code').notNull(),
    documentId: uuid('document_id').notNull(),
    submission: integer('submission').notNull(),
    gap: jsonb('gap').notNull(),
    gbs: jsonb('gbs'),
    tor: jsonb('tor'),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.documentId, t.submission] }),
    foreignKey({
      columns: [t.regionCode, t.documentId],
      foreignColumns: [gapDocuments.regionCode, gapDocuments.id],
    }).onDelete('cascade'),
  ],
);

/**
 * The review trail: submissions, comments (on a GAP step, the GBS or the TOR, or the whole
 * document), requests for revision and approvals, in order.
 */
export const gapReviewEvents = pgTable(
  'gap_review_events',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    documentId: uuid('document_id').notNull(),
    submission: integer('submission').notNull(),
    kind: text('kind', { enum: ['submit', 'comment', 'revision', 'approve'] }).notNull(),
    /** '1'..'9' for a GAP step, 'gbs', 'tor', or null for the whole document. */
    target: text('target'),
    body: text('body').notNull().default(''),
    /** A comment the operator has dealt with. */
    resolved: boolean('resolved').notNull().default(false),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('gap_review_events_document_idx').on(t.regionCode, t.documentId, t.at),
    foreignKey({
      columns: [t.regionCode, t.documentId],
      foreignColumns: [gapDocuments.regionCode, gapDocuments.id],
    }).onDelete('cascade'),
  ],
);

/** The region's letterhead (kop surat) for official exports. */
export const regionLetterheads = pgTable('region_letterheads', {
  regionCode: text('region_code')
    .primaryKey()
    .references(() => regions.code),
  /** e.g. "PEMERINTAH KOTA PALU". */
  governmentName: text('government_name').notNull(),
  address: text('address').notNull().default(''),
  contact: text('contact').notNull().default(''),
  /** The place written before the date of signature, e.g. "Palu". */
  place: text('place').notNull(),
  logo: bytea('logo'),
  logoMime: text('logo_mime'),
  isDemo: boolean('is_demo').notNull().default(false),
  updatedAt: updatedAt(),
});

/** Who signs an OPD's documents: its head (kepala), with NIP. */
export const opdSignatories = pgTable(
  'opd_signatories',
  {
    regionCode: text('region_code').notNull(),
    opdId: uuid('opd_id').notNull(),
    name: text('name').notNull(),
    nip: text('nip').notNull().default(''),
    /** e.g. "Kepala Dinas Kesehatan", "Pembina Utama Muda (IV/c)". */
    position: text('position').notNull().default(''),
    rank: text('rank').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.opdId] }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);
