import type { AppContext, ZodApp } from '../../lib/context.js';
import { languageOf } from '../../lib/messages.js';
import { errorResponses, okSchema, uuidParam } from '../../../api/common.js';
import {
  listNotificationsQuery,
  markAllReadSchema,
  notificationPage,
  preferencesBody,
  preferencesSchema,
  unreadCountSchema,
} from '../../../api/notifications.js';
import { emailJob } from './email-job.js';
import { createMailer } from './mailer.js';
import { EMAIL_JOB } from './notify.js';
import {
  getPreferences,
  listNotifications,
  markAllRead,
  markRead,
  putPreferences,
  unreadCount,
} from './service.js';

const tags = ['notifications'];

export function notificationRoutes(app: ZodApp, { database, config, jobs }: AppContext): void {
  const mailer = config.smtp ? createMailer(config.smtp) : null;
  jobs.register(EMAIL_JOB, emailJob(config, mailer));
  app.addHook('onClose', async () => mailer?.close());
  const mailEnabled = mailer !== null;

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: "The signed-in user's notifications, newest first, with the unread count",
        querystring: listNotificationsQuery,
        response: { 200: notificationPage, ...errorResponses },
      },
    },
    async (request) =>
      listNotifications(
        database.db,
        request.actor,
        languageOf(request.headers['accept-language'] as string | undefined),
        request.query,
      ),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of my notifications are unread (the bell)',
        response: { 200: unreadCountSchema, ...errorResponses },
      },
    },
    async (request) => unreadCount(database.db, request.actor),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: uuidParam,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => markRead(database.db, request.actor, request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: markAllReadSchema, ...errorResponses },
      },
    },
    async (request) => markAllRead(database.db, request.actor),
  );

  app.get(
    '/api/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'My language and which notification kinds are e-mailed to me',
        response: { 200: preferencesSchema, ...errorResponses },
      },
    },
    async (request) => getPreferences(database.db, request.actor, mailEnabled),
  );

  app.put(
    '/api/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Change my language or switch e-mail of a kind on or off (in-app is always on)',
        body: preferencesBody,
        response: { 200: preferencesSchema, ...errorResponses },
      },
    },
    async (request) => putPreferences(database.db, request.actor, request.body, mailEnabled),
  );
}
