/** The OPD (regional government agency) API (server/modules/opd). */
import { z } from 'zod';
import { OPD_KINDS } from '../domain/opd.js';
import { nameText, pageOf, paginationQuery } from './common.js';

const SIPD_UNIT_CODE = /^\d+(\.\d+)*$/;

const fields = {
  name: nameText(200).min(1),
  shortName: nameText(40).min(1),
  kind: z.enum(OPD_KINDS),
  sipdCode: z
    .string()
    .trim()
    .max(40)
    .refine((v) => v === '' || SIPD_UNIT_CODE.test(v), { message: 'sipd_code_format' })
    .nullable()
    .optional(),
};

export const createOpdBody = z.strictObject(fields);
export const updateOpdBody = z.strictObject({
  name: fields.name.optional(),
  shortName: fields.shortName.optional(),
  kind: fields.kind.optional(),
  sipdCode: fields.sipdCode,
  active: z.boolean().optional(),
});

export const listOpdQuery = z.strictObject({
  q: nameText(100).optional(),
  status: z.enum(['active', 'inactive', 'all']).default('all'),
  ...paginationQuery,
});

export const opdSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(OPD_KINDS),
  sipdCode: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const opdPage = pageOf(opdSchema);
export type CreateOpdInput = z.infer<typeof createOpdBody>;
export type UpdateOpdInput = z.infer<typeof updateOpdBody>;
export type ListOpdQuery = z.infer<typeof listOpdQuery>;
