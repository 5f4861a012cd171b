/**
 * Pieces of the HTTP API that many features share: text rules, pagination, the error shape.
 *
 * api/ holds the request and response schemas of every route, one file per server module.
 * The server validates, serializes and documents with them; the web derives its types from
 * them (`z.infer`, type-only imports, so zod stays out of the browser bundle), so a change on
 * one side that the other does not follow fails the web's typecheck. Pure: zod and domain/
 * only (eslint.config.js refuses other imports here).
 */
import { z } from 'zod';
import { ROLES } from '../domain/roles.js';

export const roleSchema = z.enum(ROLES);

/*
 * Text that people type into one-line fields. NUL is refused for every field of every route
 * (server/lib/refuse-nul.ts); these add what one-line values, names and codes must not hold.
 * Each helper trims and returns a plain zod string, so callers chain `.min(1)`, `.nullable()`…
 */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
/** C0 and C1 controls and DEL: invisible, and meaningless in a one-line value. */
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates (U+202A–E, U+2066–9) and the marks LRM, RLM and ALM. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** One line of text: refuses line breaks and other control characters. */
export function singleLineText(max: number) {
  return z
    .string()
    .trim()
    .refine((v) => !LINE_BREAK.test(v), { message: 'text_line_break' })
    .refine((v) => !CONTROL.test(v), { message: 'text_control_char' })
    .max(max);
}

/**
 * A name or code: one line, without invisible characters. Zero-width characters are dropped
 * (they come with pasted text, change nothing a reader sees, and would let "DP3A" and
 * "DP3A\u200b" pass as two different names, or a code fail to match); bidi controls are
 * refused, because they change what a reader sees — a name can be made to display as
 * another — so the person who typed it is told rather than having it silently rewritten.
 */
export function nameText(max: number) {
  return z
    .string()
    .overwrite((v) => v.replace(ZERO_WIDTH, ''))
    .trim()
    .refine((v) => !LINE_BREAK.test(v), { message: 'text_line_break' })
    .refine((v) => !CONTROL.test(v), { message: 'text_control_char' })
    .refine((v) => !BIDI_CONTROL.test(v), { message: 'text_bidi_control' })
    .max(max);
}

/** Codes (SIPD, catalog, audit entities) follow the rules of names: see `nameText`. */
export const codeText = nameText;

/** A reporting period: a year, a semester or a quarter (domain/period.ts). */
export const period = z
  .string()
  .regex(/^\d{4}(-(S[12]|Q[1-4]))?$/, { message: 'bad_format' })
  .describe('2024, 2024-S1 or 2024-Q3');

export const okSchema = z.object({ ok: z.literal(true) });

export const uuidParam = z.object({ id: z.uuid() });

export const paginationQuery = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

/** Standard error answers, for the OpenAPI description. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  422: errorSchema,
} as const;

/**
 * The OpenAPI security schemes (server/app.ts): the web app's session cookie, and the open read
 * API's key (docs/api-keys.md), sent as `X-API-Key` or as a bearer token.
 */
export const OPENAPI_SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: 'setara_session' },
  apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  apiKeyBearer: { type: 'http', scheme: 'bearer', description: 'The same API key as a bearer token' },
} as const;

/**
 * The security of the open read API's routes: anonymous (the empty requirement) or with an API
 * key, which only raises the rate limit (RATE_LIMIT_API_KEY_PER_MINUTE).
 */
export const PUBLIC_READ_SECURITY: Record<string, string[]>[] = [{}, { apiKey: [] }, { apiKeyBearer: [] }];
