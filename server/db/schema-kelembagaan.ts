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
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEXES } from '../../domain/indicators.js';
import {
  ECHELONS,
  PARTNER_KINDS,
  POKJA_ROLES,
  TEAM_KINDS,
  TEAM_ROLES,
  TRAINING_STATUSES,
} from '../../domain/kelembagaan/constants.js';
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

// ---------------------------------------------------------------------------------------------
// Pokja PUG, focal points, teams, partners, officials by echelon (issue 11, H1).

/** Where a decree's PDF lives in the file store, when one was attached. */
const decreeFile = () => ({
  fileKey: text('file_key'),
  fileName: text('file_name'),
  fileBytes: integer('file_bytes'),
});

/**
 * The decrees (SK) of a region's Pokja PUG. The current one is the one not replaced; a new SK
 * sets `replaced_by` on the previous, so the history with its members stays readable.
 */
export const pokjaDecrees = pgTable(
  'pokja_decrees',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    skNumber: text('sk_number').notNull(),
    skDate: date('sk_date').notNull(),
    signatory: text('signatory').notNull().default(''),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    notes: text('notes').notNull().default(''),
    ...decreeFile(),
    replacedBy: uuid('replaced_by'),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('pokja_decrees_id_uq').on(t.id),
    uniqueIndex('pokja_decrees_current_uq')
      .on(t.regionCode)
      .where(sql`${t.replacedBy} is null`),
    check('pokja_decrees_validity_ck', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** The members named by one decree: person, role, OPD and position as the SK lists them. */
export const pokjaMembers = pgTable(
  'pokja_members',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    decreeId: uuid('decree_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role', { enum: POKJA_ROLES }).notNull(),
    opdId: uuid('opd_id'),
    position: text('position').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('pokja_members_person_uq').on(t.decreeId, t.personId),
    index('pokja_members_person_idx').on(t.regionCode, t.personId),
    foreignKey({
      columns: [t.regionCode, t.decreeId],
      foreignColumns: [pokjaDecrees.regionCode, pokjaDecrees.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.personId], foreignColumns: [pugPeople.regionCode, pugPeople.id] }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/**
 * Focal points PUG of an OPD, each with its SK, position and training. `ended_on` closes one
 * (moved, retired) while the row stays; an open one is unique per OPD and person.
 */
export const focalPoints = pgTable(
  'focal_points',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    opdId: uuid('opd_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: text('position').notNull().default(''),
    skNumber: text('sk_number').notNull().default(''),
    skDate: date('sk_date'),
    ...decreeFile(),
    trainingStatus: text('training_status', { enum: TRAINING_STATUSES }).notNull().default('belum'),
    trainingYear: integer('training_year'),
    endedOn: date('ended_on'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('focal_points_id_uq').on(t.id),
    uniqueIndex('focal_points_open_uq')
      .on(t.regionCode, t.opdId, t.personId)
      .where(sql`${t.endedOn} is null`),
    index('focal_points_person_idx').on(t.regionCode, t.personId),
    foreignKey({ columns: [t.regionCode, t.personId], foreignColumns: [pugPeople.regionCode, pugPeople.id] }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/** Tim Driver PPRG, Tim Teknis PPRG and other named teams of a region. */
export const pugTeams = pgTable(
  'pug_teams',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: TEAM_KINDS }).notNull(),
    name: text('name').notNull(),
    skNumber: text('sk_number').notNull().default(''),
    skDate: date('sk_date'),
    notes: text('notes').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('pug_teams_id_uq').on(t.id),
    uniqueIndex('pug_teams_name_uq').on(t.regionCode, t.name),
  ],
);

export const pugTeamMembers = pgTable(
  'pug_team_members',
  {
    regionCode: text('region_code').notNull(),
    teamId: uuid('team_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role', { enum: TEAM_ROLES }).notNull().default('anggota'),
    opdId: uuid('opd_id'),
    position: text('position').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.teamId, t.personId] }),
    index('pug_team_members_person_idx').on(t.regionCode, t.personId),
    foreignKey({
      columns: [t.regionCode, t.teamId],
      foreignColumns: [pugTeams.regionCode, pugTeams.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.personId], foreignColumns: [pugPeople.regionCode, pugPeople.id] }),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/** Partners: PSW/PSGA, LSM, Forum PUSPA, instansi vertikal, others. */
export const pugPartners = pgTable(
  'pug_partners',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('pug_partners_id_uq').on(t.id),
    uniqueIndex('pug_partners_name_uq').on(t.regionCode, t.name),
  ],
);

export const pugPartnerContacts = pgTable(
  'pug_partner_contacts',
  {
    regionCode: text('region_code').notNull(),
    partnerId: uuid('partner_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: text('position').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.partnerId, t.personId] }),
    index('pug_partner_contacts_person_idx').on(t.regionCode, t.personId),
    foreignKey({
      columns: [t.regionCode, t.partnerId],
      foreignColumns: [pugPartners.regionCode, pugPartners.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.personId], foreignColumns: [pugPeople.regionCode, pugPeople.id] }),
  ],
);

/**
 * Officials by echelon and sex for a year: the whole region (`opd_id` null) or one OPD. The
 * region's figure is its own row where one was entered, else the sum of its OPDs' rows.
 */
export const officialCounts = pgTable(
  'official_counts',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    opdId: uuid('opd_id'),
    echelon: text('echelon', { enum: ECHELONS }).notNull(),
    women: integer('women').notNull(),
    men: integer('men').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('official_counts_uq').on(t.regionCode, t.year, t.opdId, t.echelon).nullsNotDistinct(),
    check('official_counts_nonneg_ck', sql`${t.women} >= 0 and ${t.men} >= 0`),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/**
 * Staff (ASN) and those of them trained in PUG/PPRG for a year: the whole region (`opd_id`
 * null) or one OPD — the denominator of "share of staff trained in PPRG/PUG". Like
 * `official_counts`, the region's figure is its own row where one was entered, else the sum of
 * its OPDs' rows.
 */
export const staffTrainingCounts = pgTable(
  'staff_training_counts',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    opdId: uuid('opd_id'),
    staff: integer('staff').notNull(),
    trained: integer('trained').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('staff_training_counts_uq').on(t.regionCode, t.year, t.opdId).nullsNotDistinct(),
    check(
      'staff_training_counts_ck',
      sql`${t.staff} >= 0 and ${t.trained} >= 0 and ${t.trained} <= ${t.staff}`,
    ),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);
