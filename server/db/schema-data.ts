/**
 * Data terpilah (sex-disaggregated data): the indicator catalog, disaggregation dimensions,
 * values with their workflow and history, validation rules, and import batches.
 *
 * A value is keyed by region × indicator × period × sex × one combination of the other
 * dimension members. Combinations are interned in `dimension_combos` so that the large
 * `data_values` table carries a small integer instead of a set of member codes.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { IMPORT_STATUSES } from '../../domain/import-batch.js';
import { VALUE_STATUSES } from '../../domain/indicators.js';
import { RULE_OPERATORS, RULE_SEXES } from '../../domain/value-rules.js';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';

/** Catalog rows belong to the nation (`ID`) or to one region that defined its own. */
const ownerRegion = () =>
  text('owner_region_code')
    .notNull()
    .default('ID')
    .references(() => regions.code);

export const dimensionSets = pgTable('dimension_sets', {
  code: text('code').primaryKey(),
  ownerRegionCode: ownerRegion(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  builtin: boolean('builtin').notNull().default(false),
  createdAt: createdAt(),
});

export const dimensionMembers = pgTable(
  'dimension_members',
  {
    setCode: text('set_code')
      .notNull()
      .references(() => dimensionSets.code),
    code: text('code').notNull(),
    labelId: text('label_id').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.setCode, t.code] })],
);

export const indicators = pgTable(
  'indicators',
  {
    code: text('code').primaryKey(),
    ownerRegionCode: ownerRegion(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    definitionId: text('definition_id').notNull().default(''),
    definitionEn: text('definition_en').notNull().default(''),
    unit: text('unit').notNull(),
    domainGroup: text('domain_group').notNull(),
    periodicity: text('periodicity').notNull().default('year'),
    source: text('source').notNull(),
    sourceNote: text('source_note').notNull().default(''),
    aggregation: text('aggregation').notNull(),
    numeratorCode: text('numerator_code'),
    denominatorCode: text('denominator_code'),
    multiplier: numeric('multiplier'),
    /** Dimension set codes beyond sex, in display order. */
    dimensions: text('dimensions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Sexes the indicator applies to: both, or only P for e.g. maternal deaths. */
    sexes: text('sexes')
      .array()
      .notNull()
      .default(sql`'{P,L}'::text[]`),
    decimals: integer('decimals').notNull().default(0),
    percentBounded: boolean('percent_bounded').notNull().default(false),
    /** Warn when a value moves more than this % from the previous period (null: region default). */
    jumpWarningPct: numeric('jump_warning_pct'),
    /** Short name of the OPD usually responsible (used to suggest assignments). */
    responsibleOpdHint: text('responsible_opd_hint'),
    refs: jsonb('refs').notNull().default({}),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.numeratorCode], foreignColumns: [t.code] }),
    foreignKey({ columns: [t.denominatorCode], foreignColumns: [t.code] }),
    index('indicators_group_idx').on(t.domainGroup),
  ],
);

/** Which OPD answers for an indicator in a region (its operator enters the values). */
export const indicatorAssignments = pgTable(
  'indicator_assignments',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    opdId: uuid('opd_id').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.indicatorCode] }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
    index('indicator_assignments_opd_idx').on(t.regionCode, t.opdId),
  ],
);

/** One interned combination of non-sex dimension members; id 0 is "no other dimension". */
export const dimensionCombos = pgTable('dimension_combos', {
  id: serial('id').primaryKey(),
  /** Canonical key: `set=member` pairs sorted by set code, joined by `;` ('' for none). */
  key: text('key').notNull().unique(),
  members: jsonb('members').notNull().default({}),
});

