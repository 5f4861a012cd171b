/**
 * Kelembagaan PUG: the people of a region's PUG institutions. One row per person per region,
 * however many roles they hold (Pokja member, focal point, Tim Driver, partner contact,
 * invitee): a person typed twice is merged into one (`merged_into` keeps the history), so the
 * counts by sex and the attendance lists do not double anyone (issue 11).
 *
 * `name_key` is the name as domain/kelembagaan compares names (case, spaces and academic
 * titles ignored); lookups for duplicates go through it.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEXES } from '../../domain/indicators.js';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';

export const pugPeople = pgTable(
  'pug_people',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    fullName: text('full_name').notNull(),
    nameKey: text('name_key').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    /** NIP of a civil servant, when known: two people with one name are told apart by it. */
    nip: text('nip'),
    position: text('position').notNull().default(''),
    /** The OPD a civil servant works in; others name their institution. */
    opdId: uuid('opd_id'),
    institution: text('institution').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    /** Set when this row was merged into another: the row stays for the history, hidden from lists. */
    mergedInto: uuid('merged_into'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('pug_people_id_uq').on(t.id),
    index('pug_people_name_idx').on(t.regionCode, t.nameKey),
    uniqueIndex('pug_people_nip_uq')
      .on(t.regionCode, t.nip)
      .where(sql`${t.nip} is not null and ${t.mergedInto} is null`),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);
