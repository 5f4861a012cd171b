/**
 * API keys of the open read API (issue 15, docs/api-keys.md): the registrations waiting for
 * their e-mail to be confirmed, and the keys. Neither holds a secret in clear: the
 * confirmation token and the key are stored as their SHA-256 (hex), the key with a short
 * prefix to tell it apart. National, not a region's: no region column.
 */
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { users } from './schema.js';

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `setara_` and the key's first 8 random characters, shown in lists and used to revoke. */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key, hex: what a request's key is looked up by. */
    keyHash: text('key_hash').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    createdAt: createdAt(),
    /** Written at most once a minute per key (domain/api-keys.ts), not on every request. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The superadmin who revoked it; null with `revokedAt` set means its holder did. */
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('api_keys_key_hash_uq').on(t.keyHash),
    uniqueIndex('api_keys_prefix_uq').on(t.prefix),
    index('api_keys_email_idx').on(t.email),
  ],
);

export const apiKeyRequests = pgTable(
  'api_key_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    /** The client address that asked, for abuse reports. */
    ip: text('ip'),
    createdAt: createdAt(),
    /**
     * SHA-256 (hex) of the token in the confirmation e-mail. The mail job makes the token when
     * it sends, so the token itself is never written anywhere, not even in the job's payload.
     */
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    keyId: uuid('key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('api_key_requests_token_uq')
      .on(t.tokenHash)
      .where(sql`${t.tokenHash} is not null`),
    index('api_key_requests_email_idx').on(t.email, t.createdAt),
  ],
);
