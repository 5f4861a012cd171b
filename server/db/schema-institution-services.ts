/**
 * Services and beneficiaries of the registry's institutions (issue 12): one row per
 * institution × period × kind of service, with the beneficiaries by sex, age group and target
 * group, and the Permen PPPA 6/2013 dimensions a family-quality service addressed
 * (domain/institution-services/). The national bench holds 552 regions × 200 institutions ×
 * 5 years of quarters (≈ 2.2 M rows): counts are plain integer columns, so a region's
 * aggregate is one indexed range scan and a sum, never a JSON walk.
 *
 * `service_indicator_mappings` say which data terpilah indicator a region fills from these
 * records ("tarik dari layanan"): the women and men served by the kinds named.
 */
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';
import { regions } from './schema.js';
import { indicators } from './schema-data.js';
import { institutions } from './schema-institutions.js';

export const serviceRecords = pgTable(
  'service_records',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    /** A quarter `2025-Q2` or a month `2025-04` (domain/institution-services/period.ts). */
    period: text('period').notNull(),
    /** The period's year, for a region's yearly aggregate without parsing the code. */
    year: smallint('year').notNull(),
    /** A code of SERVICE_KIND_DEFS. */
    kind: text('kind').notNull(),
    servicesCount: integer('services_count').notNull(),
    female: integer('female').notNull(),
    male: integer('male').notNull(),
    age0to17: integer('age_0_17').notNull(),
    age18to24: integer('age_18_24').notNull(),
    age25to44: integer('age_25_44').notNull(),
    age45to59: integer('age_45_59').notNull(),
    age60plus: integer('age_60_plus').notNull(),
    /** Target groups: null when not counted for the record. */
    tgPerempuan: integer('tg_perempuan'),
    tgDisabilitas: integer('tg_disabilitas'),
    tgLansia: integer('tg_lansia'),
    tgIbuHamil: integer('tg_ibu_hamil'),
    tgAnak: integer('tg_anak'),
    /** Codes of FAMILY_DIMENSIONS; empty for kinds outside the family-quality fields. */
    familyDimensions: text('family_dimensions').array().notNull().default([]),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('service_records_id_uq').on(t.id),
    uniqueIndex('service_records_key_uq').on(t.regionCode, t.institutionId, t.period, t.kind),
    index('service_records_region_year_idx').on(t.regionCode, t.year),
    foreignKey({
      columns: [t.regionCode, t.institutionId],
      foreignColumns: [institutions.regionCode, institutions.id],
    }).onDelete('cascade'),
  ],
);

export const serviceIndicatorMappings = pgTable(
  'service_indicator_mappings',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    /** Kinds of service whose beneficiaries count; empty: every kind. */
    kinds: text('kinds').array().notNull().default([]),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('service_indicator_mappings_id_uq').on(t.id),
    uniqueIndex('service_indicator_mappings_indicator_uq').on(t.regionCode, t.indicatorCode),
  ],
);
