/**
 * The plans of the Pokja PUG: the Rencana Pokja PUG (5-tahunan, tahunan, perubahan) and the
 * Rencana Aksi PUG Daerah (domain/pokja-plans). A plan's content — the matrix rows or the action
 * items — is one JSON document: it is read, saved, versioned and exported whole, and the rules
 * that keep it sound (domain/pokja-plans/rules.ts) run on the whole. Every save keeps a copy in
 * pokja_plan_versions. Progress is entered per row (or item) and year once the plan is adopted.
 */
import {
  boolean,
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
import {
  ACTION_STATUSES,
  POKJA_PLAN_KINDS,
  POKJA_PLAN_STATUSES,
} from '../../domain/pokja-plans/constants.js';
import type { ActionItem, MatrixRow } from '../../domain/pokja-plans/rules.js';
import { createdAt, updatedAt } from './columns.js';
import { regions } from './schema.js';

/** A plan's content: matrix rows (Rencana Pokja PUG) or action items (Rencana Aksi). */
export interface PokjaPlanContent {
  rows: MatrixRow[];
  items: ActionItem[];
}

export const pokjaPlans = pgTable(
  'pokja_plans',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: POKJA_PLAN_KINDS }).notNull(),
    status: text('status', { enum: POKJA_PLAN_STATUSES }).notNull().default('draft'),
    title: text('title').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    /** The adopted plan this one revises (a perubahan, or a Rencana Aksi's revision). */
    revisesPlanId: uuid('revises_plan_id'),
    content: jsonb('content').$type<PokjaPlanContent>().notNull(),
    /** Optimistic locking: a save names the version it edited; every save adds one. */
    version: integer('version').notNull().default(1),
    /** How the plan was adopted (e.g. the Keputusan Ketua Pokja's number), as typed. */
    adoptionReference: text('adoption_reference').notNull().default(''),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    adoptedBy: uuid('adopted_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('pokja_plans_id_uq').on(t.id),
    index('pokja_plans_region_year_idx').on(t.regionCode, t.startYear),
    foreignKey({
      columns: [t.regionCode, t.revisesPlanId],
      foreignColumns: [t.regionCode, t.id],
    }),
  ],
);

/** Each saved state of a plan, version by version (the latest equals the plan's content). */
export const pokjaPlanVersions = pgTable(
  'pokja_plan_versions',
  {
    regionCode: text('region_code').notNull(),
    planId: uuid('plan_id').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: POKJA_PLAN_STATUSES }).notNull(),
    title: text('title').notNull(),
    content: jsonb('content').$type<PokjaPlanContent>().notNull(),
    savedBy: uuid('saved_by'),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.planId, t.version] }),
    foreignKey({
      columns: [t.regionCode, t.planId],
      foreignColumns: [pokjaPlans.regionCode, pokjaPlans.id],
    }).onDelete('cascade'),
  ],
);

/** Progress of one row (or action item) in one year of an adopted plan. */
export const pokjaPlanProgress = pgTable(
  'pokja_plan_progress',
  {
    regionCode: text('region_code').notNull(),
    planId: uuid('plan_id').notNull(),
    /** The id of a row of content.rows or an item of content.items. */
    rowId: uuid('row_id').notNull(),
    year: integer('year').notNull(),
    realisation: text('realisation').notNull().default(''),
    /** Achievement in percent. */
    achievement: numeric('achievement', { precision: 6, scale: 2 }),
    status: text('status', { enum: ACTION_STATUSES }),
    note: text('note').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.planId, t.rowId, t.year] }),
    foreignKey({
      columns: [t.regionCode, t.planId],
      foreignColumns: [pokjaPlans.regionCode, pokjaPlans.id],
    }).onDelete('cascade'),
  ],
);
