import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses, okSchema } from '../../../api/common.js';
import {
  deadlineBody,
  deadlineList,
  deadlineParams,
  deadlineSchema,
  listDeadlinesQuery,
} from '../../../api/deadlines.js';
import { regionCodeParam } from '../../../api/regions.js';
import { registerDeadlineReminders } from './reminders.js';
import { createDeadline, deleteDeadline, readDeadlines, updateDeadline } from './service.js';

const tags = ['deadlines'];

export function deadlineRoutes(app: ZodApp, ctx: AppContext): void {
  const { database } = ctx;
  registerDeadlineReminders(ctx);

  app.get(
    '/api/regions/:code/deadlines',
    {
      schema: {
        tags,
        summary: "The region's deadlines, earliest first; its readers",
        params: regionCodeParam,
        querystring: listDeadlinesQuery,
        response: { 200: deadlineList, ...errorResponses },
      },
    },
    async (request) => readDeadlines(database.db, request.actor, request.params.code, request.query),
  );

  app.post(
    '/api/regions/:code/deadlines',
    {
      schema: {
        tags,
        summary: 'Set a deadline (admin daerah or superadmin; one per kind and year; audited)',
        params: regionCodeParam,
        body: deadlineBody,
        response: { 201: deadlineSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createDeadline(database.db, request.actor, request.params.code, request.body);
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/api/regions/:code/deadlines/:id',
    {
      schema: {
        tags,
        summary: 'Change a deadline (admin daerah or superadmin; audited)',
        params: deadlineParams,
        body: deadlineBody,
        response: { 200: deadlineSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDeadline(database.db, request.actor, request.params.code, request.params.id, request.body),
  );

  app.delete(
    '/api/regions/:code/deadlines/:id',
    {
      schema: {
        tags,
        summary: 'Remove a deadline (admin daerah or superadmin; audited)',
        params: deadlineParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteDeadline(database.db, request.actor, request.params.code, request.params.id),
  );
}