export const dataValues = pgTable(
  'data_values',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    period: text('period').notNull(),
    sex: text('sex').notNull(),
    comboId: integer('combo_id')
      .notNull()
      .references(() => dimensionCombos.id),
    value: numeric('value').notNull(),
    status: text('status', { enum: VALUE_STATUSES }).notNull().default('draft'),
    note: text('note'),
    sourceRef: text('source_ref'),
    // The defaults read the import's transaction settings: a file of new values is copied
    // straight in and its values still name their batch and uploader (merge-as-checked.ts).
    // Anywhere else the settings are unset and every writer names both columns.
    batchId: bigint('batch_id', { mode: 'number' }).default(
      sql`nullif(current_setting('setara.import_batch', true), '')::bigint`,
    ),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by').default(sql`nullif(current_setting('setara.import_user', true), '')::uuid`),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The key also INCLUDEs (value, status) — migration 0039, which drizzle cannot declare — so a
    // region's values summed by indicator, period and sex come from the index alone.
    primaryKey({ columns: [t.regionCode, t.indicatorCode, t.period, t.sex, t.comboId] }),
    // Province comparisons and catalog-wide scans go by indicator and period first.
    index('data_values_indicator_period_idx').on(t.indicatorCode, t.period, t.regionCode),
    // The values still in the workflow (drafts, submissions), a small part of a region's rows
    // once its years are verified: the home page counts them without reading the rest
    // (server/modules/home, bench/home-tasks.ts).
    index('data_values_open_idx')
      .on(t.regionCode, t.status, t.indicatorCode, t.period)
      .where(sql`${t.status} <> 'verified'`),
    // The demo's invented values, in the demo region only: the portal asks every region whether
    // it holds any (to print "DATA DEMO"), and without this a real region's answer reads all its
    // ≈ 48 k rows at national scale (26–47 ms, bench/portal-pages.ts) to find none.
    index('data_values_demo_idx')
      .on(t.regionCode)
      .where(sql`${t.isDemo}`),
  ],
);

/** Every change of an existing value (new values carry their batch or author instead). */
export const dataValueHistory = pgTable(
  'data_value_history',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    regionCode: text('region_code').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    period: text('period').notNull(),
    sex: text('sex').notNull(),
    comboId: integer('combo_id').notNull(),
    oldValue: numeric('old_value'),
    newValue: numeric('new_value'),
    oldStatus: text('old_status'),
    newStatus: text('new_status'),
    changedBy: uuid('changed_by'),
    batchId: bigint('batch_id', { mode: 'number' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('data_value_history_key_idx').on(t.regionCode, t.indicatorCode, t.period),
  ],
);

/** The submit / verify / return steps of an OPD's values for a period, with comments. */
export const dataReviews = pgTable(
  'data_reviews',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    regionCode: text('region_code').notNull(),
    opdId: uuid('opd_id').notNull(),
    period: text('period').notNull(),
    action: text('action', { enum: ['submit', 'verify', 'return'] }).notNull(),
    comment: text('comment'),
    actorUserId: uuid('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
    index('data_reviews_key_idx').on(t.regionCode, t.opdId, t.period),
  ],
);

/**
 * An admin-defined rule between indicators, checked per region and period on the totals
 * (P + L, or one sex): left × leftFactor  OP  right × rightFactor.
 */
export const validationRules = pgTable('validation_rules', {
  id: serial('id').primaryKey(),
  ownerRegionCode: ownerRegion(),
  leftIndicator: text('left_indicator')
    .notNull()
    .references(() => indicators.code),
  leftSex: text('left_sex', { enum: RULE_SEXES }).notNull().default('T'),
  operator: text('operator', { enum: RULE_OPERATORS }).notNull(),
  rightIndicator: text('right_indicator')
    .notNull()
    .references(() => indicators.code),
  rightSex: text('right_sex', { enum: RULE_SEXES }).notNull().default('T'),
  rightFactor: numeric('right_factor').notNull().default('1'),
  messageId: text('message_id').notNull(),
  messageEn: text('message_en').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const importBatches = pgTable(
  'import_batches',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    uploadedBy: uuid('uploaded_by'),
    fileName: text('file_name').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull().default(0),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    rowsTotal: integer('rows_total').notNull().default(0),
    rowsValid: integer('rows_valid').notNull().default(0),
    rowsDone: integer('rows_done').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** The first errors (row, column, reason), enough to fix a file. */
    errors: jsonb('errors').notNull().default([]),
    summary: jsonb('summary').notNull().default({}),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] })],
);
