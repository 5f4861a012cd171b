/**
 * Gender indices (issue 14): the methods as versioned reference data, and each region's
 * index per year with its components, where each came from, the method version it was
 * computed with and BPS's published value beside it.
 *
 * A method row is never changed once a value points at it: an admin's change is a new version,
 * so a past figure is recomputed exactly as it was published.
 */
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { INDEX_CODES, type ComponentOrigin } from '../../domain/indices/constants.js';
import { createdAt, updatedAt } from './columns.js';
import { regions } from './schema.js';

export const indexMethods = pgTable(
  'index_methods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indexCode: text('index_code', { enum: INDEX_CODES }).notNull(),
    version: integer('version').notNull(),
    /** Goalposts, constants, or (ikk) the dimension/variable/indicator tree with weights and cut-points. */
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** Where the parameters come from (a citation), shown wherever a value computed with them is. */
    sourceNote: text('source_note').notNull(),
    /** Weights that are not official (the family index's equal weights) say so on every screen. */
    provisional: boolean('provisional').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('index_methods_code_version_uq').on(t.indexCode, t.version)],
);

export interface StoredComponent {
  value: number;
  origin: ComponentOrigin;
  /** Typed in: the source named by the user; imported: the file; data: the indicator code. */
  source: string;
}

export const indexValues = pgTable(
  'index_values',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    indexCode: text('index_code', { enum: INDEX_CODES }).notNull(),
    components: jsonb('components').$type<Record<string, StoredComponent>>().notNull().default({}),
    /** Null while a component is missing, and always for the IDG (no cited income step). */
    computed: doublePrecision('computed'),
    parts: jsonb('parts').$type<Record<string, number | null>>(),
    methodId: uuid('method_id').references(() => indexMethods.id),
    /** BPS's published value and where it was published. */
    published: doublePrecision('published'),
    publishedSource: text('published_source').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.indexCode, t.year] }),
    // Maps and rankings read one index and year across many regions.
    index('index_values_index_year_idx').on(t.indexCode, t.year),
  ],
);
