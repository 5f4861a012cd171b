/**
 * Request and response shapes of the API keys (server/modules/api-keys, docs/api-keys.md):
 * self-service registration by e-mail, confirmation, revocation by the holder, and the
 * superadmin's list and revocation.
 */
import { z } from 'zod';
import {
  API_KEY_LIMITS,
  isApiKeyPrefixFormat,
  isConfirmationTokenFormat,
  normalizeEmail,
} from '../domain/api-keys.js';
import { nameText, paginationQuery, pageOf } from './common.js';
import { multiLineText } from './meetings.js';

/** A cell a spreadsheet would run as a formula; the superadmin's list is exported and pasted. */
const FORMULA_START = /^[=+\-@]/;

const notFormula = (v: string) => !FORMULA_START.test(v);

export const registerApiKeyBody = z.strictObject({
  email: z
    .email({ message: 'api_key_email_invalid' })
    .max(API_KEY_LIMITS.email)
    .transform(normalizeEmail)
    .describe('Where the confirmation link is sent; also how the key is listed'),
  name: nameText(API_KEY_LIMITS.name)
    .min(1, { message: 'required' })
    .refine(notFormula, { message: 'api_key_name_formula' })
    .describe('Who uses the key: a person, an organisation or an application'),
  purpose: multiLineText(API_KEY_LIMITS.purpose)
    .trim()
    .min(1, { message: 'required' })
    .refine(notFormula, { message: 'api_key_purpose_formula' })
    .describe('What the key is for, in a sentence or two'),
});
export type RegisterApiKeyBody = z.infer<typeof registerApiKeyBody>;

export const registerApiKeyAnswer = z.object({
  /** Always the same answer, whatever the address: nothing to learn about who has a key. */
  status: z.literal('check_your_email'),
  expiresInHours: z.number().int(),
});

export const confirmParams = z.object({
  token: z.string().refine(isConfirmationTokenFormat, { message: 'api_key_confirmation_invalid' }),
});

export const confirmAnswer = z.object({
  /** The key itself: shown this once, never again (only its hash is stored). */
  key: z.string(),
  prefix: z.string(),
  name: z.string(),
  createdAt: z.string(),
  limitPerMinute: z.number().int(),
  header: z.literal('X-API-Key'),
});
export type ConfirmAnswer = z.infer<typeof confirmAnswer>;

export const prefixParams = z.object({
  prefix: z.string().refine(isApiKeyPrefixFormat, { message: 'api_key_prefix_format' }),
});

export const apiKeyListQuery = z.strictObject({
  ...paginationQuery,
  status: z.enum(['active', 'revoked', 'all']).default('all'),
  q: nameText(API_KEY_LIMITS.email).optional().describe('Part of the e-mail, name or prefix'),
});

export const apiKeyItem = z.object({
  id: z.string(),
  prefix: z.string(),
  name: z.string(),
  email: z.string(),
  purpose: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** 'holder' or 'superadmin' once revoked. */
  revokedBy: z.enum(['holder', 'superadmin']).nullable(),
});
export type ApiKeyItem = z.infer<typeof apiKeyItem>;

export const apiKeyList = pageOf(apiKeyItem);

export const revokeAnswer = z.object({ prefix: z.string(), revokedAt: z.string() });
