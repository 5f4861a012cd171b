/** User administration (server/modules/users). */
import { z } from 'zod';
import { newPassword, userEmail } from './auth.js';
import { nameText, pageOf, paginationQuery, roleSchema } from './common.js';
import { regionCode } from './regions.js';

const username = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[A-Za-z0-9._-]+$/, { message: 'bad_format' })
  .describe('3–50 letters, digits, dot, dash or underscore');
const email = userEmail.nullable().optional();
const fullName = nameText(200).min(1);

export const createUserBody = z.strictObject({
  username,
  email,
  fullName,
  role: roleSchema,
  regionCode,
  opdId: z.uuid().nullable().optional(),
  password: newPassword,
});

export const updateUserBody = z.strictObject({
  email,
  fullName: fullName.optional(),
  role: roleSchema.optional(),
  opdId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});

export const resetPasswordBody = z.strictObject({ newPassword });

export const listUsersQuery = z.strictObject({
  region: regionCode.optional(),
  q: nameText(100).optional(),
  role: roleSchema.optional(),
  ...paginationQuery,
});

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  fullName: z.string(),
  role: roleSchema,
  regionCode: z.string(),
  regionName: z.string(),
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const userPage = pageOf(userSchema);
export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type ListUsersQuery = z.infer<typeof listUsersQuery>;
