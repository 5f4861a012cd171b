/** The notification inbox and e-mail preferences (server/modules/notifications). */
import { z } from 'zod';
import { EMAIL_STATUSES, NOTIFICATION_KINDS, USER_LANGUAGES } from '../domain/notifications.js';
import { paginationQuery } from './common.js';

export const listNotificationsQuery = z.strictObject({
  ...paginationQuery,
  unread: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true')
    .describe('1: unread only'),
});

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** In the language of the request (Accept-Language). */
  title: z.string(),
  body: z.string(),
  /** The web path of the object it is about. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  emailStatus: z.enum(EMAIL_STATUSES).nullable(),
});

export const notificationPage = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unread: z.number().int(),
});

export const unreadCountSchema = z.object({ unread: z.number().int() });

export const markAllReadSchema = z.object({ ok: z.literal(true), marked: z.number().int() });

export const kindPreference = z.strictObject({ kind: z.enum(NOTIFICATION_KINDS), email: z.boolean() });

export const preferencesSchema = z.object({
  /** The language e-mails are written in (and the UI's, when the user has not picked another). */
  language: z.enum(USER_LANGUAGES),
  /** The address mail goes to; set by the region's admin on the user's account. */
  emailAddress: z.string().nullable(),
  /** Whether this server sends e-mail at all (SMTP configured). */
  mailEnabled: z.boolean(),
  kinds: z.array(kindPreference),
});

export const preferencesBody = z
  .strictObject({
    language: z.enum(USER_LANGUAGES).optional(),
    kinds: z
      .array(kindPreference)
      .max(NOTIFICATION_KINDS.length)
      .refine((list) => new Set(list.map((k) => k.kind)).size === list.length, { message: 'duplicate' })
      .optional(),
  })
  .refine((b) => b.language !== undefined || b.kinds !== undefined, { message: 'required' });

export type NotificationDto = z.infer<typeof notificationSchema>;
export type NotificationPage = z.infer<typeof notificationPage>;
export type NotificationPreferences = z.infer<typeof preferencesSchema>;
export type PreferencesInput = z.infer<typeof preferencesBody>;
