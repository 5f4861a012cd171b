/**
 * Service institutions (issue 12): the region's registry of women's-empowerment and
 * family-quality service providers (LPLPP, Puspaga, UPTD PPA, others), their leaders and staff,
 * their status history, and the institution accounts bound to one of them.
 *
 * `name_key`/`address_key` are the name and address as domain/institutions/duplicates.ts
 * compares them (case, punctuation, spaces and common abbreviations ignored): one institution
 * per region per normalised name and address, which is what the import's duplicate check and
 * the form's both rely on.
 *
 * `standard_*` are written by the standardisation module (institution-standards) when a
 * decision is made, and read here; the standing shown is domain/institutions/standing.ts
 * `standingOf`, so an expired decision shows as expired.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEXES } from '../../domain/indicators.js';
import {
  INSTITUTION_STATUSES,
  OWNER_KINDS,
  SOCIAL_KINDS,
  STAFF_ROLES,
} from '../../domain/institutions/constants.js';
import { STANDARD_STATUSES } from '../../domain/institutions/standing.js';
import { createdAt, updatedAt } from './columns.js';
import { regions, users } from './schema.js';

/**
 * Types are data: the national defaults (owner_region_code null, `builtin`, inserted by the
 * migration) and any a region's admin adds for itself.
 */
export const institutionTypes = pgTable(
  'institution_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** null: a national default every region sees; else the region that added it. */
    ownerRegionCode: text('owner_region_code').references(() => regions.code),
    code: text('code').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    builtin: boolean('builtin').notNull().default(false),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(100),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('institution_types_code_uq').on(sql`coalesce(${t.ownerRegionCode}, '')`, t.code)],
);

export interface SocialLink {
  kind: (typeof SOCIAL_KINDS)[number];
  url: string;
}

export const institutions = pgTable(
  'institutions',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    typeId: uuid('type_id')
      .notNull()
      .references(() => institutionTypes.id),
    ownerKind: text('owner_kind', { enum: OWNER_KINDS }).notNull(),
    /** Nomor badan hukum (AHU number of a community organisation) or the founding regulation of a government unit. */
    legalEntityNumber: text('legal_entity_number'),
    legalEntityDate: date('legal_entity_date'),
    /** Codes of domain/institutions/constants.ts SERVICE_FIELDS, at least one. */
    fields: text('fields').array().notNull(),
    description: text('description').notNull().default(''),
    address: text('address').notNull(),
    addressKey: text('address_key').notNull(),
    /** A member of the `kecamatan` dimension (dimension_members), within the region. */
    kecamatanCode: text('kecamatan_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    socialLinks: jsonb('social_links').$type<SocialLink[]>().notNull().default([]),
    /** The logo in the file store (a random key), when one was uploaded. */
    logoFileKey: text('logo_file_key'),
    logoContentType: text('logo_content_type'),
    /** The organisation chose to appear in the public directory. */
    listedPublicly: boolean('listed_publicly').notNull().default(false),
    status: text('status', { enum: INSTITUTION_STATUSES }).notNull().default('aktif'),
    // Written by institution-standards only (the latest decision); read by everyone.
    standardStatus: text('standard_status', { enum: STANDARD_STATUSES }).notNull().default('belum'),
    standardValidUntil: date('standard_valid_until'),
    standardDecisionNumber: text('standard_decision_number'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('institutions_id_uq').on(t.id),
    uniqueIndex('institutions_name_address_uq').on(t.regionCode, t.nameKey, t.addressKey),
    index('institutions_region_name_idx').on(t.regionCode, t.nameKey),
    index('institutions_fields_idx').using('gin', t.fields),
  ],
);

/** Every change of an institution's status, with who and why. */
export const institutionStatusHistory = pgTable(
  'institution_status_history',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    fromStatus: text('from_status', { enum: INSTITUTION_STATUSES }),
    toStatus: text('to_status', { enum: INSTITUTION_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('institution_status_history_idx').on(t.institutionId, t.changedAt),
    foreignKey({
      columns: [t.regionCode, t.institutionId],
      foreignColumns: [institutions.regionCode, institutions.id],
    }).onDelete('cascade'),
  ],
);

/** Leaders and staff. Personal data: never in the public directory or its API. */
export const institutionStaff = pgTable(
  'institution_staff',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    position: text('position').notNull().default(''),
    profession: text('profession').notNull().default(''),
    certification: text('certification').notNull().default(''),
    sex: text('sex', { enum: SEXES }).notNull(),
    phone: text('phone'),
    email: text('email'),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('institution_staff_id_uq').on(t.id),
    index('institution_staff_institution_idx').on(t.institutionId, t.sortOrder),
    foreignKey({
      columns: [t.regionCode, t.institutionId],
      foreignColumns: [institutions.regionCode, institutions.id],
    }).onDelete('cascade'),
  ],
);

/**
 * An institution account (role `lembaga_layanan`) is bound to exactly one institution of its
 * own region, as an OPD operator is bound to one OPD.
 */
export const institutionAccounts = pgTable(
  'institution_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    institutionId: uuid('institution_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('institution_accounts_institution_idx').on(t.institutionId),
    foreignKey({
      columns: [t.regionCode, t.institutionId],
      foreignColumns: [institutions.regionCode, institutions.id],
    }),
  ],
);

/**
 * A single-use invitation to set the password of a new institution account: the e-mailed link
 * carries a random token, only its SHA-256 is stored; it expires and is spent on use.
 */
export const accountInvites = pgTable(
  'account_invites',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('account_invites_user_idx').on(t.userId)],
);
