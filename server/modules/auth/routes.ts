import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { SESSION_COOKIE } from '../../lib/sessions.js';
import { errorResponses, okSchema } from '../shared-schemas.js';
import { changePasswordBody, loginBody, meResponse } from './schemas.js';
import { changeOwnPassword, currentUser, login, logout } from './service.js';

const tags = ['auth'];

function clientOf(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function authRoutes(app: ZodApp, { database, config }: AppContext): void {
  const policy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with username (or email) and password',
        body: loginBody,
        response: { 200: meResponse, 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const { me, token, expiresAt } = await login(database.db, policy, request.body, clientOf(request));
      setSessionCookie(request, reply, token, expiresAt);
      return { user: me };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'Sign out', response: { 200: okSchema, ...errorResponses } } },
    async (request, reply) => {
      await logout(database.db, request.actor, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: meResponse, ...errorResponses } } },
    async (request) => ({ user: await currentUser(database.db, request.actor) }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your own password',
        body: changePasswordBody,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await changeOwnPassword(database.db, request.actor, request.sessionToken, request.body);
      return { ok: true as const };
    },
  );
}
