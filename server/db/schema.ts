/**
 * Foundation tables. Tenant-owned tables carry `region_code` in their primary and foreign
 * keys so the schema can be distributed by region (docs/scaling.md). Region codes are the
 * official Kemendagri codes themselves (docs/decisions.md).
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import { USER_LANGUAGES } from '../../domain/notifications.js';
import { ROLES } from '../../domain/roles.js';
import { DEFAULT_PORTAL_LICENSE, PORTAL_LICENSES } from '../../domain/portal-license.js';
import { createdAt, updatedAt } from './columns.js';

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['nasional', 'provinsi', 'kabkota'] }).notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [
    foreignKey({ columns: [t.parentCode], foreignColumns: [t.code] }),
    index('regions_parent_idx').on(t.parentCode),
  ],
);

export const opd = pgTable(
  'opd',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind', {
      enum: ['dinas', 'badan', 'sekretariat', 'inspektorat', 'kecamatan', 'other'],
    }).notNull(),
    sipdCode: text('sipd_code'),
    active: boolean('active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('opd_id_uq').on(t.id),
    uniqueIndex('opd_region_short_name_uq').on(t.regionCode, sql`lower(${t.shortName})`),
    uniqueIndex('opd_region_name_uq').on(t.regionCode, sql`lower(${t.name})`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    email: text('email'),
    /** The language the user reads the product and its e-mails in (domain/notifications.ts); null: Indonesian. */
    language: text('language', { enum: USER_LANGUAGES }),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    opdId: uuid('opd_id'),
    active: boolean('active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    index('users_region_idx').on(t.regionCode),
    // An operator's OPD must be an OPD of the operator's own region.
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the cookie's random token: a leaked table does not hand out sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed-login counters (docs/security.md), one row per scope: an (account, client) pair, a
 * client address, or an account — named by user id, or by the typed name when no such user
 * exists, so that real and invented names behave the same (no enumeration).
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    loginKey: text('login_key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    firstFailureAt: timestamp('first_failure_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [index('login_throttle_first_failure_idx').on(t.firstFailureAt)],
);

/**
 * Browsers that have signed in to an account before ("device cookies", OWASP): they pass an
 * account's back-off while strangers are guessing its password. Only the token's SHA-256.
 */
export const loginDevices = pgTable(
  'login_devices',
  {
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One browser (one token) may be trusted for several accounts: a shared office computer.
  (t) => [
    primaryKey({ columns: [t.tokenHash, t.userId] }),
    index('login_devices_user_idx').on(t.userId),
    index('login_devices_last_used_idx').on(t.lastUsedAt),
  ],
);

/** Request counters of the API rate limits, shared by all app servers (server/lib/rate-limit-store.ts). */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_hits_reset_idx').on(t.resetAt)],
);

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // No foreign key: the log outlives what it describes (e.g. removed demo users).
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    regionCode: text('region_code'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_region_at_idx').on(t.regionCode, t.at),
    index('audit_at_idx').on(t.at),
    index('audit_actor_idx').on(t.actorUserId),
    // A record's own trail (a GAP's automatic saves, an entity's history) without a scan.
    index('audit_entity_idx').on(t.entity, t.entityId, t.at),
  ],
);

/** Deployment-wide switches that must survive restarts (e.g. whether the demo is wanted). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

/**
 * A region's own switches, set by its admin daerah or superadmin (audited). No row means the
 * defaults, so a new region starts with every safeguard on.
 */
export const regionSettings = pgTable('region_settings', {
  regionCode: text('region_code')
    .primaryKey()
    .references(() => regions.code),
  /**
   * The last submitter of a document may also approve it: a waiver of separation of duties
   * for very small regions (domain/separation-of-duties.ts); each such approval is audited.
   */
  selfApprovalAllowed: boolean('self_approval_allowed').notNull().default(false),
  /** The open-data licence of the region's public data (domain/portal-license.ts PORTAL_LICENSES). */
  portalLicense: text('portal_license', { enum: PORTAL_LICENSES }).notNull().default(DEFAULT_PORTAL_LICENSE),
  updatedBy: uuid('updated_by'),
  updatedAt: updatedAt(),
});
