/**
 * API keys for heavier use of the open read API (`/api/public/…`, issue 15): their format,
 * what is kept of them, and the limits around registering one. Pure rules; the server's
 * module is server/modules/api-keys, the documentation docs/api-keys.md.
 *
 * A key is 32 random bytes (256 bits) in base64url after a fixed marker, so a leaked key is
 * recognisable (secret scanners match `setara_` + 43 characters) and cannot be guessed. Only
 * its SHA-256 is stored: a slow password hash buys nothing against 256 random bits, and a
 * fast one keeps the per-request lookup to one indexed equality.
 */

export const API_KEY_MARKER = 'setara_';
/** Random characters of a key: 32 bytes in base64url without padding. */
export const API_KEY_RANDOM_LENGTH = 43;
/** Characters of the random part kept in clear to tell keys apart in lists and the revoke URL. */
export const API_KEY_PREFIX_LENGTH = 8;

const KEY_PATTERN = new RegExp(`^${API_KEY_MARKER}[A-Za-z0-9_-]{${API_KEY_RANDOM_LENGTH}}$`);
const PREFIX_PATTERN = new RegExp(`^${API_KEY_MARKER}[A-Za-z0-9_-]{${API_KEY_PREFIX_LENGTH}}$`);
/** The confirmation token: also 32 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isApiKeyFormat(value: string): boolean {
  return KEY_PATTERN.test(value);
}

export function isApiKeyPrefixFormat(value: string): boolean {
  return PREFIX_PATTERN.test(value);
}

export function isConfirmationTokenFormat(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** What identifies a key in lists, audit entries and the revoke URL: the marker and 8 characters. */
export function apiKeyPrefixOf(key: string): string {
  return key.slice(0, API_KEY_MARKER.length + API_KEY_PREFIX_LENGTH);
}

/** Addresses compare without case: the same mailbox must not get separate allowances. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const API_KEY_LIMITS = {
  name: 120,
  purpose: 500,
  email: 200,
} as const;

/** How long the link in the confirmation e-mail works. */
export const CONFIRMATION_TTL_HOURS = 24;
/**
 * Registrations one address may ask for in an hour; past it the answer stays the same but no
 * mail goes out, so nobody can flood someone else's mailbox or learn anything from the answer.
 */
export const REGISTRATIONS_PER_EMAIL_PER_HOUR = 3;
/** Keys one address may hold at once: a holder revokes one before confirming another. */
export const MAX_ACTIVE_KEYS_PER_EMAIL = 5;

/**
 * How long an app server trusts what it last read about a key: a revocation made on another
 * server takes effect here within this time (on the server that revoked it, at once).
 */
export const KEY_CACHE_TTL_MS = 10_000;
/** `last_used_at` is written at most this often per key, not on every request. */
export const LAST_USED_WRITE_EVERY_MS = 60_000;

/** Listing and revoking every key is the national administrator's. */
export function canManageApiKeys(actor: { role: string } | null): boolean {
  return actor?.role === 'superadmin';
}
