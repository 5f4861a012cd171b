/** Sign-in, the signed-in user and their own password (server/modules/auth). */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/password-policy.js';
import { roleSchema } from './common.js';
import { regionSchema } from './regions.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(200).describe('Username or email'),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const newPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword,
});

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  fullName: z.string(),
  role: roleSchema,
  region: regionSchema,
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  isDemo: z.boolean(),
});

export const meResponse = z.object({ user: meSchema });
export type Me = z.infer<typeof meSchema>;
