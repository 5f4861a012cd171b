/**
 * The narrative of a region's annual PUG report (Laporan Pelaksanaan PUG), one row per saved
 * version. A save never overwrites: it adds the next version with its author and time, so the
 * history is the table itself, and restoring an old text is saving it again as a new version.
 * The assembled figures are never stored: they are read live from the modules that own them.
 *
 * Tenant-owned: `region_code` leads the primary key (docs/scaling.md).
 */
import { boolean, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { NarrativeSection, SignatoryField } from '../../domain/annual-report/constants.js';
import { createdAt } from './columns.js';
import { regions } from './schema.js';

export const annualReportVersions = pgTable(
  'annual_report_versions',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    /** 1, 2, … per region and year; the highest is the current draft. */
    version: integer('version').notNull(),
    /** The narrative sections by key (domain/annual-report/constants.ts NARRATIVE_SECTIONS). */
    narrative: jsonb('narrative').$type<Record<NarrativeSection, string>>().notNull(),
    /** The signature block's lines (position, name, rank, NIP). */
    signatory: jsonb('signatory').$type<Record<SignatoryField, string>>().notNull(),
    /**
     * The version whose text this save brought back, when it was a restore. No foreign key: the
     * demo's versions are removed with the demo and a region's restore of one keeps its number.
     */
    restoredFrom: integer('restored_from'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.version] })],
);
