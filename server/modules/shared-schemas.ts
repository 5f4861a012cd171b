/** Zod schemas used by more than one module's API. */
import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['nasional', 'provinsi', 'kabkota']),
  parentCode: z.string().nullable(),
});

export const roleSchema = z.enum(ROLES);

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
