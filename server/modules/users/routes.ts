import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses, okSchema, uuidParam } from '../../../api/common.js';
import {
  createUserBody,
  listUsersQuery,
  resetPasswordBody,
  updateUserBody,
  userPage,
  userSchema,
} from '../../../api/users.js';
import { createUser, listUsers, resetPassword, updateUser } from './service.js';

const tags = ['users'];

export function userRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Users of a region (admin daerah: their own; superadmin: any or all)',
        querystring: listUsersQuery,
        response: { 200: userPage, ...errorResponses },
      },
    },
    async (request) => listUsers(database.db, request.actor, request.query),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create a user',
        body: createUserBody,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createUser(database.db, request.actor, request.body);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Edit, deactivate or reactivate a user',
        params: uuidParam,
        body: updateUserBody,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => updateUser(database.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: "Set a new password for a user (ends the user's sessions)",
        params: uuidParam,
        body: resetPasswordBody,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await resetPassword(database.db, request.actor, request.params.id, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
