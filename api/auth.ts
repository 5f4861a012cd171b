/** Sign-in, the signed-in user and their own password and e-mail (server/modules/auth). */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/password-policy.js';
import { roleSchema } from './common.js';
import { regionSchema } from './regions.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(200).describe('Username or email'),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const newPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

const currentPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const changePasswordBody = z.strictObject({ currentPassword, newPassword });

/** An account's e-mail address, where its notifications are sent (unique, case aside). */
export const userEmail = z.email().max(200);

/** Changing one's own e-mail asks for the password again; null removes the address. */
export const changeEmailBody = z.strictObject({ currentPassword, email: userEmail.nullable() });

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  fullName: z.string(),
  role: roleSchema,
  region: regionSchema,
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  /** The institution an institution account (lembaga_layanan) is bound to; null for every other role. */
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  isDemo: z.boolean(),
});

export const meResponse = z.object({ user: meSchema });
export type Me = z.infer<typeof meSchema>;
